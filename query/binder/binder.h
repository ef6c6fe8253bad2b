// Binder: AST -> BoundStatement. Resolves quoted names through the alias index
// (Store::FindByName: case-, hyphen-, space-, accent-insensitive; all matches
// bind), predicates by local name and verb inflection (met = meet), symmetric
// predicates both ways, ^inverses, types with their subtypes, and variables to
// slots. Throws BindError for unknown predicates/types that look like typos
// ("no predicate 'atended'; did you mean 'attended'?") and for projected
// variables WHERE never binds; other unknown names give an empty match and a
// warning.
// Thread-safety: one Binder per statement.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "graph/store.h"
#include "query/ast/statement.h"
#include "query/binder/bound_query.h"
#include "query/binder/catalog.h"

namespace kg::query::binder {

class Binder {
 public:
  // REQUIRES: store and catalog outlive the Binder.
  Binder(const graph::Store* store, const Catalog* catalog) : store_(store), catalog_(catalog) {}

  BoundStatement Bind(const ast::Statement& statement);

 private:
  // binder.cc
  BoundFind BindFind(const ast::FindQuery& find);
  BoundGroup BindGroup(const std::vector<ast::Clause>& clauses);
  VarId Var(const std::string& name);
  // bind_term.cc
  // `subject`: a subject position, where a quoted text names only entities.
  BoundTerm BindTerm(const ast::Term& term, bool subject = false);
  // Appends the id of `term` if the store holds it.
  void AddStored(const graph::Term& term, std::vector<graph::TermId>* ids) const;
  BoundTerm BindType(const ast::Term& term);
  // bind_predicate.cc
  BoundPredicate BindPredicate(const ast::Predicate& predicate);
  // bind_expression.cc
  BoundExpr BindExpr(const ast::Expr& expr);

  const graph::Store* store_;
  const Catalog* catalog_;
  BoundStatement out_;
  std::unordered_map<std::string, VarId> vars_;
  std::vector<bool> bound_in_where_;  // per slot: some pattern binds it
  int next_pattern_ = 0;
};

}  // namespace kg::query::binder
