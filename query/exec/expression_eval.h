// Evaluates bound FILTER expressions on a row. Comparisons with an unbound
// variable or incomparable values are false (so NOT of them is true).
#pragma once

#include "query/binder/bound_query.h"
#include "query/exec/exec_context.h"
#include "query/exec/value_ops.h"

namespace kg::query::exec {

bool EvalCondition(ExecContext* ctx, const binder::BoundExpr& e, const ExecRow& row);
Scalar EvalValue(ExecContext* ctx, const binder::BoundExpr& e, const ExecRow& row);
// Readable form for EXPLAIN.
std::string ExprToString(const binder::BoundExpr& e, const std::vector<std::string>& var_names);

}  // namespace kg::query::exec
