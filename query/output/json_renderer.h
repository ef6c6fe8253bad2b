// JsonRenderer: CONTRACT.md section 4: one line {"columns": [...], "rows": [...]}
// per statement; entities {id, label, types}, literals {value, datatype},
// null for unbound; with CITE each row has "citations", each naming its
// "fact" and the "rule" and "confidence" that read it. Rows are buffered
// until End so the object is written whole on one line.
#pragma once

#include <ostream>

#include <nlohmann/json.hpp>

#include "query/result/result_sink.h"

namespace kg::query {

class JsonRenderer : public ResultSink {
 public:
  explicit JsonRenderer(std::ostream& out) : out_(out) {}
  void Begin(const std::vector<std::string>& columns, bool cite) override;
  bool Row(const ResultRow& row) override;
  void End(const ResultSummary& summary) override;

  // The JSON of one value / one row (also used by tests and the shell).
  static nlohmann::ordered_json ValueJson(const Value& v);
  // A citation's "fact": {"s": {id, label} | {value, datatype}, "p": name, "o": ...}.
  static nlohmann::ordered_json FactJson(const CitedFact& fact);
  static nlohmann::ordered_json RowJson(const std::vector<std::string>& columns, const ResultRow& row, bool cite);

 private:
  std::ostream& out_;
  std::vector<std::string> columns_;
  bool cite_ = false;
  nlohmann::ordered_json rows_;
};

}  // namespace kg::query
