#include "graph/term_memo.h"

namespace kg::graph {

size_t TermMemo::SlotOf(TermId id) {
  // Ids are hashes already; the multiply only guards against ids that share
  // their low bits (Fibonacci hashing, top bits).
  constexpr int kBits = 15;
  static_assert((size_t{1} << kBits) == kSlots);
  return static_cast<size_t>((id * 0x9E3779B97F4A7C15ull) >> (64 - kBits));
}

bool TermMemo::Get(TermId id, Term* term, std::string* label) const {
  std::lock_guard<std::mutex> lock(mu_);
  if (!slots_) return false;
  const Slot& s = slots_[SlotOf(id)];
  if (s.id != id || (term && !s.has_term) || (label && !s.has_label)) return false;
  if (term) *term = s.term;
  if (label) *label = s.label;
  return true;
}

void TermMemo::Put(TermId id, const Term* term, const std::string* label) {
  if (id == kNoTerm) return;
  std::lock_guard<std::mutex> lock(mu_);
  if (!slots_) slots_ = std::make_unique<Slot[]>(kSlots);
  Slot& s = slots_[SlotOf(id)];
  if (s.id != id) {
    s.id = id;
    s.has_term = s.has_label = false;
  }
  if (term) s.term = *term, s.has_term = true;
  if (label) s.label = *label, s.has_label = true;
}

}  // namespace kg::graph
