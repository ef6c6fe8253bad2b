#include "export/nquads.h"

#include "export/nquads_terms.h"
#include "export/output_buffer.h"
#include "export/rdf_fields.h"
#include "export/rdf_mapping.h"
#include "export/store_walker.h"
#include "graph/vocabulary.h"

namespace kg::exporter {
namespace {

void AppendQuad(std::string_view s, std::string_view p, const graph::Term& o, const std::string* g,
                std::string* out) {
  out->append(s);
  out->push_back(' ');
  AppendNQuadsIri(p, out);
  out->push_back(' ');
  AppendNQuadsTerm(o, out);
  if (g) {
    out->push_back(' ');
    AppendNQuadsGraphName(*g, out);
  }
  out->append(" .\n");
}

}  // namespace

Status WriteNQuads(const graph::Store& store, std::ostream& out, ExportStats* stats) {
  ExportStats local;
  ExportStats& st = stats ? *stats : local;
  st = ExportStats{};
  OutputBuffer buf(out);
  std::string* b = buf.str();
  const std::string rdf_type(graph::vocab::kRdfType);
  const graph::Term citation_type = graph::Term::Iri(ProvIri("Citation"));
  const graph::Term article_type = graph::Term::Iri(std::string(kNewsArticle));

  // No comment header: rdf-canonize (jsonld.js) rejects N-Quads comments. The
  // header quad names the layout instead (docs/interchange.md).
  std::string subject;
  AppendNQuadsIri(kExportNode, &subject);
  AppendQuad(subject, rdf_type, graph::Term::Iri(ProvIri("Export")), nullptr, b);
  ++st.quads;
  StoreWalker walker(store);
  KG_RETURN_IF_ERROR(walker.ForEachDocument([&](const graph::DocumentRecord& doc, const std::string& iri) {
    subject.clear();
    AppendNQuadsIri(iri, &subject);
    AppendQuad(subject, rdf_type, article_type, nullptr, b);
    ++st.quads;
    for (const Field& f : DocumentFields(doc)) {
      AppendQuad(subject, f.predicate, f.value, nullptr, b);
      ++st.quads;
    }
    ++st.documents;
    return buf.MaybeFlush();
  }));

  std::vector<std::string> graphs_done;
  KG_RETURN_IF_ERROR(walker.ForEachStatement([&](const WalkedStatement& s) {
    ++st.statements;
    b->append(s.spo_nquads);
    b->append(" .\n");
    ++st.quads;
    graphs_done.clear();
    for (const WalkedCitation& c : s.citations) {
      // The statement itself, once per supporting graph.
      bool seen = false;
      for (const auto& g : graphs_done) seen = seen || g == c.doc_iri;
      if (!seen) {
        graphs_done.push_back(c.doc_iri);
        b->append(s.spo_nquads);
        b->push_back(' ');
        AppendNQuadsGraphName(c.doc_iri, b);
        b->append(" .\n");
        ++st.quads;
      }
      subject.clear();
      AppendNQuadsIri(c.iri, &subject);
      AppendQuad(subject, rdf_type, citation_type, &c.doc_iri, b);
      ++st.quads;
      for (const Field& f : CitationFields(s, c)) {
        AppendQuad(subject, f.predicate, f.value, &c.doc_iri, b);
        ++st.quads;
      }
      ++st.citations;
    }
    return buf.MaybeFlush();
  }));
  KG_RETURN_IF_ERROR(buf.Flush());
  out.flush();
  st.bytes = buf.bytes();
  if (!out) return Status::IOError("export: write failed");
  return Status::Ok();
}

}  // namespace kg::exporter
