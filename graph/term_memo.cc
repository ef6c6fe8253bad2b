#include "graph/term_memo.h"

namespace kg::graph {

size_t TermMemo::SlotOf(TermId id) {
  // Ids are hashes already; the multiply only guards against ids that share
  // their low bits (Fibonacci hashing, top bits).
  return static_cast<size_t>((id * 0x9E3779B97F4A7C15ull) >> (64 - kSlotBits));
}

bool TermMemo::Get(TermId id, Term* term, std::string* label) const {
  std::lock_guard<std::mutex> lock(mu_);
  const size_t slot = SlotOf(id);
  if (!ids_ || ids_[slot] != id) return false;
  const Slot& s = pages_[slot >> kPageBits][slot & ((size_t{1} << kPageBits) - 1)];
  if ((term && !s.has_term) || (label && !s.has_label)) return false;
  if (term) *term = s.term;
  if (label) *label = s.label;
  return true;
}

void TermMemo::Put(TermId id, const Term* term, const std::string* label) {
  if (id == kNoTerm) return;
  std::lock_guard<std::mutex> lock(mu_);
  const size_t slot = SlotOf(id);
  if (!ids_) ids_ = std::make_unique<TermId[]>(kSlots);  // zeroed: kNoTerm
  auto& page = pages_[slot >> kPageBits];
  if (!page) page = std::make_unique<Slot[]>(size_t{1} << kPageBits);
  Slot& s = page[slot & ((size_t{1} << kPageBits) - 1)];
  if (ids_[slot] != id) {
    ids_[slot] = id;
    s.has_term = s.has_label = false;
  }
  if (term) s.term = *term, s.has_term = true;
  if (label) s.label = *label, s.has_label = true;
}

}  // namespace kg::graph
