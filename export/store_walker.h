// StoreWalker: one streaming pass over a store in the shape both writers need:
// documents first, then every statement in SPO order with its export form
// (schema.org IRIs, inverse terms flipped) and its citations (provenance entry,
// citation node IRI, graph IRI of the supporting document).
// Memory: a bounded term cache plus doc id -> IRI for stored documents; it does
// not grow with the number of statements.
// Thread-safety: one walker per thread; the store must outlive it.
#pragma once

#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/store.h"
#include "util/status.h"

namespace kg::exporter {

struct WalkedCitation {
  std::string iri;      // urn:kg:citation:<hash>
  std::string doc_iri;  // named graph: the document (or import source) IRI
  graph::Provenance provenance;
};

struct WalkedStatement {
  graph::StatementIds ids;
  graph::Term stored_subject;  // subject as stored (the JSON-LD node holding it)
  graph::Term stored_object;   // object as stored
  std::string stored_predicate;
  graph::Term s, p, o;         // the exported triple
  bool flipped = false;        // s/o swapped (inverse schema.org term)
  bool is_type = false;        // rdf:type (o mapped by ExportType)
  std::string spo_nquads;      // "<s> <p> <o>" as written in N-Quads
  std::vector<WalkedCitation> citations;  // in store order, may be empty
};

class StoreWalker {
 public:
  explicit StoreWalker(const graph::Store& store) : store_(store) {}
  StoreWalker(const StoreWalker&) = delete;
  StoreWalker& operator=(const StoreWalker&) = delete;

  // Calls `fn` for every document with its IRI; stops at the first non-ok
  // Status from `fn` and returns it. Call before ForEachStatement so citations
  // find their documents' IRIs.
  using DocumentFn = std::function<Status(const graph::DocumentRecord&, const std::string& iri)>;
  Status ForEachDocument(const DocumentFn& fn);

  // Calls `fn` for every statement in SPO order. Returns the first non-ok
  // Status from `fn`, a Corruption if a term id does not resolve, or the
  // cursor's storage error.
  using StatementFn = std::function<Status(const WalkedStatement&)>;
  Status ForEachStatement(const StatementFn& fn);

  // Fills `st` for one stored statement (export form and citations).
  // Errors: Corruption when a term id does not resolve.
  Status Walk(const graph::StatementIds& ids, WalkedStatement* st);

  // The graph IRI for a provenance doc_id (stored document or import source).
  // Documents not seen by ForEachDocument are looked up in the store.
  Result<std::string> GraphIriFor(const std::string& doc_id);

 private:
  // The cached term (valid until the next Walk); nullptr if the id does not resolve.
  const graph::Term* TermOf(graph::TermId id);

  const graph::Store& store_;
  bool documents_listed_ = false;  // ForEachDocument ran: doc_iris_ is complete
  std::unordered_map<std::string, std::string> doc_iris_;  // doc id -> IRI
  std::unordered_map<graph::TermId, graph::Term> term_cache_;
};

}  // namespace kg::exporter
