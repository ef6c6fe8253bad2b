// SmallRangeCache: the statements of recently scanned small ranges (at most
// kMaxStatements), for read-only stores (their content never changes). A
// session that comes back to the same entities (the nationality of each
// attendee, an event's date) reads those ranges from memory instead of seeking
// the index again. Direct-mapped like TermMemo (graph/direct_mapped.h): each
// pattern has one slot, a newer pattern evicts the older, memory is bounded
// (kSlots slots of ~100 bytes). Thread-safe.
//
// Complete: a range is put only by a scan cursor that read it to its end with
// an OK status; a cursor destroyed early, one that skipped (SkipSame) or one
// that saw more than kMaxStatements puts nothing. Invalidation: none; valid
// only for stores whose content never changes (read-only RocksStore); a newer
// pattern in the same slot evicts. KG_CHECK_CACHES builds compare every hit
// with a fresh scan (graph/cache_check.h).
#pragma once

#include <array>
#include <mutex>
#include <optional>
#include <vector>

#include "graph/direct_mapped.h"
#include "graph/statement.h"
#include "graph/store.h"

namespace kg::graph {

class SmallRangeCache {
 public:
  static constexpr int kSlotBits = 15;
  static constexpr size_t kSlots = size_t{1} << kSlotBits;
  static constexpr size_t kMaxStatements = 3;

  // The statements of `pattern` in index order, if cached.
  std::optional<std::vector<StatementIds>> Get(const Pattern& pattern) const;
  // Caches all of `pattern`'s statements (`n` of them, in index order) if
  // n <= kMaxStatements. The all-unbound pattern is never cached.
  void Put(const Pattern& pattern, const StatementIds* statements, size_t n);

 private:
  struct Slot {
    Pattern pattern;
    uint8_t size = 0;
    std::array<StatementIds, kMaxStatements> statements;
  };
  static uint64_t TagOf(const Pattern& p);

  mutable std::mutex mu_;
  DirectMapped<Slot, kSlotBits> slots_;  // tagged by a hash of the pattern
};

}  // namespace kg::graph
