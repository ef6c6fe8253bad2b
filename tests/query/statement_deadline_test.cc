// --timeout counts from the start of Engine::Run (query/exec/deadline.h):
// planning a long statement and rendering its EXPLAIN are bounded too, not
// only execution. And EXPLAIN's text grows linearly with the plan.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "query/engine.h"
#include "query/result/result_sink.h"
#include "tests/query/knows_ring_fixture.h"

namespace kg::query {
namespace {

using StatementDeadlineTest = KnowsRingTest;

// ?v0 knows ?v1, ?v1 knows ?v2, ...: the planner weighs every remaining
// pattern at each step, quadratic in `n`.
std::string Chain(int n) {
  std::string q = "FIND ?v0 WHERE ";
  for (int i = 0; i < n; ++i) {
    if (i) q.append(", ");
    q.append("?v").append(std::to_string(i)).append(" knows ?v").append(std::to_string(i + 1));
  }
  return q;
}

TEST_F(StatementDeadlineTest, PlanningCountsAgainstTheTimeout) {
  Engine engine(store_.get());
  CollectingSink sink;
  RunOptions options;
  options.timeout_seconds = 0.001;
  // EXPLAIN only parses, binds and plans: before, no deadline applied at all.
  Status s = engine.Run("EXPLAIN " + Chain(4000), options, sink);
  EXPECT_EQ(s.code(), Status::Code::kTimeout) << s.ToString();
  EXPECT_NE(s.message().find("(--timeout)"), std::string::npos) << s.message();
  s = engine.Run(Chain(4000), options, sink);
  EXPECT_EQ(s.code(), Status::Code::kTimeout) << s.ToString();
}

TEST_F(StatementDeadlineTest, AnInterruptStopsPlanning) {
  std::atomic<bool> cancel{true};
  Engine engine(store_.get());
  CollectingSink sink;
  RunOptions options;
  options.cancel = &cancel;
  Status s = engine.Run("EXPLAIN " + Chain(100), options, sink);
  EXPECT_EQ(s.code(), Status::Code::kCancelled);
  EXPECT_EQ(s.message(), "interrupted");
}

TEST_F(StatementDeadlineTest, ExplainOfALongChainIsQuick) {
  // Each operator's text was copied once per level above it: 3,000 chained
  // joins took about 15 s; now well under a second.
  Engine engine(store_.get());
  CollectingSink sink;
  auto started = std::chrono::steady_clock::now();
  Status s = engine.Run("EXPLAIN " + Chain(3000), RunOptions(), sink);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_GT(sink.rows().size(), 3000u);  // one line per scan at least
  EXPECT_LT(seconds, 5.0);
}

}  // namespace
}  // namespace kg::query
