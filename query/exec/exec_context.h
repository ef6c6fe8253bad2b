// ExecContext: what every physical operator of one statement shares: the
// store, caches of resolved terms and of statement modality, the deadline
// (exec/deadline.h), and work counters. Throws ExecError on timeout or
// storage failure.
// Thread-safety: one statement, one thread.
#pragma once

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/store.h"
#include "query/exec/deadline.h"
#include "query/exec/exec_row.h"

namespace kg::query::exec {

class TypeMembers;

class ExecContext {
 public:
  // REQUIRES: store and deadline outlive the context.
  // `check_modality` false: every stored statement is a plain fact (the store
  // holds no documents, only imports), so Matchable need not read provenance.
  ExecContext(const graph::Store* store, Deadline* deadline, size_t num_slots, graph::TermId rdf_type,
              graph::TermId label, graph::TermId alias, bool check_modality = true);

  const graph::Store& store() const { return *store_; }
  size_t num_slots() const { return num_slots_; }

  // The term behind an id; an IRI "" term if unresolvable. The reference stays
  // valid for the context's life.
  const graph::Term& TermOf(graph::TermId id);
  // True when a plain pattern may match the statement: some provenance is
  // asserted or planned (CONTRACT.md section 4). Names and types always match.
  bool Matchable(const graph::StatementIds& st);
  // Throws ExecError(kTimeout) once the deadline passed, ExecError(kCancelled,
  // "interrupted") once the cancel flag is set; cheap to call often.
  void CheckDeadline() { deadline_->Check(); }

  graph::TermId rdf_type() const { return rdf_type_; }
  // The engine's in-memory type lists (may be null: then type tests read the store).
  TypeMembers* type_members() const { return type_members_; }
  void set_type_members(TypeMembers* members) { type_members_ = members; }
  // --max-memory: the bytes that operators keeping rows (ORDER BY, DISTINCT,
  // COUNT groups) hold, counted approximately (slots, statements and a fixed
  // overhead per entry; RowBytes). ChargeMemory throws ExecError(kCancelled)
  // once the statement's total passes the limit (0: none); an operator
  // releases what it held when it is opened again (inside an OPTIONAL).
  void set_memory_limit(uint64_t bytes) { memory_limit_ = bytes; }
  void ChargeMemory(uint64_t bytes);
  void ReleaseMemory(uint64_t bytes) { memory_held_ -= std::min(bytes, memory_held_); }
  uint64_t memory_held() const { return memory_held_; }
  static uint64_t RowBytes(const ExecRow& row);

  uint64_t scans() const { return scans_; }
  void CountScan() { ++scans_; }

 private:
  struct StHash {
    size_t operator()(const graph::StatementIds& s) const {
      return s.s * 0x9E3779B97F4A7C15ull ^ s.p * 0xC2B2AE3D27D4EB4Full ^ s.o;
    }
  };
  const graph::Store* store_;
  size_t num_slots_;
  graph::TermId rdf_type_, label_, alias_;
  bool check_modality_;
  Deadline* deadline_;
  TypeMembers* type_members_ = nullptr;
  uint64_t scans_ = 0;
  uint64_t memory_limit_ = 0, memory_held_ = 0;
  // Per-statement memos (complete: each entry is one whole read; they die
  // with the statement, so no invalidation is needed).
  std::unordered_map<graph::TermId, graph::Term> terms_;
  std::unordered_map<graph::StatementIds, bool, StHash> matchable_;
};

}  // namespace kg::query::exec
