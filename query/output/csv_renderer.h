// CsvRenderer: csv (RFC 4180 quoting) or tsv (tabs and newlines inside cells
// become spaces). A header line, then one line per row, streamed. Cells hold
// the entity label or the literal value; with CITE a last column "citations"
// lists "source:start-end" entries separated by "; ".
#pragma once

#include <ostream>

#include "query/result/result_sink.h"

namespace kg::query {

class CsvRenderer : public ResultSink {
 public:
  CsvRenderer(std::ostream& out, char separator) : out_(out), sep_(separator) {}
  void Begin(const std::vector<std::string>& columns, bool cite) override;
  bool Row(const ResultRow& row) override;
  void End(const ResultSummary& summary) override;
  bool NeedsTypes() const override { return false; }

 private:
  void Cell(const std::string& s, bool first);
  std::ostream& out_;
  char sep_;
  bool cite_ = false;
};

}  // namespace kg::query
