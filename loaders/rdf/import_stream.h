// ImportStream: reads N-Triples/N-Quads from a stream into a graph::BulkImport.
// A reader thread parses and maps lines in batches while the calling thread
// adds them, so parsing and sorting overlap on two cores. Memory is a few
// batches of facts, whatever the input size. Nothing is committed here: the
// caller commits only when this returns Ok (all-or-nothing per input).
// Thread-safety: one call per BulkImport at a time.
#pragma once

#include <cstdint>
#include <istream>
#include <string>

#include "graph/store.h"
#include "loaders/rdf/nquads_reader.h"
#include "loaders/rdf/provenance_quads.h"
#include "util/status.h"

namespace kg::loaders::rdf {

struct StreamError {
  uint64_t line = 0;  // 1-based line of a syntax error, 0 for other errors
};

// Parses `in` (syntax per `syntax`, blank nodes and graph-less triples named by
// `source`) and adds every fact to `import`. Returns the number of facts added
// in *facts. Errors: InvalidArgument for a malformed line (error->line set),
// IOError for a read or staging failure.
// With `provenance` (optional), quads first go through it: kg export output
// gets its citations and documents back (provenance_quads.h; the caller writes
// provenance->TakeDocuments() after committing).
Status ImportStream(std::istream& in, Syntax syntax, const std::string& source, graph::BulkImport& import,
                    uint64_t* facts, StreamError* error, ProvenanceQuads* provenance = nullptr);

}  // namespace kg::loaders::rdf
