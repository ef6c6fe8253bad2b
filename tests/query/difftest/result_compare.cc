#include "tests/query/difftest/result_compare.h"

#include <map>

namespace kg::difftest {
namespace {

class EncodingSink : public query::ResultSink {
 public:
  explicit EncodingSink(KgResult* out) : out_(out) {}
  void Begin(const std::vector<std::string>& columns, bool) override {
    out_->columns = columns;
    out_->rows.clear();
  }
  bool Row(const query::ResultRow& row) override {
    std::vector<std::string> cells;
    for (const auto& v : row.values) {
      switch (v.kind) {
        case query::Value::Kind::kNull: cells.push_back("-"); break;
        case query::Value::Kind::kEntity: {
          std::string cell = "E:" + v.id + "|" + v.label + "|";
          for (size_t i = 0; i < v.types.size(); ++i) cell += (i ? "," : "") + v.types[i];
          cells.push_back(std::move(cell));
          break;
        }
        case query::Value::Kind::kLiteral: cells.push_back("L:" + v.datatype + ":" + v.value); break;
      }
    }
    out_->rows.push_back(std::move(cells));
    return true;
  }
  void End(const query::ResultSummary&) override {}

 private:
  KgResult* out_;
};

using Multiset = std::map<std::vector<std::string>, long>;

Multiset Count(const std::vector<std::vector<std::string>>& rows, size_t from = 0, size_t to = SIZE_MAX) {
  Multiset m;
  for (size_t i = from; i < rows.size() && i < to; ++i) ++m[rows[i]];
  return m;
}

std::string RowText(const std::vector<std::string>& row) {
  std::string s = "(";
  for (size_t i = 0; i < row.size(); ++i) s += (i ? ", " : "") + row[i];
  return s + ")";
}

// The first difference of two multisets, as "kg has N x R, expected M".
std::string Difference(const Multiset& got, const Multiset& want, bool subset) {
  for (const auto& [row, n] : got) {
    auto it = want.find(row);
    long m = it == want.end() ? 0 : it->second;
    if (subset ? n > m : n != m) return "kg has " + std::to_string(n) + " x " + RowText(row) + ", expected " + std::to_string(m);
  }
  if (subset) return "";
  for (const auto& [row, m] : want) {
    if (!got.count(row)) return "kg lacks " + RowText(row) + " (expected " + std::to_string(m) + ")";
  }
  return "";
}

}  // namespace

KgResult RunOnKg(query::Engine& engine, const std::string& text) {
  KgResult out;
  EncodingSink sink(&out);
  query::RunOptions options;
  options.timeout_seconds = 20;
  options.max_rows = 2 * ReferenceEvaluator::kMaxRows;
  Status s = engine.Run(text, options, sink);
  if (s.code() == Status::Code::kTimeout || s.code() == Status::Code::kCancelled) {
    out.skipped = true;
    return out;
  }
  out.ok = s.ok();
  if (!s.ok()) out.error = s.message();
  return out;
}

std::string Compare(const ExpectedResult& want, const KgResult& got) {
  if (!got.ok) return "kg failed: " + got.error;
  if (got.columns != want.columns) {
    std::string g, w;
    for (const auto& c : got.columns) g += c + " ";
    for (const auto& c : want.columns) w += c + " ";
    return "columns differ: kg [" + g + "], expected [" + w + "]";
  }
  const size_t total = want.rows.size();
  const size_t from = std::min<uint64_t>(want.offset, total);
  const size_t to = want.limit ? std::min<uint64_t>(total, from + *want.limit) : total;
  if (got.rows.size() != to - from) {
    return "kg returned " + std::to_string(got.rows.size()) + " rows, expected " + std::to_string(to - from) +
           " (of " + std::to_string(total) + " before LIMIT/OFFSET)";
  }
  if (!want.ordered) {
    const bool whole = from == 0 && to == total;
    std::string d = Difference(Count(got.rows), Count(want.rows), !whole);
    return d.empty() ? "" : d;
  }
  // Per tie class: kg's rows at that class's positions within the window
  // must be a sub-multiset of the class (all of it when the window holds it all).
  size_t i = from;
  while (i < to) {
    const int cls = want.tie_class[i];
    size_t class_begin = i, class_end = i;
    while (class_begin > 0 && want.tie_class[class_begin - 1] == cls) --class_begin;
    while (class_end < total && want.tie_class[class_end] == cls) ++class_end;
    const size_t window_end = std::min(class_end, to);
    Multiset got_part = Count(got.rows, i - from, window_end - from);
    std::string d = Difference(got_part, Count(want.rows, class_begin, class_end), true);
    if (!d.empty()) return "ORDER BY: rows " + std::to_string(i - from) + ".." + std::to_string(window_end - from - 1) + ": " + d;
    i = window_end;
  }
  return "";
}

}  // namespace kg::difftest
