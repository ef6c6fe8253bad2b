#include "cli/shell/session.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <set>

#include "cli/shell/dot_commands.h"
#include "cli/shell/interrupt.h"
#include "graph/vocabulary.h"

namespace kg::cli::shell {
namespace {

// Forwards to a renderer, stops the query (by refusing rows) after Ctrl-C, and
// prints the statement's warnings ("no entity named ...") on stderr.
class InterruptibleSink : public query::ResultSink {
 public:
  InterruptibleSink(query::ResultSink* inner, bool interruptible, bool colour)
      : inner_(inner), interruptible_(interruptible), colour_(colour) {}
  void Begin(const std::vector<std::string>& columns, bool cite) override { inner_->Begin(columns, cite); }
  bool Row(const query::ResultRow& row) override {
    if (interruptible_ && Interrupted()) return false;
    return inner_->Row(row);
  }
  void End(const query::ResultSummary& summary) override {
    inner_->End(summary);
    std::cout.flush();
    for (const auto& w : summary.warnings) {
      std::cerr << (colour_ ? "\x1b[33mwarning:\x1b[0m " : "warning: ") << w << "\n";
    }
  }
  bool NeedsTypes() const override { return inner_->NeedsTypes(); }

 private:
  query::ResultSink* inner_;
  bool interruptible_;
  bool colour_;
};

bool IsBlank(const std::string& text) { return query::Engine::SplitScript(text).empty(); }

}  // namespace

int ExitCodeFor(const Status& status) {
  if (status.ok()) return 0;
  return status.code() == Status::Code::kInvalidArgument ? 2 : 1;
}

Session::Session(SessionOptions options) : options_(std::move(options)), format_(options_.format) {}
Session::~Session() = default;

Result<std::unique_ptr<Session>> Session::Open(const SessionOptions& options) {
  std::unique_ptr<Session> session(new Session(options));
  KG_RETURN_IF_ERROR(session->Reopen());
  return session;
}

Status Session::Reopen() {
  engine_.reset();
  store_.reset();
  graph::StoreOptions store_options;
  store_options.read_only = !options_.writable;
  store_options.create_if_missing = options_.writable;
  auto store = graph::Store::Open(options_.db_path, store_options);
  if (!store.ok()) {
    if (store.status().code() == Status::Code::kNotFound && !options_.writable) {
      return Status::NotFound("no store at " + options_.db_path +
                              " (create one with 'kg ingest' or 'kg import', or start 'kg shell --write')");
    }
    return store.status();
  }
  store_ = std::move(store).value();
  engine_ = std::make_unique<query::Engine>(store_.get());
  return Status::Ok();
}

std::ostream& Session::out() { return out_file_ ? static_cast<std::ostream&>(*out_file_) : std::cout; }

Status Session::SetOutput(const std::string& path) {
  if (path.empty() || path == "-" || path == "stdout") {
    out_file_.reset();
    return Status::Ok();
  }
  auto file = std::make_unique<std::ofstream>(path, std::ios::out | std::ios::trunc);
  if (!*file) return Status::IOError("cannot write " + path);
  out_file_ = std::move(file);
  return Status::Ok();
}

void Session::PrintError(const std::string& message) const {
  std::cout.flush();
  if (options_.colour) {
    std::cerr << "\x1b[31merror:\x1b[0m " << message << "\n";
  } else {
    std::cerr << "error: " << message << "\n";
  }
  std::cerr.flush();
}

Status Session::RunStatement(const query::ScriptStatement& statement, const std::string& source) {
  query::RunOptions run_options;
  run_options.first_line = statement.line;
  run_options.first_column = statement.column;
  run_options.max_memory_bytes = options_.max_memory_bytes;
  if (options_.interruptible) run_options.cancel = InterruptFlag();  // stops row-less work too
  query::RenderOptions render = options_.render;
  if (out_file_) render.terminal_width = 0;  // a file has no width
  auto renderer = query::MakeRenderer(format_, out(), render);
  InterruptibleSink sink(renderer.get(), options_.interruptible, options_.colour);

  auto started = std::chrono::steady_clock::now();
  Status status = engine_->Run(statement.text, run_options, sink);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  out().flush();

  if (options_.interruptible && Interrupted()) {
    PrintError("interrupted");
    return Status::Cancelled("interrupted");
  }
  if (!status.ok()) {
    PrintError(source.empty() ? status.message() : source + ": " + status.message());
    return status;
  }
  if (timer_) {
    char line[64];
    std::snprintf(line, sizeof line, "Run Time: %.3f s\n", seconds);
    std::cout << line << std::flush;
  }
  return status;
}

Status Session::Query(const std::string& text, query::ResultSink& sink) {
  query::RunOptions run_options;
  run_options.max_memory_bytes = options_.max_memory_bytes;
  if (options_.interruptible) run_options.cancel = InterruptFlag();
  return engine_->Run(text, run_options, sink);
}

int Session::RunScript(std::istream& in, const std::string& source, bool keep_going) {
  int exit_code = 0;
  auto note_failure = [&](const Status& s) {
    exit_code = (exit_code == 2 || ExitCodeFor(s) == 2) ? 2 : 1;
    return keep_going;  // go on?
  };
  std::string buffer;  // whole lines of the statement(s) being read
  int buffer_line = 1;
  // Runs what is buffered; false when the script must stop.
  auto run_buffer = [&]() {
    auto statements = query::Engine::SplitScript(buffer);
    buffer.clear();
    for (auto& statement : statements) {
      statement.line += buffer_line - 1;
      Status s = RunStatement(statement, source);
      if (!s.ok() && !note_failure(s)) return false;
      if (quit_) return false;
    }
    return true;
  };

  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (buffer.empty() || IsBlank(buffer)) {
      size_t first = line.find_first_not_of(" \t");
      if (first != std::string::npos && line[first] == '.') {
        buffer.clear();
        Status s = RunDotCommand(line.substr(first));
        if (!s.ok() && !note_failure(s)) return exit_code;
        if (quit_) return exit_code;
        continue;
      }
      if (IsBlank(buffer)) {
        buffer.clear();
        buffer_line = line_no;
      }
    }
    buffer += line;
    buffer += '\n';
    if (query::Engine::IsComplete(buffer) && !run_buffer()) return exit_code;
  }
  if (!IsBlank(buffer)) run_buffer();  // the last statement may omit its ';'
  return exit_code;
}

Status Session::RunDotCommand(const std::string& line) {
  Status status = shell::RunDotCommand(*this, line);
  if (!status.ok()) PrintError(status.message());
  return status;
}

void Session::Vocabulary(std::vector<std::string>* predicates, std::vector<std::string>* types) const {
  auto local_names = [&](const std::vector<std::pair<graph::TermId, uint64_t>>& counts) {
    std::set<std::string> names;
    for (const auto& [id, count] : counts) {
      auto term = store_->Resolve(id);
      if (term.ok()) names.insert(std::string(graph::vocab::LocalName(term->value)));
    }
    return std::vector<std::string>(names.begin(), names.end());
  };
  // Completion words only: an unreadable store offers none, and the first
  // statement run reports the error.
  auto predicate_counts = store_->PredicateCounts();
  auto type_counts = store_->TypeCounts();
  if (predicate_counts.ok()) *predicates = local_names(*predicate_counts);
  if (type_counts.ok()) *types = local_names(*type_counts);
}

}  // namespace kg::cli::shell
