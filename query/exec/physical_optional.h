// PhysicalOptional: a left outer join. For each row of the left input it runs
// the OPTIONAL group's sub-plan (whose leaf ARGUMENT receives the row); it
// emits the extended rows, or the left row alone when the group found none.
#pragma once

#include "query/exec/physical_argument.h"
#include "query/exec/physical_operator.h"

namespace kg::query::exec {

class PhysicalOptional : public PhysicalOperator {
 public:
  // REQUIRES: `argument` is the leaf of `group` (owned by it).
  PhysicalOptional(OperatorPtr left, OperatorPtr group, PhysicalArgument* argument);
  void Open(ExecContext* ctx) override;
  bool Next(ExecRow* row) override;
  std::string Name() const override { return "OPTIONAL"; }

 private:
  PhysicalArgument* argument_;
  ExecContext* ctx_ = nullptr;
  ExecRow left_row_;
  bool in_group_ = false;
  bool group_matched_ = false;
};

}  // namespace kg::query::exec
