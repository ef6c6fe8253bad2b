#include "query/error_format.h"

#include <algorithm>

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
  std::string what;
  for (char c : std::string_view(e.what())) {  // echoed input may hold control bytes: show them escaped
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) {
      static const char* kHex = "0123456789abcdef";
      what += "\\x";
      what += kHex[u >> 4];
      what += kHex[u & 15];
    } else {
      what += c;
    }
  }
  std::string message = "line " + std::to_string(pos.line) + ", column " + std::to_string(pos.column) + ": " + what;
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
    // The line as code points; a long line is cut to a window around the
    // column, and control characters are shown as '?', so the message stays
    // one readable line whatever the input.
    std::vector<std::string> points;
    for (size_t byte = 0; byte < line.size();) {
      size_t next = byte + 1;
      while (next < line.size() && (static_cast<unsigned char>(line[next]) & 0xC0) == 0x80) ++next;
      std::string cp = line.substr(byte, next - byte);
      if (cp.size() == 1 && cp[0] != '\t' && (static_cast<unsigned char>(cp[0]) < 0x20 || cp[0] == 0x7f)) cp = "?";
      points.push_back(std::move(cp));
      byte = next;
    }
    constexpr int kBefore = 60, kAfter = 30;
    const int first = col > kBefore ? col - kBefore : 0;
    const int last = std::min<int>(static_cast<int>(points.size()), col + kAfter);
    std::string shown = first > 0 ? "\u2026" : "", caret = first > 0 ? " " : "";
    for (int c = first; c < last; ++c) {
      shown += points[static_cast<size_t>(c)];
      if (c < col) caret += points[static_cast<size_t>(c)] == "\t" ? '\t' : ' ';
    }
    if (last < static_cast<int>(points.size())) shown += "\u2026";
    message += "\n  " + shown + "\n  " + caret + "^";
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
