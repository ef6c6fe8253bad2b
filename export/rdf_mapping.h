// How store terms appear in RDF interchange (CONTRACT.md section 5, docs/interchange.md):
// schema.org IRIs for the core vocabulary (inverse terms flipped), document and
// import-source IRIs, citation node IRIs and literal datatypes. Shared by the
// N-Quads and JSON-LD writers so both always describe exactly the same quads, and
// by the importer that reads our provenance back.
// Thread-safety: pure functions and constants.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "graph/statement.h"
#include "graph/term.h"

namespace kg::exporter {

// Provenance vocabulary: kept apart from urn:kg:vocab: so that an extracted
// verb such as "start" or "end" never meets a citation property.
inline constexpr std::string_view kProvPrefix = "urn:kg:prov:";
inline constexpr std::string_view kCitationPrefix = "urn:kg:citation:";
inline constexpr std::string_view kSourcePrefix = "urn:kg:source:";
inline constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view kNewsArticle = "https://schema.org/NewsArticle";
// The header node every export starts with (<urn:kg:export> a kgp:Export):
// it tells kg import that citation nodes follow (loaders/rdf/provenance_quads.h).
inline constexpr std::string_view kExportNode = "urn:kg:export";

// urn:kg:prov:<name> ("Citation", "doc", "start", ...).
std::string ProvIri(std::string_view name);

// The predicate IRI written for a stored (canonical) predicate and whether
// subject and object swap (schema:attendee for `attended`). `object_is_node`
// false (a literal object) never flips: the canonical IRI is kept instead.
struct ExportedPredicate {
  std::string iri;
  bool flipped = false;
};
ExportedPredicate ExportPredicate(std::string_view canonical_iri, bool object_is_node);

// The type IRI written for a stored type (urn:kg:vocab:Person -> schema:Person).
std::string ExportType(std::string_view canonical_iri);

// True for an absolute IRI that N-Quads and JSON-LD processors accept as is.
bool IsSafeAbsoluteIri(std::string_view iri);
// `iri` with spaces, controls and <>"{}|^`\ percent-encoded.
std::string SanitizeIri(std::string_view iri);

// The IRI of a DocumentRecord: its URL when it has one, else urn:kg:doc:<id>.
std::string DocumentIri(std::string_view id, std::string_view url);
// The graph IRI of provenance whose doc_id names no stored document (an import
// source): the doc_id itself when it is an absolute IRI, else urn:kg:source:<%-encoded>.
std::string SourceIri(std::string_view doc_id);
// True for the doc id of provenance imported under a blank graph name
// ("_:..."): exported as a blank node, never as an IRI.
bool IsBlankGraphName(std::string_view doc_id);
// Inverse of SourceIri for IRIs under urn:kg:source: (others are returned unchanged).
std::string SourceIdFromIri(std::string_view iri);

// Datatype IRI for a non-string literal (xsd:integer/decimal/double for numbers,
// xsd:date/gYearMonth/gYear/dateTime for dates, the stored datatype otherwise);
// "" for string literals, IRIs and blank nodes.
std::string LiteralDatatype(const graph::Term& t);

// Blank node label used in both formats ("b" + hex id): stable, since ids hash the term.
std::string BlankLabel(const graph::Term& t);

// urn:kg:citation:<16 hex>, a hash of everything that identifies one provenance
// entry of one (exported) statement; `spo_key` is any stable rendering of s, p, o.
std::string CitationIri(std::string_view spo_key, const graph::Provenance& p);

// "asserted", "planned", "negated", "hypothetical" and back (false if unknown).
std::string_view ModalityName(graph::Modality m);
bool ParseModality(std::string_view name, graph::Modality* m);

// Shortest decimal text that reads back as the same float ("0.9", "1").
std::string FormatConfidence(float c);

}  // namespace kg::exporter
