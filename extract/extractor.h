// ExtractFacts: the extraction flow over one analysed document, top to
// bottom: mentions -> coreference -> events -> rules -> event dates/places
// -> facts with final IRIs. Separate from the NLP models so tests can feed
// hand-annotated Docs.
// Thread-safety: pure function of its arguments.
#pragma once

#include "extract/fact_extractor.h"
#include "graph/document_record.h"
#include "nlp/doc.h"

namespace kg::extract {

// Facts (provenance.doc_id = record.id, sentence offsets from doc) and counts.
// REQUIRES: doc.text == record.text (offsets index both).
// A pure function of the document: the facts never depend on which other
// documents were read before it, so any ingest order, any --jobs and one run
// or several give the same graph (issue 20). A surname alone keeps its own
// entity unless the document itself names the full name.
Extraction ExtractFacts(const nlp::Doc& doc, const graph::DocumentRecord& record);

}  // namespace kg::extract
