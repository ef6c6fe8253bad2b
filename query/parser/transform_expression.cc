#include "query/parser/transformer.h"

namespace kg::query::parser {

using kg_antlr::KgParser;

namespace {

ast::ExprPtr Node(ast::Expr::Kind kind, ast::SourcePos pos) {
  auto e = std::make_unique<ast::Expr>();
  e->kind = kind;
  e->pos = pos;
  return e;
}

}  // namespace

ast::ExprPtr Transformer::TransformExpr(KgParser::ExprContext* ctx) { return TransformOr(ctx->orExpr()); }

ast::ExprPtr Transformer::TransformOr(KgParser::OrExprContext* ctx) {
  auto parts = ctx->andExpr();
  if (parts.size() == 1) return TransformAnd(parts[0]);
  auto e = Node(ast::Expr::Kind::kOr, Pos(ctx));
  for (auto* p : parts) e->args.push_back(TransformAnd(p));
  return e;
}

ast::ExprPtr Transformer::TransformAnd(KgParser::AndExprContext* ctx) {
  auto parts = ctx->notExpr();
  if (parts.size() == 1) return TransformNot(parts[0]);
  auto e = Node(ast::Expr::Kind::kAnd, Pos(ctx));
  for (auto* p : parts) e->args.push_back(TransformNot(p));
  return e;
}

ast::ExprPtr Transformer::TransformNot(KgParser::NotExprContext* ctx) {
  if (ctx->notExpr()) {
    auto e = Node(ast::Expr::Kind::kNot, Pos(ctx));
    e->args.push_back(TransformNot(ctx->notExpr()));
    return e;
  }
  return TransformCompare(ctx->compareExpr());
}

ast::ExprPtr Transformer::TransformCompare(KgParser::CompareExprContext* ctx) {
  auto operands = ctx->primaryExpr();
  if (operands.size() == 1) return TransformPrimary(operands[0]);
  auto e = Node(ast::Expr::Kind::kCompare, Pos(ctx->compareOp()));
  switch (ctx->compareOp()->getStart()->getType()) {
    case KgParser::EQ: e->op = ast::Expr::Op::kEq; break;
    case KgParser::NEQ: e->op = ast::Expr::Op::kNe; break;
    case KgParser::LT: e->op = ast::Expr::Op::kLt; break;
    case KgParser::LE: e->op = ast::Expr::Op::kLe; break;
    case KgParser::GT: e->op = ast::Expr::Op::kGt; break;
    default: e->op = ast::Expr::Op::kGe; break;
  }
  e->args.push_back(TransformPrimary(operands[0]));
  e->args.push_back(TransformPrimary(operands[1]));
  return e;
}

ast::ExprPtr Transformer::TransformPrimary(KgParser::PrimaryExprContext* ctx) {
  if (auto* p = dynamic_cast<KgParser::ParenExprContext*>(ctx)) return TransformExpr(p->expr());
  if (auto* y = dynamic_cast<KgParser::YearExprContext*>(ctx)) {
    auto e = Node(ast::Expr::Kind::kYear, Pos(ctx));
    e->args.push_back(TransformExpr(y->expr()));
    return e;
  }
  if (auto* c = dynamic_cast<KgParser::ContainsExprContext*>(ctx)) {
    auto e = Node(ast::Expr::Kind::kContains, Pos(ctx));
    e->args.push_back(TransformExpr(c->expr(0)));
    e->args.push_back(TransformExpr(c->expr(1)));
    return e;
  }
  auto e = Node(ast::Expr::Kind::kTerm, Pos(ctx));
  if (auto* v = dynamic_cast<KgParser::VarExprContext*>(ctx)) {
    e->term.kind = ast::Term::Kind::kVariable;
    e->term.text = v->getText().substr(1);
    e->term.pos = Pos(ctx);
  } else {
    e->term = LiteralTerm(ctx->getStart());
  }
  return e;
}

}  // namespace kg::query::parser
