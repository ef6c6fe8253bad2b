#include "loaders/document_builder.h"

#include "loaders/content_hash.h"
#include "loaders/normalize.h"

namespace kg::loaders {

Result<graph::DocumentRecord> BuildDocument(RawArticle article, std::string source) {
  graph::DocumentRecord doc;
  for (const std::string& p : article.paragraphs) {
    std::string clean = NormalizeParagraph(p);
    if (clean.empty()) continue;
    if (!doc.text.empty()) doc.text += "\n\n";
    auto start = static_cast<uint32_t>(doc.text.size());
    doc.text += clean;
    doc.paragraphs.emplace_back(start, static_cast<uint32_t>(doc.text.size()));
  }
  if (doc.text.empty()) return Status::InvalidArgument("no article text found");
  doc.title = NormalizeParagraph(article.title);
  doc.published = std::move(article.published);
  doc.url = NormalizeParagraph(article.url);
  doc.publisher = NormalizeParagraph(article.publisher);
  doc.author = NormalizeParagraph(article.author);
  doc.source = std::move(source);
  doc.id = Hash64Hex(doc.title + "\x1f" + doc.text);
  return doc;
}

}  // namespace kg::loaders
