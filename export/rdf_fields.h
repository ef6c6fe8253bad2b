// The properties written for a document node and for a citation node, as
// (predicate IRI, value) pairs. Both writers and the importer's reading of them
// (loaders/rdf/provenance_quads.h) follow this one list; docs/interchange.md
// describes it. rdf:type is not in the lists (each writer spells it its own way).
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "export/store_walker.h"
#include "graph/document_record.h"
#include "graph/term.h"

namespace kg::exporter {

struct Field {
  std::string_view predicate;  // static storage
  graph::Term value;
};

// headline, datePublished, url, publisher, author (schema.org; empty ones left
// out), kgp:docId, kgp:source, kgp:paragraphs ("0-120 121-300"), schema:text.
std::vector<Field> DocumentFields(const graph::DocumentRecord& doc);

// rdf:subject/predicate/object (the exported triple), kgp:doc, kgp:start,
// kgp:end, kgp:extractor, kgp:confidence, kgp:modality (when not asserted),
// kgp:attributedTo (when set).
std::vector<Field> CitationFields(const WalkedStatement& st, const WalkedCitation& c);

// A literal for an ISO date text: xsd:date-like Term if it looks like one
// (YYYY, YYYY-MM, YYYY-MM-DD, with optional time), else a plain string.
graph::Term DateOrString(const std::string& text);

}  // namespace kg::exporter
