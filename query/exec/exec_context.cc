#include "query/exec/exec_context.h"

#include <cstdio>

#include "query/query_error.h"

namespace kg::query::exec {

ExecContext::ExecContext(const graph::Store* store, double timeout_seconds, size_t num_slots,
                         graph::TermId rdf_type, graph::TermId label, graph::TermId alias, bool check_modality)
    : store_(store),
      num_slots_(num_slots),
      rdf_type_(rdf_type),
      label_(label),
      alias_(alias),
      check_modality_(check_modality),
      has_deadline_(timeout_seconds > 0),
      timeout_seconds_(timeout_seconds) {
  if (has_deadline_) {
    deadline_ = std::chrono::steady_clock::now() +
                std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                    std::chrono::duration<double>(timeout_seconds));
  }
}

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

void ExecContext::CheckDeadline() {
  if ((!has_deadline_ && cancel_ == nullptr) || (tick_++ & 255) != 0) return;  // the first call checks
  if (cancel_ != nullptr && cancel_->load(std::memory_order_relaxed)) {
    throw ExecError(Status::Code::kCancelled, "interrupted");
  }
  if (has_deadline_ && std::chrono::steady_clock::now() > deadline_) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%g", timeout_seconds_);
    throw ExecError(Status::Code::kTimeout,
                    std::string("query stopped: it ran longer than ") + buf + " s (--timeout)");
  }
}

}  // namespace kg::query::exec
