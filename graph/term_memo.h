// TermMemo: a bounded memo of terms and labels by id, for read-only stores
// (their terms never change). Direct-mapped (graph/direct_mapped.h): each id
// has one slot and a newer id evicts the older, so a lookup costs one slot
// probe and memory stays bounded (kSlots slots, ~10 MB when all are used)
// however many ids a session touches. Thread-safe.
//
// Complete: each part (term, label) is flagged separately; Get answers only
// when every requested part was put, and a part is put only after a read that
// succeeded. Invalidation: none; used only by read-only stores, whose terms
// and labels never change; a newer id in the same slot evicts. KG_CHECK_CACHES
// builds compare every hit with a fresh read (graph/cache_check.h).
#pragma once

#include <mutex>
#include <string>

#include "graph/direct_mapped.h"
#include "graph/term.h"

namespace kg::graph {

class TermMemo {
 public:
  static constexpr int kSlotBits = 16;
  static constexpr size_t kSlots = size_t{1} << kSlotBits;

  // Fills each non-null output; true only if every requested part of `id`
  // is memoised (a miss leaves the outputs unspecified).
  bool Get(TermId id, Term* term, std::string* label) const;
  // Memoises the non-null parts for `id`, evicting another id in its slot.
  void Put(TermId id, const Term* term, const std::string* label);

 private:
  struct Slot {
    bool has_term = false, has_label = false;
    Term term;
    std::string label;
  };

  mutable std::mutex mu_;
  DirectMapped<Slot, kSlotBits> slots_;  // tagged by id (never kNoTerm)
};

}  // namespace kg::graph
