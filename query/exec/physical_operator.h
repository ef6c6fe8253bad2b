// PhysicalOperator: a pull-based (Volcano) operator. Open once, then Next
// until it returns false. Operators own their children. EXPLAIN prints each
// operator's Name() and Params() as an indented tree (DuckDB ParamsToString).
// Thread-safety: one statement, one thread.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "query/exec/exec_context.h"
#include "query/exec/exec_row.h"

namespace kg::query::exec {

class PhysicalOperator {
 public:
  virtual ~PhysicalOperator() = default;
  // Prepares for a new run. REQUIRES: ctx outlives the run.
  virtual void Open(ExecContext* ctx) = 0;
  // Fills *row and returns true, or returns false at the end.
  virtual bool Next(ExecRow* row) = 0;
  virtual std::string Name() const = 0;
  virtual std::string Params() const { return ""; }
  std::vector<PhysicalOperator*> children() const {
    std::vector<PhysicalOperator*> out;
    for (const auto& c : children_) out.push_back(c.get());
    return out;
  }
  // The indented plan of this subtree, one operator per line.
  std::string Explain(int depth = 0) const;
  void ExplainTo(int depth, std::string* out) const;

 protected:
  std::vector<std::unique_ptr<PhysicalOperator>> children_;
};

using OperatorPtr = std::unique_ptr<PhysicalOperator>;

}  // namespace kg::query::exec
