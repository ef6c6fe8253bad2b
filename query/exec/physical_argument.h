// PhysicalArgument: the leaf of a pipeline: yields one row (all slots unbound,
// or the row an enclosing OPTIONAL hands it) once per Open.
#pragma once

#include "query/exec/physical_operator.h"

namespace kg::query::exec {

class PhysicalArgument : public PhysicalOperator {
 public:
  // The row the next Open yields (OPTIONAL sets the outer row here).
  void SetRow(const ExecRow& row) { row_ = row; has_row_ = true; }
  void Open(ExecContext* ctx) override;
  bool Next(ExecRow* row) override;
  std::string Name() const override { return "ARGUMENT"; }

 private:
  ExecRow row_;
  bool has_row_ = false;
  bool done_ = false;
};

}  // namespace kg::query::exec
