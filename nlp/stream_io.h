// Length-prefixed strings on binary streams, for the model files written with
// std::ostream (parser, NER, word classes): a u32 length in host order, then
// the bytes. Readers cap the length so a corrupt file cannot ask for gigabytes.
#pragma once

#include <cstdint>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>

namespace kg::nlp {

inline void PutString(std::ostream& out, std::string_view s) {
  const uint32_t len = static_cast<uint32_t>(s.size());
  out.write(reinterpret_cast<const char*>(&len), sizeof(len));
  out.write(s.data(), len);
}

// False on a short read or a length above `max_len`.
inline bool GetString(std::istream& in, std::string* s, uint32_t max_len) {
  uint32_t len = 0;
  if (!in.read(reinterpret_cast<char*>(&len), sizeof(len)) || len > max_len) return false;
  s->resize(len);
  return static_cast<bool>(in.read(s->data(), len));
}

}  // namespace kg::nlp
