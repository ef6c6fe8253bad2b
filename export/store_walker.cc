#include "export/store_walker.h"

#include "export/nquads_terms.h"
#include "export/rdf_mapping.h"
#include "graph/vocabulary.h"

namespace kg::exporter {
namespace {
// Bounds the term cache: SPO order keeps a subject's terms hot; cleared when full.
constexpr size_t kMaxCachedTerms = 1 << 18;
}  // namespace

Status StoreWalker::ForEachDocument(const DocumentFn& fn) {
  documents_listed_ = true;
  Status status;
  Status read = store_.ForEachDocument([&](const graph::DocumentRecord& doc) {
    std::string iri = DocumentIri(doc.id, doc.url);
    doc_iris_[doc.id] = iri;
    status = fn(doc, iri);
    return status.ok();
  });
  return read.ok() ? status : read;
}

Result<std::string> StoreWalker::GraphIriFor(const std::string& doc_id) {
  // An imported blank graph name ("_:..." scoped to its file) stays blank.
  if (IsBlankGraphName(doc_id)) return "_:" + BlankLabel(graph::Term::Blank(doc_id));
  auto it = doc_iris_.find(doc_id);
  if (it != doc_iris_.end()) return it->second;
  if (!documents_listed_) {
    // Query exports do not list every document first: ask the store once per id.
    auto doc = store_.GetDocument(doc_id);
    if (!doc.ok()) return doc.status();
    std::string iri = doc->has_value() ? DocumentIri((*doc)->id, (*doc)->url) : SourceIri(doc_id);
    if (doc_iris_.size() < kMaxCachedTerms) doc_iris_[doc_id] = iri;
    return iri;
  }
  return SourceIri(doc_id);
}

const graph::Term* StoreWalker::TermOf(graph::TermId id) {
  auto it = term_cache_.find(id);
  if (it != term_cache_.end()) return &it->second;
  auto term = store_.Resolve(id);
  if (!term.ok()) return nullptr;
  return &term_cache_.emplace(id, std::move(term).value()).first->second;
}

Status StoreWalker::ForEachStatement(const StatementFn& fn) {
  auto cursor = store_.Scan(graph::Pattern{});
  WalkedStatement st;
  for (; cursor->Valid(); cursor->Next()) {
    KG_RETURN_IF_ERROR(Walk(cursor->Current(), &st));
    KG_RETURN_IF_ERROR(fn(st));
  }
  return cursor->status();
}

Status StoreWalker::Walk(const graph::StatementIds& ids, WalkedStatement* out) {
  WalkedStatement& st = *out;
  st.ids = ids;
  // Clear only between statements so the three pointers below stay valid.
  if (term_cache_.size() + 3 > kMaxCachedTerms) term_cache_.clear();
  const graph::Term* s = TermOf(st.ids.s);
  const graph::Term* p = TermOf(st.ids.p);
  const graph::Term* o = TermOf(st.ids.o);
  if (!s || !p || !o) return Status::Corruption("export: a term id of a stored statement does not resolve");
  st.stored_subject = *s;
  st.stored_object = *o;
  st.stored_predicate = p->value;
  st.is_type = p->value == graph::vocab::kRdfType;
  bool object_is_node = o->kind == graph::TermKind::kIri || o->kind == graph::TermKind::kBlank;
  ExportedPredicate ep = ExportPredicate(p->value, object_is_node);
  st.flipped = ep.flipped;
  st.p = graph::Term::Iri(std::move(ep.iri));
  st.s = st.flipped ? *o : *s;
  st.o = st.flipped ? *s : *o;
  if (st.is_type && o->kind == graph::TermKind::kIri) st.o = graph::Term::Iri(ExportType(o->value));

  st.spo_nquads.clear();
  AppendNQuadsTerm(st.s, &st.spo_nquads);
  st.spo_nquads.push_back(' ');
  AppendNQuadsTerm(st.p, &st.spo_nquads);
  st.spo_nquads.push_back(' ');
  AppendNQuadsTerm(st.o, &st.spo_nquads);

  st.citations.clear();
  auto provenance = store_.ProvenanceOf(st.ids);
  if (!provenance.ok()) return provenance.status();
  for (auto& prov : *provenance) {
    WalkedCitation c;
    c.iri = CitationIri(st.spo_nquads, prov);
    auto graph_name = GraphIriFor(prov.doc_id);
    if (!graph_name.ok()) return graph_name.status();
    c.doc_iri = std::move(graph_name).value();
    c.provenance = std::move(prov);
    st.citations.push_back(std::move(c));
  }
  return Status::Ok();
}

}  // namespace kg::exporter
