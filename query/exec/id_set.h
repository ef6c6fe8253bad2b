// IdSet: an immutable set of term ids for membership tests on a hot path.
// Open addressing with linear probing over a power-of-two table at most half
// full: a test reads one or two adjacent slots (a binary search over a sorted
// list of 100,000 ids made ~17 dependent cache misses). Ids are hashes already,
// so their bits index the table directly. kNoTerm marks an empty slot and is
// never a member. Thread-safety: const methods may run concurrently.
#pragma once

#include <cstdint>
#include <vector>

#include "graph/term.h"

namespace kg::query::exec {

class IdSet {
 public:
  IdSet() = default;
  // Duplicates and kNoTerm in `ids` are ignored.
  explicit IdSet(const std::vector<graph::TermId>& ids);

  bool Contains(graph::TermId id) const {
    if (id == graph::kNoTerm || slots_.empty()) return false;
    for (size_t i = Home(id);; i = (i + 1) & mask_) {
      if (slots_[i] == id) return true;
      if (slots_[i] == graph::kNoTerm) return false;
    }
  }
  // Starts loading the table slot `id` would probe (a hint; no effect on results).
  void Prefetch(graph::TermId id) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[Home(id)]);
  }
  size_t size() const { return size_; }

 private:
  size_t Home(graph::TermId id) const { return static_cast<size_t>(id ^ (id >> 32)) & mask_; }

  std::vector<graph::TermId> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace kg::query::exec
