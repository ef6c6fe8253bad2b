// What one export wrote, for the CLI summary and bench/export.
// Thread-safety: value type.
#pragma once

#include <cstdint>

namespace kg::exporter {

struct ExportStats {
  uint64_t documents = 0;   // schema:NewsArticle nodes
  uint64_t statements = 0;  // stored statements
  uint64_t citations = 0;   // provenance entries (citation nodes)
  uint64_t quads = 0;       // RDF quads the output denotes
  uint64_t bytes = 0;       // bytes written
};

}  // namespace kg::exporter
