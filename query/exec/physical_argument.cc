#include "query/exec/physical_argument.h"

namespace kg::query::exec {

void PhysicalArgument::Open(ExecContext* ctx) {
  if (!has_row_) row_.slots.assign(ctx->num_slots(), kUnbound);
  done_ = false;
}

bool PhysicalArgument::Next(ExecRow* row) {
  if (done_) return false;
  done_ = true;
  *row = row_;
  return true;
}

}  // namespace kg::query::exec
