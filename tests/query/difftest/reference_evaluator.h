// ReferenceEvaluator: what a query should return, computed the plain way from
// the facts as written, for the differential tester to compare kg against.
// Written for clarity, not speed, from docs/query_language.md and CONTRACT.md:
//
// * Import (CONTRACT.md section 5): schema:attendee is `attended` reversed,
//   schema:startDate is `date`, schema:Event is the Event type, xsd:date
//   literals are dates. One statement per distinct (s, p, o). A statement is
//   matched unless all its support is negated or hypothetical (types and names
//   always are).
// * A pattern's matches for one input row are the distinct pairs of (its
//   variables' values, the stored predicate): the union over its predicate
//   alternatives (`^p` reversed; `met` and `spouseOf` by name also reversed;
//   a bare name is every stored predicate with that local name,
//   case-insensitively) and over a constant's candidates (an IRI; a quoted
//   name: entities whose label or alias has its name key, and the string
//   equal to it; a number, and for a 4-digit one the dates of that year; a
//   date, a partial date every date inside it). A type name also matches
//   its subtypes.
// * A group joins its patterns, then its OPTIONAL groups in order (each
//   evaluated for one row; no match keeps the row unchanged); a FILTER applies
//   at the first point where all its variables are bound (end of the group
//   otherwise).
// * Filters: numbers compare numerically; dates at the coarser precision; a
//   4-digit number against a date is a year; an entity equals a quoted string
//   when its label has the same name key and another entity when it is the
//   same; strings compare as text; a comparison with an unbound side is false;
//   a bare variable is true when bound; CONTAINS is case-insensitive on an
//   entity's label or a literal's value.
// * COUNT per group of the other projected variables (one row of 0 when no
//   row and no other column); then DISTINCT; ORDER BY (numbers, dates,
//   entities by label case-insensitively, strings case-insensitively,
//   unbound first, DESC the reverse); LIMIT/OFFSET.
// * DESCRIBE: every statement with the entity as subject, then as object.
//
// Values are encoded as text: "E:<iri>|<label>|<types>" (label, else the
// IRI's local name; the local names of its types and their supertypes,
// sorted, comma-separated), "L:<datatype>:<value>", "-" (unbound).
// Thread-safety: const methods only after construction.
#pragma once

#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include "tests/query/difftest/generated_graph.h"
#include "tests/query/difftest/query_model.h"

namespace kg::difftest {

// A query whose intermediate results grow past the evaluator's bound.
struct TooBig : std::runtime_error {
  TooBig() : std::runtime_error("too many intermediate rows") {}
};

struct ExpectedResult {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;  // all rows before LIMIT/OFFSET; sorted under ORDER BY
  std::vector<int> tie_class;  // under ORDER BY: rows with the same class may come in any order
  bool ordered = false;
  uint64_t offset = 0;
  std::optional<uint64_t> limit;
};

class ReferenceEvaluator {
 public:
  static constexpr size_t kMaxRows = 200000;

  explicit ReferenceEvaluator(const std::vector<WrittenFact>& facts);
  // Throws TooBig.
  ExpectedResult Run(const Query& q) const;
  size_t statement_count() const { return statements_.size(); }

 private:
  struct Statement {
    int s, p, o;
    bool matchable;
  };
  struct Constant {
    std::set<int> ids;
    std::string date_prefix;
  };
  struct Alt {
    int p;  // -1: a variable predicate
    bool inverse;
  };
  using Row = std::vector<int>;  // one slot per variable, -1 unbound

  int Intern(const graph::Term& t);
  int Find(const graph::Term& t) const;  // -1 if unknown
  std::string Encode(int id) const;
  std::string LabelOf(int id) const;

  Constant ResolveConstant(const QTerm& t, bool type_position) const;
  std::vector<Alt> ResolvePredicate(const QPredicate& p) const;
  bool Matches(const Constant& c, int id) const;

  std::vector<Row> EvalGroup(const std::vector<QClause>& clauses, std::vector<Row> rows,
                             std::vector<bool>* bound) const;
  std::vector<Row> MatchPattern(const QPattern& p, const Row& row) const;
  bool EvalFilter(const QExpr& e, const Row& row) const;

  struct Scalar;
  Scalar ValueOf(const QExpr& e, const Row& row) const;
  int Slot(const std::string& var) const { return vars_.at(var); }

  std::vector<graph::Term> terms_;
  std::unordered_map<std::string, int> term_ids_;
  std::vector<Statement> statements_;
  std::unordered_map<int, std::vector<size_t>> by_s_, by_o_, by_p_;
  std::unordered_map<int, std::string> labels_;
  std::unordered_map<int, std::set<std::string>> types_;  // entity -> type local names with supertypes
  std::unordered_map<std::string, std::vector<int>> by_name_key_;
  std::map<std::string, std::vector<int>> predicates_by_local_;  // lower-case local name
  std::map<std::string, std::vector<int>> types_by_local_;
  int rdf_type_ = -1;
  mutable std::map<std::string, int> vars_;  // of the query being run
};

// Name key of ASCII text: lower-case letters and digits only.
std::string AsciiNameKey(const std::string& s);
std::string AsciiLower(const std::string& s);

}  // namespace kg::difftest
