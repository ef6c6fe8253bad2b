#include "graph/term_memo.h"

namespace kg::graph {

bool TermMemo::Get(TermId id, Term* term, std::string* label) const {
  if (id == kNoTerm) return false;
  std::lock_guard<std::mutex> lock(mu_);
  const Slot* s = slots_.Find(id);
  if (!s || (term && !s->has_term) || (label && !s->has_label)) return false;
  if (term) *term = s->term;
  if (label) *label = s->label;
  return true;
}

void TermMemo::Put(TermId id, const Term* term, const std::string* label) {
  if (id == kNoTerm) return;
  std::lock_guard<std::mutex> lock(mu_);
  Slot& s = slots_.Claim(id);
  if (term) s.term = *term, s.has_term = true;
  if (label) s.label = *label, s.has_label = true;
}

}  // namespace kg::graph
