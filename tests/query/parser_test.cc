// Parser unit tests: every construct of the language, and malformed input.
#include "query/parser/parser.h"

#include <gtest/gtest.h>

#include "query/query_error.h"

namespace kg::query::parser {
namespace {

using ast::Clause;
using ast::Expr;
using ast::Predicate;
using ast::Term;

TEST(ParserTest, FindWithProjectionAndPattern) {
  auto st = ParseStatement("FIND ?x, ?y WHERE ?x met ?y");
  EXPECT_EQ(st.kind, ast::Statement::Kind::kFind);
  EXPECT_FALSE(st.explain);
  ASSERT_EQ(st.find.projection.size(), 2u);
  EXPECT_EQ(st.find.projection[0].variable, "x");
  EXPECT_EQ(st.find.projection[1].variable, "y");
  ASSERT_EQ(st.find.where.size(), 1u);
  const auto& p = st.find.where[0].pattern;
  EXPECT_EQ(p.subject.kind, Term::Kind::kVariable);
  EXPECT_EQ(p.predicate.kind, Predicate::Kind::kNames);
  ASSERT_EQ(p.predicate.alternatives.size(), 1u);
  EXPECT_EQ(p.predicate.alternatives[0].name, "met");
  EXPECT_EQ(p.object.text, "y");
}

TEST(ParserTest, CommasBetweenVariablesAreOptional) {
  auto st = ParseStatement("find ?a ?b ?c where ?a p ?b, ?b q ?c");
  EXPECT_EQ(st.find.projection.size(), 3u);
  EXPECT_EQ(st.find.where.size(), 2u);
}

TEST(ParserTest, StarDistinctCountOrderLimitOffsetCite) {
  auto st = ParseStatement("FIND DISTINCT * WHERE ?x a Person ORDER BY ?x DESC LIMIT 10 OFFSET 5 CITE");
  EXPECT_TRUE(st.find.distinct);
  EXPECT_TRUE(st.find.star);
  ASSERT_EQ(st.find.order_by.size(), 1u);
  EXPECT_TRUE(st.find.order_by[0].descending);
  EXPECT_EQ(*st.find.limit, 10u);
  EXPECT_EQ(*st.find.offset, 5u);
  EXPECT_TRUE(st.find.cite);
  auto c = ParseStatement("FIND ?e COUNT(DISTINCT ?p) WHERE ?p attended ?e ORDER BY COUNT(DISTINCT ?p) DESC");
  ASSERT_EQ(c.find.projection.size(), 2u);
  EXPECT_TRUE(c.find.projection[1].is_count);
  EXPECT_TRUE(c.find.projection[1].count_distinct);
  EXPECT_EQ(c.find.projection[1].variable, "p");
  EXPECT_TRUE(c.find.order_by[0].key.is_count);
  auto star = ParseStatement("FIND COUNT(*) WHERE ?s ?p ?o");
  EXPECT_TRUE(star.find.projection[0].is_count);
  EXPECT_EQ(star.find.projection[0].variable, "");
}

TEST(ParserTest, TermsOfEveryKind) {
  auto st = ParseStatement(
      "FIND ?x WHERE \"Kim Jong-un\" met ?x, ?e date 2025-05, ?e date 2025-05-09, ?x count 42, "
      "?x size -1.5, <urn:kg:entity:a> knows ?x, ?x nationality Russia");
  const auto& w = st.find.where;
  ASSERT_EQ(w.size(), 7u);
  EXPECT_EQ(w[0].pattern.subject.kind, Term::Kind::kString);
  EXPECT_EQ(w[0].pattern.subject.text, "Kim Jong-un");
  EXPECT_EQ(w[1].pattern.object.kind, Term::Kind::kDate);
  EXPECT_EQ(w[1].pattern.object.text, "2025-05");
  EXPECT_EQ(w[2].pattern.object.text, "2025-05-09");
  EXPECT_EQ(w[3].pattern.object.kind, Term::Kind::kNumber);
  EXPECT_EQ(w[3].pattern.predicate.alternatives[0].name, "count");  // keyword as a predicate name
  EXPECT_EQ(w[4].pattern.object.text, "-1.5");
  EXPECT_EQ(w[5].pattern.subject.kind, Term::Kind::kIri);
  EXPECT_EQ(w[5].pattern.subject.text, "urn:kg:entity:a");
  EXPECT_EQ(w[6].pattern.object.kind, Term::Kind::kName);
}

TEST(ParserTest, EscapesInStrings) {
  auto st = ParseStatement(R"(FIND ?x WHERE ?x said "he said \"no\"", ?x title 'Minister')");
  EXPECT_EQ(st.find.where[0].pattern.object.text, "he said \"no\"");
  EXPECT_EQ(st.find.where[1].pattern.object.text, "Minister");
}

TEST(ParserTest, PredicateForms) {
  auto st = ParseStatement("FIND ?x WHERE ?x met|visited ?y, ?e ^attended ?x, ?x ?p ?y, ?x a Official, "
                           "?x <https://schema.org/attendee> ?y");
  const auto& w = st.find.where;
  ASSERT_EQ(w[0].pattern.predicate.alternatives.size(), 2u);
  EXPECT_EQ(w[0].pattern.predicate.alternatives[1].name, "visited");
  EXPECT_TRUE(w[1].pattern.predicate.alternatives[0].inverse);
  EXPECT_EQ(w[2].pattern.predicate.kind, Predicate::Kind::kVariable);
  EXPECT_EQ(w[2].pattern.predicate.variable, "p");
  EXPECT_EQ(w[3].pattern.predicate.kind, Predicate::Kind::kType);
  EXPECT_EQ(w[3].pattern.object.text, "Official");
  EXPECT_TRUE(w[4].pattern.predicate.alternatives[0].is_iri);
}

TEST(ParserTest, OptionalAndFilterExpressions) {
  auto st = ParseStatement(
      "FIND ?p WHERE ?p a Official OPTIONAL { ?p title ?t FILTER CONTAINS(?t, \"Minister\") } "
      "FILTER (YEAR(?d) >= 2024 AND ?n != 3) OR NOT ?t = \"x\"");
  const auto& w = st.find.where;
  ASSERT_EQ(w.size(), 3u);
  EXPECT_EQ(w[1].kind, Clause::Kind::kOptional);
  ASSERT_EQ(w[1].optional.size(), 2u);
  EXPECT_EQ(w[1].optional[1].filter->kind, Expr::Kind::kContains);
  const Expr& f = *w[2].filter;
  EXPECT_EQ(f.kind, Expr::Kind::kOr);
  ASSERT_EQ(f.args.size(), 2u);
  EXPECT_EQ(f.args[0]->kind, Expr::Kind::kAnd);
  EXPECT_EQ(f.args[0]->args[0]->kind, Expr::Kind::kCompare);
  EXPECT_EQ(f.args[0]->args[0]->op, Expr::Op::kGe);
  EXPECT_EQ(f.args[0]->args[0]->args[0]->kind, Expr::Kind::kYear);
  EXPECT_EQ(f.args[0]->args[1]->op, Expr::Op::kNe);
  EXPECT_EQ(f.args[1]->kind, Expr::Kind::kNot);
}

TEST(ParserTest, SymbolicOperators) {
  auto st = ParseStatement("FIND ?x WHERE ?x n ?n FILTER ?n > 1 && ?n <= 5 || !(?n == 3)");
  EXPECT_EQ(st.find.where[1].filter->kind, Expr::Kind::kOr);
}

TEST(ParserTest, DescribeAndExplain) {
  auto d = ParseStatement("DESCRIBE \"Kim Jong Un\" CITE;");
  EXPECT_EQ(d.kind, ast::Statement::Kind::kDescribe);
  EXPECT_EQ(d.describe.entity.text, "Kim Jong Un");
  EXPECT_TRUE(d.describe.cite);
  auto e = ParseStatement("EXPLAIN FIND ?x WHERE ?x a Person");
  EXPECT_TRUE(e.explain);
}

TEST(ParserTest, CommentsAreIgnored) {
  auto st = ParseStatement("FIND ?x # who\n-- more\nWHERE ?x a Person -- end");
  EXPECT_EQ(st.find.where.size(), 1u);
}

TEST(ParserTest, PositionsAreScriptPositions) {
  auto st = ParseStatement("FIND ?x\nWHERE ?x met ?y", 5, 3);
  EXPECT_EQ(st.find.projection[0].pos.line, 5);
  EXPECT_EQ(st.find.projection[0].pos.column, 8);  // column 3 + offset 5
  EXPECT_EQ(st.find.where[0].pattern.predicate.alternatives[0].pos.line, 6);
  EXPECT_EQ(st.find.where[0].pattern.predicate.alternatives[0].pos.column, 10);
}

// Malformed input: the message and the position.
struct Bad {
  const char* text;
  int line, column;
  const char* message_part;
};

class MalformedTest : public ::testing::TestWithParam<Bad> {};

TEST_P(MalformedTest, ReportsPosition) {
  const Bad& b = GetParam();
  try {
    ParseStatement(b.text);
    FAIL() << "parsed: " << b.text;
  } catch (const ParseError& e) {
    EXPECT_EQ(e.pos().line, b.line) << e.what();
    EXPECT_EQ(e.pos().column, b.column) << e.what();
    EXPECT_NE(std::string(e.what()).find(b.message_part), std::string::npos) << e.what();
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, MalformedTest,
    ::testing::Values(Bad{"FIND ?x WHEN ?x a Person", 1, 9, "expected WHERE, found 'WHEN'"},
                      Bad{"FIND ?x WHERE ?x met", 1, 21, "found end of input"},
                      Bad{"", 1, 1, "found end of input"},
                      Bad{"FIND ?x WHERE ?x met \"Kim", 1, 22, "unterminated string"},
                      Bad{"FIND ?x WHERE ?x met ?y LIMIT 2.5", 1, 31, "non-negative whole number"},
                      Bad{"FIND ?x WHERE ?x met ?y ORDER ?x", 1, 31, "expected BY"},
                      Bad{"FIND ?x\nWHERE { ?x met ?y", 2, 7, "found '{'"},
                      Bad{"FIND ?x WHERE OPTIONAL { ?x met ?y", 1, 35, "found end of input"},
                      Bad{"FIND ?x WHERE ?x met ?y FILTER ?y >", 1, 36, "found end of input"},
                      Bad{"FIND ?x WHERE ?x met ? ", 1, 22, "variable name"},
                      Bad{"SELECT ?x WHERE ?x met ?y", 1, 1, "found 'SELECT'"},
                      Bad{"FIND ?x WHERE ?x met ?y; FIND", 1, 26, "found 'FIND'"},
                      Bad{"DESCRIBE", 1, 9, "found end of input"}));

}  // namespace
}  // namespace kg::query::parser

namespace kg::query::parser {
namespace {

TEST(ParserTest, InvalidUtf8IsASyntaxErrorAtItsPosition) {
  try {
    ParseStatement("FIND ?x\nWHERE ?x met \"\xC3\xA9\xFF\"");
    FAIL();
  } catch (const ParseError& e) {
    EXPECT_EQ(e.pos().line, 2);
    EXPECT_EQ(e.pos().column, 16);  // after the quote and the valid 'é'
    EXPECT_NE(std::string(e.what()).find("not valid UTF-8"), std::string::npos);
  }
}

}  // namespace
}  // namespace kg::query::parser

namespace kg::query::parser {
namespace {

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// Issue 22: nesting deep enough to overflow the stack of the recursive
// descent (and of every recursive pass after it) is refused up front; the
// documented limit itself still parses.
TEST(ParserLimitsTest, NestingUpToTheLimitParsesAndOneMoreIsRefused) {
  const int n = kMaxNesting;
  const std::string parens = "FIND ?s WHERE ?s p ?o FILTER " + Repeat("(", n) + "?s = 1" + Repeat(")", n);
  EXPECT_NO_THROW(ParseStatement(parens));
  const std::string nots = "FIND ?s WHERE ?s p ?o FILTER " + Repeat("NOT ", n) + "?s";
  EXPECT_NO_THROW(ParseStatement(nots));
  const std::string groups = "FIND ?s WHERE ?s p ?o " + Repeat("OPTIONAL { ?s p ?o ", n) + Repeat("}", n);
  EXPECT_NO_THROW(ParseStatement(groups));
  for (const std::string& deep :
       {"FIND ?s WHERE ?s p ?o FILTER " + Repeat("(", n + 1) + "?s = 1" + Repeat(")", n + 1),
        "FIND ?s WHERE ?s p ?o FILTER " + Repeat("!", n + 1) + "?s",
        "FIND ?s WHERE ?s p ?o " + Repeat("OPTIONAL { ?s p ?o ", n + 1) + Repeat("}", n + 1),
        // NOTs spread over parentheses count together: 100 levels of 100 NOTs
        "FIND ?s WHERE ?s p ?o FILTER " + Repeat(Repeat("NOT ", 100) + "(", 100) + "?s = 1" + Repeat(")", 100),
        // far past the limit (but under the token limit): crashed the parser before the check
        "FIND ?s WHERE ?s p ?o FILTER " + Repeat("NOT ", 15000) + "?s"}) {
    try {
      ParseStatement(deep);
      ADD_FAILURE() << "accepted " << deep.substr(0, 60);
    } catch (const ParseError& e) {
      EXPECT_NE(std::string(e.what()).find("nesting deeper than 256 levels"), std::string::npos) << e.what();
      EXPECT_EQ(e.pos().line, 1);
    }
  }
  // Separate FILTERs do not add up.
  std::string filters = "FIND ?s WHERE ?s p ?o";
  for (int i = 0; i < 3; ++i) filters += " FILTER " + Repeat("NOT ", 200) + "?s";
  EXPECT_NO_THROW(ParseStatement(filters));
}

TEST(ParserLimitsTest, StatementsPastTheTokenLimitAreRefused) {
  std::string big = "FIND ?s WHERE ?s p ?o FILTER ?s = 0";
  for (int i = 1; i < 5000; ++i) big += " OR ?s = " + std::to_string(i);  // ~20,000 tokens
  try {
    ParseStatement(big);
    ADD_FAILURE() << "accepted a statement of ~20,000 tokens";
  } catch (const ParseError& e) {
    EXPECT_NE(std::string(e.what()).find("longer than 20000 tokens"), std::string::npos) << e.what();
  }
  std::string fine = "FIND ?s WHERE ?s p ?o FILTER ?s = 0";
  for (int i = 1; i < 1000; ++i) fine += " OR ?s = " + std::to_string(i);
  EXPECT_NO_THROW(ParseStatement(fine));
}

}  // namespace
}  // namespace kg::query::parser
