// PhysicalOrder: ORDER BY. Materializes its input and sorts it stably by the
// keys (numbers numerically, dates by date, text case-insensitively; unbound first).
#pragma once

#include "query/exec/physical_operator.h"

namespace kg::query::exec {

struct SortKey {
  int slot = 0;
  bool descending = false;
};

class PhysicalOrder : public PhysicalOperator {
 public:
  PhysicalOrder(OperatorPtr input, std::vector<SortKey> keys, std::string text);
  void Open(ExecContext* ctx) override;
  bool Next(ExecRow* row) override;
  std::string Name() const override { return "ORDER"; }
  std::string Params() const override { return text_; }

 private:
  std::vector<SortKey> keys_;
  std::string text_;
  std::vector<ExecRow> rows_;
  size_t pos_ = 0;
  uint64_t charged_ = 0;  // against --max-memory
};

}  // namespace kg::query::exec
