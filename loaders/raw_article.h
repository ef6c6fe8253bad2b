// RawArticle: what a format reader found, before it becomes a DocumentRecord.
// Thread-safety: value type.
#pragma once

#include <string>
#include <vector>

namespace kg::loaders {

struct RawArticle {
  std::string title;
  std::string published;  // ISO YYYY-MM-DD or ""
  std::string url;
  std::string publisher;
  std::string author;
  std::vector<std::string> paragraphs;  // body, in order; normalised by BuildDocument
};

}  // namespace kg::loaders
