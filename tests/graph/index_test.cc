// Every index order: each of the 8 bind patterns is one prefix scan of the right
// column family and returns exactly the matching statements.
#include <gtest/gtest.h>

#include <algorithm>

#include "graph/format.h"
#include "tests/graph/test_util.h"

namespace kg::graph {
namespace {
using namespace testing;
using format::KeyOrder;

TEST(KeyOrder, PlanPicksTheOrderWhoseKeyStartsWithTheBoundPositions) {
  struct Case { bool s, p, o; KeyOrder order; int prefix; };
  const Case cases[] = {
      {false, false, false, KeyOrder::kSpo, 0}, {true, false, false, KeyOrder::kSpo, 1},
      {true, true, false, KeyOrder::kSpo, 2},   {true, true, true, KeyOrder::kSpo, 3},
      {false, true, false, KeyOrder::kPos, 1},  {false, true, true, KeyOrder::kPos, 2},
      {false, false, true, KeyOrder::kOsp, 1},  {true, false, true, KeyOrder::kOsp, 2},
  };
  for (const auto& c : cases) {
    auto plan = format::PlanScan(c.s, c.p, c.o);
    EXPECT_EQ(plan.order, c.order) << c.s << c.p << c.o;
    EXPECT_EQ(plan.bound_prefix, c.prefix) << c.s << c.p << c.o;
    // The bound positions are exactly the first `prefix` positions of the order.
    bool bound[3] = {c.s, c.p, c.o};
    for (int i = 0; i < 3; ++i) EXPECT_EQ(bound[format::kPositions[static_cast<int>(c.order)][i]], i < c.prefix);
  }
}

TEST(KeyOrder, KeysAreBigEndianAndRoundTrip) {
  StatementIds st{0x0102030405060708ULL, 2, 3};
  std::string k = format::StatementKey(KeyOrder::kPos, st);
  ASSERT_EQ(k.size(), 24u);
  EXPECT_EQ(k[7], 2);             // p first
  EXPECT_EQ(k[15], 3);            // then o
  EXPECT_EQ(k[16], 1);            // then s, most significant byte first
  EXPECT_EQ(format::DecodeStatementKey(KeyOrder::kPos, k.data()), st);
  // Byte order equals numeric order.
  EXPECT_LT(format::StatementKey(KeyOrder::kSpo, {1, 0xff, 0}), format::StatementKey(KeyOrder::kSpo, {2, 0, 0}));
}

class IndexTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = OpenOrDie(dir_.path());
    ASSERT_TRUE(store_);
    // a met b, a met c, b met c, a visited x, c visited x, b title "Minister"
    facts_ = {F(E("a"), V("met"), E("b"), "d1"),     F(E("a"), V("met"), E("c"), "d1"),
              F(E("b"), V("met"), E("c"), "d2"),     F(E("a"), V("visited"), E("x"), "d2"),
              F(E("c"), V("visited"), E("x"), "d3"), F(E("b"), V("title"), Term::String("Minister"), "d3")};
    ASSERT_TRUE(store_->ImportFacts(facts_, nullptr).ok());
  }
  TermId Id(const Term& t) { return *store_->Lookup(t); }

  // Brute force: the facts matching the pattern, as ids.
  std::vector<StatementIds> Expected(const Pattern& p) {
    std::vector<StatementIds> out;
    for (const auto& f : facts_) {
      StatementIds st{Id(f.s), Id(f.p), Id(f.o)};
      if ((p.s == kNoTerm || p.s == st.s) && (p.p == kNoTerm || p.p == st.p) && (p.o == kNoTerm || p.o == st.o))
        out.push_back(st);
    }
    return out;
  }
  static void Sort(std::vector<StatementIds>& v) {
    std::sort(v.begin(), v.end(), [](auto& x, auto& y) { return std::tie(x.s, x.p, x.o) < std::tie(y.s, y.p, y.o); });
  }

  TempDir dir_;
  std::unique_ptr<Store> store_;
  std::vector<Fact> facts_;
};

TEST_F(IndexTest, EveryBindPatternMatchesBruteForce) {
  const TermId a = Id(E("a")), met = Id(V("met")), c = Id(E("c")), x = Id(E("x"));
  const Pattern patterns[] = {{},         {a, 0, 0}, {a, met, 0}, {a, met, c}, {0, met, 0},
                              {0, met, c}, {0, 0, x}, {a, 0, x},   {c, 0, a},   {0, Id(V("visited")), x}};
  for (const auto& p : patterns) {
    auto got = All(*store_, p);
    auto want = Expected(p);
    Sort(got);
    Sort(want);
    EXPECT_EQ(got, want) << p.s << " " << p.p << " " << p.o;
  }
  // Hand-counted: a met 2 people, x was visited by 2, 3 "met" statements, 6 in all.
  EXPECT_EQ(All(*store_, {a, met, 0}).size(), 2u);
  EXPECT_EQ(All(*store_, {0, 0, x}).size(), 2u);
  EXPECT_EQ(All(*store_, {0, met, 0}).size(), 3u);
  EXPECT_EQ(All(*store_).size(), 6u);
  EXPECT_EQ(store_->EstimateCount({0, met, 0}), 3u);
  EXPECT_EQ(store_->EstimateCount({}), 6u);
  EXPECT_EQ(store_->EstimateCount({a, met, c}), 1u);
  EXPECT_EQ(store_->EstimateCount({c, met, a}), 0u);
}

TEST_F(IndexTest, ScansOfOneOrderComeBackSortedByItsKey) {
  // POS scan for `met`: objects ascending.
  auto got = All(*store_, {0, Id(V("met")), 0});
  for (size_t i = 1; i < got.size(); ++i) {
    EXPECT_LE(std::tie(got[i - 1].o, got[i - 1].s), std::tie(got[i].o, got[i].s));
  }
}

}  // namespace
}  // namespace kg::graph
