// TermMemo: a bounded memo of terms and labels by id, for read-only stores
// (their terms never change). Direct-mapped: each id has one slot and a newer
// id evicts the older, so a lookup costs one slot probe and memory stays fixed
// (kSlots slots, allocated at the first Put) however many ids a session
// touches. Thread-safe.
#pragma once

#include <memory>
#include <mutex>
#include <string>

#include "graph/term.h"

namespace kg::graph {

class TermMemo {
 public:
  static constexpr size_t kSlots = size_t{1} << 15;

  // Fills each non-null output; true only if every requested part of `id`
  // is memoised (a miss leaves the outputs unspecified).
  bool Get(TermId id, Term* term, std::string* label) const;
  // Memoises the non-null parts for `id`, evicting another id in its slot.
  void Put(TermId id, const Term* term, const std::string* label);

 private:
  struct Slot {
    TermId id = kNoTerm;
    bool has_term = false, has_label = false;
    Term term;
    std::string label;
  };
  static size_t SlotOf(TermId id);

  mutable std::mutex mu_;
  std::unique_ptr<Slot[]> slots_;
};

}  // namespace kg::graph
