// StatementCache: statements that differ only in their quoted strings share one
// parse; the copy must equal a fresh parse of the new text wherever the binder
// looks (terms' kinds, texts, the strings' positions). Engine: a positioned
// error from a cached statement still points into the new text.
#include <gtest/gtest.h>

#include <filesystem>

#include "query/ast/clone.h"
#include "query/engine.h"
#include "query/parser/parser.h"
#include "query/parser/statement_cache.h"
#include "query/parser/string_literals.h"
#include "query/query_error.h"
#include "query/result/result_sink.h"
#include "tests/query/case_file.h"
#include "tests/query/knows_ring_fixture.h"

namespace kg::query {
namespace {

using parser::StatementCache;

// The terms of a statement as "kind|text|line:column" lines, then every
// position in the statement.
std::string TermsOf(ast::Statement st) {
  std::string out;
  for (ast::Term* t : ast::Terms(st)) {
    out += std::to_string(static_cast<int>(t->kind)) + "|" + t->text + "|" + std::to_string(t->pos.line) + ":" +
           std::to_string(t->pos.column) + "\n";
  }
  ast::ForEachPos(st, [&](ast::SourcePos& p) { out += std::to_string(p.line) + ":" + std::to_string(p.column) + " "; });
  return out;
}

TEST(StringLiteralsTest, ScansStringsSkippingCommentsAndIris) {
  std::string shape;
  std::vector<parser::StringLiteral> lits;
  ASSERT_TRUE(parser::ScanStringLiterals("FIND ?x WHERE <urn:a#b> knows \"Zoë \\\"Z\\\"\", ?x met \"B\" # \"c\"\n",
                                         1, 1, &shape, &lits));
  EXPECT_EQ(shape, "FIND ?x WHERE <urn:a#b> knows \"\", ?x met \"\" # \"c\"\n");
  ASSERT_EQ(lits.size(), 2u);
  EXPECT_EQ(parser::UnquoteString(lits[0].token), "Zoë \"Z\"");
  EXPECT_EQ(lits[0].pos.column, 31);  // F=1 ... '<' at 15, IRI 9 chars, ' knows ' -> the quote at 31
  // "Zoë \"Z\"" is 11 code points (ë is one), so ", ?x met " puts the next quote at 31 + 11 + 9.
  EXPECT_EQ(lits[1].pos.column, 51);
  EXPECT_FALSE(parser::ScanStringLiterals("FIND ?x WHERE \"open", 1, 1, &shape, &lits));
}

TEST(StatementCacheTest, SecondTextWithOtherStringsComesFromTheCacheAndMatchesAFreshParse) {
  StatementCache cache;
  bool cached = true;
  auto a = cache.Parse("FIND ?p WHERE ?p attended \"Summit\", ?p knows \"Ann\"", 1, 1, &cached);
  EXPECT_FALSE(cached);
  const std::string b = "FIND ?p WHERE ?p attended \"G20 summit in Zoë\", ?p knows \"Bo\"";
  auto hit = cache.Parse(b, 1, 1, &cached);
  EXPECT_TRUE(cached);
  const std::string fresh = TermsOf(parser::ParseStatement(b, 1, 1));
  EXPECT_EQ(TermsOf(std::move(hit)), fresh);
  EXPECT_NE(fresh.find("0|p|1:48\n"), std::string::npos);  // ?p after the long string: by hand, column 48
  // By hand: "G20 summit in Zoë" spans columns 27-45, so the quote of "Bo" is at 57.
  auto again = cache.Parse(b, 1, 1, &cached);
  auto terms = ast::Terms(again);
  ASSERT_EQ(terms.size(), 4u);
  EXPECT_EQ(terms[3]->text, "Bo");
  EXPECT_EQ(terms[3]->pos.column, 57);
}

TEST(StatementCacheTest, OtherShapesPositionsAndFiltersAreKeptApart) {
  StatementCache cache;
  bool cached = true;
  cache.Parse("FIND ?x WHERE \"A\" knows ?x", 1, 1, &cached);
  cache.Parse("FIND ?x WHERE \"B\" knows ?x", 3, 1, &cached);
  EXPECT_FALSE(cached);
  // Two lines, strings on both: positions on each line move with their own line's strings.
  cache.Parse("FIND ?x ?y\nWHERE \"A\" knows ?x,\n  \"B\" knows ?y ORDER BY ?x", 1, 1, &cached);
  const std::string two = "FIND ?x ?y\nWHERE \"Alpha\" knows ?x,\n  \"\" knows ?y ORDER BY ?x";
  auto t = cache.Parse(two, 1, 1, &cached);
  EXPECT_TRUE(cached);
  EXPECT_EQ(TermsOf(std::move(t)), TermsOf(parser::ParseStatement(two, 1, 1)));
  cache.Parse("FIND ?x WHERE \"A\" knows ?x", 2, 5, &cached);  // another script line: other positions
  EXPECT_FALSE(cached);
  cache.Parse("FIND ?x WHERE \"B\" met ?x", 1, 1, &cached);
  EXPECT_FALSE(cached);
  // Strings inside FILTER and DESCRIBE are replaced too.
  cache.Parse("FIND ?x WHERE ?x label ?l, FILTER(CONTAINS(?l, \"ab\"))", 1, 1, &cached);
  auto f = cache.Parse("FIND ?x WHERE ?x label ?l, FILTER(CONTAINS(?l, \"xyz\"))", 1, 1, &cached);
  EXPECT_TRUE(cached);
  EXPECT_EQ(TermsOf(std::move(f)), TermsOf(parser::ParseStatement("FIND ?x WHERE ?x label ?l, FILTER(CONTAINS(?l, \"xyz\"))", 1, 1)));
  cache.Parse("DESCRIBE \"A\"", 1, 1, &cached);
  auto d = cache.Parse("DESCRIBE \"Zed\"", 1, 1, &cached);
  EXPECT_TRUE(cached);
  EXPECT_EQ(d.describe.entity.text, "Zed");
}

TEST(StatementCacheTest, MalformedTextThrowsEveryTime) {
  StatementCache cache;
  bool cached = false;
  EXPECT_THROW(cache.Parse("FIND ?x WHERE \"A\" knows", 1, 1, &cached), ParseError);
  EXPECT_THROW(cache.Parse("FIND ?x WHERE \"B\" knows", 1, 1, &cached), ParseError);
  EXPECT_THROW(cache.Parse("FIND ?x WHERE \"unterminated", 1, 1, &cached), ParseError);
  // Ill-formed UTF-8 inside a string of a cached shape is still reported.
  cache.Parse("FIND ?x WHERE \"ok\" knows ?x", 1, 1, &cached);
  try {
    cache.Parse("FIND ?x WHERE \"o\xff\" knows ?x", 1, 1, &cached);
    ADD_FAILURE() << "no error for ill-formed UTF-8";
  } catch (const ParseError& e) {
    EXPECT_EQ(std::string(e.what()), "the query is not valid UTF-8");
    EXPECT_EQ(e.pos().column, 17);  // the quote is column 15, "o" 16, the bad byte 17
  }
}

using StatementCacheEngineTest = KnowsRingTest;

TEST_F(StatementCacheEngineTest, AnswersAndErrorPositionsFollowTheNewText) {
  Engine engine(store_.get());
  for (int i = 0; i < 3; ++i) {  // p_i knows p_(i+1)
    CollectingSink sink;
    ASSERT_TRUE(engine.Run("FIND ?o WHERE \"Person " + std::to_string(i) + "\" knows ?o", RunOptions(), sink).ok());
    ASSERT_EQ(sink.rows().size(), 1u);
    EXPECT_EQ(sink.rows()[0].values[0].label, "Person " + std::to_string((i + 1) % 3));
  }
  // ORDER BY a variable the patterns never bind: column 37 in the first
  // text, 43 in the second, whose string is 6 characters longer.
  CollectingSink sink;
  Status first = engine.Run("FIND ?o WHERE \"P\" knows ?o ORDER BY ?zz", RunOptions(), sink);
  EXPECT_NE(first.message().find("line 1, column 37:"), std::string::npos) << first.message();
  Status second = engine.Run("FIND ?o WHERE \"Person1\" knows ?o ORDER BY ?zz", RunOptions(), sink);
  EXPECT_NE(second.message().find("line 1, column 43:"), std::string::npos) << second.message();
}

}  // namespace
}  // namespace kg::query

namespace kg::query {
namespace {

// Every query of the case files, with each string literal widened by three
// characters: the cached copy must equal a fresh parse of the widened text
// (terms, their texts, every position) or throw the same way.
TEST(StatementCacheCorpusTest, WidenedStringsMatchAFreshParseForEveryCaseQuery) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(KG_SOURCE_DIR) / "tests" / "query" / "cases";
  size_t checked = 0, cached = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.path().extension() != ".kgt") continue;
    testing::CaseFile file;
    std::string error;
    ASSERT_TRUE(testing::ReadCaseFile(entry.path().string(), &file, &error)) << error;
    for (const auto& c : file.cases) {
      std::string shape;
      std::vector<parser::StringLiteral> literals;
      if (!parser::ScanStringLiterals(c.query, 1, 1, &shape, &literals) || literals.empty()) continue;
      std::string widened;  // each literal's content gets "é\"x" appended (3 code points, an escape)
      size_t at = 0;
      for (const auto& l : literals) {
        size_t start = static_cast<size_t>(l.token.data() - c.query.data());
        widened += c.query.substr(at, start + l.token.size() - 1 - at) + "é\\\"x\"";
        at = start + l.token.size();
      }
      widened += c.query.substr(at);
      StatementCache cache;
      bool hit = false;
      bool first_ok = true;
      try {
        cache.Parse(c.query, 1, 1, &hit);
      } catch (const ParseError&) {
        first_ok = false;
      }
      std::string fresh, from_cache;
      try {
        fresh = TermsOf(parser::ParseStatement(widened, 1, 1));
      } catch (const ParseError& e) {
        fresh = std::string("error ") + e.what();
      }
      try {
        from_cache = TermsOf(cache.Parse(widened, 1, 1, &hit));
      } catch (const ParseError& e) {
        from_cache = std::string("error ") + e.what();
      }
      EXPECT_EQ(from_cache, fresh) << entry.path() << ": " << c.name << "\n" << widened;
      ++checked;
      if (hit && first_ok) ++cached;
    }
  }
  EXPECT_GE(checked, 30u);  // the case files hold about forty queries with strings
  EXPECT_GT(cached, checked / 2);
}

}  // namespace
}  // namespace kg::query
