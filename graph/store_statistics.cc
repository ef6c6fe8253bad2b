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
Result<bool> Asserted(const Store& store, const StatementIds& st) {
  auto provenance = store.ProvenanceOf(st);
  if (!provenance.ok()) return provenance.status();
  if (provenance->empty()) return true;
  return std::any_of(provenance->begin(), provenance->end(), [](const Provenance& p) {
    return p.modality == Modality::kAsserted || p.modality == Modality::kPlanned;
  });
}

}  // namespace

Result<StoreStatistics> ComputeStatistics(const Store& store) {
  StoreStatistics s;
  auto counts = store.Counts();
  if (!counts.ok()) return counts.status();
  const StoreCounts& c = *counts;
  s.documents = c.documents;
  s.predicates = c.predicates;
  s.terms = c.terms;
  auto type = store.Lookup(Term::Iri(std::string(vocab::kRdfType)));
  auto event = store.Lookup(Term::Iri(vocab::VocabIri("Event")));
  auto name = store.Lookup(Term::Iri(std::string(vocab::kLabel)));
  auto alias = store.Lookup(Term::Iri(std::string(vocab::kAlias)));
  auto date = store.Lookup(Term::Iri(vocab::VocabIri("date")));
  for (const auto* r : {&type, &event, &name, &alias, &date}) {
    if (!r->ok()) return r->status();
  }
  if (*type != kNoTerm && *event != kNoTerm) {
    s.events = store.EstimateCount({kNoTerm, *type, *event});  // exact: a type's counter
  }
  s.entities = c.entities > s.events ? c.entities - s.events : 0;

  if (c.documents > 0) {  // only ingested text carries modality
    auto predicates = store.PredicateCounts();
    if (!predicates.ok()) return predicates.status();
    for (const auto& [predicate, count] : *predicates) {
      if (predicate == *type || predicate == *name || predicate == *alias) continue;
      auto cursor = store.Scan({kNoTerm, predicate, kNoTerm});
      for (; cursor->Valid(); cursor->Next()) {
        auto asserted = Asserted(store, cursor->Current());
        if (!asserted.ok()) return asserted.status();
        if (!*asserted) ++s.unasserted;
      }
      KG_RETURN_IF_ERROR(cursor->status());
    }
  }
  s.statements = c.statements - std::min(c.statements, s.unasserted);

  KG_RETURN_IF_ERROR(store.ForEachDocument([&](const DocumentRecord& d) {
    Widen(d.published, &s.first_published, &s.last_published);
    return true;
  }));
  if (*date != kNoTerm) {
    auto cursor = store.Scan({kNoTerm, *date, kNoTerm});
    for (; cursor->Valid(); cursor->Next()) {
      auto o = store.Resolve(cursor->Current().o);
      if (!o.ok()) return o.status();
      if (o->is_literal()) Widen(o->value, &s.first_event_date, &s.last_event_date);
    }
    KG_RETURN_IF_ERROR(cursor->status());
  }
  return s;
}

}  // namespace kg::graph
