#include "loaders/rdf/import_mapping.h"

#include <cstdio>
#include <utility>

#include "graph/literal_kind.h"
#include "graph/vocabulary.h"

namespace kg::loaders::rdf {
namespace {

// FNV-1a: a stable short tag for the file that scopes its blank nodes.
std::string ScopeTag(std::string_view s) {
  uint64_t h = 1469598103934665603ULL;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  char buf[20];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return std::string(buf, 12);
}

}  // namespace

graph::Term CanonicalLiteral(graph::Term t) { return graph::CanonicalXsdLiteral(std::move(t)); }

ImportMapper::ImportMapper(std::string source) : source_(std::move(source)), blank_scope_(ScopeTag(source_)) {}

graph::Term ImportMapper::ScopeBlank(graph::Term t) const {
  if (t.kind == graph::TermKind::kBlank) t.value = blank_scope_ + "_" + t.value;
  return t;
}

graph::Fact ImportMapper::Map(Quad&& q) const {
  graph::Fact f;
  auto pred = graph::vocab::CanonicalizePredicate(q.predicate.value);
  f.p = graph::Term::Iri(std::move(pred.iri));
  f.s = ScopeBlank(std::move(q.subject));
  f.o = q.object.is_literal() ? CanonicalLiteral(std::move(q.object)) : ScopeBlank(std::move(q.object));
  if (pred.flip && !f.o.is_literal()) std::swap(f.s, f.o);
  if (f.p.value == graph::vocab::kRdfType && f.o.kind == graph::TermKind::kIri) {
    f.o.value = graph::vocab::CanonicalizeType(f.o.value);
  }
  // A blank graph name is the file's own, like its blank nodes.
  f.provenance.doc_id = q.has_graph ? (q.graph.kind == graph::TermKind::kBlank ? "_:" + blank_scope_ + "_" + q.graph.value
                                                                              : q.graph.value)
                                    : source_;
  f.provenance.extractor = kImportExtractor;
  f.provenance.confidence = 1.0f;
  return f;
}

void ImportMapper::MapInto(const Quad& q, graph::Fact* f) const {
  auto copy = [](graph::Term* dst, const graph::Term& src) {
    dst->kind = src.kind;
    dst->value.assign(src.value);
    dst->lang.assign(src.lang);
    dst->datatype.assign(src.datatype);
  };
  auto pred = graph::vocab::CanonicalizePredicate(q.predicate.value);
  f->p.kind = graph::TermKind::kIri;
  f->p.value.assign(pred.iri);
  f->p.lang.clear();
  f->p.datatype.clear();
  copy(&f->s, q.subject);
  copy(&f->o, q.object);
  if (f->s.kind == graph::TermKind::kBlank) f->s.value.insert(0, blank_scope_ + "_");
  if (f->o.kind == graph::TermKind::kBlank) f->o.value.insert(0, blank_scope_ + "_");
  if (f->o.kind == graph::TermKind::kTypedLiteral) f->o = CanonicalLiteral(std::move(f->o));
  if (pred.flip && !f->o.is_literal()) std::swap(f->s, f->o);
  if (f->p.value == graph::vocab::kRdfType && f->o.kind == graph::TermKind::kIri) {
    f->o.value = graph::vocab::CanonicalizeType(f->o.value);
  }
  if (q.has_graph) {
    f->provenance.doc_id.assign(q.graph.kind == graph::TermKind::kBlank ? "_:" + blank_scope_ + "_" : "");
    f->provenance.doc_id.append(q.graph.value);
  } else {
    f->provenance.doc_id.assign(source_);
  }
  f->provenance.start = f->provenance.end = 0;
  f->provenance.extractor.assign(kImportExtractor);
  f->provenance.confidence = 1.0f;
  f->provenance.modality = graph::Modality::kAsserted;
  f->provenance.attributed_to.clear();
}

}  // namespace kg::loaders::rdf
