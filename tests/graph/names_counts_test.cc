// The alias index (exact and prefix lookups by NameKey) and the exact counters.
#include <gtest/gtest.h>

#include <map>

#include "tests/graph/test_util.h"
#include "tests/common/read_ok.h"

namespace kg::graph {
namespace {
using namespace testing;

TEST(Names, FindByNameIsCaseHyphenSpaceAndAccentInsensitive) {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  ASSERT_TRUE(store->ImportFacts({F(E("kim-jong-un"), LabelP(), Term::String("Kim Jong Un"), "d"),
                                  F(E("kim-jong-un"), AliasP(), Term::String("Kim Jong-un"), "d"),
                                  F(E("kim-yo-jong"), LabelP(), Term::String("Kim Yo Jong"), "d"),
                                  F(E("jose"), LabelP(), Term::String("José Ramos", "es"), "d")},
                                 nullptr)
                  .ok());
  TermId kim = *store->Lookup(E("kim-jong-un"));
  EXPECT_EQ(kg::testing::Ok(store->FindByName("kim jong-un")), std::vector<TermId>{kim});
  EXPECT_EQ(kg::testing::Ok(store->FindByName("KIM JONG UN")), std::vector<TermId>{kim});  // label and alias: one id
  EXPECT_EQ(kg::testing::Ok(store->FindByName("jose ramos")), std::vector<TermId>{*store->Lookup(E("jose"))});
  EXPECT_TRUE(kg::testing::Ok(store->FindByName("Kim")).empty());  // exact, not prefix
  EXPECT_TRUE(kg::testing::Ok(store->FindByName("")).empty());
  auto done = kg::testing::Ok(store->CompleteName("kim", 10));
  ASSERT_EQ(done.size(), 3u);  // two names of Kim Jong Un, one of Kim Yo Jong
  auto yo = kg::testing::Ok(store->CompleteName("Kim Y", 10));
  ASSERT_EQ(yo.size(), 1u);
  EXPECT_EQ(yo[0].first, "Kim Yo Jong");
  EXPECT_EQ(kg::testing::Ok(store->CompleteName("k", 1)).size(), 1u);
  EXPECT_EQ(kg::testing::Ok(store->LabelOf(kim)), "Kim Jong Un");
  EXPECT_EQ(kg::testing::Ok(store->LabelOf(*store->Lookup(LabelP()))), "name");  // no label: the IRI's local name
}

TEST(Names, RemovedWithTheirLastStatement) {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  DocumentBatch b;
  b.document = {"d1", "a.txt", "", "", "", "", "", "text", {}, ""};
  b.facts = {F(E("a"), LabelP(), Term::String("Alpha Person"), "d1")};
  ASSERT_TRUE(store->WriteDocument(b).ok());
  EXPECT_EQ(kg::testing::Ok(store->FindByName("alpha person")).size(), 1u);
  b.document.id = "d2";
  b.document.text = "changed";
  b.facts = {F(E("a"), LabelP(), Term::String("Alpha P."), "d2")};
  ASSERT_TRUE(store->WriteDocument(b).ok());
  EXPECT_TRUE(kg::testing::Ok(store->FindByName("alpha person")).empty());
  EXPECT_EQ(kg::testing::Ok(store->FindByName("alpha p")).size(), 1u);
}

TEST(Counts, PredicatesTypesEntitiesAreExact) {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  std::vector<Fact> facts = {F(E("a"), TypeP(), V("Person"), "d1"), F(E("b"), TypeP(), V("Person"), "d1"),
                             F(E("c"), TypeP(), V("Country"), "d1"), F(E("a"), V("met"), E("b"), "d1"),
                             F(E("a"), V("met"), E("b"), "d2"),  // same statement again
                             F(E("a"), V("visited"), E("c"), "d2")};
  uint64_t added = 0;
  ASSERT_TRUE(store->ImportFacts(facts, &added).ok());
  EXPECT_EQ(added, 5u);
  ASSERT_TRUE(store->ImportFacts(facts, &added).ok());  // re-import adds nothing
  EXPECT_EQ(added, 5u);
  auto c = kg::testing::Ok(store->Counts());
  EXPECT_EQ(c.statements, 5u);
  EXPECT_EQ(c.entities, 3u);
  EXPECT_EQ(c.predicates, 3u);  // type, met, visited
  auto pc = kg::testing::Ok(store->PredicateCounts());
  std::map<TermId, uint64_t> preds(pc.begin(), pc.end());
  EXPECT_EQ(preds[*store->Lookup(TypeP())], 3u);
  EXPECT_EQ(preds[*store->Lookup(V("met"))], 1u);
  auto tc = kg::testing::Ok(store->TypeCounts());
  std::map<TermId, uint64_t> types(tc.begin(), tc.end());
  EXPECT_EQ(types.size(), 2u);
  EXPECT_EQ(types[*store->Lookup(V("Person"))], 2u);
  EXPECT_EQ(types[*store->Lookup(V("Country"))], 1u);
  EXPECT_EQ(store->EstimateCount({0, *store->Lookup(TypeP()), *store->Lookup(V("Person"))}), 2u);
}

}  // namespace
}  // namespace kg::graph
