#include "query/exec/physical_optional.h"

namespace kg::query::exec {

PhysicalOptional::PhysicalOptional(OperatorPtr left, OperatorPtr group, PhysicalArgument* argument)
    : argument_(argument) {
  children_.push_back(std::move(left));
  children_.push_back(std::move(group));
}

void PhysicalOptional::Open(ExecContext* ctx) {
  ctx_ = ctx;
  children_[0]->Open(ctx);
  in_group_ = false;
}

bool PhysicalOptional::Next(ExecRow* row) {
  for (;;) {
    if (in_group_) {
      if (children_[1]->Next(row)) {
        group_matched_ = true;
        return true;
      }
      in_group_ = false;
      if (!group_matched_) {
        *row = left_row_;
        return true;
      }
    }
    if (!children_[0]->Next(&left_row_)) return false;
    argument_->SetRow(left_row_);
    children_[1]->Open(ctx_);
    in_group_ = true;
    group_matched_ = false;
  }
}

}  // namespace kg::query::exec
