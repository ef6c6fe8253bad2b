#include "query/exec/physical_order.h"

#include <algorithm>
#include <numeric>

#include "query/exec/value_ops.h"

namespace kg::query::exec {

PhysicalOrder::PhysicalOrder(OperatorPtr input, std::vector<SortKey> keys, std::string text)
    : keys_(std::move(keys)), text_(std::move(text)) {
  children_.push_back(std::move(input));
}

void PhysicalOrder::Open(ExecContext* ctx) {
  children_[0]->Open(ctx);
  ctx->ReleaseMemory(charged_);
  charged_ = 0;
  rows_.clear();
  pos_ = 0;
  ExecRow r;
  std::vector<std::vector<Scalar>> keys;
  while (children_[0]->Next(&r)) {
    std::vector<Scalar> k;
    for (const auto& key : keys_) k.push_back(ScalarOf(ctx, r, key.slot));
    uint64_t bytes = ExecContext::RowBytes(r) + keys_.size() * sizeof(Scalar);
    for (const auto& scalar : k) {
      if (scalar.text.capacity() > 15) bytes += scalar.text.capacity();  // held past the inline buffer
    }
    ctx->ChargeMemory(bytes);
    charged_ += bytes;
    keys.push_back(std::move(k));
    rows_.push_back(std::move(r));
    ctx->CheckDeadline();
  }
  std::vector<size_t> idx(rows_.size());
  std::iota(idx.begin(), idx.end(), 0);
  std::stable_sort(idx.begin(), idx.end(), [&](size_t a, size_t b) {
    for (size_t i = 0; i < keys_.size(); ++i) {
      int c = OrderCompare(keys[a][i], keys[b][i]);
      if (c != 0) return keys_[i].descending ? c > 0 : c < 0;
    }
    return false;
  });
  std::vector<ExecRow> sorted;
  sorted.reserve(rows_.size());
  for (size_t i : idx) sorted.push_back(std::move(rows_[i]));
  rows_ = std::move(sorted);
}

bool PhysicalOrder::Next(ExecRow* row) {
  if (pos_ >= rows_.size()) return false;
  *row = std::move(rows_[pos_++]);
  return true;
}

}  // namespace kg::query::exec
