// ResultSink: where Engine::Run streams a statement's result. Renderers
// (query/output/) implement it; the shell and tests may implement their own.
// Call order per statement: Begin, Row*, End. End is called only on success;
// after a failed Run the sink may hold a partial result and should be discarded
// or reset by a new Begin.
// Thread-safety: a sink is used by one Run at a time.
#pragma once

#include <string>
#include <vector>

#include "query/result/row.h"

namespace kg::query {

class ResultSink {
 public:
  virtual ~ResultSink() = default;
  // `columns` are the projected variable names without '?' (e.g. "count" for COUNT).
  // `cite` is true when rows carry citations.
  virtual void Begin(const std::vector<std::string>& columns, bool cite) = 0;
  // Returns false to stop the query early (no error).
  virtual bool Row(const ResultRow& row) = 0;
  virtual void End(const ResultSummary& summary) = 0;
  // False when the sink never reads Value::types (saves a type lookup per entity).
  virtual bool NeedsTypes() const { return true; }
};

// A sink that keeps everything in memory (tests, the shell's buffered modes).
class CollectingSink : public ResultSink {
 public:
  void Begin(const std::vector<std::string>& columns, bool cite) override {
    columns_ = columns;
    cite_ = cite;
    rows_.clear();
  }
  bool Row(const ResultRow& row) override {
    rows_.push_back(row);
    return true;
  }
  void End(const ResultSummary& summary) override { summary_ = summary; }

  const std::vector<std::string>& columns() const { return columns_; }
  const std::vector<ResultRow>& rows() const { return rows_; }
  const ResultSummary& summary() const { return summary_; }
  bool cite() const { return cite_; }

 private:
  std::vector<std::string> columns_;
  std::vector<ResultRow> rows_;
  ResultSummary summary_;
  bool cite_ = false;
};

}  // namespace kg::query
