// DocumentRecord: an ingested article as the store keeps it (metadata and the
// clean text that citation offsets point into).
// Thread-safety: value type.
#pragma once

#include <string>
#include <vector>

namespace kg::graph {

struct DocumentRecord {
  std::string id;         // content hash (hex), stable across runs
  std::string source;     // file path/name as given, or "-" for stdin
  std::string url;        // canonical URL if known
  std::string title;
  std::string published;  // ISO 8601 date (YYYY-MM-DD) or ""
  std::string publisher;
  std::string author;
  std::string text;       // clean body text; Provenance offsets index into it
  std::vector<std::pair<uint32_t, uint32_t>> paragraphs;  // [start, end) offsets into text
  // When this version was written to the store (ISO 8601 UTC, "" if unknown:
  // older stores). Shown by `kg sources`; not part of the document's identity
  // or of export, so stores that ingested the same texts export alike.
  std::string ingested_at;
};

}  // namespace kg::graph
