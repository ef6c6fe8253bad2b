// Planner: BoundStatement -> Plan. Orders each group's patterns greedily by
// estimated cardinality (Store::EstimateCount, divided for positions bound by
// earlier patterns, connected patterns before cartesian products), picks each
// scan's index from its bound prefix, pushes every FILTER to just after the
// scan that binds its last variable, plans OPTIONAL groups as left outer
// joins, then adds AGGREGATE, DISTINCT, ORDER and LIMIT.
// Thread-safety: one statement per Planner.
#pragma once

#include <unordered_map>

#include "graph/store.h"
#include "query/binder/bound_query.h"
#include "query/binder/catalog.h"
#include "query/exec/deadline.h"
#include "query/planner/plan.h"

namespace kg::query::planner {

class Planner {
 public:
  // REQUIRES: store and the statement outlive the Plan (it points at var names).
  // `only_plain_facts`: the store holds no negated/hypothetical facts, so a
  // lone COUNT over one predicate may be answered from the store's counters.
  Planner(const graph::Store* store, const binder::Catalog* catalog, bool only_plain_facts = false)
      : store_(store), catalog_(catalog), only_plain_facts_(only_plain_facts) {}
  Plan PlanStatement(const binder::BoundStatement& statement);
  // Planning a long statement takes time too: it stops at `deadline` (may be
  // null; must outlive the planner).
  void set_deadline(exec::Deadline* deadline) { deadline_ = deadline; }

 private:
  // plan_find.cc
  Plan PlanFind(const binder::BoundStatement& st);
  exec::OperatorPtr PlanGroup(const binder::BoundGroup& group, exec::OperatorPtr input, std::vector<bool>* bound,
                              const std::vector<std::string>& names);
  // plan_scan.cc
  uint64_t EstimatePattern(const binder::BoundPattern& p, const std::vector<bool>& bound) const;
  uint64_t BaseEstimate(const binder::BoundPattern& p) const;  // constants only, from the store
  // `estimate`: the pattern's estimated cardinality, or exec::kNotEstimated.
  exec::OperatorPtr PlanScan(exec::OperatorPtr input, const binder::BoundPattern& p, const std::vector<bool>& bound,
                             uint64_t estimate) const;
  // plan_describe.cc
  Plan PlanDescribe(const binder::BoundStatement& st);
  // plan_count.cc: COUNT over a single predicate from statistics, or null;
  // COUNT(DISTINCT ?o) over one pattern by a loose index scan, or null.
  exec::OperatorPtr TryPlanCountFromStatistics(const binder::BoundFind& find) const;
  exec::OperatorPtr TryPlanDistinctCount(const binder::BoundFind& find) const;

  const graph::Store* store_;
  const binder::Catalog* catalog_;
  bool only_plain_facts_;
  exec::Deadline* deadline_ = nullptr;
  mutable std::unordered_map<int, uint64_t> base_estimates_;  // by BoundPattern::index
  // By BoundPattern::index: constant candidates (a name's entity, or the
  // string literal equal to it) that BaseEstimate found in no statement of
  // the pattern; PlanScan leaves them out, so the scan neither probes them
  // nor has to merge the candidates' bindings.
  struct EmptyCandidates {
    std::vector<graph::TermId> subjects, objects;
  };
  mutable std::unordered_map<int, EmptyCandidates> empty_candidates_;
};

}  // namespace kg::query::planner
