// JsonLdContext: the @context of kg's JSON-LD (docs/interchange.md) and the
// reverse look-ups the writers need to spell IRIs with it: our vocabulary names
// as keys ("met", "attended"), schema.org where CONTRACT.md section 3 names a
// term (through graph/vocabulary.h's SchemaOrgFor), @vocab urn:kg:vocab: for
// the rest, and the provenance terms (Citation, doc, start, end, ...).
// Every spelling it returns expands, under this context, to exactly the IRI it
// was given; that is what makes the JSON-LD and N-Quads exports equal.
// Thread-safety: immutable after construction.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kg::exporter {

// How a context term turns a plain JSON string or number into RDF.
enum class Coercion { kNone, kId, kDecimal, kNativeInteger };

class JsonLdContext {
 public:
  JsonLdContext();

  // The context object as JSON text (pretty, two-space indent at `indent`).
  std::string ToJson(int indent) const;

  // Key for a document/citation field IRI (may be a coerced term); `coercion` set.
  std::string FieldKey(std::string_view iri, Coercion* coercion) const;
  // Key for a graph predicate: never a coerced term, so values keep their form.
  std::string PredicateKey(std::string_view iri) const;
  // Key of the @reverse term for an inverse schema.org IRI ("attended" for
  // schema:attendee), or "" if the context has none.
  std::string ReverseKey(std::string_view schema_iri) const;
  // Spelling of a type IRI as an @type value ("Person", "Official", "kg:date").
  std::string TypeName(std::string_view iri) const;
  // Spelling of an IRI inside an @id-coerced value or value @type: prefix
  // form when it has one ("kg:met", "xsd:date"), else the IRI itself.
  std::string CompactIri(std::string_view iri) const;

 private:
  struct TermDef {
    std::string name, iri;
    bool reverse = false;
    bool is_type = false;
    Coercion coercion = Coercion::kNone;
  };
  void Add(std::string name, std::string iri, bool is_type, Coercion c = Coercion::kNone);
  bool IsTerm(std::string_view name) const;
  std::string PrefixForm(std::string_view iri) const;

  std::vector<TermDef> terms_;                       // in context order
  std::vector<std::pair<std::string, std::string>> prefixes_;  // name, namespace
  std::map<std::string, size_t, std::less<>> by_name_;
  std::map<std::string, size_t, std::less<>> forward_by_iri_;   // non-reverse terms
  std::map<std::string, size_t, std::less<>> reverse_by_iri_;
};

// Appends `s` as a JSON string (quotes, escapes for " \ and control characters).
void AppendJsonString(std::string_view s, std::string* out);

}  // namespace kg::exporter
