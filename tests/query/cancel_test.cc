// RunOptions::cancel: a set flag stops a statement with Cancelled "interrupted"
// (the shell's Ctrl-C), also when the statement would produce no rows.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>

#include "graph/store.h"
#include "graph/vocabulary.h"
#include "query/engine.h"
#include "query/result/result_sink.h"
#include "tests/query/knows_ring_fixture.h"

namespace kg::query {
namespace {

using CancelTest = KnowsRingTest;

TEST_F(CancelTest, UnsetFlagRunsNormally) {
  std::atomic<bool> cancel{false};
  RunOptions options;
  options.cancel = &cancel;
  Engine engine(store_.get());
  CollectingSink sink;
  Status s = engine.Run("FIND ?o WHERE \"Person 0\" knows ?o", options, sink);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(sink.rows().size(), 1u);  // p0 knows p1 only
}

TEST_F(CancelTest, SetFlagStopsWithInterrupted) {
  std::atomic<bool> cancel{true};
  RunOptions options;
  options.cancel = &cancel;
  Engine engine(store_.get());
  CollectingSink sink;
  // A join with no answer: it sends no row, so only the flag can stop it.
  Status s = engine.Run("FIND ?a WHERE ?a knows ?b, ?b knows ?a", options, sink);
  EXPECT_EQ(s.code(), Status::Code::kCancelled);
  EXPECT_EQ(s.message(), "interrupted");
  EXPECT_TRUE(sink.rows().empty());
}

}  // namespace
}  // namespace kg::query
