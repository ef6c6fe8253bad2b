// Plan: the physical operator tree for one statement plus how to read its
// output rows (which slot feeds which column).
// Thread-safety: one statement, one thread.
#pragma once

#include <string>
#include <vector>

#include "query/exec/physical_operator.h"

namespace kg::query::planner {

struct OutputColumn {
  std::string name;
  int slot = 0;
  bool predicate_as_string = false;  // DESCRIBE's predicate column
};

struct Plan {
  exec::OperatorPtr root;
  std::vector<OutputColumn> columns;
  size_t num_slots = 0;
  bool cite = false;
  bool cite_all = false;  // CITE ALL: rows also cite their type tests' statements
  // The indented operator tree, headed by the projection.
  std::string Explain() const;
};

}  // namespace kg::query::planner
