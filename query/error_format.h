// Helpers of Engine: query errors as Status values ("line L, column C: what"
// plus the source line and a caret), the --max-rows status, and EXPLAIN output.
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "query/engine.h"
#include "query/query_error.h"

namespace kg::query {

Status ErrorStatus(const QueryError& e, std::string_view text, const RunOptions& options);
Status MaxRowsStatus(uint64_t max_rows);
// Sends an EXPLAIN result (column "plan", one row per line) to `sink`.
Status EmitExplain(const std::string& plan, const std::vector<std::string>& warnings,
                   std::chrono::steady_clock::time_point started, ResultSink& sink);

}  // namespace kg::query
