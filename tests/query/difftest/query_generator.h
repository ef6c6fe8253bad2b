// QueryGenerator: random kg queries over a GeneratedGraph, from the grammar
// (grammar/Kg.g4): joins and stars, constants (about half drawn from the
// graph's most frequent entities), predicate alternatives and inverses
// (^p, schema.org inverse IRIs), symmetric `met`, type tests with subtypes,
// a variable predicate, OPTIONAL, FILTER (comparisons, AND/OR/NOT, YEAR,
// CONTAINS, bound tests), DISTINCT, COUNT / COUNT(DISTINCT) / COUNT(*), ORDER
// BY with LIMIT/OFFSET, and DESCRIBE. Filters and sort keys only use the
// cases docs/query_language.md defines (a date against a date or a year, a
// number against a number, an entity against a name or another entity).
// Some queries repeat the previous one with other quoted strings (the
// engine's statement cache).
// Thread-safety: one generator per thread.
#pragma once

#include <cstdint>
#include <map>
#include <random>

#include "tests/query/difftest/generated_graph.h"
#include "tests/query/difftest/query_model.h"

namespace kg::difftest {

class QueryGenerator {
 public:
  // REQUIRES: `graph` outlives the generator.
  QueryGenerator(const GeneratedGraph* graph, uint64_t seed);
  Query Next();

 private:
  struct Var {
    ValueKind kind;
    bool mixed = false;     // values of several kinds (?o of ?s ?p ?o): no filters or sort keys on it
    bool optional = false;  // bound only inside an OPTIONAL
  };
  bool Chance(double p) { return std::uniform_real_distribution<double>(0, 1)(rng_) < p; }
  size_t Index(size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng_); }
  template <typename T>
  const T& Pick(const std::vector<T>& v) { return v[Index(v.size())]; }

  std::string NewVar(ValueKind kind, bool optional);
  QTerm EntityConstant(ValueKind kind);
  QTerm ObjectConstant(ValueKind kind);
  QPattern MakePattern(const std::string& anchor, bool optional);
  QPattern FirstPattern();
  QPredicate WritePredicate(const PredicateUse& p, bool* swapped);
  std::vector<QClause> TypeTest(const std::string& var);
  QExpr MakeFilter(bool optional_vars);
  void Project(Query* q);
  Query OnePredicateCount();
  Query NextFresh();
  bool SwapStrings(Query* q);  // false when `q` has no quoted strings

  const GeneratedGraph* graph_;
  std::mt19937_64 rng_;
  std::map<std::string, Var> vars_;
  std::vector<std::string> order_;  // variables in creation order
  Query last_;
};

}  // namespace kg::difftest
