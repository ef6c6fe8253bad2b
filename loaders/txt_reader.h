// Plain-text and Markdown articles (pages saved as text): lines -> blocks ->
// the article, its title, date and byline.
// Thread-safety: pure functions.
#pragma once

#include <string_view>
#include <vector>

#include "loaders/boilerplate.h"
#include "loaders/raw_article.h"

namespace kg::loaders {

// Splits decoded text into blocks. One line is one block, except in
// hard-wrapped text (no line longer than ~100 characters, paragraphs spread
// over several lines), where a blank-line-separated paragraph is one block.
// Markdown is reduced to its text: headings set Block::heading, links keep
// their text (counted in link_density), images, emphasis marks, list and
// quote markers are dropped. Plain text gets the same treatment, which is
// harmless there. Bullet glyphs ("•", "-", "*") are removed.
std::vector<Block> TextToBlocks(std::string_view text);

// The article in a text page: FindArticle + DetectTitle/DetectPublished/
// DetectByline. Paragraphs are empty when the page holds no text.
RawArticle ReadText(std::string_view text);

}  // namespace kg::loaders
