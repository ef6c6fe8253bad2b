// ProvenanceQuads: reads kg export's provenance layout (docs/interchange.md)
// back out of a stream of quads, so `kg import` of `kg export --format nquads`
// restores the same store: schema:NewsArticle nodes become DocumentRecords,
// urn:kg:prov:Citation nodes become facts with their original provenance
// (document, sentence span, extractor, confidence, modality, speaker).
//
// It switches on when it sees the export header quad
//   <urn:kg:export> rdf:type <urn:kg:prov:Export> .
// which kg export writes first. Until then every quad is left to the caller
// (plain import). After it, the plain statement quads of the export are
// summaries of what the citations of the same triple say and are consumed
// without a fact; a statement quad that no citation names (a triple added to
// an export file) is imported as a plain fact at Finish. Statement quads wait
// only until their citation completes, so memory follows how far apart the
// two are written (N-Quads: adjacent; JSON-LD: one entity's statements).
// Citation nodes are completed when the stream moves to another subject (as
// kg export writes them); a node still incomplete at Finish is an error.
// Thread-safety: one instance per input file, one thread.
#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/document_record.h"
#include "graph/statement.h"
#include "loaders/rdf/import_mapping.h"
#include "loaders/rdf/nquads_reader.h"

namespace kg::loaders::rdf {

class ProvenanceQuads {
 public:
  // `mapper` (canonical vocabulary, blank scoping) must outlive this object.
  explicit ProvenanceQuads(const ImportMapper& mapper) : mapper_(mapper) {}

  // Looks at one quad. Sets *consumed when the quad belongs to the export
  // layout (the caller must not import it as a plain fact). Facts completed so
  // far are appended to `facts`.
  // Errors: InvalidArgument for a malformed citation or document field.
  Status Add(const Quad& quad, std::vector<graph::Fact>* facts, bool* consumed);

  // Completes the remaining citations. Errors: InvalidArgument naming the
  // first citation node that lacks rdf:subject/predicate/object, kgp:doc,
  // kgp:start or kgp:end.
  Status Finish(std::vector<graph::Fact>* facts);

  // The documents read (complete after Finish), for Store::WriteDocument.
  std::vector<graph::DocumentRecord> TakeDocuments();

  bool in_export() const { return in_export_; }

 private:
  struct PendingCitation {
    graph::Term s, p, o;
    bool has_s = false, has_p = false, has_o = false, has_start = false, has_end = false;
    std::string doc_iri;
    graph::Provenance provenance;
  };
  Status AddCitationField(const Quad& q);
  // Imports the statement quads no citation followed as plain facts.
  void FlushUncited(std::vector<graph::Fact>* facts);
  Status AddDocumentField(const Quad& q, graph::DocumentRecord* doc, bool* known);
  // Emits the citation `iri` if complete; returns false if not.
  bool Complete(const std::string& iri, std::vector<graph::Fact>* facts);
  std::string DocIdFor(const std::string& iri) const;

  static std::string TripleKey(const graph::Term& s, const graph::Term& p, const graph::Term& o);
  std::map<std::string, Quad> uncited_;  // statement quads no completed citation named yet, by triple

  const ImportMapper& mapper_;
  bool in_export_ = false;
  std::string last_subject_;
  std::unordered_map<std::string, PendingCitation> citations_;       // by node IRI
  std::unordered_map<std::string, graph::DocumentRecord> documents_; // by document IRI
  std::vector<std::string> document_order_;
};

}  // namespace kg::loaders::rdf
