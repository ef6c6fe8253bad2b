#include "graph/small_range_cache.h"

#include <algorithm>

namespace kg::graph {
namespace {
bool Same(const Pattern& a, const Pattern& b) { return a.s == b.s && a.p == b.p && a.o == b.o; }
bool Unbound(const Pattern& p) { return p.s == kNoTerm && p.p == kNoTerm && p.o == kNoTerm; }
}  // namespace

uint64_t SmallRangeCache::TagOf(const Pattern& p) {
  uint64_t h = p.s * 0x9E3779B97F4A7C15ull;
  h = (h ^ (h >> 29) ^ p.p) * 0xBF58476D1CE4E5B9ull;
  h = (h ^ (h >> 31) ^ p.o) * 0x94D049BB133111EBull;
  return h | 1;  // never 0, the empty tag
}

std::optional<std::vector<StatementIds>> SmallRangeCache::Get(const Pattern& pattern) const {
  if (Unbound(pattern)) return std::nullopt;
  std::lock_guard<std::mutex> lock(mu_);
  const Slot* s = slots_.Find(TagOf(pattern));
  if (!s || !Same(s->pattern, pattern)) return std::nullopt;  // another pattern with the same tag
  return std::vector<StatementIds>(s->statements.begin(), s->statements.begin() + s->size);
}

void SmallRangeCache::Put(const Pattern& pattern, const StatementIds* statements, size_t n) {
  if (Unbound(pattern) || n > kMaxStatements) return;
  std::lock_guard<std::mutex> lock(mu_);
  Slot& s = slots_.Claim(TagOf(pattern));
  s.pattern = pattern;
  s.size = static_cast<uint8_t>(n);
  std::copy(statements, statements + n, s.statements.begin());
}

}  // namespace kg::graph
