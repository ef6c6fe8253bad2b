#include "query/exec/physical_count_statistics.h"

namespace kg::query::exec {

bool PhysicalCountStatistics::Next(ExecRow* row) {
  if (done_) return false;
  done_ = true;
  graph::Pattern p;
  p.p = predicate_;
  row->slots.assign(ctx_->num_slots(), kUnbound);
  row->used.clear();
  row->SetComputed(ctx_->num_slots() - 1, ctx_->store().EstimateCount(p));
  return true;
}

}  // namespace kg::query::exec
