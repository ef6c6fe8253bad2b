#include "query/exec/physical_describe.h"

#include "query/query_error.h"

namespace kg::query::exec {

PhysicalDescribe::PhysicalDescribe(std::vector<graph::TermId> ids, std::string text)
    : ids_(std::move(ids)), text_(std::move(text)) {}

void PhysicalDescribe::Open(ExecContext* ctx) {
  ctx_ = ctx;
  step_ = 0;
  cursor_.reset();
}

bool PhysicalDescribe::Next(ExecRow* row) {
  for (;;) {
    ctx_->CheckDeadline();
    if (cursor_) {
      bool as_object = (step_ - 1) % 2 == 1;
      graph::TermId id = ids_[(step_ - 1) / 2];
      while (cursor_->Valid()) {
        graph::StatementIds st = cursor_->Current();
        cursor_->Next();
        if (as_object && st.s == id) continue;  // already listed as subject
        if (!ctx_->Matchable(st)) continue;
        row->slots.assign(ctx_->num_slots(), kUnbound);
        row->slots[0] = st.s;
        row->slots[1] = st.p;
        row->slots[2] = st.o;
        row->used.assign(1, st);
        return true;
      }
      if (!cursor_->status().ok()) throw ExecError(cursor_->status().code(), cursor_->status().message());
      cursor_.reset();
    }
    if (step_ >= 2 * ids_.size()) return false;
    graph::Pattern p;
    graph::TermId id = ids_[step_ / 2];
    if (step_ % 2 == 0) p.s = id;
    else p.o = id;
    ++step_;
    cursor_ = ctx_->store().Scan(p);
  }
}

}  // namespace kg::query::exec
