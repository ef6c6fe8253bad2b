#include "util/text.h"

#include <utf8proc.h>

#include <cstdlib>

namespace kg::text {
namespace {

// Decodes one code point at s[i]; returns its length or -1 when ill-formed.
int DecodeOne(std::string_view s, size_t i, int32_t* cp) {
  auto len = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                              static_cast<utf8proc_ssize_t>(s.size() - i), cp);
  return len < 0 ? -1 : static_cast<int>(len);
}

void Append(std::string& out, int32_t cp) {
  utf8proc_uint8_t buf[4];
  auto n = utf8proc_encode_char(cp, buf);
  out.append(reinterpret_cast<char*>(buf), static_cast<size_t>(n));
}

// NFKD + case fold + strip marks; returns the transformed string (or the input on failure).
std::string Decompose(std::string_view s, bool fold) {
  utf8proc_uint8_t* out = nullptr;
  int options = UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK;
  if (fold) options |= UTF8PROC_CASEFOLD;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                        static_cast<utf8proc_ssize_t>(s.size()), &out,
                        static_cast<utf8proc_option_t>(options));
  if (n < 0) return std::string(s);
  std::string r(reinterpret_cast<char*>(out), static_cast<size_t>(n));
  std::free(out);
  return r;
}

bool IsLetterOrDigit(int32_t cp) {
  auto cat = utf8proc_category(cp);
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
         (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
}

}  // namespace

uint32_t NextCodePoint(std::string_view s, size_t* i) {
  int32_t cp = 0;
  const int len = DecodeOne(s, *i, &cp);
  if (len <= 0) {
    ++*i;
    return 0xFFFD;
  }
  *i += static_cast<size_t>(len);
  return static_cast<uint32_t>(cp);
}

char LetterClass(uint32_t cp) {
  if (cp < 0x80) {
    if (cp >= 'A' && cp <= 'Z') return 'X';
    if (cp >= 'a' && cp <= 'z') return 'x';
    return cp >= '0' && cp <= '9' ? 'd' : 0;
  }
  const auto cat = utf8proc_category(static_cast<int32_t>(cp));
  if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT) return 'X';
  if (cat >= UTF8PROC_CATEGORY_LL && cat <= UTF8PROC_CATEGORY_LO) return 'x';
  return cat == UTF8PROC_CATEGORY_ND ? 'd' : 0;
}

char FirstLetterClass(std::string_view s) {
  if (s.empty()) return 0;
  size_t i = 0;
  return LetterClass(NextCodePoint(s, &i));
}

bool StartsUpper(std::string_view s) { return FirstLetterClass(s) == 'X'; }

bool IsValidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) { ++i; continue; }
    int32_t cp;
    int len = DecodeOne(s, i, &cp);
    if (len <= 0) return false;
    i += static_cast<size_t>(len);
  }
  return true;
}

std::string RepairUtf8(std::string_view s, size_t* replaced) {
  std::string out;
  out.reserve(s.size());
  size_t count = 0;
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) { out.push_back(s[i]); ++i; continue; }
    int32_t cp;
    int len = DecodeOne(s, i, &cp);
    if (len <= 0) {
      Append(out, 0xFFFD);
      ++count;
      ++i;
    } else {
      out.append(s.substr(i, static_cast<size_t>(len)));
      i += static_cast<size_t>(len);
    }
  }
  if (replaced) *replaced = count;
  return out;
}

std::string NameKey(std::string_view name) {
  std::string d = Decompose(RepairUtf8(name), /*fold=*/true);
  std::string out;
  for (size_t i = 0; i < d.size();) {
    int32_t cp;
    int len = DecodeOne(d, i, &cp);
    if (len <= 0) { ++i; continue; }
    i += static_cast<size_t>(len);
    if (IsLetterOrDigit(cp)) Append(out, cp);
  }
  return out;
}

std::string Slug(std::string_view name) {
  std::string d = Decompose(RepairUtf8(name), /*fold=*/true);
  std::string out;
  bool dash = false;
  for (unsigned char c : d) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (dash && !out.empty()) out.push_back('-');
      out.push_back(static_cast<char>(c));
      dash = false;
    } else {
      dash = true;
    }
  }
  return out.empty() ? "x" : out;
}

void AppendUtf8(std::string& out, uint32_t cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000)) cp = 0xFFFD;
  Append(out, static_cast<int32_t>(cp));
}

std::string AsciiLower(std::string_view s) {
  std::string r(s);
  for (char& c : r) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return r;
}

std::string Fold(std::string_view s) {
  utf8proc_uint8_t* out = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                        static_cast<utf8proc_ssize_t>(s.size()), &out,
                        static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE));
  if (n < 0) return std::string(s);
  std::string r(reinterpret_cast<char*>(out), static_cast<size_t>(n));
  std::free(out);
  return r;
}

std::string_view Trim(std::string_view s) {
  auto is_space_at = [&](size_t i, int* len) {
    int32_t cp;
    *len = DecodeOne(s, i, &cp);
    if (*len <= 0) { *len = 1; return false; }
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS || cp == '\t' || cp == '\n' ||
           cp == '\r' || cp == '\f' || cp == '\v';
  };
  size_t b = 0;
  while (b < s.size()) {
    int len;
    if (!is_space_at(b, &len)) break;
    b += static_cast<size_t>(len);
  }
  size_t e = s.size();
  while (e > b) {
    size_t start = e - 1;
    while (start > b && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    int len;
    if (!is_space_at(start, &len)) break;
    e = start;
  }
  return s.substr(b, e - b);
}

}  // namespace kg::text
