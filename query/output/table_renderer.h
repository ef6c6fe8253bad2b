// TableRenderer: an aligned text table (widths in characters, not bytes),
// then "N rows (T s)". Cells are cut with "…" at RenderOptions::max_cell_width
// when the output is not a terminal; on a terminal the widest columns are cut
// only as far as the table must shrink to fit its width; with `wide` nothing
// is cut. With `show_ids` each column is followed by "<column>_id".
// With CITE each row is followed by its citations, grouped under the fact
// they support ("Dara Okonkwo attended summit"), one "[source, date] "sentence""
// line each; sentences are never cut (on a terminal they wrap).
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
  // The column widths: natural, then shrunk to the terminal when there is one.
  std::vector<size_t> Widths() const;
  std::ostream& out_;
  RenderOptions options_;
  std::vector<std::string> columns_;
  bool cite_ = false;
  std::vector<std::vector<std::string>> cells_;  // uncut, newlines flattened
  std::vector<std::vector<std::string>> citations_;
};

// Characters (code points) in a UTF-8 string.
size_t DisplayWidth(const std::string& s);
// `s` cut to at most `width` characters, ending in "…" when cut.
std::string Truncate(const std::string& s, size_t width);
// `s` broken at spaces into lines of at most `width` characters (a longer
// word is split); width 0 or a short `s` gives one line.
std::vector<std::string> Wrap(const std::string& s, size_t width);

}  // namespace kg::query
