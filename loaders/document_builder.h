// Turns a RawArticle into the DocumentRecord the store keeps: normalised
// paragraphs joined by blank lines, paragraph offsets, and the content id.
// Thread-safety: pure function.
#pragma once

#include <string>

#include "graph/document_record.h"
#include "loaders/raw_article.h"
#include "util/status.h"

namespace kg::loaders {

// text = the normalised non-empty paragraphs joined by "\n\n"; paragraphs =
// their [start, end) byte offsets; id = Hash64Hex(title + "\x1f" + text), so
// the same article gives the same id wherever and whenever it is loaded.
// Errors: InvalidArgument "no article text found" when no paragraph is left.
Result<graph::DocumentRecord> BuildDocument(RawArticle article, std::string source);

}  // namespace kg::loaders
