#include "query/exec/exec_context.h"

namespace kg::query::exec {

ExecContext::ExecContext(const graph::Store* store, Deadline* deadline, size_t num_slots, graph::TermId rdf_type,
                         graph::TermId label, graph::TermId alias, bool check_modality)
    : store_(store),
      num_slots_(num_slots),
      rdf_type_(rdf_type),
      label_(label),
      alias_(alias),
      check_modality_(check_modality),
      deadline_(deadline) {}

const graph::Term& ExecContext::TermOf(graph::TermId id) {
  auto it = terms_.find(id);
  if (it != terms_.end()) return it->second;
  auto r = store_->Resolve(id);
  return terms_.emplace(id, r.ok() ? r.value() : graph::Term::Iri("")).first->second;
}

bool ExecContext::Matchable(const graph::StatementIds& st) {
  if (!check_modality_ || st.p == rdf_type_ || st.p == label_ || st.p == alias_) return true;
  auto it = matchable_.find(st);
  if (it != matchable_.end()) return it->second;
  bool ok = false;
  auto provenance = store_->ProvenanceOf(st);
  if (provenance.empty()) ok = true;  // no recorded support: treat as a plain fact
  for (const auto& p : provenance) {
    if (p.modality == graph::Modality::kAsserted || p.modality == graph::Modality::kPlanned) {
      ok = true;
      break;
    }
  }
  matchable_.emplace(st, ok);
  return ok;
}

}  // namespace kg::query::exec
