// ExtractFacts: the extraction flow over one analysed document, top to
// bottom: mentions -> coreference -> events -> rules -> event dates/places
// -> facts with final IRIs. Separate from the NLP models so tests can feed
// hand-annotated Docs.
// Thread-safety: pure function of its arguments.
#pragma once

#include "extract/fact_extractor.h"
#include "extract/name_registry.h"
#include "graph/document_record.h"
#include "nlp/doc.h"

namespace kg::extract {

// Facts (provenance.doc_id = record.id, sentence offsets from doc) and counts.
// REQUIRES: doc.text == record.text (offsets index both).
// With `names` (may be null): a person named by a surname only takes the one
// full name with that surname seen in earlier documents of the run, and this
// document's full names are added for later ones.
Extraction ExtractFacts(const nlp::Doc& doc, const graph::DocumentRecord& record, NameRegistry* names = nullptr);

}  // namespace kg::extract
