// HTML articles, parsed with gumbo (a full HTML5 parser, so broken markup is
// repaired the way browsers repair it and entities are decoded).
// Thread-safety: pure functions.
#pragma once

#include <string_view>
#include <vector>

#include "loaders/boilerplate.h"
#include "loaders/raw_article.h"

namespace kg::loaders {

// Metadata: <title>, og:title, article:published_time, <time datetime>,
// og:url / canonical, author meta, og:site_name, and JSON-LD NewsArticle
// (headline, datePublished, author, publisher, url, articleBody) when present.
// Body: the largest <article> (else <main>, else <body>), without script,
// style, nav, header, footer, aside, forms, figures and elements whose
// class/id/role names comments, sharing, related links, menus and the like;
// its blocks go through the boilerplate cleaner.
RawArticle ReadHtml(std::string_view html);

// The text blocks of an HTML fragment (e.g. an HTML body inside JSON),
// before boilerplate cleaning.
std::vector<Block> HtmlToBlocks(std::string_view html);

}  // namespace kg::loaders
