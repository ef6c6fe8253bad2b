#include "query/exec/physical_operator.h"

namespace kg::query::exec {

std::string PhysicalOperator::Explain(int depth) const {
  std::string out;
  ExplainTo(depth, &out);
  return out;
}

// Appends to one string: returning each subtree's text copied it once per
// level above, cubic in a long chain of joins (64 s for 4,900 patterns).
void PhysicalOperator::ExplainTo(int depth, std::string* out) const {
  out->append(static_cast<size_t>(depth) * 2, ' ');
  out->append(Name());
  std::string params = Params();
  if (!params.empty()) out->append(" ").append(params);
  out->append("\n");
  for (const auto& c : children_) c->ExplainTo(depth + 1, out);
}

}  // namespace kg::query::exec
