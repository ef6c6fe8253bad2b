// Ingest: the flow behind `kg ingest`, front door of extract/ for writers.
//   inputs -> loaders::LoadInput (clean Documents) -> FactExtractor::Extract
//          -> graph::Store::WriteDocument (one atomic batch per document)
// With jobs > 1, that many workers each load inputs and process documents;
// documents of a multi-record input (JSON Lines) are shared through a bounded
// queue, so memory stays flat however large the input. A document whose id
// is already stored is counted unchanged without being analysed again.
//
// Thread-safety: Ingest may be called from one thread at a time per store;
// the callbacks are invoked one at a time (serialised), from any worker.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "extract/fact_extractor.h"
#include "graph/store.h"
#include "loaders/loader.h"
#include "util/status.h"

namespace kg::extract {

struct IngestProgress {
  uint64_t inputs_total = 0;  // files and streams to read
  uint64_t inputs_done = 0;
  uint64_t documents = 0;     // documents processed so far
  double seconds = 0;         // since the start
};

struct IngestOptions {
  int jobs = 1;                       // workers; <= 0 means one per hardware thread
  loaders::LoadOptions load;
  // Each warning or error met (bad input, bad record, extraction failure).
  std::function<void(const loaders::Diagnostic&)> on_diagnostic;
  // After every document and every finished input.
  std::function<void(const IngestProgress&)> on_progress;
  // Records to write in each document's batch, beside its facts (kg ingest
  // keeps the facts as extracted: curate::ExtractedFactsRecord). Called from
  // any worker, concurrently: must be a pure function of the batch.
  std::function<std::vector<graph::RecordWrite>(const graph::DocumentBatch&)> records;
};

struct IngestSummary {
  uint64_t inputs = 0;      // inputs read (after directory expansion)
  uint64_t documents = 0;   // documents loaded = added + replaced + unchanged
  uint64_t added = 0;       // new documents
  uint64_t replaced = 0;    // new versions of a document at the same source
  uint64_t unchanged = 0;   // already stored: nothing written
  uint64_t failed = 0;      // errors: inputs, records or documents not stored
  uint64_t warnings = 0;    // repairs (invalid UTF-8, Windows-1252, unreadable date)
  // What the extractor found in the documents written (added + replaced).
  uint64_t sentences = 0, entities = 0, triples = 0, events = 0;
  uint64_t statements_added = 0;  // statements new to the store
  double seconds = 0;
};

// Ingests `inputs` (files, directories, "-" for stdin) into `store`.
// Per-input and per-document problems are reported through on_diagnostic and
// counted in `failed`/`warnings`; the run goes on. Returns a non-ok Status
// only when the store fails to write (the run stops; every document written
// before stays whole, and the failing one is not half-written).
Result<IngestSummary> Ingest(const std::vector<std::string>& inputs, graph::Store& store,
                             const FactExtractor& extractor, const IngestOptions& options);

}  // namespace kg::extract
