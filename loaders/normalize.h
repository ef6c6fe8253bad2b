// Character-level clean-up of extracted text, shared by every reader.
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>

namespace kg::loaders {

// One paragraph as stored: Unicode NFC; runs of white space (including NBSP,
// tabs and line breaks) become one space; zero-width characters, soft hyphens
// and other control characters are dropped; no leading or trailing space.
// REQUIRES: `s` is valid UTF-8.
std::string NormalizeParagraph(std::string_view s);

}  // namespace kg::loaders
