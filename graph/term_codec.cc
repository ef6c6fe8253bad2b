#include "graph/term_codec.h"

#include <cstring>

#include "graph/format.h"

namespace kg::graph {
namespace {
constexpr uint64_t kTermSeed = 0x6b677465726d3031ULL;  // "kgterm01"
}  // namespace

uint64_t Hash64(std::string_view data, uint64_t seed) {
  // MurmurHash64A (Austin Appleby, public domain), little-endian reads made explicit.
  const uint64_t m = 0xc6a4a7935bd1e995ULL;
  const int r = 47;
  const size_t len = data.size();
  uint64_t h = seed ^ (len * m);
  const auto* p = reinterpret_cast<const unsigned char*>(data.data());
  size_t blocks = len / 8;
  for (size_t i = 0; i < blocks; ++i, p += 8) {
    uint64_t k = 0;
    for (int b = 7; b >= 0; --b) k = (k << 8) | p[b];
    k *= m;
    k ^= k >> r;
    k *= m;
    h ^= k;
    h *= m;
  }
  switch (len & 7) {
    case 7: h ^= uint64_t(p[6]) << 48; [[fallthrough]];
    case 6: h ^= uint64_t(p[5]) << 40; [[fallthrough]];
    case 5: h ^= uint64_t(p[4]) << 32; [[fallthrough]];
    case 4: h ^= uint64_t(p[3]) << 24; [[fallthrough]];
    case 3: h ^= uint64_t(p[2]) << 16; [[fallthrough]];
    case 2: h ^= uint64_t(p[1]) << 8; [[fallthrough]];
    case 1: h ^= uint64_t(p[0]); h *= m;
  }
  h ^= h >> r;
  h *= m;
  h ^= h >> r;
  return h;
}

void EncodeTermTo(const Term& t, std::string* dst) {
  dst->push_back(static_cast<char>(t.kind));
  format::PutLengthPrefixed(dst, t.value);
  format::PutLengthPrefixed(dst, t.lang);
  format::PutLengthPrefixed(dst, t.datatype);
}

std::string EncodeTerm(const Term& t) {
  std::string s;
  s.reserve(t.value.size() + t.lang.size() + t.datatype.size() + 4);
  EncodeTermTo(t, &s);
  return s;
}

bool DecodeTerm(std::string_view bytes, Term* t) {
  if (bytes.empty()) return false;
  uint8_t kind = static_cast<uint8_t>(bytes[0]);
  if (kind < 1 || kind > 6) return false;
  t->kind = static_cast<TermKind>(kind);
  const char* p = bytes.data() + 1;
  const char* end = bytes.data() + bytes.size();
  return format::GetLengthPrefixed(&p, end, &t->value) && format::GetLengthPrefixed(&p, end, &t->lang) &&
         format::GetLengthPrefixed(&p, end, &t->datatype) && p == end;
}

TermId TermIdOfEncoded(std::string_view encoded) {
  TermId id = Hash64(encoded, kTermSeed);
  return id == kNoTerm ? 1 : id;
}

TermId TermIdOf(const Term& t) { return TermIdOfEncoded(EncodeTerm(t)); }

}  // namespace kg::graph
