// PhysicalLimit: OFFSET m then at most LIMIT n rows; stops pulling its input
// once the limit is reached.
#pragma once

#include <cstdint>
#include <optional>

#include "query/exec/physical_operator.h"

namespace kg::query::exec {

class PhysicalLimit : public PhysicalOperator {
 public:
  PhysicalLimit(OperatorPtr input, std::optional<uint64_t> limit, uint64_t offset);
  void Open(ExecContext* ctx) override;
  bool Next(ExecRow* row) override;
  std::string Name() const override { return "LIMIT"; }
  std::string Params() const override;

 private:
  std::optional<uint64_t> limit_;
  uint64_t offset_;
  uint64_t skipped_ = 0, emitted_ = 0;
};

}  // namespace kg::query::exec
