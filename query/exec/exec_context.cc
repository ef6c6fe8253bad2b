#include "query/exec/exec_context.h"

#include <cstdio>
#include <string>

#include "query/query_error.h"

namespace kg::query::exec {

ExecContext::ExecContext(const graph::Store* store, Deadline* deadline, size_t num_slots,
                         graph::TermId rdf_type, graph::TermId label, graph::TermId alias,
                         bool check_modality)
    : store_(store),
      num_slots_(num_slots),
      rdf_type_(rdf_type),
      label_(label),
      alias_(alias),
      check_modality_(check_modality),
      deadline_(deadline) {}

void ExecContext::ChargeMemory(uint64_t bytes) {
  memory_held_ += bytes;
  if (memory_limit_ == 0 || memory_held_ <= memory_limit_) return;
  char mb[32];
  std::snprintf(mb, sizeof mb, "%g", static_cast<double>(memory_limit_) / (1 << 20));
  std::string message = "query stopped: its intermediate results passed ";
  message.append(mb).append(" MB (--max-memory); add LIMIT, narrow the patterns or raise --max-memory");
  throw ExecError(Status::Code::kCancelled, message);
}

uint64_t ExecContext::RowBytes(const ExecRow& row) {
  constexpr uint64_t kEntryOverhead = 64;  // a map or vector entry's node and bookkeeping
  return sizeof(ExecRow) + kEntryOverhead + row.slots.size() * sizeof(Slot) +
         (row.used.size() + row.used_by_types.size()) * sizeof(graph::StatementIds) + row.computed.size() / 8;
}

const graph::Term& ExecContext::TermOf(graph::TermId id) {
  auto it = terms_.find(id);
  if (it != terms_.end()) return it->second;
  return terms_.emplace(id, ReadOrThrow(store_->Resolve(id))).first->second;
}

bool ExecContext::Matchable(const graph::StatementIds& st) {
  if (!check_modality_ || st.p == rdf_type_ || st.p == label_ || st.p == alias_) return true;
  auto it = matchable_.find(st);
  if (it != matchable_.end()) return it->second;
  bool ok = false;
  auto provenance = ReadOrThrow(store_->ProvenanceOf(st));
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
