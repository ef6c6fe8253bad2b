// RowBuilder: turns an executor row into a ResultRow: entities with id, label
// and types (stored rdf:type local names plus implied supertypes, sorted),
// literals with value and datatype, and with CITE the deduplicated citations
// of every statement the row used (negated/hypothetical support left out).
// Thread-safety: one statement, one thread (caches per statement).
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "query/exec/exec_context.h"
#include "query/planner/plan.h"
#include "query/result/row.h"

namespace kg::query {

class RowBuilder {
 public:
  // REQUIRES: ctx and columns outlive the builder.
  // `types`: fill Value::types (ResultSink::NeedsTypes).
  RowBuilder(exec::ExecContext* ctx, const std::vector<planner::OutputColumn>* columns, bool cite, bool types = true)
      : ctx_(ctx), columns_(columns), cite_(cite), types_wanted_(types) {}
  ResultRow Build(const exec::ExecRow& row);
  Value ValueOf(const exec::ExecRow& row, int slot, bool predicate_as_string);

 private:
  const std::vector<std::string>& TypesOf(graph::TermId id);
  exec::ExecContext* ctx_;
  const std::vector<planner::OutputColumn>* columns_;
  bool cite_;
  bool types_wanted_;
  std::unordered_map<graph::TermId, std::vector<std::string>> types_;
  std::unordered_map<graph::TermId, Value> values_;
  std::unordered_map<std::string, std::string> speaker_labels_;
};

}  // namespace kg::query
