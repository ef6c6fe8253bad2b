#include "query/binder/binder.h"
#include "query/query_error.h"

namespace kg::query::binder {

BoundExpr Binder::BindExpr(const ast::Expr& e) {
  BoundExpr b;
  switch (e.kind) {
    case ast::Expr::Kind::kOr: b.kind = BoundExpr::Kind::kOr; break;
    case ast::Expr::Kind::kAnd: b.kind = BoundExpr::Kind::kAnd; break;
    case ast::Expr::Kind::kNot: b.kind = BoundExpr::Kind::kNot; break;
    case ast::Expr::Kind::kCompare: b.kind = BoundExpr::Kind::kCompare; break;
    case ast::Expr::Kind::kYear: b.kind = BoundExpr::Kind::kYear; break;
    case ast::Expr::Kind::kContains: b.kind = BoundExpr::Kind::kContains; break;
    case ast::Expr::Kind::kTerm:
      switch (e.term.kind) {
        case ast::Term::Kind::kVariable: {
          auto it = vars_.find(e.term.text);
          if (it == vars_.end()) {
            throw BindError("variable ?" + e.term.text + " in FILTER is not bound by any pattern", e.term.pos);
          }
          b.kind = BoundExpr::Kind::kVariable;
          b.var = it->second;
          return b;
        }
        case ast::Term::Kind::kNumber:
          b.kind = BoundExpr::Kind::kLiteral;
          b.literal_kind = graph::TermKind::kNumber;
          break;
        case ast::Term::Kind::kDate:
          b.kind = BoundExpr::Kind::kLiteral;
          b.literal_kind = graph::TermKind::kDate;
          break;
        default:
          b.kind = BoundExpr::Kind::kLiteral;
          b.literal_kind = graph::TermKind::kString;
          break;
      }
      b.literal = e.term.text;
      return b;
  }
  b.op = e.op;
  for (const auto& a : e.args) b.args.push_back(BindExpr(*a));
  return b;
}

}  // namespace kg::query::binder
