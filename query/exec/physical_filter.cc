#include "query/exec/physical_filter.h"

#include "query/exec/expression_eval.h"

namespace kg::query::exec {

PhysicalFilter::PhysicalFilter(OperatorPtr input, binder::BoundExpr condition, std::string text)
    : condition_(std::move(condition)), text_(std::move(text)) {
  children_.push_back(std::move(input));
}

void PhysicalFilter::Open(ExecContext* ctx) {
  ctx_ = ctx;
  children_[0]->Open(ctx);
}

bool PhysicalFilter::Next(ExecRow* row) {
  while (children_[0]->Next(row)) {
    if (EvalCondition(ctx_, condition_, *row)) return true;
  }
  return false;
}

}  // namespace kg::query::exec
