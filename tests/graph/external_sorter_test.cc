// External sorters: spilled runs merge back into one sorted stream, in memory or not.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "graph/external_sorter.h"
#include "tests/graph/test_util.h"

namespace kg::graph {
namespace {

TEST(ExternalSorter, FixedRecordsComeBackSortedAcrossRuns) {
  testing::TempDir dir;
  for (int spill_every : {0, 7, 1000}) {  // 0: never spill (in-memory path)
    FixedSorter<3> sorter(dir.path("fixed") + std::to_string(spill_every));
    std::vector<std::array<uint64_t, 3>> want;
    std::mt19937_64 rng(1);
    for (int i = 0; i < 5000; ++i) {
      std::array<uint64_t, 3> r{rng() % 50, rng() % 3, rng()};  // many equal prefixes, high bits set
      sorter.Add(r);
      want.push_back(r);
      if (spill_every && i % spill_every == 0) {
        ASSERT_TRUE(sorter.Spill().ok());
      }
    }
    std::sort(want.begin(), want.end());
    std::vector<std::array<uint64_t, 3>> got;
    ASSERT_TRUE(sorter.ForEach([&](const auto& r) {
      got.push_back(r);
      return Status::Ok();
    }).ok());
    EXPECT_EQ(got, want) << "spill every " << spill_every;
  }
}

TEST(ExternalSorter, BytesComeBackInKeyOrderWithTheirValues) {
  testing::TempDir dir;
  BytesSorter sorter(dir.path("bytes"));
  std::vector<std::pair<std::string, std::string>> want;
  for (int i = 0; i < 300; ++i) {
    std::string k = testing::Cat("k", (i * 37) % 101);
    k.push_back('\0');  // keys are bytes, not C strings
    k += std::to_string(i % 3);
    want.emplace_back(k, testing::Cat("v", i));
    sorter.Add(k, want.back().second);
    if (i % 50 == 49) {
      ASSERT_TRUE(sorter.Spill().ok());
    }
  }
  std::vector<std::string> keys;
  ASSERT_TRUE(sorter.ForEach([&](std::string_view k, std::string_view v) {
    keys.emplace_back(k);
    // the value travelled with its key
    EXPECT_NE(std::find(want.begin(), want.end(), std::make_pair(std::string(k), std::string(v))), want.end());
    return Status::Ok();
  }).ok());
  ASSERT_EQ(keys.size(), want.size());
  EXPECT_TRUE(std::is_sorted(keys.begin(), keys.end()));
}

}  // namespace
}  // namespace kg::graph
