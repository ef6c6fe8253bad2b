#include "query/exec/physical_count_statistics.h"

namespace kg::query::exec {

uint64_t PhysicalCountStatistics::Count() {
  graph::Pattern p;
  p.p = predicate_;
  return ctx_->store().EstimateCount(p);
}

}  // namespace kg::query::exec
