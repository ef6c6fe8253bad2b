#include "graph/store_statistics.h"

#include <algorithm>

#include "graph/vocabulary.h"

namespace kg::graph {
namespace {

void Widen(const std::string& value, std::string* first, std::string* last) {
  if (value.empty()) return;
  if (first->empty() || value < *first) *first = value;
  if (last->empty() || value > *last) *last = value;
}

// A plain pattern matches it: some support is asserted or planned (as
// query/exec/exec_context.cc Matchable decides).
bool Asserted(const Store& store, const StatementIds& st) {
  const auto provenance = store.ProvenanceOf(st);
  if (provenance.empty()) return true;
  return std::any_of(provenance.begin(), provenance.end(), [](const Provenance& p) {
    return p.modality == Modality::kAsserted || p.modality == Modality::kPlanned;
  });
}

}  // namespace

StoreStatistics ComputeStatistics(const Store& store) {
  StoreStatistics s;
  const StoreCounts c = store.Counts();
  s.documents = c.documents;
  s.predicates = c.predicates;
  s.terms = c.terms;
  const auto type = store.Lookup(Term::Iri(std::string(vocab::kRdfType)));
  const auto event = store.Lookup(Term::Iri(vocab::VocabIri("Event")));
  if (type && event) s.events = store.EstimateCount({kNoTerm, *type, *event});  // exact: a type's counter
  s.entities = c.entities > s.events ? c.entities - s.events : 0;

  const auto name = store.Lookup(Term::Iri(std::string(vocab::kLabel)));
  const auto alias = store.Lookup(Term::Iri(std::string(vocab::kAlias)));
  if (c.documents > 0) {  // only ingested text carries modality
    for (const auto& [predicate, count] : store.PredicateCounts()) {
      if (predicate == type || predicate == name || predicate == alias) continue;
      for (auto cursor = store.Scan({kNoTerm, predicate, kNoTerm}); cursor->Valid(); cursor->Next()) {
        if (!Asserted(store, cursor->Current())) ++s.unasserted;
      }
    }
  }
  s.statements = c.statements - std::min(c.statements, s.unasserted);

  store.ForEachDocument([&](const DocumentRecord& d) {
    Widen(d.published, &s.first_published, &s.last_published);
    return true;
  });
  if (const auto date = store.Lookup(Term::Iri(vocab::VocabIri("date")))) {
    for (auto cursor = store.Scan({kNoTerm, *date, kNoTerm}); cursor->Valid(); cursor->Next()) {
      auto o = store.Resolve(cursor->Current().o);
      if (o.ok() && o->is_literal()) Widen(o->value, &s.first_event_date, &s.last_event_date);
    }
  }
  return s;
}

}  // namespace kg::graph
