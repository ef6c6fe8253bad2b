// RunOptions::max_memory_bytes (--max-memory): ORDER BY, DISTINCT and COUNT
// grouping keep rows; past the limit the statement stops with one clear
// message, and a statement that keeps few rows runs as before.
#include <gtest/gtest.h>

#include <string>

#include "query/engine.h"
#include "query/result/result_sink.h"
#include "tests/query/knows_ring_fixture.h"

namespace kg::query {
namespace {

using MemoryLimitTest = KnowsRingTest;

// The ring has 3 knows statements: a 4-way join of them is 3^4 = 81 rows of
// 5 slots (with ?e unconstrained, every combination).
constexpr const char* kWide = "?a knows ?b, ?c knows ?d, ?e knows ?f, ?g knows ?h";

Status RunLimited(graph::Store* store, const std::string& q, uint64_t max_bytes, size_t* rows = nullptr) {
  Engine engine(store);
  CollectingSink sink;
  RunOptions options;
  options.max_memory_bytes = max_bytes;
  Status s = engine.Run(q, options, sink);
  if (rows) *rows = sink.rows().size();
  return s;
}

void ExpectStopped(const Status& s) {
  EXPECT_EQ(s.code(), Status::Code::kCancelled) << s.ToString();
  EXPECT_EQ(s.message().rfind("query stopped: its intermediate results passed ", 0), 0u) << s.message();
  EXPECT_NE(s.message().find(" MB (--max-memory)"), std::string::npos) << s.message();
}

TEST_F(MemoryLimitTest, EachMaterialisingOperatorIsBounded) {
  const std::string where = std::string(" WHERE ") + kWide;
  const uint64_t tiny = 1024;  // 81 rows of about 200 bytes each do not fit
  ExpectStopped(RunLimited(store_.get(), "FIND ?a ?c ?e ?g" + where + " ORDER BY ?a", tiny));
  ExpectStopped(RunLimited(store_.get(), "FIND DISTINCT ?a ?c ?e ?g" + where, tiny));
  ExpectStopped(RunLimited(store_.get(), "FIND DISTINCT ?a ?c ?e ?g" + where + " CITE", tiny));
  ExpectStopped(RunLimited(store_.get(), "FIND ?a ?c ?e ?g COUNT(*)" + where, tiny));
  ExpectStopped(RunLimited(store_.get(), "FIND ?a COUNT(DISTINCT ?h)" + where + " CITE", tiny));
  // OPTIONAL re-opens its group for every row: an ORDER BY inside it releases
  // what it held, so the limit bounds what is held at once, not the sum.
}

TEST_F(MemoryLimitTest, WithinTheLimitOrUnlimitedNothingChanges) {
  const std::string q = std::string("FIND ?a ?c ?e ?g WHERE ") + kWide + " ORDER BY ?a";
  size_t rows = 0;
  ASSERT_TRUE(RunLimited(store_.get(), q, 0, &rows).ok());
  EXPECT_EQ(rows, 81u);
  ASSERT_TRUE(RunLimited(store_.get(), q, uint64_t{1} << 20, &rows).ok());
  EXPECT_EQ(rows, 81u);
  // A plain scan keeps nothing: a tiny limit does not stop it.
  ASSERT_TRUE(RunLimited(store_.get(), std::string("FIND ?a ?c ?e ?g WHERE ") + kWide, 1, &rows).ok());
  EXPECT_EQ(rows, 81u);
}

}  // namespace
}  // namespace kg::query
