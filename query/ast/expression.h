// AST of FILTER expressions.
// Thread-safety: value types (move-only trees).
#pragma once

#include <memory>
#include <vector>

#include "query/ast/term.h"

namespace kg::query::ast {

struct Expr {
  enum class Kind { kOr, kAnd, kNot, kCompare, kYear, kContains, kTerm };
  enum class Op { kEq, kNe, kLt, kLe, kGt, kGe };
  Kind kind = Kind::kTerm;
  Op op = Op::kEq;                            // kCompare
  std::vector<std::unique_ptr<Expr>> args;    // operands
  Term term;                                  // kTerm: a variable or literal
  SourcePos pos;
};

using ExprPtr = std::unique_ptr<Expr>;

}  // namespace kg::query::ast
