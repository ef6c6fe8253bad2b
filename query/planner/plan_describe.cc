#include "query/exec/physical_describe.h"
#include "query/planner/planner.h"

namespace kg::query::planner {

Plan Planner::PlanDescribe(const binder::BoundStatement& st) {
  Plan plan;
  plan.cite = st.describe.cite;
  plan.cite_all = true;  // every row is one statement the user asked to see
  plan.num_slots = 3;
  plan.columns = {{"subject", 0, false}, {"predicate", 1, true}, {"object", 2, false}};
  plan.root = std::make_unique<exec::PhysicalDescribe>(st.describe.entity.ids, st.describe.entity.text);
  return plan;
}

}  // namespace kg::query::planner
