// Store::EstimateCount: exact for small ranges; beyond a thousand statements a
// magnitude from the key range's approximate size (tested on a bulk-imported
// store, as `kg import` writes it, read back read-only as queries read it).
#include <gtest/gtest.h>

#include "tests/graph/test_util.h"

namespace kg::graph {
namespace {

using namespace testing;

TEST(EstimateCount, ExactWhenSmallAndTheRightMagnitudeWhenLarge) {
  TempDir dir;
  {
    auto store = OpenOrDie(dir.path());
    auto import = store->BeginBulkImport({});
    ASSERT_TRUE(import.ok());
    // 20,000 people: nationality "big" for 6,000 of them, "small" for 7,
    // the rest spread over 100 other countries; each also knows someone.
    for (int i = 0; i < 20000; ++i) {
      std::string country = i < 6000 ? "big" : i < 6007 ? "small" : Cat("c", i % 100);
      ASSERT_TRUE((*import)->Add(F(E(Cat("p", i)), V("nationality"), E(country), "g")).ok());
      ASSERT_TRUE((*import)->Add(F(E(Cat("p", i)), V("knows"), E(Cat("p", (i * 7) % 20000)), "g")).ok());
    }
    ASSERT_TRUE((*import)->Commit().ok());
  }
  auto store = OpenOrDie(dir.path(), true);
  const TermId nationality = *store->Lookup(V("nationality"));
  EXPECT_EQ(store->EstimateCount({kNoTerm, nationality, *store->Lookup(E("small"))}), 7u);
  EXPECT_EQ(store->EstimateCount({*store->Lookup(E("p5")), nationality, kNoTerm}), 1u);
  // 6,000 statements: at least the exactly counted 1,001, and within a factor
  // of three of the truth.
  const uint64_t big = store->EstimateCount({kNoTerm, nationality, *store->Lookup(E("big"))});
  EXPECT_GE(big, 2000u);
  EXPECT_LE(big, 18000u);
}

}  // namespace
}  // namespace kg::graph
