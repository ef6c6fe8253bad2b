#include "query/exec/physical_count_statistics.h"
#include "query/exec/physical_distinct_count.h"
#include "query/planner/planner.h"

namespace kg::query::planner {

// FIND COUNT(*) | COUNT(?s) | COUNT(?o) WHERE ?s pred ?o, nothing else: the
// store keeps an exact statement count per predicate. Only when every stored
// fact is plain (no modality to filter) and the predicate is one stored
// predicate matched one way (not symmetric, not several alternatives).
exec::OperatorPtr Planner::TryPlanCountFromStatistics(const binder::BoundFind& f) const {
  if (!only_plain_facts_ || f.columns.size() != 1 || !f.columns[0].is_count || f.columns[0].count_distinct) return nullptr;
  const binder::BoundGroup& w = f.where;
  if (w.patterns.size() != 1 || !w.filters.empty() || !w.optionals.empty()) return nullptr;
  const binder::BoundPattern& p = w.patterns[0];
  if (!p.subject.is_variable() || !p.object.is_variable() || p.subject.var == p.object.var) return nullptr;
  if (p.predicate.is_variable() || p.predicate.alternatives.size() != 1) return nullptr;
  binder::VarId counted = f.columns[0].var;
  if (counted != binder::kNoVar && counted != p.subject.var && counted != p.object.var) return nullptr;
  graph::TermId pred = p.predicate.alternatives[0].id;
  std::string text = p.subject.text + " " + p.predicate.text + " " + p.object.text;
  return std::make_unique<exec::PhysicalCountStatistics>(pred, text);
}

// FIND COUNT(DISTINCT ?o) WHERE ?s pred ?o, nothing else: a loose index scan
// over POS visits one statement per distinct object (checking modality).
exec::OperatorPtr Planner::TryPlanDistinctCount(const binder::BoundFind& f) const {
  if (f.columns.size() != 1 || !f.columns[0].is_count || !f.columns[0].count_distinct) return nullptr;
  const binder::BoundGroup& w = f.where;
  if (w.patterns.size() != 1 || !w.filters.empty() || !w.optionals.empty()) return nullptr;
  const binder::BoundPattern& p = w.patterns[0];
  if (!p.subject.is_variable() || !p.object.is_variable() || p.subject.var == p.object.var) return nullptr;
  if (p.predicate.is_variable() || p.predicate.alternatives.size() != 1) return nullptr;
  const binder::PredicateAlternative& alt = p.predicate.alternatives[0];
  if (alt.id == graph::kNoTerm) return nullptr;
  // The counted variable must be the stored object.
  if (f.columns[0].var != (alt.inverse ? p.subject.var : p.object.var)) return nullptr;
  return std::make_unique<exec::PhysicalDistinctCount>(alt.id, p.subject.text + " " + p.predicate.text + " " +
                                                                   p.object.text);
}

}  // namespace kg::query::planner
