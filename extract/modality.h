// Modality and attribution of a predicate: whether the text asserts it,
// plans it ("will visit", "plans to travel", "is due to attend", "is
// planning a party"), negates it ("did not mention", "never met",
// "cancelled an appearance") or only supposes it ("could meet", "if he
// visits", "hopes to hold talks"), and whose word it is ("X said that ...",
// "according to X", "reportedly").
// Thread-safety: pure functions over a Context.
#pragma once

#include "extract/context.h"

namespace kg::extract {

// Qualifier for the predicate (verb or event noun) at token `anchor`.
Qualifier AssessModality(const Context& ctx, uint32_t anchor);

// True when a rule should not emit a fact with this qualifier as a plain fact.
inline bool IsHidden(const Qualifier& q) {
  return q.modality == graph::Modality::kNegated || q.modality == graph::Modality::kHypothetical;
}

}  // namespace kg::extract
