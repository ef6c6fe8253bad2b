// Maps parsed RDF quads to the facts the store keeps (CONTRACT.md section 5):
// canonical predicate and type IRIs (graph/vocabulary.h, inverse forms such as
// schema:attendee flipped), numeric and date literals as TermKind::kNumber /
// kDate, blank nodes scoped to their file, and provenance naming the quad's
// graph (or the file when it has none) with extractor "import".
// Thread-safety: an ImportMapper is immutable after construction.
#pragma once

#include <string>

#include "graph/statement.h"
#include "loaders/rdf/nquads_reader.h"

namespace kg::loaders::rdf {

inline constexpr const char* kImportExtractor = "import";

// The store term for an RDF literal (graph::CanonicalXsdLiteral): kNumber /
// kDate only where export writes the same datatype and lexical form back,
// every other literal exactly as read.
graph::Term CanonicalLiteral(graph::Term literal);

class ImportMapper {
 public:
  // `source` names the input (file name as given): it is the document of
  // triples without a graph and scopes the file's blank nodes.
  explicit ImportMapper(std::string source);

  // The fact for `quad` (consumed).
  graph::Fact Map(Quad&& quad) const;
  // The same into *out, reusing its strings' storage (the bulk path).
  void MapInto(const Quad& quad, graph::Fact* out) const;

 private:
  graph::Term ScopeBlank(graph::Term t) const;
  std::string source_;
  std::string blank_scope_;
};

}  // namespace kg::loaders::rdf
