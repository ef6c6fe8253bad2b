// N-Quads export: the whole store, with provenance, as W3C RDF 1.1 N-Quads,
// streamed in one pass (memory does not grow with the store). Layout
// (docs/interchange.md): documents as schema:NewsArticle nodes and every
// statement once in the default graph; each statement again in the named graph
// of every document that supports it, beside one urn:kg:prov:Citation node per
// provenance entry (sentence span, extractor, confidence, modality, speaker).
// `kg import` of this output restores the same store.
// Thread-safety: reads the store only; one call per output stream.
#pragma once

#include <ostream>

#include "export/export_stats.h"
#include "graph/store.h"
#include "util/status.h"

namespace kg::exporter {

// Writes the store to `out`. On success fills `stats` (optional).
// Errors: IOError when `out` fails; Corruption when a stored id does not
// resolve or the scan fails. Output written before an error stays written.
Status WriteNQuads(const graph::Store& store, std::ostream& out, ExportStats* stats = nullptr);

}  // namespace kg::exporter
