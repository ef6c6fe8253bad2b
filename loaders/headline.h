// Title, dateline and byline detection for pages saved as text, where no
// markup says which line is which. Works on the blocks before the article
// that FindArticle (loaders/boilerplate.h) chose.
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <vector>

#include "loaders/boilerplate.h"

namespace kg::loaders {

// The headline: a level-1 heading before the article; else a headline-shaped
// line (3-25 words, no final full stop, no date or photo credit) that the
// page repeats before the article; else the first headline-shaped line above
// the article that is not a teaser of another story (a headline followed by
// a short blurb and another headline and blurb). Returns the block index, or
// -1 when none (the page starts with the article).
int DetectTitle(const std::vector<Block>& blocks, const ArticleRegion& region);

// The publication date as ISO: the first dateline before the article, else
// the first date in a non-article line before it (a caption), else "".
// `title` is DetectTitle's answer (-1 = none): a dateline kept apart from the
// headline by other blocks is the page's, and yields to the article's own
// lead date when that is more than a week earlier.
std::string DetectPublished(const std::vector<Block>& blocks, const ArticleRegion& region, int title = -1);

// A "By Jane Doe[, Publisher]" line before the article or as its first line:
// sets *author (and *publisher when given) and returns its block index, or -1.
int DetectByline(const std::vector<Block>& blocks, const ArticleRegion& region, std::string* author,
                 std::string* publisher);

}  // namespace kg::loaders
