// FactExtractor: turns one stored document into facts with provenance. The
// ingest driver (extract/ingest.h) calls it for every new document, possibly
// from several threads at once.
// Thread-safety: Extract is const and must be safe to call concurrently.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "graph/document_record.h"
#include "graph/statement.h"
#include "util/status.h"

namespace kg::extract {

struct Extraction {
  std::vector<graph::Fact> facts;  // provenance.doc_id == document.id
  uint64_t sentences = 0;
  uint64_t entities = 0;           // distinct entities mentioned
  uint64_t events = 0;
};

class FactExtractor {
 public:
  virtual ~FactExtractor() = default;
  // Analyses `document` (text, published date as the reference for relative dates).
  virtual Result<Extraction> Extract(const graph::DocumentRecord& document) const = 0;
};

// The full pipeline (trained NLP models from `models_dir` + extraction rules).
// Errors: NotFound / Corruption when the models cannot be loaded.
Result<std::unique_ptr<FactExtractor>> MakeDefaultExtractor(const std::string& models_dir);

}  // namespace kg::extract
