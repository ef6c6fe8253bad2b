#include "query/exec/expression_eval.h"

#include "util/text.h"

namespace kg::query::exec {

using binder::BoundExpr;

Scalar EvalValue(ExecContext* ctx, const BoundExpr& e, const ExecRow& row) {
  switch (e.kind) {
    case BoundExpr::Kind::kVariable: return ScalarOf(ctx, row, e.var);
    case BoundExpr::Kind::kLiteral: return ScalarOfLiteral(e.literal_kind, e.literal);
    case BoundExpr::Kind::kYear: {
      Scalar v = EvalValue(ctx, e.args[0], row);
      Scalar y;
      if (v.kind == Scalar::Kind::kDate && v.text.size() >= 4) {
        y.kind = Scalar::Kind::kNumber;
        y.number = std::stoi(v.text.substr(0, 4));
        y.text = v.text.substr(0, 4);
      }
      return y;
    }
    default: {
      Scalar b;
      b.kind = Scalar::Kind::kNumber;
      b.number = EvalCondition(ctx, e, row) ? 1 : 0;
      b.text = b.number ? "true" : "false";
      return b;
    }
  }
}

bool EvalCondition(ExecContext* ctx, const BoundExpr& e, const ExecRow& row) {
  switch (e.kind) {
    case BoundExpr::Kind::kOr:
      for (const auto& a : e.args) {
        if (EvalCondition(ctx, a, row)) return true;
      }
      return false;
    case BoundExpr::Kind::kAnd:
      for (const auto& a : e.args) {
        if (!EvalCondition(ctx, a, row)) return false;
      }
      return true;
    case BoundExpr::Kind::kNot: return !EvalCondition(ctx, e.args[0], row);
    case BoundExpr::Kind::kContains: {
      Scalar hay = EvalValue(ctx, e.args[0], row), needle = EvalValue(ctx, e.args[1], row);
      if (hay.kind == Scalar::Kind::kNull || needle.kind == Scalar::Kind::kNull) return false;
      return text::Fold(hay.text).find(text::Fold(needle.text)) != std::string::npos;
    }
    case BoundExpr::Kind::kCompare: {
      Scalar a = EvalValue(ctx, e.args[0], row), b = EvalValue(ctx, e.args[1], row);
      auto c = CompareScalars(a, b);
      if (!c) return false;
      switch (e.op) {
        case ast::Expr::Op::kEq: return *c == 0;
        case ast::Expr::Op::kNe: return *c != 0;
        case ast::Expr::Op::kLt: return *c < 0;
        case ast::Expr::Op::kLe: return *c <= 0;
        case ast::Expr::Op::kGt: return *c > 0;
        case ast::Expr::Op::kGe: return *c >= 0;
      }
      return false;
    }
    case BoundExpr::Kind::kVariable: return row.slots[e.var] != kUnbound || row.IsComputed(e.var);  // FILTER ?x: bound
    case BoundExpr::Kind::kLiteral: return !e.literal.empty() && e.literal != "0";
    case BoundExpr::Kind::kYear: return EvalValue(ctx, e, row).kind != Scalar::Kind::kNull;
  }
  return false;
}

std::string ExprToString(const BoundExpr& e, const std::vector<std::string>& names) {
  auto join = [&](const char* sep) {
    std::string s = "(";
    for (size_t i = 0; i < e.args.size(); ++i) s += (i ? sep : "") + ExprToString(e.args[i], names);
    return s + ")";
  };
  switch (e.kind) {
    case BoundExpr::Kind::kOr: return join(" OR ");
    case BoundExpr::Kind::kAnd: return join(" AND ");
    case BoundExpr::Kind::kNot: return "NOT " + ExprToString(e.args[0], names);
    case BoundExpr::Kind::kYear: return "YEAR(" + ExprToString(e.args[0], names) + ")";
    case BoundExpr::Kind::kContains: return "CONTAINS" + join(", ");
    case BoundExpr::Kind::kVariable: return "?" + names[e.var];
    case BoundExpr::Kind::kLiteral:
      return e.literal_kind == graph::TermKind::kString ? "\"" + e.literal + "\"" : e.literal;
    case BoundExpr::Kind::kCompare: {
      static const char* kOps[] = {"=", "!=", "<", "<=", ">", ">="};
      return ExprToString(e.args[0], names) + " " + kOps[static_cast<int>(e.op)] + " " +
             ExprToString(e.args[1], names);
    }
  }
  return "";
}

}  // namespace kg::query::exec
