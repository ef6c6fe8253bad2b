// Running one query on kg and checking its rows against the reference's.
// Rows compare as multisets; under LIMIT/OFFSET without ORDER BY kg's rows must
// be as many as expected and a sub-multiset of the full result; under ORDER BY
// each position's row must come from the reference's tie class at that
// position (rows equal under the sort keys may come in any order, and LIMIT
// may cut a class anywhere).
// Thread-safety: free functions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "query/engine.h"
#include "tests/query/difftest/reference_evaluator.h"

namespace kg::difftest {

struct KgResult {
  bool ok = false;
  bool skipped = false;  // timeout or row cap: not compared
  std::string error;
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;  // values encoded like the reference's
};

KgResult RunOnKg(query::Engine& engine, const std::string& text);

// "" when kg's result is right, else what differs (short).
std::string Compare(const ExpectedResult& expected, const KgResult& got);

}  // namespace kg::difftest
