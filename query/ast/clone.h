// Deep copies of AST nodes. Expressions own their operands (unique_ptr), so
// statements are move-only; the statement cache (query/parser/statement_cache.h)
// keeps one parsed statement per query shape and hands out copies.
#pragma once

#include <functional>

#include "query/ast/statement.h"

namespace kg::query::ast {

ExprPtr Clone(const Expr& expr);
Clause Clone(const Clause& clause);
Statement Clone(const Statement& statement);

// Every term of `statement` in one fixed traversal order (projection-free:
// patterns' subjects and objects, filter operands, the DESCRIBE entity). The
// same statement shape always yields its terms in the same order.
std::vector<Term*> Terms(Statement& statement);

// Calls fn on every source position in `statement` (statement, clauses,
// projection and order items, terms, predicates, expressions).
void ForEachPos(Statement& statement, const std::function<void(SourcePos&)>& fn);

}  // namespace kg::query::ast
