#include "loaders/content_hash.h"

namespace kg::loaders {
namespace {

// Reads 8 bytes little-endian whatever the host order, so ids are portable.
uint64_t Load64(const unsigned char* p) {
  uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = (v << 8) | p[i];
  return v;
}

}  // namespace

uint64_t Hash64(std::string_view data) {
  constexpr uint64_t kMul = 0xc6a4a7935bd1e995ULL;
  constexpr int kShift = 47;
  constexpr uint64_t kSeed = 0x6b67646f63ULL;  // "kgdoc"
  const auto* p = reinterpret_cast<const unsigned char*>(data.data());
  const size_t n = data.size();
  uint64_t h = kSeed ^ (n * kMul);
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t k = Load64(p + i);
    k *= kMul;
    k ^= k >> kShift;
    k *= kMul;
    h ^= k;
    h *= kMul;
  }
  const size_t rest = n - i;
  if (rest > 0) {
    uint64_t k = 0;
    for (size_t j = rest; j-- > 0;) k = (k << 8) | p[i + j];
    h ^= k;
    h *= kMul;
  }
  h ^= h >> kShift;
  h *= kMul;
  h ^= h >> kShift;
  return h;
}

std::string Hash64Hex(std::string_view data) {
  static constexpr char kHex[] = "0123456789abcdef";
  uint64_t h = Hash64(data);
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i) {
    out[static_cast<size_t>(i)] = kHex[h & 0xf];
    h >>= 4;
  }
  return out;
}

}  // namespace kg::loaders
