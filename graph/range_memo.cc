#include "graph/range_memo.h"

namespace kg::graph {
namespace {
bool Same(const Pattern& a, const Pattern& b) { return a.s == b.s && a.p == b.p && a.o == b.o; }
}  // namespace

std::optional<std::vector<StatementIds>> RangeMemo::Get(const Pattern& pattern) const {
  std::lock_guard<std::mutex> lock(mu_);
  for (const Entry& e : entries_) {
    if (e.used && Same(e.pattern, pattern)) return e.statements;
  }
  return std::nullopt;
}

void RangeMemo::Put(const Pattern& pattern, std::vector<StatementIds> statements) {
  if (statements.size() > kMaxStatements) return;
  std::lock_guard<std::mutex> lock(mu_);
  for (Entry& e : entries_) {
    if (e.used && Same(e.pattern, pattern)) return;
  }
  Entry& e = entries_[next_];
  next_ = (next_ + 1) % kEntries;
  e.used = true;
  e.pattern = pattern;
  e.statements = std::move(statements);
}

}  // namespace kg::graph
