#include "query/output/table_renderer.h"

#include <algorithm>
#include <cstdio>
#include <numeric>

namespace kg::query {
namespace {

std::string Flatten(const std::string& s) {
  std::string flat;
  for (char c : s) flat += (c == '\n' || c == '\t' || c == '\r') ? ' ' : c;
  return flat;
}

// Byte offset of the character at index `chars` (s.size() when past the end).
size_t ByteOfChar(const std::string& s, size_t chars) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (n == chars) return i;
      ++n;
    }
  }
  return s.size();
}

std::string ValueCell(const Value& v) { return v.is_null() ? "" : v.Display(); }

std::string FactLine(const CitedFact& f) {
  return ValueCell(f.subject) + " " + f.predicate + " " + ValueCell(f.object);
}

constexpr size_t kCitationIndent = 6;  // "      [source] ..."
constexpr size_t kMinColumn = 8;       // a column is never cut below this

}  // namespace

size_t DisplayWidth(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

std::string Truncate(const std::string& s, size_t width) {
  std::string flat = Flatten(s);
  if (DisplayWidth(flat) <= width || width < 2) return flat;
  return flat.substr(0, ByteOfChar(flat, width - 1)) + "…";
}

std::vector<std::string> Wrap(const std::string& s, size_t width) {
  std::string rest = Flatten(s);
  std::vector<std::string> lines;
  if (width == 0) return {rest};
  while (DisplayWidth(rest) > width) {
    size_t cut = ByteOfChar(rest, width);
    size_t space = rest.rfind(' ', cut);
    size_t next = space;
    if (space == std::string::npos || space == 0) {
      space = cut;  // one word longer than the line: split it
      next = cut;
    } else {
      next = space + 1;
    }
    lines.push_back(rest.substr(0, space));
    rest = rest.substr(next);
  }
  lines.push_back(rest);
  return lines;
}

void TableRenderer::Begin(const std::vector<std::string>& columns, bool cite) {
  columns_.clear();
  for (const auto& c : columns) {
    columns_.push_back(c);
    if (options_.show_ids) columns_.push_back(c + "_id");
  }
  cite_ = cite;
  cells_.clear();
  citations_.clear();
}

bool TableRenderer::Row(const ResultRow& row) {
  std::vector<std::string> cells;
  for (const auto& v : row.values) {
    cells.push_back(Flatten(ValueCell(v)));
    if (options_.show_ids) cells.push_back(v.kind == Value::Kind::kEntity ? v.id : "");
  }
  cells_.push_back(std::move(cells));
  std::vector<std::string> cites;
  if (cite_) {
    const CitedFact* last = nullptr;
    for (const auto& rc : row.citations) {
      // A fact's header once, above its sentences (they come grouped by fact).
      if (last == nullptr || !(last->ids == rc.fact.ids)) cites.push_back("    " + FactLine(rc.fact) + ":");
      last = &rc.fact;
      std::string line = "[" + rc.citation.source;
      if (!rc.citation.published.empty()) line += ", " + rc.citation.published;
      line += "] ";
      if (!rc.attributed_label.empty()) line += "(according to " + rc.attributed_label + ") ";
      if (rc.citation.provenance.modality == graph::Modality::kPlanned) line += "(planned) ";
      line += "\"" + rc.citation.sentence + "\"";
      const size_t width = options_.terminal_width > kCitationIndent && !options_.wide
                               ? options_.terminal_width - kCitationIndent
                               : 0;
      for (const auto& l : Wrap(line, width)) cites.push_back(std::string(kCitationIndent, ' ') + l);
    }
  }
  citations_.push_back(std::move(cites));
  return true;
}

std::vector<size_t> TableRenderer::Widths() const {
  std::vector<size_t> width;
  for (const auto& c : columns_) width.push_back(DisplayWidth(c));
  for (const auto& row : cells_) {
    for (size_t i = 0; i < row.size() && i < width.size(); ++i) width[i] = std::max(width[i], DisplayWidth(row[i]));
  }
  if (options_.wide) return width;
  if (options_.terminal_width == 0) {
    for (size_t i = 0; i < width.size(); ++i) width[i] = std::min(width[i], std::max(options_.max_cell_width, DisplayWidth(columns_[i])));
    return width;
  }
  // Shrink the widest column one character at a time until the row fits.
  const size_t separators = width.empty() ? 0 : 3 * (width.size() - 1);
  auto total = [&] { return std::accumulate(width.begin(), width.end(), separators); };
  while (total() > options_.terminal_width) {
    auto widest = std::max_element(width.begin(), width.end());
    if (widest == width.end() || *widest <= kMinColumn) break;
    --*widest;
  }
  return width;
}

void TableRenderer::End(const ResultSummary& summary) {
  const std::vector<size_t> width = Widths();
  auto line = [&](const std::vector<std::string>& cells) {
    std::string s;
    for (size_t i = 0; i < width.size(); ++i) {
      const std::string cell = Truncate(i < cells.size() ? cells[i] : "", width[i]);
      s += (i ? " | " : "") + cell;
      if (i + 1 < width.size()) s += std::string(width[i] - std::min(width[i], DisplayWidth(cell)), ' ');
    }
    out_ << s << "\n";
  };
  line(columns_);
  std::string rule;
  for (size_t i = 0; i < width.size(); ++i) rule += (i ? "-+-" : "") + std::string(width[i], '-');
  out_ << rule << "\n";
  for (size_t r = 0; r < cells_.size(); ++r) {
    line(cells_[r]);
    for (const auto& c : citations_[r]) out_ << c << "\n";
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
