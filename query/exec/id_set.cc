#include "query/exec/id_set.h"

namespace kg::query::exec {

IdSet::IdSet(const std::vector<graph::TermId>& ids) {
  size_t capacity = 16;
  while (capacity < 2 * ids.size()) capacity *= 2;
  slots_.assign(capacity, graph::kNoTerm);
  mask_ = capacity - 1;
  for (graph::TermId id : ids) {
    if (id == graph::kNoTerm) continue;
    size_t i = Home(id);
    while (slots_[i] != graph::kNoTerm && slots_[i] != id) i = (i + 1) & mask_;
    if (slots_[i] == graph::kNoTerm) {
      slots_[i] = id;
      ++size_;
    }
  }
}

}  // namespace kg::query::exec
