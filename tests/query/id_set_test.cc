// IdSet: membership of exactly the ids it was built from.
#include "query/exec/id_set.h"

#include <gtest/gtest.h>

#include <random>
#include <unordered_set>

namespace kg::query::exec {
namespace {

TEST(IdSet, EmptySetHasNothing) {
  IdSet empty;
  EXPECT_FALSE(empty.Contains(1));
  EXPECT_FALSE(empty.Contains(graph::kNoTerm));
  IdSet built(std::vector<graph::TermId>{});
  EXPECT_EQ(built.size(), 0u);
  EXPECT_FALSE(built.Contains(42));
}

TEST(IdSet, DuplicatesAndNoTermAreIgnored) {
  IdSet s({5, 5, graph::kNoTerm, 9});
  EXPECT_EQ(s.size(), 2u);
  EXPECT_TRUE(s.Contains(5));
  EXPECT_TRUE(s.Contains(9));
  EXPECT_FALSE(s.Contains(graph::kNoTerm));
  EXPECT_FALSE(s.Contains(6));
}

TEST(IdSet, CollidingIdsAreAllFound) {
  // Ids equal in their low bits share a home slot: linear probing must keep
  // each, and an absent id with the same low bits must not be found.
  std::vector<graph::TermId> ids;
  for (uint64_t k = 1; k <= 20; ++k) ids.push_back((k << 40) | 0x7);
  IdSet s(ids);
  for (auto id : ids) EXPECT_TRUE(s.Contains(id)) << id;
  EXPECT_FALSE(s.Contains((uint64_t{21} << 40) | 0x7));
  EXPECT_FALSE(s.Contains(0x7));
}

TEST(IdSet, AgreesWithAHashSetOnRandomIds) {
  std::mt19937_64 rng(5);
  std::vector<graph::TermId> ids;
  std::unordered_set<graph::TermId> truth;
  for (int i = 0; i < 50000; ++i) {
    graph::TermId id = rng() | 1;
    ids.push_back(id);
    truth.insert(id);
  }
  IdSet s(ids);
  EXPECT_EQ(s.size(), truth.size());
  for (auto id : ids) ASSERT_TRUE(s.Contains(id));
  int false_hits = 0;
  for (int i = 0; i < 50000; ++i) {
    graph::TermId probe = rng() & ~uint64_t{1};  // even: never inserted
    false_hits += s.Contains(probe) ? 1 : 0;
  }
  EXPECT_EQ(false_hits, 0);
}

}  // namespace
}  // namespace kg::query::exec
