// TypeMembers: the entities of each rdf:type, read once per engine and kept
// sorted in memory, so a type test (`?p a Official` after ?p is bound) is a
// binary search instead of a store read. Only for a store that cannot change
// under the engine (Store::snapshot()), and only for types of at most
// kMaxMembers entities (8 bytes each).
// Thread-safety: Has may be called concurrently (loads are serialised).
#pragma once

#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "graph/store.h"

namespace kg::query::exec {

class TypeMembers {
 public:
  static constexpr uint64_t kMaxMembers = 4'000'000;

  // REQUIRES: store outlives this. `rdf_type`: the rdf:type predicate's id.
  TypeMembers(const graph::Store* store, graph::TermId rdf_type) : store_(store), rdf_type_(rdf_type) {}

  // 1 if `entity` has type `type`, 0 if not, -1 if this cache cannot tell
  // (a store that may change, a type with too many members, a read error).
  int Has(graph::TermId entity, graph::TermId type);

 private:
  using Members = std::vector<graph::TermId>;  // sorted
  const Members* Load(graph::TermId type);

  const graph::Store* store_;
  graph::TermId rdf_type_;
  std::mutex mu_;
  std::unordered_map<graph::TermId, std::unique_ptr<Members>> by_type_;  // null: not cacheable
};

}  // namespace kg::query::exec
