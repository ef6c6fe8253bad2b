// ExecRow: a row in flight between physical operators: one slot per variable
// (a TermId, an inline number for COUNT results, or 0 when unbound) and the
// stored statements that produced it (for CITE and modality), those of type
// tests apart so plain CITE can leave them out.
// Thread-safety: value type.
#pragma once

#include <cstdint>
#include <vector>

#include "graph/statement.h"

namespace kg::query::exec {

using Slot = uint64_t;  // a TermId, or a computed number when the row marks it so
constexpr Slot kUnbound = 0;

struct ExecRow {
  std::vector<Slot> slots;
  std::vector<graph::StatementIds> used;            // by triple patterns: cited under CITE
  std::vector<graph::StatementIds> used_by_types;   // by type tests: cited only under CITE ALL
  // Slots holding computed numbers (COUNT results) rather than TermIds; empty
  // when the row has none. Store ids use all 64 bits, so no tag bit is free.
  std::vector<bool> computed;

  bool IsComputed(size_t slot) const { return slot < computed.size() && computed[slot]; }
  void SetComputed(size_t slot, uint64_t value) {
    if (computed.size() < slots.size()) computed.resize(slots.size(), false);
    computed[slot] = true;
    slots[slot] = value;
  }
};

}  // namespace kg::query::exec
