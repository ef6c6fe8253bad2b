// GeneratedGraph: a random graph as the differential tester writes it, before
// kg sees it: the facts as written (N-Quads through `kg import`'s path, or a
// document through Store::WriteDocument), the predicates it uses with the kind
// of their subjects and objects, and the entities with the most statements.
// Thread-safety: value types.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/statement.h"

namespace kg::difftest {

// What a subject or object position holds, so queries can pick matching
// constants and filters.
enum class ValueKind { kPerson, kEvent, kOrganization, kPlace, kAnyEntity, kString, kNumber, kDate };

bool IsEntityKind(ValueKind k);

// One fact as written. `p` is the IRI as written (schema:attendee, schema:startDate
// are inverse / alternative forms the reference maps like CONTRACT.md section 5 says).
struct WrittenFact {
  graph::Term s, p, o;
  bool in_document = false;  // written by Store::WriteDocument instead of imported
  graph::Modality modality = graph::Modality::kAsserted;  // only for document facts
};

// A predicate queries may use: how it is written and what it connects.
struct PredicateUse {
  std::string name;  // bare name in queries ("" = only by IRI)
  std::string iri;   // canonical IRI as stored
  ValueKind subject = ValueKind::kAnyEntity;
  ValueKind object = ValueKind::kAnyEntity;
  bool symmetric = false;  // met, spouseOf (by name only)
};

struct GeneratedGraph {
  std::vector<WrittenFact> facts;
  std::vector<PredicateUse> predicates;
  // Entities by kind (IRIs) and the names (labels, aliases) they carry.
  std::vector<std::string> persons, events, organizations, places;
  std::vector<std::string> names;
  std::vector<std::string> titles;  // string literals of `title`
  // Entities with the most statements (subject or object), most first.
  std::vector<std::string> frequent;
};

// N-Quads text of the facts not `in_document` (literals typed as xsd:integer /
// xsd:date; some triples in named graphs).
std::string ToNQuads(const std::vector<WrittenFact>& facts);

}  // namespace kg::difftest
