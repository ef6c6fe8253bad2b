// CsvRenderer: csv (RFC 4180 quoting) or tsv (tabs and newlines inside cells
// become spaces). A header line, then one line per row, streamed; each
// statement of a script after the first is set off by a blank line, so a
// reader splits the result sets on empty lines. Cells hold the entity label
// or the literal value; with `show_ids` each column is followed by
// "<column>_id" (the entity's id, empty for a literal); with CITE a last
// column "citations" lists "source:start-end" entries separated by "; ".
#pragma once

#include <ostream>

#include "query/result/result_sink.h"

namespace kg::query {

class CsvRenderer : public ResultSink {
 public:
  CsvRenderer(std::ostream& out, char separator, bool show_ids = false)
      : out_(out), sep_(separator), show_ids_(show_ids) {}
  void Begin(const std::vector<std::string>& columns, bool cite) override;
  bool Row(const ResultRow& row) override;
  void End(const ResultSummary& summary) override;
  bool NeedsTypes() const override { return false; }

 private:
  void Cell(const std::string& s, bool first);
  std::ostream& out_;
  char sep_;
  bool show_ids_;
  bool cite_ = false;
  bool started_ = false;  // a result set was written already
};

}  // namespace kg::query
