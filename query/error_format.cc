#include "query/error_format.h"

namespace kg::query {

Status ErrorStatus(const QueryError& e, std::string_view text, const RunOptions& options) {
  if (!e.has_pos()) {
    switch (e.code()) {
      case Status::Code::kTimeout: return Status::Timeout(e.what());
      case Status::Code::kCancelled: return Status::Cancelled(e.what());
      case Status::Code::kCorruption: return Status::Corruption(e.what());
      default: return Status::IOError(e.what());
    }
  }
  const ast::SourcePos& pos = e.pos();
  std::string message = "line " + std::to_string(pos.line) + ", column " + std::to_string(pos.column) + ": " + e.what();
  // The statement's line holding the error, and a caret under the column.
  int rel_line = pos.line - options.first_line;
  size_t start = 0;
  for (int i = 0; i < rel_line && start != std::string_view::npos; ++i) {
    start = text.find('\n', start);
    if (start != std::string_view::npos) ++start;
  }
  if (start != std::string_view::npos && start <= text.size()) {
    size_t end = text.find('\n', start);
    std::string line(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (!line.empty() && line.back() == '\r') line.pop_back();
    int col = rel_line == 0 ? pos.column - options.first_column : pos.column - 1;
    std::string caret;
    size_t byte = 0;
    for (int c = 0; c < col && byte < line.size(); ++c) {
      caret += line[byte] == '\t' ? '\t' : ' ';
      ++byte;
      while (byte < line.size() && (static_cast<unsigned char>(line[byte]) & 0xC0) == 0x80) ++byte;
    }
    message += "\n  " + line + "\n  " + caret + "^";
  }
  return Status::InvalidArgument(message);
}

Status MaxRowsStatus(uint64_t max_rows) {
  return Status::Cancelled("query stopped: more than " + std::to_string(max_rows) +
                           " rows (--max-rows); add LIMIT or raise --max-rows");
}

Status EmitExplain(const std::string& plan, const std::vector<std::string>& warnings,
                   std::chrono::steady_clock::time_point started, ResultSink& sink) {
  sink.Begin({"plan"}, false);
  ResultSummary summary;
  summary.warnings = warnings;
  size_t start = 0;
  while (start < plan.size()) {
    size_t end = plan.find('\n', start);
    if (end == std::string::npos) end = plan.size();
    ResultRow row;
    row.values.push_back(Value::Literal(plan.substr(start, end - start), "string"));
    sink.Row(row);
    ++summary.rows;
    start = end + 1;
  }
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  sink.End(summary);
  return Status::Ok();
}

}  // namespace kg::query
