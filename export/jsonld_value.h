// Spelling of one RDF term as a JSON-LD value under a given key coercion, so
// that it expands to exactly the term the N-Quads writer writes.
// Thread-safety: pure functions.
#pragma once

#include <string>

#include "export/jsonld_context.h"
#include "graph/document_record.h"
#include "graph/term.h"

namespace kg::exporter {

// Appends the value: IRIs as {"@id": ...} (a bare string under kId), strings
// as JSON strings or {"@value", "@language"}, other literals as
// {"@value": lexical, "@type": datatype} (bare under a matching coercion).
void AppendJsonLdValue(const JsonLdContext& ctx, const graph::Term& t, Coercion coercion, std::string* out);

// Appends a document as a NewsArticle node object ({"@id": iri, "@type":
// "NewsArticle", headline, datePublished, ...}); `with_text` keeps its
// schema:text. Returns the number of quads the node denotes.
uint64_t AppendNewsArticleNode(const JsonLdContext& ctx, const std::string& iri, const graph::DocumentRecord& doc,
                               bool with_text, std::string* out);

// The @id spelling of an IRI or blank node subject ("_:b<hex>" for blanks).
std::string JsonLdId(const graph::Term& t);

}  // namespace kg::exporter
