// The boilerplate cleaner: finds the article among the blocks of a saved page
// (teasers of other stories, captions, navigation, calls to action, author
// bios) by general evidence (sentence shape, length, link density, position,
// repetition) rather than by lists of known strings.
// Thread-safety: pure functions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kg::loaders {

// One paragraph-like unit of a page, in reading order.
struct Block {
  std::string text;          // normalised (loaders/normalize.h), never empty
  double link_density = 0;   // share of `text` that sat inside links, 0..1
  int heading = 0;           // 1..6 when marked up as a heading, else 0
  bool list_item = false;    // was marked up as a list item (<li>, "- ", "1. ", "•")
};

struct ArticleRegion {
  std::vector<size_t> body;  // indices of the blocks that are the article, ascending
  size_t first() const { return body.empty() ? 0 : body.front(); }
};

// Picks the article: the longest stretch of prose blocks, joined across a
// single non-prose line (a subheading, an inline link) when both sides are
// substantial, then trimmed of a trailing author bio and of calls to action,
// and of blocks repeating an earlier block. When no block reads as prose
// (notes, a list, a one-liner), every non-repeated block of 4+ words is the body.
ArticleRegion FindArticle(const std::vector<Block>& blocks);

// --- evidence, shared with the title/date detectors ---

// Number of words (runs of non-space holding a letter or digit).
size_t WordCount(std::string_view text);
// Ends like a sentence: . ! ? or an ellipsis, before closing quotes/brackets.
bool EndsSentence(std::string_view text);
// Reads as running text: 5+ words ending like a sentence (or 40+ words),
// not a heading, mostly not links; a short question or exclamation (up to
// 12 words) reads as a headline instead. A list item of 5+ words that is not
// in Title Case counts as running text too (lists inside articles).
bool LooksLikeProse(const Block& block);
// A lead paragraph printed without its full stop (a standfirst): 8+ words
// in sentence case, no date, no photo credit, not a heading.
bool LooksLikeStandfirst(const Block& block);
// "Sign up for our newsletter", "Follow X on Twitter", "Read the full article here".
bool LooksLikeCallToAction(std::string_view text);
// "Jane Doe is a correspondent based in Lisbon. She previously ...".
bool LooksLikeAuthorBio(std::string_view text);
// The comparison key for repetition: case-folded letters and digits only.
std::string RepeatKey(std::string_view text);

}  // namespace kg::loaders
