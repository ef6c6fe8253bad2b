// PhysicalDescribe: every statement with one of the entity ids as subject
// (SPO scan) or object (OSP scan), as rows (subject, predicate, object) in
// slots 0, 1, 2. Negated/hypothetical-only statements are skipped.
#pragma once

#include <memory>

#include "query/exec/physical_operator.h"

namespace kg::query::exec {

class PhysicalDescribe : public PhysicalOperator {
 public:
  PhysicalDescribe(std::vector<graph::TermId> ids, std::string text);
  void Open(ExecContext* ctx) override;
  bool Next(ExecRow* row) override;
  std::string Name() const override { return "DESCRIBE"; }
  std::string Params() const override { return text_ + " [SPO + OSP]"; }

 private:
  std::vector<graph::TermId> ids_;
  std::string text_;
  ExecContext* ctx_ = nullptr;
  size_t step_ = 0;  // 2 per id: as subject, as object
  std::unique_ptr<graph::StatementCursor> cursor_;
};

}  // namespace kg::query::exec
