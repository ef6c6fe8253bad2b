#include "loaders/text_decode.h"

#include <cstdint>

#include "util/text.h"

namespace kg::loaders {
namespace {


std::string DecodeUtf16(std::string_view b, bool big_endian) {
  std::string out;
  out.reserve(b.size());
  auto unit = [&](size_t i) -> uint32_t {
    auto hi = static_cast<unsigned char>(b[big_endian ? i : i + 1]);
    auto lo = static_cast<unsigned char>(b[big_endian ? i + 1 : i]);
    return (static_cast<uint32_t>(hi) << 8) | lo;
  };
  for (size_t i = 0; i + 1 < b.size(); i += 2) {
    uint32_t u = unit(i);
    if (u >= 0xD800 && u < 0xDC00 && i + 3 < b.size()) {
      uint32_t v = unit(i + 2);
      if (v >= 0xDC00 && v < 0xE000) {
        text::AppendUtf8(out, 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00));
        i += 2;
        continue;
      }
    }
    text::AppendUtf8(out, (u >= 0xD800 && u < 0xE000) ? 0xFFFD : u);
  }
  return out;
}

std::string NormalizeLineEnds(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

// The length a lead byte announces (0 for a byte that cannot start a sequence).
size_t SequenceLength(unsigned char c) {
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c < 0xE0) return 2;
  if (c >= 0xE0 && c < 0xF0) return 3;
  if (c >= 0xF0 && c < 0xF5) return 4;
  return 0;
}

// Counts well-formed multi-byte sequences; Windows-1252 text has none.
size_t CountMultibyte(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size();) {
    size_t len = SequenceLength(static_cast<unsigned char>(s[i]));
    if (len > 1 && i + len <= s.size() && text::IsValidUtf8(s.substr(i, len))) {
      ++n;
      i += len;
    } else {
      ++i;
    }
  }
  return n;
}

}  // namespace

std::string DecodeWindows1252(std::string_view bytes) {
  // 0x80..0x9F differ from Latin-1; 0 marks the five undefined bytes.
  static constexpr uint16_t kHigh[32] = {
      0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char ch : bytes) {
    auto c = static_cast<unsigned char>(ch);
    if (c < 0x80) {
      out.push_back(ch);
    } else if (c < 0xA0) {
      uint16_t cp = kHigh[c - 0x80];
      text::AppendUtf8(out, cp ? cp : 0xFFFD);
    } else {
      text::AppendUtf8(out, c);
    }
  }
  return out;
}

std::string BinaryReason(std::string_view bytes) {
  auto starts = [&](std::string_view magic) { return bytes.substr(0, magic.size()) == magic; };
  if (starts("%PDF-")) return "PDF document";
  if (starts("PK\x03\x04")) return "ZIP archive (e.g. .docx, .xlsx)";
  if (starts("\x1f\x8b")) return "gzip data";
  if (starts("\x89PNG") || starts("\xff\xd8\xff") || starts("GIF8")) return "image";
  if (starts("\x7f" "ELF")) return "executable";
  std::string_view head = bytes.substr(0, 65536);
  size_t controls = 0;
  for (char ch : head) {
    auto c = static_cast<unsigned char>(ch);
    if (c == 0) return "contains NUL bytes";
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b) ++controls;
  }
  if (!head.empty() && controls * 20 > head.size()) return "too many control characters";
  return "";
}

Result<std::string> DecodeText(std::string_view bytes, bool repair, std::vector<std::string>* warnings) {
  if (bytes.size() >= 2 && ((bytes[0] == '\xff' && bytes[1] == '\xfe') || (bytes[0] == '\xfe' && bytes[1] == '\xff'))) {
    bool big = bytes[0] == '\xfe';
    if (warnings) warnings->push_back(std::string("converted from UTF-16") + (big ? "BE" : "LE"));
    return DecodeText(DecodeUtf16(bytes.substr(2), big), repair, nullptr);
  }
  if (bytes.substr(0, 3) == "\xef\xbb\xbf") bytes.remove_prefix(3);
  if (text::Trim(bytes).empty()) return Status::InvalidArgument("empty file");
  if (std::string why = BinaryReason(bytes); !why.empty()) {
    return Status::InvalidArgument("binary file (" + why + "), not an article");
  }
  if (text::IsValidUtf8(bytes)) return NormalizeLineEnds(bytes);
  if (CountMultibyte(bytes) == 0) {
    if (warnings) warnings->push_back("not UTF-8; decoded as Windows-1252");
    return NormalizeLineEnds(DecodeWindows1252(bytes));
  }
  if (!repair) {
    size_t at = 0;
    while (at < bytes.size()) {
      size_t len = SequenceLength(static_cast<unsigned char>(bytes[at]));
      if (len == 0 || at + len > bytes.size() || !text::IsValidUtf8(bytes.substr(at, len))) break;
      at += len;
    }
    return Status::InvalidArgument("invalid UTF-8 at byte " + std::to_string(at));
  }
  size_t replaced = 0;
  std::string fixed = text::RepairUtf8(bytes, &replaced);
  if (warnings) {
    warnings->push_back("invalid UTF-8: " + std::to_string(replaced) +
                        " byte(s) replaced with U+FFFD");
  }
  return NormalizeLineEnds(fixed);
}

}  // namespace kg::loaders
