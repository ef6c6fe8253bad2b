// RowBuilder: turns an executor row into a ResultRow: entities with id, label
// and types (stored rdf:type local names plus implied supertypes, sorted),
// literals with value and datatype, and with CITE the citations of every
// statement the row's triple patterns used (type tests' too under CITE ALL;
// negated/hypothetical support left out), each naming its fact, deduplicated
// and ordered by query/result/citation_order.h.
// Thread-safety: one statement, one thread (caches per statement).
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "query/exec/exec_context.h"
#include "query/planner/plan.h"
#include "query/result/citation_order.h"
#include "query/result/row.h"

namespace kg::query {

class RowBuilder {
 public:
  // REQUIRES: ctx and columns outlive the builder.
  // `types`: fill Value::types (ResultSink::NeedsTypes).
  // `cite_all`: also cite the statements of type tests (CITE ALL).
  RowBuilder(exec::ExecContext* ctx, const std::vector<planner::OutputColumn>* columns, bool cite, bool types = true,
             bool cite_all = false)
      : ctx_(ctx), columns_(columns), cite_(cite), cite_all_(cite_all), types_wanted_(types) {}
  ResultRow Build(const exec::ExecRow& row);
  Value ValueOf(const exec::ExecRow& row, int slot, bool predicate_as_string);

 private:
  const std::vector<std::string>& TypesOf(graph::TermId id);
  Value TermValue(graph::TermId id, bool with_types);
  CitedFact FactOf(const graph::StatementIds& st);
  int MentionsOf(const RowCitation& c);  // citation_order.h MentionScore, with folded names cached
  exec::ExecContext* ctx_;
  const std::vector<planner::OutputColumn>* columns_;
  bool cite_;
  bool cite_all_;
  bool types_wanted_;
  std::unordered_map<graph::TermId, std::vector<std::string>> types_;
  std::unordered_map<graph::TermId, Value> values_;
  std::unordered_map<graph::TermId, Value> fact_ends_;  // a citation's fact ends: id and label only
  static constexpr size_t kMaxCachedSentences = 65536;
  std::unordered_map<std::string, std::string> sentence_keys_;  // doc id \0 start -> NameKey(sentence)
  std::unordered_map<graph::TermId, EndKeys> end_keys_;
  std::unordered_map<std::string, std::string> speaker_labels_;
};

}  // namespace kg::query
