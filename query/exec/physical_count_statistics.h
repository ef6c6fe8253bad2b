// PhysicalCountStatistics: answers COUNT over one predicate from the store's
// exact per-predicate statement counter (Store::EstimateCount with only the
// predicate bound is exact).
#pragma once

#include "query/exec/physical_count_row.h"

namespace kg::query::exec {

class PhysicalCountStatistics : public PhysicalCountRow {
 public:
  PhysicalCountStatistics(graph::TermId predicate, std::string text) : predicate_(predicate), text_(std::move(text)) {}
  std::string Name() const override { return "COUNT_FROM_STATISTICS"; }
  std::string Params() const override { return text_; }

 protected:
  uint64_t Count() override;

 private:
  graph::TermId predicate_;
  std::string text_;
};

}  // namespace kg::query::exec
