// BulkImport: streamed, all-or-nothing, exact counts, and spilled runs when the
// input outgrows the memory budget.
#include <gtest/gtest.h>

#include "tests/graph/test_util.h"
#include "tests/common/read_ok.h"

namespace kg::graph {
namespace {
using namespace testing;

TEST(BulkImport, CommitMakesEverythingVisibleAtOnce) {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  auto import = store->BeginBulkImport({});
  ASSERT_TRUE(import.ok());
  ASSERT_TRUE((*import)->Add(F(E("a"), V("met"), E("b"), "g1")).ok());
  ASSERT_TRUE((*import)->Add(F(E("a"), V("met"), E("b"), "g2")).ok());
  ASSERT_TRUE((*import)->Add(F(E("a"), LabelP(), Term::String("Alice A"), "g1")).ok());
  ASSERT_TRUE((*import)->Add(F(E("a"), TypeP(), V("Person"), "g1")).ok());
  EXPECT_TRUE(All(*store).empty());  // nothing visible before Commit
  auto summary = (*import)->Commit();
  ASSERT_TRUE(summary.ok()) << summary.status().ToString();
  EXPECT_EQ(summary->facts, 4u);
  EXPECT_EQ(summary->statements_added, 3u);
  EXPECT_EQ(All(*store).size(), 3u);
  auto c = kg::testing::Ok(store->Counts());
  EXPECT_EQ(c.statements, 3u);
  EXPECT_EQ(c.entities, 1u);
  EXPECT_EQ(c.predicates, 3u);
  EXPECT_EQ(kg::testing::Ok(store->FindByName("alice a")), std::vector<TermId>{*store->Lookup(E("a"))});
  auto cites = kg::testing::Ok(store->CitationsOf({*store->Lookup(E("a")), *store->Lookup(V("met")), *store->Lookup(E("b"))}));
  ASSERT_EQ(cites.size(), 2u);
  EXPECT_EQ(cites[0].source.substr(0, 1), "g");
  EXPECT_EQ(kg::testing::Ok(store->TypeCounts()).size(), 1u);
}

TEST(BulkImport, AbandonedImportStoresNothing) {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  {
    auto import = store->BeginBulkImport({});
    ASSERT_TRUE((*import)->Add(F(E("a"), V("met"), E("b"), "g1")).ok());
  }
  EXPECT_TRUE(All(*store).empty());
  EXPECT_EQ(kg::testing::Ok(store->Counts()).terms, 0u);
}

TEST(BulkImport, ReimportAddsNothingAndCountsStayExact) {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  ASSERT_TRUE(store->ImportFacts({F(E("a"), V("met"), E("b"), "old")}, nullptr).ok());
  for (int round = 0; round < 2; ++round) {
    BulkImportOptions o;
    o.memory_budget = 64 << 10;  // tiny: forces several spilled runs
    auto import = store->BeginBulkImport(o);
    for (int i = 0; i < 5000; ++i) {
      ASSERT_TRUE((*import)->Add(F(E(Cat("s", i % 1000)), V("met"), E(Cat("o", i % 7)), "g")).ok());
    }
    ASSERT_TRUE((*import)->Add(F(E("a"), V("met"), E("b"), "new")).ok());
    auto summary = (*import)->Commit();
    ASSERT_TRUE(summary.ok()) << summary.status().ToString();
    // i % 1000 and i % 7 pair up into lcm(1000, 7) = 7000 > 5000 distinct pairs: 5000 statements.
    EXPECT_EQ(summary->statements_added, round == 0 ? 5000u : 0u);
  }
  auto c = kg::testing::Ok(store->Counts());
  EXPECT_EQ(c.statements, 5001u);
  EXPECT_EQ(All(*store).size(), 5001u);
  EXPECT_EQ(c.entities, 1001u);  // s0..s999 and a
  EXPECT_EQ(store->EstimateCount({0, *store->Lookup(V("met")), 0}), 5001u);
  auto prov = kg::testing::Ok(store->ProvenanceOf({*store->Lookup(E("a")), *store->Lookup(V("met")), *store->Lookup(E("b"))}));
  EXPECT_EQ(prov.size(), 2u);  // "old" and "new"
}

}  // namespace
}  // namespace kg::graph
