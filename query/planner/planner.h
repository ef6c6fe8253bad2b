// Planner: BoundStatement -> Plan. Orders each group's patterns greedily by
// estimated cardinality (Store::EstimateCount, divided for positions bound by
// earlier patterns, connected patterns before cartesian products), picks each
// scan's index from its bound prefix, pushes every FILTER to just after the
// scan that binds its last variable, plans OPTIONAL groups as left outer
// joins, then adds AGGREGATE, DISTINCT, ORDER and LIMIT.
// Thread-safety: one statement per Planner.
#pragma once

#include "graph/store.h"
#include "query/binder/bound_query.h"
#include "query/binder/catalog.h"
#include "query/planner/plan.h"

namespace kg::query::planner {

class Planner {
 public:
  // REQUIRES: store and the statement outlive the Plan (it points at var names).
  Planner(const graph::Store* store, const binder::Catalog* catalog) : store_(store), catalog_(catalog) {}
  Plan PlanStatement(const binder::BoundStatement& statement);

 private:
  // plan_find.cc
  Plan PlanFind(const binder::BoundStatement& st);
  exec::OperatorPtr PlanGroup(const binder::BoundGroup& group, exec::OperatorPtr input, std::vector<bool>* bound,
                              const std::vector<std::string>& names);
  // plan_scan.cc
  uint64_t EstimatePattern(const binder::BoundPattern& p, const std::vector<bool>& bound) const;
  exec::OperatorPtr PlanScan(exec::OperatorPtr input, const binder::BoundPattern& p, const std::vector<bool>& bound,
                             const std::vector<std::string>& names) const;
  // plan_describe.cc
  Plan PlanDescribe(const binder::BoundStatement& st);

  const graph::Store* store_;
  const binder::Catalog* catalog_;
};

}  // namespace kg::query::planner
