// Value operations shared by FILTER and ORDER BY: comparing slots as numbers,
// dates (partial dates compare at their own precision) or text, YEAR(), and
// display text (entity label, literal value).
// Thread-safety: uses the ExecContext's caches; one thread.
#pragma once

#include <optional>
#include <string>

#include "graph/term.h"
#include "query/exec/exec_context.h"

namespace kg::query::exec {

// A value reduced to what comparisons need.
struct Scalar {
  enum class Kind { kNull, kNumber, kDate, kText, kEntity };
  Kind kind = Kind::kNull;
  double number = 0;
  std::string text;             // date ISO text, string value, or entity label
  graph::TermId id = graph::kNoTerm;  // entity id (equality)
};

// The value in `row`'s slot `slot` (an entity, a literal or a computed number).
Scalar ScalarOf(ExecContext* ctx, const ExecRow& row, int slot);
Scalar ScalarOfLiteral(graph::TermKind kind, const std::string& lexical);

// Three-way comparison; nullopt when the values are not comparable.
std::optional<int> CompareScalars(const Scalar& a, const Scalar& b);
// Total order for ORDER BY (nulls first, then numbers, dates, text/entities).
int OrderCompare(const Scalar& a, const Scalar& b);

}  // namespace kg::query::exec
