// TypeMembers: the entities of each rdf:type, read once per engine and kept
// in memory as an IdSet, so a type test (`?p a Official` after ?p is bound) is
// a hash probe instead of a store read. Only for a store that cannot change
// under the engine (Store::snapshot()), and only for types of at most
// kMaxMembers entities (16-32 bytes each). A list is read only once the type's
// tests would have cost about as much as reading it (a store read per test
// against ~1/16 of that per listed entity), so a one-off query with a few type
// tests over a big type still makes a few point reads.
// Thread-safety: Has may be called concurrently (loads are serialised).
//
// Complete: a type's list is used only once a scan of all its rdf:type
// statements ended with an OK status (`listed`); a failed scan disables the
// list for good. Invalidation: none; the store is a snapshot, so the lists
// live as long as the engine. KG_CHECK_CACHES builds check every answer a list
// gives against the store (query/exec/physical_scan.cc).
#pragma once

#include <mutex>
#include <unordered_map>
#include <vector>

#include "graph/store.h"
#include "query/exec/id_set.h"

namespace kg::query::exec {

class TypeMembers {
 public:
  static constexpr uint64_t kMaxMembers = 4'000'000;

  // REQUIRES: store outlives this. `rdf_type`: the rdf:type predicate's id.
  TypeMembers(const graph::Store* store, graph::TermId rdf_type) : store_(store), rdf_type_(rdf_type) {}

  // 1 if `entity` has type `type`, 0 if not, -1 if this cache cannot tell
  // (a store that may change, a type with too many members, a list not worth
  // reading yet, a read error).
  int Has(graph::TermId entity, graph::TermId type);
  // The members of `type` for `tests` coming type tests, or nullptr when
  // this cache cannot tell (as Has's -1). The set stays valid as long as this.
  const IdSet* MembersOf(graph::TermId type, uint64_t tests);

 private:
  using Members = IdSet;
  struct Type {
    uint64_t size = 0;    // entities with the type (the store's exact counter)
    uint64_t tests = 0;   // tests answered by the store so far
    bool listed = false;  // `members` holds them all
    Members members;
  };

  const graph::Store* store_;
  graph::TermId rdf_type_;
  std::mutex mu_;
  std::unordered_map<graph::TermId, Type> by_type_;
};

}  // namespace kg::query::exec
