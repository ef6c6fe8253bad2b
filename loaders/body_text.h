// Body fields from structured sources (JSON "text", JSON-LD articleBody):
// split into paragraphs whether they hold plain text or an HTML fragment.
// Thread-safety: pure function.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::loaders {

// HTML fragments (with <p>, <br> or closing tags) go through the HTML block
// splitter; plain text splits at blank lines, or at every line break when
// there are no blank lines. Paragraphs are not yet normalised.
std::vector<std::string> BodyParagraphs(std::string_view body);

// True when `s` looks like HTML markup rather than text.
bool LooksLikeHtml(std::string_view s);

}  // namespace kg::loaders
