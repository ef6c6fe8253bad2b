// query::Engine: the front door of query/. Runs statements of the language of
// CONTRACT.md section 2 against a Store: parse -> bind -> plan -> execute,
// streaming rows into a ResultSink.
//
// Errors (returned as Status, never thrown):
//   InvalidArgument  syntax error or unknown predicate/type. The message is
//                    "line L, column C: what\n<source line>\n<caret line>"
//                    (positions are in the script when RunOptions gives the
//                    statement's first line/column). Exit code 2 in the CLI.
//   Timeout          RunOptions::timeout_seconds passed, counted from the start
//                    of Run (parsing, binding and planning included).
//   Cancelled        more than RunOptions::max_rows rows (the first max_rows were sent),
//                    rows kept by ORDER BY, DISTINCT and COUNT past
//                    RunOptions::max_memory_bytes (exec/exec_context.h),
//                    or RunOptions::cancel became true (message "interrupted").
//   IOError/...      storage errors.
// Statements never read or write files.
// Thread-safety: an Engine only reads the store; one Engine may serve one Run
// at a time (use one Engine per thread).
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/store.h"
#include "query/result/result_sink.h"
#include "util/status.h"

namespace kg::query {

struct RunOptions {
  double timeout_seconds = 0;  // 0: no limit
  uint64_t max_rows = 0;       // 0: no limit
  uint64_t max_memory_bytes = 0;  // rows held by ORDER BY, DISTINCT, COUNT; 0: no limit
  int first_line = 1;          // where the statement starts in its script (for error positions)
  int first_column = 1;
  // When set and it becomes true (e.g. from a SIGINT handler), the statement
  // stops soon with Cancelled "interrupted", even while producing no rows.
  const std::atomic<bool>* cancel = nullptr;
};

// One statement of a script, with where it starts (1-based).
struct ScriptStatement {
  std::string text;  // without the terminating ';'
  int line = 1;
  int column = 1;
};

class Engine {
 public:
  // REQUIRES: `store` outlives the Engine.
  explicit Engine(const graph::Store* store);
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Runs one statement. `EXPLAIN <query>` produces one column "plan", a row per line.
  Status Run(std::string_view text, const RunOptions& options, ResultSink& sink);

  // The plan of a FIND/DESCRIBE statement (with or without a leading EXPLAIN), as text.
  Result<std::string> Explain(std::string_view text, const RunOptions& options = RunOptions());

  // Splits a script on ';' outside strings, IRIs and comments. Statements that
  // are empty or only comments are dropped.
  static std::vector<ScriptStatement> SplitScript(std::string_view script);

  // True when `text` holds a complete statement (ends with ';' outside strings
  // and comments): the shell's multi-line input test.
  static bool IsComplete(std::string_view text);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::query
