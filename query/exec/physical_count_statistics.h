// PhysicalCountStatistics: answers COUNT over one predicate from the store's
// exact per-predicate statement counter (Store::EstimateCount with only the
// predicate bound is exact). Emits one row: the count in the output slot.
#pragma once

#include "query/exec/physical_operator.h"

namespace kg::query::exec {

class PhysicalCountStatistics : public PhysicalOperator {
 public:
  // `output_slot_offset` is unused by the row layout (the count goes to slot
  // num_slots-1); kept for EXPLAIN symmetry with AGGREGATE.
  PhysicalCountStatistics(graph::TermId predicate, size_t unused, std::string text)
      : predicate_(predicate), text_(std::move(text)) {
    (void)unused;
  }
  void Open(ExecContext* ctx) override {
    ctx_ = ctx;
    done_ = false;
  }
  bool Next(ExecRow* row) override;
  std::string Name() const override { return "COUNT_FROM_STATISTICS"; }
  std::string Params() const override { return text_; }

 private:
  graph::TermId predicate_;
  std::string text_;
  ExecContext* ctx_ = nullptr;
  bool done_ = false;
};

}  // namespace kg::query::exec
