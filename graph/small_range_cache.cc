#include "graph/small_range_cache.h"

namespace kg::graph {
namespace {
bool Same(const Pattern& a, const Pattern& b) { return a.s == b.s && a.p == b.p && a.o == b.o; }
bool Unbound(const Pattern& p) { return p.s == kNoTerm && p.p == kNoTerm && p.o == kNoTerm; }
}  // namespace

uint64_t SmallRangeCache::HashOf(const Pattern& p) {
  uint64_t h = p.s * 0x9E3779B97F4A7C15ull;
  h = (h ^ (h >> 29) ^ p.p) * 0xBF58476D1CE4E5B9ull;
  h = (h ^ (h >> 31) ^ p.o) * 0x94D049BB133111EBull;
  return h | 1;  // never 0, the empty tag
}

std::optional<std::vector<StatementIds>> SmallRangeCache::Get(const Pattern& pattern) const {
  if (Unbound(pattern)) return std::nullopt;
  const uint64_t hash = HashOf(pattern);
  const size_t slot = static_cast<size_t>(hash >> (64 - kSlotBits));
  std::lock_guard<std::mutex> lock(mu_);
  if (!tags_ || tags_[slot] != hash) return std::nullopt;
  const Slot& s = pages_[slot >> kPageBits][slot & ((size_t{1} << kPageBits) - 1)];
  if (!Same(s.pattern, pattern)) return std::nullopt;
  return std::vector<StatementIds>(s.statements.begin(), s.statements.begin() + s.size);
}

void SmallRangeCache::Put(const Pattern& pattern, const StatementIds* statements, size_t n) {
  if (Unbound(pattern) || n > kMaxStatements) return;
  const uint64_t hash = HashOf(pattern);
  const size_t slot = static_cast<size_t>(hash >> (64 - kSlotBits));
  std::lock_guard<std::mutex> lock(mu_);
  if (!tags_) tags_ = std::make_unique<uint64_t[]>(kSlots);  // zeroed: empty
  tags_[slot] = hash;
  auto& page = pages_[slot >> kPageBits];
  if (!page) page = std::make_unique<Slot[]>(size_t{1} << kPageBits);
  Slot& s = page[slot & ((size_t{1} << kPageBits) - 1)];
  s.pattern = pattern;
  s.size = static_cast<uint8_t>(n);
  std::copy(statements, statements + n, s.statements.begin());
}

}  // namespace kg::graph
