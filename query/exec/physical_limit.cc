#include "query/exec/physical_limit.h"

namespace kg::query::exec {

PhysicalLimit::PhysicalLimit(OperatorPtr input, std::optional<uint64_t> limit, uint64_t offset)
    : limit_(limit), offset_(offset) {
  children_.push_back(std::move(input));
}

std::string PhysicalLimit::Params() const {
  std::string s = limit_ ? std::to_string(*limit_) : "all";
  if (offset_) s += " OFFSET " + std::to_string(offset_);
  return s;
}

void PhysicalLimit::Open(ExecContext* ctx) {
  children_[0]->Open(ctx);
  skipped_ = emitted_ = 0;
}

bool PhysicalLimit::Next(ExecRow* row) {
  if (limit_ && emitted_ >= *limit_) return false;
  while (children_[0]->Next(row)) {
    if (skipped_ < offset_) {
      ++skipped_;
      continue;
    }
    ++emitted_;
    return true;
  }
  return false;
}

}  // namespace kg::query::exec
