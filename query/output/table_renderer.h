// TableRenderer: an aligned text table (widths in characters, not bytes),
// cells cut at RenderOptions::max_cell_width with "…", then "N rows (T s)".
// With CITE each row is followed by its citations, indented: [source] "sentence".
// Rows are buffered until End to size the columns.
#pragma once

#include <ostream>

#include "query/output/renderer.h"
#include "query/result/result_sink.h"

namespace kg::query {

class TableRenderer : public ResultSink {
 public:
  TableRenderer(std::ostream& out, const RenderOptions& options) : out_(out), options_(options) {}
  void Begin(const std::vector<std::string>& columns, bool cite) override;
  bool Row(const ResultRow& row) override;
  void End(const ResultSummary& summary) override;
  bool NeedsTypes() const override { return false; }

 private:
  std::ostream& out_;
  RenderOptions options_;
  std::vector<std::string> columns_;
  bool cite_ = false;
  std::vector<std::vector<std::string>> cells_;
  std::vector<std::vector<std::string>> citations_;
};

// Characters (code points) in a UTF-8 string.
size_t DisplayWidth(const std::string& s);
// `s` cut to at most `width` characters, ending in "…" when cut.
std::string Truncate(const std::string& s, size_t width);

}  // namespace kg::query
