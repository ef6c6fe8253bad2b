// PhysicalAggregate: COUNT with grouping. Consumes its input, groups rows by
// the grouping slots, and emits one row per group (one row with count 0 when
// there are no groups and no input), each COUNT in its own output slot.
// The rows' statements are merged per group (CITE).
#pragma once

#include "query/exec/physical_operator.h"

namespace kg::query::exec {

struct CountSpec {
  int input_slot = -1;  // counted variable's slot, -1 for COUNT(*)
  bool distinct = false;
  int output_slot = 0;
};

class PhysicalAggregate : public PhysicalOperator {
 public:
  // `gather_statements`: merge the rows' statements per group (only CITE reads them).
  PhysicalAggregate(OperatorPtr input, std::vector<int> group_slots, std::vector<CountSpec> counts,
                    std::string text, bool gather_statements);
  void Open(ExecContext* ctx) override;
  bool Next(ExecRow* row) override;
  std::string Name() const override { return "AGGREGATE"; }
  std::string Params() const override { return text_; }

 private:
  std::vector<int> group_slots_;
  std::vector<CountSpec> counts_;
  std::string text_;
  bool gather_;
  std::vector<ExecRow> out_;
  uint64_t charged_ = 0;  // against --max-memory
  size_t pos_ = 0;
};

}  // namespace kg::query::exec
