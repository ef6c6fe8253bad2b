#include "query/output/csv_renderer.h"

namespace kg::query {

void CsvRenderer::Cell(const std::string& s, bool first) {
  if (!first) out_ << sep_;
  if (sep_ == '\t') {
    for (char c : s) out_ << (c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
    return;
  }
  if (s.find_first_of(",\"\r\n") == std::string::npos) {
    out_ << s;
    return;
  }
  out_ << '"';
  for (char c : s) {
    if (c == '"') out_ << '"';
    out_ << c;
  }
  out_ << '"';
}

void CsvRenderer::Begin(const std::vector<std::string>& columns, bool cite) {
  cite_ = cite;
  if (started_) out_ << "\n";
  started_ = true;
  for (size_t i = 0; i < columns.size(); ++i) {
    Cell(columns[i], i == 0);
    if (show_ids_) Cell(columns[i] + "_id", false);
  }
  if (cite_) Cell("citations", columns.empty());
  out_ << "\n";
}

bool CsvRenderer::Row(const ResultRow& row) {
  for (size_t i = 0; i < row.values.size(); ++i) {
    Cell(row.values[i].Display(), i == 0);
    if (show_ids_) Cell(row.values[i].kind == Value::Kind::kEntity ? row.values[i].id : "", false);
  }
  if (cite_) {
    std::string c;
    for (const auto& rc : row.citations) {
      if (!c.empty()) c += "; ";
      c += rc.citation.source + ":" + std::to_string(rc.citation.provenance.start) + "-" +
           std::to_string(rc.citation.provenance.end);
    }
    Cell(c, row.values.empty());
  }
  out_ << "\n";
  return static_cast<bool>(out_);
}

void CsvRenderer::End(const ResultSummary&) { out_.flush(); }

}  // namespace kg::query
