// The term dictionary: every kind of term round-trips, ids are stable and distinct.
#include <gtest/gtest.h>

#include "graph/term_codec.h"
#include "tests/graph/test_util.h"
#include "tests/common/read_ok.h"

namespace kg::graph {
namespace {
using namespace testing;

TEST(TermCodec, EveryKindRoundTrips) {
  std::vector<Term> terms = {Term::Iri("urn:kg:entity:a"), Term::Blank("b0"),         Term::String("hi"),
                             Term::String("hi", "en"),     Term::Number("14000"),     Term::Date("2025-05"),
                             Term::Typed("1", "urn:dt"),   Term::String(std::string("nul\0in", 6))};
  for (const auto& t : terms) {
    Term back;
    ASSERT_TRUE(DecodeTerm(EncodeTerm(t), &back)) << t.value;
    EXPECT_EQ(back, t);
    EXPECT_NE(TermIdOf(t), kNoTerm);
  }
  // Same lexical value, different kind/lang/datatype: different ids.
  for (size_t i = 0; i < terms.size(); ++i)
    for (size_t j = i + 1; j < terms.size(); ++j) EXPECT_NE(TermIdOf(terms[i]), TermIdOf(terms[j]));
  EXPECT_NE(TermIdOf(Term::String("5")), TermIdOf(Term::Number("5")));
  Term t;
  EXPECT_FALSE(DecodeTerm("", &t));
  EXPECT_FALSE(DecodeTerm(std::string("\x09", 1), &t));  // kind 9 does not exist
}

TEST(Dictionary, LookupAndResolveThroughTheStore) {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  ASSERT_TRUE(store);
  Fact f = F(E("kim-jong-un"), V("visited"), Term::Date("2025-05-09"), "doc1");
  uint64_t added = 0;
  ASSERT_TRUE(store->ImportFacts({f}, &added).ok());
  EXPECT_EQ(added, 1u);
  for (const Term& t : {f.s, f.p, f.o}) {
    auto id = kg::testing::StoredId(*store, t);
    ASSERT_TRUE(id.has_value());
    EXPECT_EQ(*id, TermIdOf(t));
    auto back = store->Resolve(*id);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, t);
  }
  EXPECT_FALSE(kg::testing::StoredId(*store, Term::Date("2025-05-10")).has_value());
  EXPECT_FALSE(kg::testing::StoredId(*store, Term::String("2025-05-09")).has_value());  // a string is not the date
  EXPECT_EQ(store->Resolve(12345).status().code(), Status::Code::kNotFound);
  EXPECT_EQ(kg::testing::Ok(store->Counts()).terms, 3u);
}

TEST(Dictionary, IdsSurviveReopen) {
  TempDir dir;
  TermId id;
  {
    auto store = OpenOrDie(dir.path());
    ASSERT_TRUE(store->ImportFacts({F(E("a"), V("met"), E("b"), "d")}, nullptr).ok());
    id = *store->Lookup(E("a"));
  }
  auto store = OpenOrDie(dir.path(), /*read_only=*/true);
  ASSERT_TRUE(store);
  EXPECT_EQ(kg::testing::Ok(store->Lookup(E("a"))), id);
}

}  // namespace
}  // namespace kg::graph
