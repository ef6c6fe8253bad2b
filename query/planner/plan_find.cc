#include <algorithm>
#include <limits>

#include "query/exec/expression_eval.h"
#include "query/exec/physical_aggregate.h"
#include "query/exec/physical_argument.h"
#include "query/exec/physical_distinct.h"
#include "query/exec/physical_filter.h"
#include "query/exec/physical_scan.h"
#include "query/exec/physical_limit.h"
#include "query/exec/physical_optional.h"
#include "query/exec/physical_order.h"
#include "query/planner/planner.h"

namespace kg::query::planner {

namespace {

bool AllBound(const binder::BoundExpr& e, const std::vector<bool>& bound) {
  std::vector<binder::VarId> vars;
  e.CollectVars(&vars);
  return std::all_of(vars.begin(), vars.end(), [&](binder::VarId v) { return bound[v]; });
}

bool SharesBoundVar(const binder::BoundPattern& p, const std::vector<bool>& bound) {
  for (auto v : {p.subject.var, p.predicate.var, p.object.var}) {
    if (v != binder::kNoVar && bound[v]) return true;
  }
  return false;
}

void MarkBound(const binder::BoundPattern& p, std::vector<bool>* bound) {
  for (auto v : {p.subject.var, p.predicate.var, p.object.var}) {
    if (v != binder::kNoVar) (*bound)[v] = true;
  }
}

}  // namespace

Plan Planner::PlanStatement(const binder::BoundStatement& st) {
  return st.is_describe ? PlanDescribe(st) : PlanFind(st);
}

exec::OperatorPtr Planner::PlanGroup(const binder::BoundGroup& group, exec::OperatorPtr input,
                                     std::vector<bool>* bound, const std::vector<std::string>& names) {
  std::vector<bool> placed_filter(group.filters.size(), false);
  auto place_filters = [&](exec::OperatorPtr op, bool final_pass) {
    for (size_t i = 0; i < group.filters.size(); ++i) {
      if (placed_filter[i] || (!final_pass && !AllBound(group.filters[i], *bound))) continue;
      placed_filter[i] = true;
      op = std::make_unique<exec::PhysicalFilter>(std::move(op), group.filters[i],
                                                  exec::ExprToString(group.filters[i], names));
    }
    return op;
  };
  exec::OperatorPtr op = place_filters(std::move(input), false);
  std::vector<bool> done(group.patterns.size(), false);
  for (size_t step = 0; step < group.patterns.size(); ++step) {
    bool anything_bound = std::any_of(bound->begin(), bound->end(), [](bool b) { return b; });
    size_t best = 0;
    double best_cost = std::numeric_limits<double>::max();
    // A lone pattern needs no ordering: skip the store's estimates.
    for (size_t i = 0; i < group.patterns.size() && group.patterns.size() > 1; ++i) {
      if (done[i]) continue;
      if (deadline_ != nullptr) deadline_->Check();
      double cost = static_cast<double>(EstimatePattern(group.patterns[i], *bound));
      // A pattern sharing no bound variable is a cartesian product: last resort.
      if (anything_bound && !SharesBoundVar(group.patterns[i], *bound)) cost = cost * 1e6 + 1e6;
      if (cost < best_cost) {
        best_cost = cost;
        best = i;
      }
    }
    done[best] = true;
    uint64_t estimate = group.patterns.size() > 1 ? static_cast<uint64_t>(best_cost) : exec::kNotEstimated;
    if (anything_bound && group.patterns.size() > 1 && !SharesBoundVar(group.patterns[best], *bound)) {
      estimate = EstimatePattern(group.patterns[best], *bound);  // undo the cartesian penalty for display
    }
    op = PlanScan(std::move(op), group.patterns[best], *bound, estimate);
    MarkBound(group.patterns[best], bound);
    op = place_filters(std::move(op), false);
  }
  for (const auto& opt : group.optionals) {
    auto argument = std::make_unique<exec::PhysicalArgument>();
    exec::PhysicalArgument* arg = argument.get();
    std::vector<bool> inner_bound = *bound;
    exec::OperatorPtr inner = PlanGroup(opt, std::move(argument), &inner_bound, names);
    op = std::make_unique<exec::PhysicalOptional>(std::move(op), std::move(inner), arg);
    for (size_t v = 0; v < bound->size(); ++v) (*bound)[v] = (*bound)[v] || inner_bound[v];
    op = place_filters(std::move(op), false);
  }
  return place_filters(std::move(op), true);
}

Plan Planner::PlanFind(const binder::BoundStatement& st) {
  const binder::BoundFind& f = st.find;
  const auto& names = st.var_names;
  Plan plan;
  plan.cite = f.cite;
  plan.cite_all = f.cite_all;
  size_t num_vars = names.size();
  size_t num_counts = 0;
  for (const auto& c : f.columns) num_counts += c.is_count ? 1 : 0;
  plan.num_slots = num_vars + num_counts;

  std::vector<bool> bound(num_vars, false);
  exec::OperatorPtr op = TryPlanCountFromStatistics(f);
  if (!op) op = TryPlanDistinctCount(f);
  if (op) {
    plan.columns.push_back({f.columns[0].name, static_cast<int>(num_vars), false});
    // LIMIT 0 or OFFSET 1 still apply to the one count row.
    if (f.limit || f.offset) op = std::make_unique<exec::PhysicalLimit>(std::move(op), f.limit, f.offset.value_or(0));
    plan.root = std::move(op);
    return plan;
  }
  op = PlanGroup(f.where, std::make_unique<exec::PhysicalArgument>(), &bound, names);

  // Output slots: variables keep theirs; each COUNT gets a fresh one.
  size_t next_slot = num_vars;
  std::vector<int> group_slots;
  std::vector<exec::CountSpec> counts;
  std::string agg_text;
  for (const auto& c : f.columns) {
    OutputColumn out;
    out.name = c.name;
    if (c.is_count) {
      out.slot = static_cast<int>(next_slot++);
      counts.push_back({c.var, c.count_distinct, out.slot});
      agg_text += std::string(agg_text.empty() ? "" : ", ") + "COUNT(" + (c.count_distinct ? "DISTINCT " : "") +
                  (c.var == binder::kNoVar ? "*" : "?" + names[c.var]) + ")";
    } else {
      out.slot = c.var;
      group_slots.push_back(c.var);
    }
    plan.columns.push_back(out);
  }
  if (!counts.empty()) {
    std::string by;
    for (int s : group_slots) by += (by.empty() ? " BY ?" : ", ?") + names[s];
    op = std::make_unique<exec::PhysicalAggregate>(std::move(op), group_slots, counts, agg_text + by, f.cite);
  }
  if (f.distinct) {
    std::vector<int> slots;
    for (const auto& c : plan.columns) slots.push_back(c.slot);
    op = std::make_unique<exec::PhysicalDistinct>(std::move(op), slots, f.cite);
  }
  if (!f.order_by.empty()) {
    std::vector<exec::SortKey> keys;
    std::string text;
    for (const auto& k : f.order_by) {
      int slot = k.column >= 0 ? plan.columns[k.column].slot : k.var;
      keys.push_back({slot, k.descending});
      std::string name = k.column >= 0 ? plan.columns[k.column].name : names[k.var];
      text += (text.empty() ? "" : ", ") + name + (k.descending ? " DESC" : " ASC");
    }
    op = std::make_unique<exec::PhysicalOrder>(std::move(op), keys, text);
  }
  if (f.limit || f.offset) op = std::make_unique<exec::PhysicalLimit>(std::move(op), f.limit, f.offset.value_or(0));
  plan.root = std::move(op);
  return plan;
}

std::string Plan::Explain() const {
  std::string head = "PROJECT";
  for (size_t i = 0; i < columns.size(); ++i) head += (i ? ", " : " ") + columns[i].name;
  if (cite) head += cite_all ? " CITE ALL" : " CITE";
  head += "\n";
  root->ExplainTo(1, &head);
  return head;
}

}  // namespace kg::query::planner
