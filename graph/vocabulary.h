// The core vocabulary of CONTRACT.md section 3 and the one canonical IRI the
// store keeps for each term. Import and extraction write canonical IRIs;
// export maps them back to schema.org where the contract names a term.
// Thread-safety: pure functions and constants.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kg::graph::vocab {

inline constexpr std::string_view kVocabPrefix = "urn:kg:vocab:";
inline constexpr std::string_view kEntityPrefix = "urn:kg:entity:";
inline constexpr std::string_view kDocPrefix = "urn:kg:doc:";
inline constexpr std::string_view kSchemaPrefix = "https://schema.org/";
inline constexpr std::string_view kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
inline constexpr std::string_view kLabel = "https://schema.org/name";            // canonical label
inline constexpr std::string_view kAlias = "https://schema.org/alternateName";   // canonical alias

// urn:kg:vocab:<name> for a predicate or type name ("met", "Official").
std::string VocabIri(std::string_view name);
// urn:kg:entity:<slug of name>.
std::string EntityIri(std::string_view name);

// The local name of an IRI: the part after the last '#', '/' or ':'.
std::string_view LocalName(std::string_view iri);

// What an imported predicate IRI means in our store.
struct CanonicalPredicate {
  std::string iri;       // canonical IRI to store
  bool flip = false;     // true for inverse forms (schema:attendee → attended, reversed)
};
// Maps schema.org / urn:kg:vocab: / rdfs:label / skos:prefLabel forms of the
// core vocabulary to their canonical IRI; any other IRI is returned unchanged.
CanonicalPredicate CanonicalizePredicate(std::string_view iri);
// Maps schema:Person, urn:kg:vocab:Person etc. to the canonical type IRI
// (urn:kg:vocab:<Type>); any other IRI is returned unchanged.
std::string CanonicalizeType(std::string_view iri);

// True for the core predicate / type names of CONTRACT.md section 3 ("met", "Official").
bool IsCorePredicate(std::string_view name);
bool IsCoreType(std::string_view name);

// True for predicates whose statements name things: label and alias.
bool IsNamePredicate(std::string_view canonical_iri);

// The schema.org IRI for a canonical predicate or type, if the contract names one.
// `inverse` is set when the schema.org term points the other way (attendee, organizer).
std::optional<std::string> SchemaOrgFor(std::string_view canonical_iri, bool* inverse = nullptr);

}  // namespace kg::graph::vocab
