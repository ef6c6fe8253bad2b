// Shrinking a mismatch to the smallest case that still reproduces it (delta
// debugging): first the queries that ran before it in the session (none, when
// it fails one-shot), then the query (drop clauses, projections, keys, LIMIT,
// alternatives; unwrap OPTIONAL; replace a filter by a part of it), then the
// graph's facts (ddmin over chunks), then the query once more.
// Thread-safety: one shrink at a time.
#pragma once

#include <chrono>
#include <functional>
#include <vector>

#include "tests/query/difftest/generated_graph.h"
#include "tests/query/difftest/query_model.h"

namespace kg::difftest {

struct FailingCase {
  std::vector<WrittenFact> facts;
  std::vector<Query> before;  // run first, in this order, in the same session
  Query query;
};

// True when `c` still shows a mismatch.
using StillFails = std::function<bool(const FailingCase& c)>;

// Shrinks `c` while `fails` holds, stopping at `deadline` with what it has.
FailingCase Shrink(FailingCase c, const StillFails& fails, std::chrono::steady_clock::time_point deadline);

// Smaller valid variants of `q`, most aggressive first.
std::vector<Query> QueryVariants(const Query& q);

}  // namespace kg::difftest
