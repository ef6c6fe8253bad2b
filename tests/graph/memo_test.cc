// TermMemo and RangeMemo (the read-only store's memos), and a read-only
// store answering a scan from a range its planner-facing count just read.
#include <gtest/gtest.h>

#include <algorithm>

#include "graph/range_memo.h"
#include "graph/small_range_cache.h"
#include "graph/term_memo.h"
#include "tests/graph/test_util.h"
#include "tests/common/read_ok.h"

namespace kg::graph {
namespace {

using namespace testing;

TEST(TermMemo, GivesBackOnlyWhatWasPutForThatId) {
  TermMemo memo;
  Term t, got;
  std::string label;
  EXPECT_FALSE(memo.Get(7, &got, nullptr));  // empty
  t = Term::Iri("urn:x:7");
  memo.Put(7, &t, nullptr);
  ASSERT_TRUE(memo.Get(7, &got, nullptr));
  EXPECT_EQ(got, t);
  EXPECT_FALSE(memo.Get(7, &got, &label));  // the label was never put
  const std::string seven = "Seven";
  memo.Put(7, nullptr, &seven);  // adds the label, keeps the term
  ASSERT_TRUE(memo.Get(7, &got, &label));
  EXPECT_EQ(got, t);
  EXPECT_EQ(label, "Seven");
  EXPECT_FALSE(memo.Get(8, nullptr, &label));
}

TEST(TermMemo, ManyMoreIdsThanSlotsNeverGiveAnotherIdsTerm) {
  // Four ids per slot on average: many evictions. A hit must always be the
  // id's own term and label; the last ids put are hits unless a later id
  // shared their slot.
  TermMemo memo;
  const uint64_t n = 4 * TermMemo::kSlots;
  for (uint64_t id = 1; id <= n; ++id) {
    Term t = Term::Iri(Cat("urn:x:", static_cast<long long>(id * 977)));
    std::string label = Cat("L", static_cast<long long>(id * 977));
    memo.Put(id * 977, &t, &label);
  }
  uint64_t hits = 0;
  for (uint64_t id = 1; id <= n; ++id) {
    Term got;
    std::string label;
    if (!memo.Get(id * 977, &got, &label)) continue;
    ++hits;
    EXPECT_EQ(got.value, Cat("urn:x:", static_cast<long long>(id * 977)));
    EXPECT_EQ(label, Cat("L", static_cast<long long>(id * 977)));
  }
  EXPECT_LE(hits, TermMemo::kSlots);      // one id per slot
  EXPECT_GE(hits, TermMemo::kSlots / 2);  // and most slots in use
}

TEST(RangeMemo, KeepsSmallRangesAndReplacesTheOldestFirst) {
  RangeMemo memo;
  const Pattern a{1, 2, kNoTerm}, b{kNoTerm, 2, 3};
  EXPECT_FALSE(memo.Get(a).has_value());
  memo.Put(a, {{1, 2, 10}, {1, 2, 11}});
  auto got = memo.Get(a);
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(*got, (std::vector<StatementIds>{{1, 2, 10}, {1, 2, 11}}));
  EXPECT_FALSE(memo.Get(b).has_value());  // same predicate, other positions
  memo.Put(b, std::vector<StatementIds>(RangeMemo::kMaxStatements + 1, StatementIds{9, 2, 3}));
  EXPECT_FALSE(memo.Get(b).has_value());  // too large to keep
  memo.Put(b, {});                        // an empty range is worth keeping
  ASSERT_TRUE(memo.Get(b).has_value());
  EXPECT_TRUE(memo.Get(b)->empty());
  // kEntries more ranges push out a (the oldest) and then b.
  for (TermId s = 100; s < 100 + RangeMemo::kEntries - 1; ++s) memo.Put({s, 2, kNoTerm}, {{s, 2, 5}});
  EXPECT_FALSE(memo.Get(a).has_value());
  EXPECT_TRUE(memo.Get(b).has_value());
  EXPECT_TRUE(memo.Get({100, 2, kNoTerm}).has_value());
}

TEST(SmallRangeCache, KeepsRangesOfAtMostThreeStatementsPerPattern) {
  SmallRangeCache cache;
  const Pattern a{1, 2, kNoTerm}, b{1, 3, kNoTerm};
  const StatementIds two[] = {{1, 2, 10}, {1, 2, 11}};
  EXPECT_FALSE(cache.Get(a).has_value());
  cache.Put(a, two, 2);
  ASSERT_TRUE(cache.Get(a).has_value());
  EXPECT_EQ(*cache.Get(a), (std::vector<StatementIds>{{1, 2, 10}, {1, 2, 11}}));
  EXPECT_FALSE(cache.Get(b).has_value());
  cache.Put(b, nullptr, 0);  // an empty range
  ASSERT_TRUE(cache.Get(b).has_value());
  EXPECT_TRUE(cache.Get(b)->empty());
  const StatementIds four[] = {{5, 2, 1}, {5, 2, 2}, {5, 2, 3}, {5, 2, 4}};
  cache.Put({5, 2, kNoTerm}, four, 4);  // too many
  EXPECT_FALSE(cache.Get({5, 2, kNoTerm}).has_value());
  cache.Put({}, two, 2);  // the whole store is never a small range
  EXPECT_FALSE(cache.Get({}).has_value());
}

TEST(SmallRangeCache, ManyPatternsNeverGiveAnotherPatternsStatements) {
  SmallRangeCache cache;
  const uint64_t n = 4 * SmallRangeCache::kSlots;
  for (uint64_t s = 1; s <= n; ++s) {
    const StatementIds st[] = {{s, 7, s + 1}};
    cache.Put({s, 7, kNoTerm}, st, 1);
  }
  uint64_t hits = 0;
  for (uint64_t s = 1; s <= n; ++s) {
    auto got = cache.Get({s, 7, kNoTerm});
    if (!got) continue;
    ++hits;
    ASSERT_EQ(got->size(), 1u);
    EXPECT_EQ((*got)[0], (StatementIds{s, 7, s + 1}));
  }
  EXPECT_LE(hits, SmallRangeCache::kSlots);
  EXPECT_GE(hits, SmallRangeCache::kSlots / 2);
}

std::vector<StatementIds> All(StatementCursor* c) {
  std::vector<StatementIds> out;
  for (; c->Valid(); c->Next()) out.push_back(c->Current());
  return out;
}

TEST(ReadOnlyStore, ScanAfterEstimateReturnsTheSameStatementsInIndexOrder) {
  TempDir dir;
  {
    auto store = OpenOrDie(dir.path());
    ASSERT_TRUE(store->ImportFacts({F(E("ann"), V("knows"), E("bob"), "g"), F(E("ann"), V("knows"), E("cy"), "g"),
                                    F(E("ann"), V("knows"), E("dee"), "g"), F(E("bob"), V("knows"), E("ann"), "g"),
                                    F(E("ann"), V("attended"), E("gala"), "g")},
                                   nullptr)
                    .ok());
  }
  auto store = OpenOrDie(dir.path(), true);
  const TermId ann = *store->Lookup(E("ann")), knows = *store->Lookup(V("knows"));
  const Pattern pattern{ann, knows, kNoTerm};
  auto before = All(store->Scan(pattern).get());  // from the index
  ASSERT_EQ(store->EstimateCount(pattern), 3u);   // keeps the range
  auto after = All(store->Scan(pattern).get());   // from the memo
  EXPECT_EQ(before.size(), 3u);
  EXPECT_EQ(after, before);
  std::vector<TermId> objects;
  for (const auto& st : after) objects.push_back(st.o);
  EXPECT_TRUE(std::is_sorted(objects.begin(), objects.end()));  // SPO order: by object id
  // A cursor from the memo skips like one over the index.
  auto c = store->Scan(pattern);
  c->SkipSame(0);  // every statement has subject ann
  EXPECT_FALSE(c->Valid());
}

// Issue 18: EstimateCount stops counting past about a thousand statements;
// what it read then is a prefix of the range, never to be given to a scan.
TEST(ReadOnlyStore, ScanAfterEstimateOfALargeRangeReturnsTheWholeRange) {
  TempDir dir;
  constexpr int kLarge = 1500;  // past the exact count and RangeMemo::kMaxStatements
  constexpr int kJustOver = 1010;  // counted to 1,001 and stopped: fits the memo's bound
  {
    auto store = OpenOrDie(dir.path());
    std::vector<Fact> facts;
    for (int i = 0; i < kLarge; ++i) facts.push_back(F(E("hub"), V("attended"), E(Cat("event", i)), "g"));
    for (int i = 0; i < kJustOver; ++i) facts.push_back(F(E(Cat("guest", i)), V("met"), E("hub"), "g"));
    ASSERT_TRUE(store->ImportFacts(facts, nullptr).ok());
  }
  auto store = OpenOrDie(dir.path(), true);
  const TermId hub = *store->Lookup(E("hub"));
  const TermId attended = *store->Lookup(V("attended")), met = *store->Lookup(V("met"));
  for (const auto& [pattern, size] : {std::pair{Pattern{hub, attended, kNoTerm}, kLarge},
                                      std::pair{Pattern{kNoTerm, met, hub}, kJustOver},
                                      std::pair{Pattern{hub, kNoTerm, kNoTerm}, kLarge},
                                      std::pair{Pattern{kNoTerm, kNoTerm, hub}, kJustOver}}) {
    EXPECT_GE(store->EstimateCount(pattern), 1000u);
    EXPECT_EQ(All(store->Scan(pattern).get()).size(), static_cast<size_t>(size));
  }
}

TEST(ReadOnlyStore, SmallRangesReadAgainGiveTheSameStatements) {
  TempDir dir;
  {
    auto store = OpenOrDie(dir.path());
    std::vector<Fact> facts;
    for (int i = 0; i < 5; ++i) facts.push_back(F(E("ann"), V("knows"), E(Cat("p", i)), "g"));  // 5: too many
    facts.push_back(F(E("ann"), V("attended"), E("gala"), "g"));                             // 1
    facts.push_back(F(E("bob"), V("attended"), E("gala"), "g"));
    ASSERT_TRUE(store->ImportFacts(facts, nullptr).ok());
  }
  auto store = OpenOrDie(dir.path(), true);
  const TermId ann = *store->Lookup(E("ann")), bob = *store->Lookup(E("bob"));
  const TermId knows = *store->Lookup(V("knows")), attended = *store->Lookup(V("attended"));
  const TermId gala = *store->Lookup(E("gala"));
  for (const Pattern& p : {Pattern{ann, knows, kNoTerm}, Pattern{ann, attended, kNoTerm},
                           Pattern{kNoTerm, attended, gala}, Pattern{bob, knows, kNoTerm}}) {
    auto first = All(store->Scan(p).get());   // from the index (read to the end: cached when small)
    auto second = All(store->Scan(p).get());  // from the cache when it was kept
    EXPECT_EQ(second, first);
  }
  EXPECT_EQ(All(store->Scan({ann, knows, kNoTerm}).get()).size(), 5u);
  EXPECT_EQ(All(store->Scan({kNoTerm, attended, gala}).get()).size(), 2u);
  EXPECT_TRUE(All(store->Scan({bob, knows, kNoTerm}).get()).empty());
  // A scan stopped before its end is not cached as the whole range: bob's
  // one `attended` statement, read but never passed, must still be found.
  {
    auto c = store->Scan({bob, attended, kNoTerm});
    ASSERT_TRUE(c->Valid());
  }
  auto again = All(store->Scan({bob, attended, kNoTerm}).get());
  ASSERT_EQ(again.size(), 1u);
  EXPECT_EQ(again[0].o, gala);
}

// Issue 18: EstimateCount counts at most ~1,000 statements exactly and used to
// memoise that prefix as the whole range, so a scan after the planner's count
// returned too few statements for a frequent constant. Every range size
// around the count's and the memo's limits must scan back whole, whichever
// read (count or scan) comes first, and however often it is repeated.
TEST(ReadOnlyStore, ScanAfterEstimateReturnsWholeRangesAroundEveryLimit) {
  TempDir dir;
  const std::vector<int> sizes = {0, 1, 3, 4, 999, 1000, 1001, 1002, 1023, 1024, 1025, 5000};
  {
    auto store = OpenOrDie(dir.path());
    std::vector<Fact> facts;
    for (size_t k = 0; k < sizes.size(); ++k) {
      for (int i = 0; i < sizes[k]; ++i) {
        facts.push_back(F(E(Cat("hub", static_cast<long long>(k))), V("attended"), E(Cat("ev", i)), "g"));
      }
    }
    facts.push_back(F(E("loner"), V("knows"), E("ev0"), "g"));  // so every size has a store to live in
    ASSERT_TRUE(store->ImportFacts(facts, nullptr).ok());
  }
  auto store = OpenOrDie(dir.path(), true);
  const TermId attended = *store->Lookup(V("attended"));
  for (size_t k = 0; k < sizes.size(); ++k) {
    SCOPED_TRACE(sizes[k]);
    auto hub = kg::testing::StoredId(*store, E(Cat("hub", static_cast<long long>(k))));
    if (sizes[k] == 0) {
      EXPECT_FALSE(hub.has_value());
      continue;
    }
    const Pattern by_subject{*hub, attended, kNoTerm};
    const Pattern subject_only{*hub, kNoTerm, kNoTerm};
    for (const Pattern& p : {by_subject, subject_only}) {
      const uint64_t estimate = store->EstimateCount(p);
      if (sizes[k] <= 1000) {
        EXPECT_EQ(estimate, static_cast<uint64_t>(sizes[k]));  // exact when small
      }
      for (int round = 0; round < 3; ++round) {
        EXPECT_EQ(All(store->Scan(p).get()).size(), static_cast<size_t>(sizes[k]));
        store->EstimateCount(p);  // counting again must not shrink the next scan
      }
    }
  }
  // The object side: ev0 is the object of every hub's first statement.
  const TermId ev0 = *store->Lookup(E("ev0"));
  const Pattern by_object{kNoTerm, attended, ev0};
  store->EstimateCount(by_object);
  EXPECT_EQ(All(store->Scan(by_object).get()).size(), sizes.size() - 1);
}

}  // namespace
}  // namespace kg::graph
