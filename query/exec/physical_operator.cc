#include "query/exec/physical_operator.h"

namespace kg::query::exec {

std::string PhysicalOperator::Explain(int depth) const {
  std::string line(static_cast<size_t>(depth) * 2, ' ');
  line += Name();
  std::string params = Params();
  if (!params.empty()) line += " " + params;
  line += "\n";
  for (const auto& c : children_) line += c->Explain(depth + 1);
  return line;
}

}  // namespace kg::query::exec
