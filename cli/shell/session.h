// Session: the state one `kg shell` works with — the open store, the query
// engine, the output format and destination, the timer — and the two ways
// text reaches it: statements (run and rendered) and dot commands. The
// interactive loop (repl.h), piped input and `.read FILE` all feed it.
// Errors are printed ("error: ...") and returned; they never end the session.
// Thread-safety: none (one per shell).
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "graph/store.h"
#include "query/engine.h"
#include "query/output/renderer.h"
#include "util/status.h"

namespace kg::cli::shell {

struct SessionOptions {
  std::string db_path;
  bool writable = false;  // --write: hold the store's write lock, allow .ingest
  query::OutputFormat format = query::OutputFormat::kTable;
  uint64_t max_memory_bytes = 0;  // --max-memory (query::RunOptions); 0: no limit
  bool colour = false;    // colour error lines (terminal, and NO_COLOR unset)
  query::RenderOptions render;  // table width (the terminal's), ids, wide
  bool interruptible = false;  // Ctrl-C stops a running statement (REQUIRES a
                               // ScopedInterruptHandler, as RunInteractive installs;
                               // statements stop while Interrupted() is set)
};

class Session {
 public:
  // Opens the store. Errors: those of graph::Store::Open; NotFound is reworded
  // to say how to create a store.
  static Result<std::unique_ptr<Session>> Open(const SessionOptions& options);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // Runs one statement from `source` ("" interactively), positioned by
  // statement.line/column, rendering its rows to the current output. Prints
  // any error on stderr, naming `source`, and returns it.
  Status RunStatement(const query::ScriptStatement& statement, const std::string& source);

  // Runs query `text` into `sink` (no rendering, no error printing): for
  // dot commands that read the store through the query language (.why).
  Status Query(const std::string& text, query::ResultSink& sink);

  // Runs a line-oriented script (statements and dot commands) from `in`.
  // Stops at the first error unless `keep_going`. Returns the exit code:
  // 0, 2 if a statement had a syntax error, else 1 for other errors.
  int RunScript(std::istream& in, const std::string& source, bool keep_going);

  // Runs one dot command line (".format json"). Returns its error (printed).
  Status RunDotCommand(const std::string& line);

  // --- state the dot commands and the REPL use ---
  graph::Store& store() { return *store_; }
  const SessionOptions& options() const { return options_; }
  query::OutputFormat format() const { return format_; }
  void set_format(query::OutputFormat f) { format_ = f; }
  bool timer() const { return timer_; }
  void set_timer(bool on) { timer_ = on; }
  query::RenderOptions& render_options() { return options_.render; }
  // Where results go: stdout or the file of `.output FILE`.
  std::ostream& out();
  // "" or "-" or "stdout": back to stdout. Error: IOError if FILE cannot be opened.
  Status SetOutput(const std::string& path);
  bool quit_requested() const { return quit_; }
  void request_quit() { quit_ = true; }
  // Reopens the store (a read-only store then sees writes made since).
  Status Reopen();

  // Predicate and type local names present in the store (for completion).
  void Vocabulary(std::vector<std::string>* predicates, std::vector<std::string>* types) const;
  // Prints "error: <message>" on stderr (red on a colour terminal).
  void PrintError(const std::string& message) const;

 private:
  explicit Session(SessionOptions options);

  SessionOptions options_;
  std::unique_ptr<graph::Store> store_;
  std::unique_ptr<query::Engine> engine_;
  query::OutputFormat format_;
  bool timer_ = false;
  bool quit_ = false;
  std::unique_ptr<std::ofstream> out_file_;
};

// Exit code for a failed statement: 2 for syntax/usage (InvalidArgument), else 1.
int ExitCodeFor(const Status& status);

}  // namespace kg::cli::shell
