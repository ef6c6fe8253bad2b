// PhysicalDistinct: drops rows whose projected slots repeat an earlier row.
// With CITE (merge_statements) it materializes so a kept row gathers the
// statements of all its duplicates; otherwise it streams.
#pragma once

#include <set>

#include "query/exec/physical_operator.h"

namespace kg::query::exec {

class PhysicalDistinct : public PhysicalOperator {
 public:
  PhysicalDistinct(OperatorPtr input, std::vector<int> slots, bool merge_statements);
  void Open(ExecContext* ctx) override;
  bool Next(ExecRow* row) override;
  std::string Name() const override { return "DISTINCT"; }
  std::string Params() const override { return merge_ ? "(merging citations)" : ""; }

 private:
  std::vector<Slot> Key(const ExecRow& row) const;
  std::vector<int> slots_;
  bool merge_;
  std::set<std::vector<Slot>> seen_;
  std::vector<ExecRow> rows_;
  size_t pos_ = 0;
  ExecContext* ctx_ = nullptr;
  uint64_t charged_ = 0;  // against --max-memory
};

}  // namespace kg::query::exec
