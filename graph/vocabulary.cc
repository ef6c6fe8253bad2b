#include "graph/vocabulary.h"

#include <array>
#include <utility>

#include "util/text.h"

namespace kg::graph::vocab {
namespace {

constexpr std::string_view kHttpSchema = "http://schema.org/";
constexpr std::string_view kRdfsLabel = "http://www.w3.org/2000/01/rdf-schema#label";
constexpr std::string_view kSkosPrefLabel = "http://www.w3.org/2004/02/skos/core#prefLabel";
constexpr std::string_view kSkosAltLabel = "http://www.w3.org/2004/02/skos/core#altLabel";

// Core predicates of CONTRACT.md section 3 (stored as urn:kg:vocab:<name>).
constexpr std::array<std::string_view, 16> kCorePredicates = {
    "attended", "organized", "met",     "visited",  "accompanied", "title",    "memberOf", "leaderOf",
    "nationality", "childOf", "parentOf", "spouseOf", "date",       "location", "locatedIn", "said"};
constexpr std::array<std::string_view, 11> kCoreTypes = {"Person",  "Official", "Organization", "Country",
                                                         "Place",   "Event",    "Meeting",      "Visit",
                                                         "Ceremony", "Speech",  "Summit"};

struct SchemaMapping {
  std::string_view schema;  // local name under schema.org
  std::string_view core;    // core predicate name
  bool inverse;
};
constexpr std::array<SchemaMapping, 11> kSchemaPredicates = {{
    {"attendee", "attended", true},
    {"organizer", "organized", true},
    {"jobTitle", "title", false},
    {"memberOf", "memberOf", false},
    {"nationality", "nationality", false},
    {"parent", "childOf", false},
    {"children", "parentOf", false},
    {"spouse", "spouseOf", false},
    {"startDate", "date", false},
    {"location", "location", false},
    {"containedInPlace", "locatedIn", false},
}};
// Types schema.org names (CONTRACT.md section 5).
constexpr std::array<std::string_view, 5> kSchemaTypes = {"Person", "Organization", "Country", "Place", "Event"};

// The local part after a schema.org prefix (http or https), or nullopt.
std::optional<std::string_view> SchemaLocal(std::string_view iri) {
  if (iri.starts_with(kSchemaPrefix)) return iri.substr(kSchemaPrefix.size());
  if (iri.starts_with(kHttpSchema)) return iri.substr(kHttpSchema.size());
  return std::nullopt;
}

template <size_t N>
bool Contains(const std::array<std::string_view, N>& a, std::string_view s) {
  for (auto x : a)
    if (x == s) return true;
  return false;
}

}  // namespace

std::string VocabIri(std::string_view name) { return std::string(kVocabPrefix) + std::string(name); }

std::string EntityIri(std::string_view name) { return std::string(kEntityPrefix) + text::Slug(name); }

std::string_view LocalName(std::string_view iri) {
  size_t pos = iri.find_last_of("#/:");
  if (pos == std::string_view::npos || pos + 1 == iri.size()) return iri;
  return iri.substr(pos + 1);
}

CanonicalPredicate CanonicalizePredicate(std::string_view iri) {
  if (iri == kLabel || iri == kRdfsLabel || iri == kSkosPrefLabel) return {std::string(kLabel), false};
  if (iri == kAlias || iri == kSkosAltLabel) return {std::string(kAlias), false};
  if (auto local = SchemaLocal(iri)) {
    if (*local == "name") return {std::string(kLabel), false};
    if (*local == "alternateName") return {std::string(kAlias), false};
    for (const auto& m : kSchemaPredicates)
      if (*local == m.schema) return {VocabIri(m.core), m.inverse};
    return {std::string(iri), false};
  }
  if (iri.starts_with(kVocabPrefix)) {
    std::string_view name = iri.substr(kVocabPrefix.size());
    if (name == "label" || name == "name") return {std::string(kLabel), false};
    if (name == "alias" || name == "alternateName") return {std::string(kAlias), false};
    if (name == "type") return {std::string(kRdfType), false};
  }
  return {std::string(iri), false};
}

std::string CanonicalizeType(std::string_view iri) {
  if (auto local = SchemaLocal(iri)) {
    if (Contains(kSchemaTypes, *local)) return VocabIri(*local);
  }
  return std::string(iri);
}

bool IsCorePredicate(std::string_view name) { return Contains(kCorePredicates, name); }
bool IsCoreType(std::string_view name) { return Contains(kCoreTypes, name); }

bool IsNamePredicate(std::string_view canonical_iri) { return canonical_iri == kLabel || canonical_iri == kAlias; }

std::optional<std::string> SchemaOrgFor(std::string_view canonical_iri, bool* inverse) {
  if (inverse) *inverse = false;
  if (canonical_iri == kLabel || canonical_iri == kAlias) return std::string(canonical_iri);
  if (!canonical_iri.starts_with(kVocabPrefix)) return std::nullopt;
  std::string_view name = canonical_iri.substr(kVocabPrefix.size());
  for (const auto& m : kSchemaPredicates) {
    if (name == m.core) {
      if (inverse) *inverse = m.inverse;
      return std::string(kSchemaPrefix) + std::string(m.schema);
    }
  }
  if (Contains(kSchemaTypes, name)) return std::string(kSchemaPrefix) + std::string(name);
  return std::nullopt;
}

}  // namespace kg::graph::vocab
