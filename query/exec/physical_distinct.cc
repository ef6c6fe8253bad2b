#include "query/exec/physical_distinct.h"

#include <map>
#include <tuple>

namespace kg::query::exec {

PhysicalDistinct::PhysicalDistinct(OperatorPtr input, std::vector<int> slots, bool merge_statements)
    : slots_(std::move(slots)), merge_(merge_statements) {
  children_.push_back(std::move(input));
}

std::vector<Slot> PhysicalDistinct::Key(const ExecRow& row) const {
  std::vector<Slot> k;
  for (int s : slots_) k.push_back(row.slots[s]);
  return k;
}

void PhysicalDistinct::Open(ExecContext* ctx) {
  children_[0]->Open(ctx);
  ctx_ = ctx;
  ctx->ReleaseMemory(charged_);
  charged_ = 0;
  seen_.clear();
  rows_.clear();
  pos_ = 0;
  if (!merge_) return;
  std::map<std::vector<Slot>, size_t> index;
  std::vector<std::set<std::tuple<graph::TermId, graph::TermId, graph::TermId>>> used;
  ExecRow r;
  while (children_[0]->Next(&r)) {
    auto [it, inserted] = index.try_emplace(Key(r), rows_.size());
    uint64_t bytes = ExecContext::RowBytes(r);  // a kept row, or the statements merged into one
    ctx->ChargeMemory(bytes);
    charged_ += bytes;
    if (inserted) {
      used.emplace_back();
      for (const auto& st : r.used) used.back().insert({st.s, st.p, st.o});
      for (const auto& st : r.used_by_types) used.back().insert({st.s, st.p, st.o});
      rows_.push_back(std::move(r));
      continue;
    }
    ExecRow& kept = rows_[it->second];
    for (const auto& st : r.used) {
      if (used[it->second].insert({st.s, st.p, st.o}).second) kept.used.push_back(st);
    }
    for (const auto& st : r.used_by_types) {
      if (used[it->second].insert({st.s, st.p, st.o}).second) kept.used_by_types.push_back(st);
    }
  }
}

bool PhysicalDistinct::Next(ExecRow* row) {
  if (merge_) {
    if (pos_ >= rows_.size()) return false;
    *row = std::move(rows_[pos_++]);
    return true;
  }
  while (children_[0]->Next(row)) {
    if (seen_.insert(Key(*row)).second) {
      uint64_t bytes = ExecContext::RowBytes(ExecRow{Key(*row), {}, {}, {}});
      ctx_->ChargeMemory(bytes);
      charged_ += bytes;
      return true;
    }
  }
  return false;
}

}  // namespace kg::query::exec
