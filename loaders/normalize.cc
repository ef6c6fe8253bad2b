#include "loaders/normalize.h"

#include <utf8proc.h>

#include <cstdlib>

namespace kg::loaders {
namespace {

bool IsSpace(int32_t cp) {
  if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v') return true;
  if (cp == 0x85 || cp == 0xA0 || cp == 0x1680 || cp == 0x2028 || cp == 0x2029 || cp == 0x202F ||
      cp == 0x205F || cp == 0x3000) {
    return true;
  }
  return cp >= 0x2000 && cp <= 0x200A;
}

bool IsDropped(int32_t cp) {
  if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return true;  // controls (white space handled first)
  return cp == 0xAD || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF;
}

}  // namespace

std::string NormalizeParagraph(std::string_view s) {
  std::string spaced;
  spaced.reserve(s.size());
  bool pending_space = false;
  bool ascii_only = true;
  for (size_t i = 0; i < s.size();) {
    int32_t cp = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                              static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {  // not expected (input is valid); keep going safely
      ++i;
      continue;
    }
    size_t len = static_cast<size_t>(n);
    if (IsSpace(cp)) {
      pending_space = !spaced.empty();
    } else if (!IsDropped(cp)) {
      if (pending_space) spaced.push_back(' ');
      pending_space = false;
      spaced.append(s.substr(i, len));
      if (cp >= 0x80) ascii_only = false;
    }
    i += len;
  }
  if (ascii_only) return spaced;
  utf8proc_uint8_t* out = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(spaced.data()),
                        static_cast<utf8proc_ssize_t>(spaced.size()), &out,
                        static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (n < 0) return spaced;
  std::string r(reinterpret_cast<char*>(out), static_cast<size_t>(n));
  std::free(out);
  return r;
}

}  // namespace kg::loaders
