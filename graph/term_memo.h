// TermMemo: a bounded memo of terms and labels by id, for read-only stores
// (their terms never change). Direct-mapped: each id has one slot and a newer
// id evicts the older, so a lookup costs one slot probe and memory stays
// bounded (kSlots slots, ~10 MB when all are used) however many ids a session
// touches. Slots are allocated a page at a time as ids land in them, so a
// short query pays only for the pages it touches. Thread-safe.
#pragma once

#include <array>
#include <memory>
#include <mutex>
#include <string>

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
  static constexpr int kPageBits = 8;
  static constexpr size_t kPages = kSlots >> kPageBits;
  static size_t SlotOf(TermId id);

  mutable std::mutex mu_;
  // The id in each slot (kNoTerm: empty), apart from the slots themselves:
  // a miss reads 8 bytes from a 512 KB array that stays in the CPU caches.
  std::unique_ptr<TermId[]> ids_;
  std::array<std::unique_ptr<Slot[]>, kPages> pages_;
};

}  // namespace kg::graph
