// JSON-LD for a query's answer (`kg query --format jsonld`): the statements
// the rows used, with their citations, in the layout of export/jsonld.h, so a
// result can be handed to another RDF tool. It adds what a reader of one
// answer needs and the whole-store export keeps elsewhere: the name,
// alternateName and type statements of every entity mentioned, each cited
// document as a NewsArticle node (metadata, no full text), and each
// citation's sentence as kgp:sentence.
// Thread-safety: reads the store only.
#pragma once

#include <ostream>
#include <vector>

#include "export/export_stats.h"
#include "graph/statement.h"
#include "graph/store.h"
#include "util/status.h"

namespace kg::exporter {

// Writes one JSON-LD document for `statements` (duplicates and order do not
// matter; ids that are not stored are skipped). Memory grows with the answer,
// not the store. Errors: IOError when `out` fails; Corruption when an id does
// not resolve.
Status WriteJsonLdStatements(const graph::Store& store, const std::vector<graph::StatementIds>& statements,
                             std::ostream& out, ExportStats* stats = nullptr);

}  // namespace kg::exporter
