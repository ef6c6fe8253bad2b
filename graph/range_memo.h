// RangeMemo: the statements of the last few small pattern ranges a read-only
// store counted. The planner counts a constant pattern's range (EstimateCount)
// and the executor then scans the same range: with the memo the scan reads
// the statements back instead of seeking the index again (on a 10M-statement
// store a seek is a few microseconds, a join query a few dozen). Only ranges of
// at most kMaxStatements are kept, kEntries of them, the oldest replaced
// first. Thread-safe.
//
// Complete: an entry is always a WHOLE range: the caller puts only a range it
// read to its end with an OK status (EstimateCount stops counting after ~1,000
// statements; that prefix must never be put: issue 18). Invalidation: none;
// valid only for stores whose content never changes (read-only RocksStore),
// entries are only evicted. KG_CHECK_CACHES builds compare every hit with a
// fresh scan (graph/cache_check.h).
#pragma once

#include <array>
#include <mutex>
#include <optional>
#include <vector>

#include "graph/statement.h"
#include "graph/store.h"

namespace kg::graph {

class RangeMemo {
 public:
  static constexpr size_t kEntries = 16;
  static constexpr size_t kMaxStatements = 1024;

  // The statements of `pattern` in index order, if memoised.
  std::optional<std::vector<StatementIds>> Get(const Pattern& pattern) const;
  // Keeps `statements` if small enough. REQUIRES: they are all of the range,
  // in index order (a prefix would stand for the whole range in later scans).
  void Put(const Pattern& pattern, std::vector<StatementIds> statements);

 private:
  struct Entry {
    bool used = false;
    Pattern pattern;
    std::vector<StatementIds> statements;
  };
  mutable std::mutex mu_;
  std::array<Entry, kEntries> entries_;
  size_t next_ = 0;  // the slot Put fills next (oldest first)
};

// A cursor over statements already in memory.
class VectorCursor : public StatementCursor {
 public:
  explicit VectorCursor(std::vector<StatementIds> statements) : statements_(std::move(statements)) {}
  bool Valid() const override { return i_ < statements_.size(); }
  StatementIds Current() const override { return statements_[i_]; }
  void Next() override { ++i_; }
  Status status() const override { return Status::Ok(); }

 private:
  std::vector<StatementIds> statements_;
  size_t i_ = 0;
};

}  // namespace kg::graph
