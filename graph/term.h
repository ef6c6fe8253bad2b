// Term: one node or edge label of the graph, the value the dictionary maps to a
// compact TermId. IRIs name entities (urn:kg:entity:<slug>), documents,
// predicates and types (urn:kg:vocab:<name>, https://schema.org/<name>);
// literals carry strings, numbers and dates; blank nodes come from imports.
// Thread-safety: value type.
#pragma once

#include <cstdint>
#include <string>

namespace kg::graph {

using TermId = uint64_t;
constexpr TermId kNoTerm = 0;  // never assigned; "unbound" in patterns

// On disk: do not renumber.
enum class TermKind : uint8_t {
  kIri = 1,
  kBlank = 2,
  kString = 3,      // plain or xsd:string literal; `lang` may be set
  kNumber = 4,      // xsd:integer / xsd:decimal / xsd:double, lexical form in `value`
  kDate = 5,        // xsd:date / xsd:gYearMonth / xsd:gYear, ISO form in `value`
  kTypedLiteral = 6 // any other datatype IRI, kept in `datatype`
};

struct Term {
  TermKind kind = TermKind::kIri;
  std::string value;     // IRI, blank label, or literal lexical form
  std::string lang;      // language tag of a kString literal ("" if none)
  std::string datatype;  // datatype IRI of a kTypedLiteral ("" otherwise)

  static Term Iri(std::string v) { return {TermKind::kIri, std::move(v), "", ""}; }
  static Term Blank(std::string v) { return {TermKind::kBlank, std::move(v), "", ""}; }
  static Term String(std::string v, std::string lang = "") {
    return {TermKind::kString, std::move(v), std::move(lang), ""};
  }
  static Term Number(std::string v) { return {TermKind::kNumber, std::move(v), "", ""}; }
  static Term Date(std::string v) { return {TermKind::kDate, std::move(v), "", ""}; }
  static Term Typed(std::string v, std::string dt) {
    return {TermKind::kTypedLiteral, std::move(v), "", std::move(dt)};
  }

  bool is_literal() const { return kind != TermKind::kIri && kind != TermKind::kBlank; }
  bool operator==(const Term&) const = default;
};

}  // namespace kg::graph
