// PhysicalFilter: passes the rows for which a FILTER condition holds.
#pragma once

#include "query/binder/bound_query.h"
#include "query/exec/physical_operator.h"

namespace kg::query::exec {

class PhysicalFilter : public PhysicalOperator {
 public:
  PhysicalFilter(OperatorPtr input, binder::BoundExpr condition, std::string text);
  void Open(ExecContext* ctx) override;
  bool Next(ExecRow* row) override;
  std::string Name() const override { return "FILTER"; }
  std::string Params() const override { return text_; }

 private:
  binder::BoundExpr condition_;
  std::string text_;
  ExecContext* ctx_ = nullptr;
};

}  // namespace kg::query::exec
