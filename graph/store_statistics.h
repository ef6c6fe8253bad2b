// StoreStatistics: the figures `kg stats` and the `kg ingest` summary report,
// defined once so the two always agree with each other and with queries:
// `statements` is what `FIND COUNT(*) WHERE ?s ?p ?o` counts (a statement
// stored only as negated or hypothetical is no plain fact; `unasserted`
// counts those), `events` the entities typed Event, `entities` the other
// subjects that are not literals.
// Cost: the store's counters, plus one provenance read per statement outside
// rdf:type / name / alternateName when the store holds ingested documents
// (imports have no modality), plus one term read per `date` statement.
// Thread-safety: reads only; as Store.
#pragma once

#include <cstdint>
#include <string>

#include "graph/store.h"

namespace kg::graph {

struct StoreStatistics {
  uint64_t documents = 0;
  uint64_t entities = 0;    // non-literal subjects that are not events
  uint64_t events = 0;      // subjects typed Event
  uint64_t statements = 0;  // statements a plain pattern matches (= COUNT(*))
  uint64_t unasserted = 0;  // statements stored only as negated or hypothetical
  uint64_t predicates = 0;  // distinct predicates in use
  uint64_t terms = 0;       // dictionary entries
  std::string first_published, last_published;    // documents' dates ("" when none)
  std::string first_event_date, last_event_date;  // objects of `date` statements
};

// Errors: the store's read errors (Corruption, IOError).
Result<StoreStatistics> ComputeStatistics(const Store& store);

}  // namespace kg::graph
