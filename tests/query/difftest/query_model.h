// QueryModel: a query of the kg language (grammar/Kg.g4) as the differential
// tester builds it: the generator writes one, ToText() gives what kg parses,
// the reference evaluates the model itself, and the shrinker edits it.
// Thread-safety: value types.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace kg::difftest {

// A subject or object: ?var, <iri>, "quoted name", a number, a date (full or partial).
struct QTerm {
  enum class Kind { kVar, kIri, kName, kNumber, kDate };
  Kind kind = Kind::kVar;
  std::string text;  // variable name without '?', IRI without <>, the name, number or date
  bool operator==(const QTerm&) const = default;
};

struct QPredicateAlt {
  std::string text;  // bare name, or IRI without <>
  bool is_iri = false;
  bool inverse = false;
  bool operator==(const QPredicateAlt&) const = default;
};

struct QPredicate {
  enum class Kind { kPath, kVar, kType };  // p|^q, ?p, `a`
  Kind kind = Kind::kPath;
  std::vector<QPredicateAlt> alts;
  std::string var;
};

// `?s p ?o`; for a type test (predicate kType) the object is a kName type name or a kIri.
struct QPattern {
  QTerm s;
  QPredicate p;
  QTerm o;
};

struct QExpr {
  enum class Kind { kOr, kAnd, kNot, kCompare, kYear, kContains, kVar, kString, kNumber, kDate };
  Kind kind = Kind::kVar;
  std::string op;    // kCompare: = != < <= > >=
  std::string text;  // kVar name, literal text
  std::vector<QExpr> args;
};

struct QGroup;
struct QClause {
  enum class Kind { kPattern, kOptional, kFilter };
  Kind kind = Kind::kPattern;
  QPattern pattern;
  std::vector<QClause> optional;  // kOptional
  QExpr filter;
};

struct QItem {
  std::string var;  // "" with is_count: COUNT(*)
  bool is_count = false;
  bool count_distinct = false;
  bool operator==(const QItem&) const = default;
};

struct QOrderKey {
  QItem key;
  bool descending = false;
};

struct Query {
  bool describe = false;
  QTerm describe_term;
  bool star = false;
  bool distinct = false;
  std::vector<QItem> projection;
  std::vector<QClause> where;
  std::vector<QOrderKey> order_by;
  std::optional<uint64_t> limit, offset;

  std::string ToText() const;
};

std::string ExprText(const QExpr& e);

// Variables bound by patterns of `clauses` (recursively), in order of first appearance.
std::vector<std::string> PatternVars(const std::vector<QClause>& clauses);
// Variables an expression reads.
void ExprVars(const QExpr& e, std::vector<std::string>* out);

// True when the query is well formed for kg: projected, counted and ordered
// variables are bound by patterns, ORDER BY keys follow the binder's rules, at
// least one pattern. The shrinker keeps only valid edits.
bool IsValid(const Query& q);

}  // namespace kg::difftest
