// AST of one statement: FIND ... / DESCRIBE ..., optionally under EXPLAIN.
// Produced by query/parser, consumed by query/binder. No ANTLR types.
// Thread-safety: value types (move-only).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "query/ast/expression.h"
#include "query/ast/term.h"

namespace kg::query::ast {

struct Clause {
  enum class Kind { kPattern, kOptional, kFilter };
  Kind kind = Kind::kPattern;
  TriplePattern pattern;          // kPattern
  std::vector<Clause> optional;   // kOptional: its inner clauses
  ExprPtr filter;                 // kFilter
  SourcePos pos;
};

// A projected column: a variable or COUNT([DISTINCT] ?x | *).
struct ProjectionItem {
  bool is_count = false;
  bool count_distinct = false;
  std::string variable;  // without '?'; "" for COUNT(*)
  SourcePos pos;
};

struct OrderKey {
  ProjectionItem key;
  bool descending = false;
};

struct FindQuery {
  bool distinct = false;
  bool star = false;  // FIND *
  std::vector<ProjectionItem> projection;
  std::vector<Clause> where;
  std::vector<OrderKey> order_by;
  std::optional<uint64_t> limit;
  std::optional<uint64_t> offset;
  bool cite = false;
  bool cite_all = false;  // CITE ALL: type tests' statements are cited too
};

struct DescribeQuery {
  Term entity;
  bool cite = false;
  bool cite_all = false;
};

struct Statement {
  enum class Kind { kFind, kDescribe };
  Kind kind = Kind::kFind;
  bool explain = false;
  FindQuery find;
  DescribeQuery describe;
  SourcePos pos;
};

}  // namespace kg::query::ast
