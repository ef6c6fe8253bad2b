// DirectMapped: the storage of a fixed-size direct-mapped cache (TermMemo,
// SmallRangeCache). A key's nonzero 64-bit tag picks its one slot; a newer
// tag evicts the older. The tags live in their own array (8 bytes per slot,
// allocated at the first Claim), so a miss reads only that array, small
// enough to stay in the CPU caches; slots are allocated a page at a time as
// tags land in them, so a short session pays only for the pages it touches.
// Not thread-safe: the owning cache locks around it.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>

namespace kg::graph {

template <typename Slot, int kSlotBits>
class DirectMapped {
 public:
  static constexpr size_t kSlots = size_t{1} << kSlotBits;

  // The slot holding `tag`, or null. REQUIRES: tag != 0.
  const Slot* Find(uint64_t tag) const {
    const size_t i = IndexOf(tag);
    if (!tags_ || tags_[i] != tag) return nullptr;
    return &pages_[i >> kPageBits][i & kPageMask];
  }
  // The slot for `tag`; reset to Slot{} when it held another tag (or none).
  // REQUIRES: tag != 0.
  Slot& Claim(uint64_t tag) {
    const size_t i = IndexOf(tag);
    if (!tags_) tags_ = std::make_unique<uint64_t[]>(kSlots);  // zeroed: empty
    auto& page = pages_[i >> kPageBits];
    if (!page) page = std::make_unique<Slot[]>(size_t{1} << kPageBits);
    Slot& slot = page[i & kPageMask];
    if (tags_[i] != tag) {
      tags_[i] = tag;
      slot = Slot{};
    }
    return slot;
  }

 private:
  static constexpr int kPageBits = 8;
  static constexpr size_t kPageMask = (size_t{1} << kPageBits) - 1;
  // Tags may be ids that share their low bits: Fibonacci hashing, top bits.
  static size_t IndexOf(uint64_t tag) { return static_cast<size_t>((tag * 0x9E3779B97F4A7C15ull) >> (64 - kSlotBits)); }

  std::unique_ptr<uint64_t[]> tags_;
  std::array<std::unique_ptr<Slot[]>, (kSlots >> kPageBits)> pages_;
};

}  // namespace kg::graph
