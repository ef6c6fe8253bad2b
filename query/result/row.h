// ResultRow: one answer row, its citations (with CITE) and the statements it used.
// Thread-safety: value types.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/statement.h"
#include "query/result/value.h"

namespace kg::query {

// The statement a citation supports, spelled out for output (CONTRACT.md
// section 4 "fact"): subject and object as entity {id, label} or literal
// {value, datatype} (no types), the predicate as its local name.
struct CitedFact {
  graph::StatementIds ids;
  Value subject;
  std::string predicate;
  Value object;
};

// One citation of a row: a stored provenance joined with its document.
struct RowCitation {
  graph::Citation citation;      // provenance (doc_id, start, end, extractor, confidence, modality, ...) + document
  std::string attributed_id;     // speaker entity IRI when the fact is reported speech, else ""
  std::string attributed_label;  // its label
  CitedFact fact;                // the statement this sentence supports
};

struct ResultRow {
  std::vector<Value> values;                  // one per column, in column order
  std::vector<RowCitation> citations;         // filled only with CITE; deduplicated, most direct first per fact
  std::vector<graph::StatementIds> statements;  // every stored statement this row used
};

// What a statement produced, given to ResultSink::End.
struct ResultSummary {
  uint64_t rows = 0;     // rows passed to the sink
  double seconds = 0.0;  // wall time of parse..execute
  std::vector<std::string> warnings;  // e.g. "no entity or string named \"X\"" (CLI prints to stderr)
};

}  // namespace kg::query
