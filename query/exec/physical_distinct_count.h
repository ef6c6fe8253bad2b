// PhysicalDistinctCount: COUNT(DISTINCT ?o) over one pattern `?s pred ?o` by
// a loose index scan: the POS index lists a predicate's statements by object,
// so after the first (matchable) statement of each object the scan seeks
// straight to the next object (StatementCursor::SkipSame). It reads one entry
// per distinct object instead of every statement.
#pragma once

#include "query/exec/physical_count_row.h"

namespace kg::query::exec {

class PhysicalDistinctCount : public PhysicalCountRow {
 public:
  // Counts distinct stored objects of `predicate` (for an inverse pattern,
  // `?o ^pred ?s`, the stored object is the pattern's subject).
  PhysicalDistinctCount(graph::TermId predicate, std::string text) : predicate_(predicate), text_(std::move(text)) {}
  std::string Name() const override { return "COUNT_DISTINCT_SKIP_SCAN"; }
  std::string Params() const override { return "[POS] " + text_; }

 protected:
  uint64_t Count() override;

 private:
  graph::TermId predicate_;
  std::string text_;
};

}  // namespace kg::query::exec
