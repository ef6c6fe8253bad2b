// The bound query: the AST with names resolved to store ids and variables to
// row slots. Produced by Binder, consumed by the planner. No strings are looked
// up after this point except to render and to test date prefixes.
// Thread-safety: value types.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "graph/term.h"
#include "query/ast/expression.h"
#include "query/ast/source_pos.h"

namespace kg::query::binder {

using VarId = int;  // index of a row slot
constexpr VarId kNoVar = -1;

// A subject/object: a variable, or a constant standing for any of several
// stored terms (a name matching several entities, a partial date).
struct BoundTerm {
  VarId var = kNoVar;
  std::vector<graph::TermId> ids;  // constant: any of these (sorted, unique)
  std::string date_prefix;         // constant: also any date literal starting with it ("2025-05")
  std::string text;                // as written, for EXPLAIN and messages

  bool is_variable() const { return var != kNoVar; }
  // A constant the index can seek on: only ids, no prefix test needed.
  bool is_seekable() const { return var == kNoVar && date_prefix.empty(); }
};

struct PredicateAlternative {
  graph::TermId id = graph::kNoTerm;
  bool inverse = false;  // match (o, id, s): ^attended, or the other side of a symmetric one
};

struct BoundPredicate {
  VarId var = kNoVar;                               // ?p
  std::vector<PredicateAlternative> alternatives;   // constant: union (empty: matches nothing)
  std::string text;                                 // as written
  bool is_variable() const { return var != kNoVar; }
};

struct BoundPattern {
  BoundTerm subject;
  BoundPredicate predicate;
  BoundTerm object;
  int index = 0;  // position among the query's patterns (citations keep it)
  bool type_test = false;  // `?x a T`: cited only under CITE ALL
  ast::SourcePos pos;
};

struct BoundExpr {
  enum class Kind { kOr, kAnd, kNot, kCompare, kYear, kContains, kVariable, kLiteral };
  Kind kind = Kind::kLiteral;
  ast::Expr::Op op = ast::Expr::Op::kEq;
  std::vector<BoundExpr> args;
  VarId var = kNoVar;                                   // kVariable
  graph::TermKind literal_kind = graph::TermKind::kString;  // kLiteral: kString, kNumber or kDate
  std::string literal;                                  // kLiteral lexical form
  void CollectVars(std::vector<VarId>* out) const;
};

// Patterns, filters and nested OPTIONAL groups of one { ... } level.
struct BoundGroup {
  std::vector<BoundPattern> patterns;
  std::vector<BoundExpr> filters;
  std::vector<BoundGroup> optionals;
};

struct BoundColumn {
  std::string name;      // header: variable name, or "count"
  VarId var = kNoVar;    // projected variable (or counted one; kNoVar for COUNT(*))
  bool is_count = false;
  bool count_distinct = false;
};

struct BoundOrderKey {
  int column = 0;  // index into columns (ORDER BY keys are projected) or -1 - var for hidden vars
  VarId var = kNoVar;
  bool descending = false;
};

struct BoundFind {
  BoundGroup where;
  std::vector<BoundColumn> columns;
  std::vector<BoundOrderKey> order_by;
  bool distinct = false;
  std::optional<uint64_t> limit, offset;
  bool cite = false;
  bool cite_all = false;  // CITE ALL: type tests' statements cited too
};

struct BoundDescribe {
  BoundTerm entity;
  bool cite = false;
};

struct BoundStatement {
  bool is_describe = false;
  bool explain = false;
  BoundFind find;
  BoundDescribe describe;
  std::vector<std::string> var_names;  // slot -> name
  std::vector<std::string> warnings;   // "no entity named 'X'" and the like
};

}  // namespace kg::query::binder
