// JSON articles: one object, an array of objects, or JSON Lines.
// Thread-safety: pure functions.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "loaders/raw_article.h"
#include "util/status.h"

namespace kg::loaders {

// One JSON object -> article. Fields (first present wins):
//   body:      text, body, content, articleBody, article, story (string, list
//              of strings, or an HTML fragment)
//   title:     title, headline        date: date, published, datePublished, ...
//   url:       url, link, canonical   publisher: publisher, source, site (string or {name})
//   author:    author, authors, byline (string, {name} or a list)
// Errors: InvalidArgument "malformed JSON: ..." / "not a JSON object" /
// "no text, body or content field". Unreadable dates add a warning.
Result<RawArticle> ReadJsonArticle(std::string_view object_text, std::vector<std::string>* warnings);

// Calls fn(element, line) for each element of a top-level JSON array, or once
// for a lone value; `line` is the 1-based line where the element starts.
// Scans without building the whole document, so big arrays stay cheap.
// Errors: InvalidArgument "line N: unterminated array/string".
Status ForEachJsonElement(std::string_view text,
                          const std::function<void(std::string_view element, size_t line)>& fn);

}  // namespace kg::loaders
