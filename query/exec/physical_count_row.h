// PhysicalCountRow: the base of operators that answer a lone COUNT without the
// general AGGREGATE (from the store's counters, by a skip scan). Emits one
// row: the count in the last slot, where AGGREGATE puts a lone count.
#pragma once

#include "query/exec/physical_operator.h"

namespace kg::query::exec {

class PhysicalCountRow : public PhysicalOperator {
 public:
  void Open(ExecContext* ctx) override {
    ctx_ = ctx;
    done_ = false;
  }
  bool Next(ExecRow* row) final {
    if (done_) return false;
    done_ = true;
    const uint64_t n = Count();
    row->slots.assign(ctx_->num_slots(), kUnbound);
    row->used.clear();
    row->used_by_types.clear();
    row->SetComputed(ctx_->num_slots() - 1, n);
    return true;
  }

 protected:
  // The count; may throw ExecError (timeout, storage failure).
  virtual uint64_t Count() = 0;
  ExecContext* ctx_ = nullptr;

 private:
  bool done_ = false;
};

}  // namespace kg::query::exec
