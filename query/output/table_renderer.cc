#include "query/output/table_renderer.h"

#include <algorithm>
#include <cstdio>

namespace kg::query {

size_t DisplayWidth(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

std::string Truncate(const std::string& s, size_t width) {
  std::string flat;
  for (char c : s) flat += (c == '\n' || c == '\t' || c == '\r') ? ' ' : c;
  if (DisplayWidth(flat) <= width || width < 2) return flat;
  std::string out;
  size_t chars = 0;
  for (size_t i = 0; i < flat.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(flat[i]);
    if ((c & 0xC0) != 0x80 && ++chars > width - 1) break;
    out += flat[i];
  }
  return out + "…";
}

void TableRenderer::Begin(const std::vector<std::string>& columns, bool cite) {
  columns_ = columns;
  cite_ = cite;
  cells_.clear();
  citations_.clear();
}

bool TableRenderer::Row(const ResultRow& row) {
  std::vector<std::string> cells;
  for (const auto& v : row.values) cells.push_back(Truncate(v.is_null() ? "" : v.Display(), options_.max_cell_width));
  cells_.push_back(std::move(cells));
  std::vector<std::string> cites;
  if (cite_) {
    for (const auto& rc : row.citations) {
      std::string line = "[" + rc.citation.source;
      if (!rc.citation.published.empty()) line += ", " + rc.citation.published;
      line += "] ";
      if (!rc.attributed_label.empty()) line += "(according to " + rc.attributed_label + ") ";
      if (rc.citation.provenance.modality == graph::Modality::kPlanned) line += "(planned) ";
      line += "\"" + Truncate(rc.citation.sentence, 160) + "\"";
      cites.push_back(std::move(line));
    }
  }
  citations_.push_back(std::move(cites));
  return true;
}

void TableRenderer::End(const ResultSummary& summary) {
  std::vector<size_t> width;
  for (const auto& c : columns_) width.push_back(DisplayWidth(c));
  for (const auto& row : cells_) {
    for (size_t i = 0; i < row.size() && i < width.size(); ++i) width[i] = std::max(width[i], DisplayWidth(row[i]));
  }
  auto line = [&](const std::vector<std::string>& cells) {
    std::string s;
    for (size_t i = 0; i < width.size(); ++i) {
      const std::string cell = i < cells.size() ? cells[i] : "";
      s += (i ? " | " : "") + cell;
      if (i + 1 < width.size()) s += std::string(width[i] - DisplayWidth(cell), ' ');
    }
    out_ << s << "\n";
  };
  line(columns_);
  std::string rule;
  for (size_t i = 0; i < width.size(); ++i) rule += (i ? "-+-" : "") + std::string(width[i], '-');
  out_ << rule << "\n";
  for (size_t r = 0; r < cells_.size(); ++r) {
    line(cells_[r]);
    for (const auto& c : citations_[r]) out_ << "    " << c << "\n";
  }
  if (options_.show_summary) {
    char t[32];
    std::snprintf(t, sizeof t, "%.3f", summary.seconds);
    out_ << summary.rows << (summary.rows == 1 ? " row" : " rows") << " (" << t << " s)\n";
  }
  out_.flush();
  cells_.clear();
  citations_.clear();
}

}  // namespace kg::query
