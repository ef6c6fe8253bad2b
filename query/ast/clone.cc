#include "query/ast/clone.h"

namespace kg::query::ast {
namespace {

void CollectExpr(Expr& e, std::vector<Term*>* out) {
  if (e.kind == Expr::Kind::kTerm) out->push_back(&e.term);
  for (auto& a : e.args) CollectExpr(*a, out);
}

void CollectClauses(std::vector<Clause>& clauses, std::vector<Term*>* out) {
  for (auto& c : clauses) {
    switch (c.kind) {
      case Clause::Kind::kPattern:
        out->push_back(&c.pattern.subject);
        out->push_back(&c.pattern.object);
        break;
      case Clause::Kind::kOptional:
        CollectClauses(c.optional, out);
        break;
      case Clause::Kind::kFilter:
        if (c.filter) CollectExpr(*c.filter, out);
        break;
    }
  }
}

void ExprPositions(Expr& e, const std::function<void(SourcePos&)>& fn) {
  fn(e.pos);
  fn(e.term.pos);
  for (auto& a : e.args) ExprPositions(*a, fn);
}

void ClausePositions(std::vector<Clause>& clauses, const std::function<void(SourcePos&)>& fn) {
  for (auto& c : clauses) {
    fn(c.pos);
    fn(c.pattern.subject.pos);
    fn(c.pattern.object.pos);
    fn(c.pattern.predicate.pos);
    for (auto& alt : c.pattern.predicate.alternatives) fn(alt.pos);
    ClausePositions(c.optional, fn);
    if (c.filter) ExprPositions(*c.filter, fn);
  }
}

}  // namespace

ExprPtr Clone(const Expr& expr) {
  auto e = std::make_unique<Expr>();
  e->kind = expr.kind;
  e->op = expr.op;
  e->term = expr.term;
  e->pos = expr.pos;
  for (const auto& a : expr.args) e->args.push_back(Clone(*a));
  return e;
}

Clause Clone(const Clause& clause) {
  Clause c;
  c.kind = clause.kind;
  c.pattern = clause.pattern;
  for (const auto& inner : clause.optional) c.optional.push_back(Clone(inner));
  if (clause.filter) c.filter = Clone(*clause.filter);
  c.pos = clause.pos;
  return c;
}

Statement Clone(const Statement& statement) {
  Statement s;
  s.kind = statement.kind;
  s.explain = statement.explain;
  s.pos = statement.pos;
  const FindQuery& f = statement.find;
  s.find.distinct = f.distinct;
  s.find.star = f.star;
  s.find.projection = f.projection;
  for (const auto& c : f.where) s.find.where.push_back(Clone(c));
  s.find.order_by = f.order_by;
  s.find.limit = f.limit;
  s.find.offset = f.offset;
  s.find.cite = f.cite;
  s.find.cite_all = f.cite_all;
  s.describe = statement.describe;
  return s;
}

std::vector<Term*> Terms(Statement& statement) {
  std::vector<Term*> out;
  if (statement.kind == Statement::Kind::kDescribe) {
    out.push_back(&statement.describe.entity);
  } else {
    CollectClauses(statement.find.where, &out);
  }
  return out;
}

void ForEachPos(Statement& statement, const std::function<void(SourcePos&)>& fn) {
  fn(statement.pos);
  for (auto& item : statement.find.projection) fn(item.pos);
  ClausePositions(statement.find.where, fn);
  for (auto& key : statement.find.order_by) fn(key.key.pos);
  fn(statement.describe.entity.pos);
}

}  // namespace kg::query::ast
