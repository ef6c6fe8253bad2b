// Statement, Provenance and Citation: what the store holds about one fact and
// where it came from. One (s, p, o) is one statement however many documents
// state it; each supporting sentence is one Provenance.
// Thread-safety: value types.
#pragma once

#include <string>
#include <vector>

#include "graph/term.h"

namespace kg::graph {

struct StatementIds {
  TermId s = kNoTerm, p = kNoTerm, o = kNoTerm;
  bool operator==(const StatementIds&) const = default;
};

// On disk: do not renumber.
enum class Modality : uint8_t {
  kAsserted = 0,      // a plain fact
  kPlanned = 1,       // "is due to attend", "will visit"
  kNegated = 2,       // "did not mention" (never matched by a plain pattern)
  kHypothetical = 3,  // "could meet", "if he visits" (never matched by a plain pattern)
};

// One piece of support for a statement.
struct Provenance {
  std::string doc_id;         // the DocumentRecord id (content hash) or the import source
  uint32_t start = 0;         // sentence span: character offsets into the document text
  uint32_t end = 0;
  std::string extractor;      // rule or model name, e.g. "rule:appos-title", "import"
  float confidence = 1.0f;
  Modality modality = Modality::kAsserted;
  std::string attributed_to;  // entity IRI of the speaker for "X said that ..." ("" if none)
};

// A fact to write: terms spelled out, the store assigns ids.
struct Fact {
  Term s, p, o;
  Provenance provenance;
};

// A citation as queries return it: provenance joined with its document.
struct Citation {
  Provenance provenance;
  std::string title;
  std::string published;  // ISO date or ""
  std::string source;     // file name, or URL when the document has one
  std::string sentence;   // document text [start, end)
};

}  // namespace kg::graph
