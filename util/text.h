// Text helpers shared by every layer: UTF-8 validation and repair, name keys
// for alias matching, and slugs for entity identifiers.
// Thread-safety: pure functions, safe from any thread.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kg::text {

// True when `s` is well-formed UTF-8.
bool IsValidUtf8(std::string_view s);

// Returns `s` with every ill-formed byte sequence replaced by U+FFFD.
// `replaced` (optional) receives how many replacements were made.
std::string RepairUtf8(std::string_view s, size_t* replaced = nullptr);

// The key two names share when a user would call them the same:
// case-folded, accents stripped (NFKD, combining marks dropped), curly quotes
// made straight, and every character that is not a letter or digit removed.
// "Lee Hye-jin", "lee hye jin" and "LEE HYE JIN" all give "leehyejin".
std::string NameKey(std::string_view name);

// A lower-case ASCII slug for identifiers: accents stripped, runs of other
// characters collapsed to one '-', no leading or trailing '-'.
// "Lee Hye Jin" -> "lee-hye-jin". Never empty: returns "x" for an empty input.
std::string Slug(std::string_view name);

// Appends code point `cp` as UTF-8; surrogates, NUL and values past U+10FFFF
// become U+FFFD.
void AppendUtf8(std::string& out, uint32_t cp);

// Decodes the code point at s[*i] and moves *i past it; an ill-formed byte
// gives U+FFFD and moves one byte. Requires *i < s.size().
uint32_t NextCodePoint(std::string_view s, size_t* i);

// The word-shape class of a code point, in any script: 'X' for an upper- or
// title-case letter, 'x' for any other letter, 'd' for a decimal digit, 0
// otherwise. ("Łódź" starts with 'X' as "Lodz" does.)
char LetterClass(uint32_t cp);

// LetterClass of the first character of `s` (0 when `s` is empty).
char FirstLetterClass(std::string_view s);

// Whether the first character of `s` is an upper- or title-case letter.
bool StartsUpper(std::string_view s);

// Lower-cases A-Z only, leaving every other byte as it is (for English
// lexicon look-ups on token forms).
std::string AsciiLower(std::string_view s);

// Lower-cases ASCII and Unicode letters (utf8proc case folding).
std::string Fold(std::string_view s);

// Trims ASCII and Unicode white space from both ends.
std::string_view Trim(std::string_view s);

}  // namespace kg::text
