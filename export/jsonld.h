// JSON-LD export: the whole store, with provenance, as one JSON-LD 1.1
// document, streamed (memory bounded by the largest subject's statement count,
// not the store). It denotes exactly the quads of export/nquads.h (tests check
// this with jsonld.js and URDNA2015): an @context mapping our vocabulary to
// schema.org and urn:kg:vocab:, documents as NewsArticle nodes, every entity as
// one node (@type, name, alternateName, relations), and after each entity one
// named graph per supporting document holding the statement and its Citation
// nodes. Layout and rationale: docs/interchange.md.
// Thread-safety: reads the store only; one call per output stream.
#pragma once

#include <ostream>

#include "export/export_stats.h"
#include "graph/store.h"
#include "util/status.h"

namespace kg::exporter {

// Writes the store to `out`. On success fills `stats` (optional; quads counts
// the RDF quads the document denotes, as the N-Quads writer would write them).
// Errors: IOError when `out` fails; Corruption when a stored id does not
// resolve or the scan fails. Output written before an error stays written.
Status WriteJsonLd(const graph::Store& store, std::ostream& out, ExportStats* stats = nullptr);

}  // namespace kg::exporter
