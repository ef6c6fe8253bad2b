#include "export/query_jsonld.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "export/jsonld_nodes.h"
#include "graph/vocabulary.h"

namespace kg::exporter {
namespace {

bool Less(const graph::StatementIds& a, const graph::StatementIds& b) {
  return std::tie(a.s, a.p, a.o) < std::tie(b.s, b.p, b.o);
}

// The statements that name and type `entity`.
void AddNamingStatements(const graph::Store& store, graph::TermId entity,
                         const std::vector<graph::TermId>& predicates, std::vector<graph::StatementIds>* out) {
  for (graph::TermId p : predicates) {
    for (auto c = store.Scan({entity, p, graph::kNoTerm}); c->Valid(); c->Next()) out->push_back(c->Current());
  }
}

}  // namespace

Status WriteJsonLdStatements(const graph::Store& store, const std::vector<graph::StatementIds>& statements,
                             std::ostream& out, ExportStats* stats) {
  ExportStats local;
  ExportStats& st = stats ? *stats : local;
  st = ExportStats{};

  std::vector<graph::TermId> naming;
  for (auto iri : {graph::vocab::kLabel, graph::vocab::kAlias, graph::vocab::kRdfType}) {
    auto id = store.Lookup(graph::Term::Iri(std::string(iri)));
    if (!id.ok()) return id.status();
    if (*id != graph::kNoTerm) naming.push_back(*id);
  }
  std::vector<graph::StatementIds> ids = statements;
  std::set<graph::TermId> entities;
  for (const auto& s : statements) {
    entities.insert(s.s);
    entities.insert(s.o);
  }
  for (graph::TermId e : entities) {
    auto term = store.Resolve(e);
    if (term.ok() && !term->is_literal()) AddNamingStatements(store, e, naming, &ids);
  }
  std::sort(ids.begin(), ids.end(), Less);
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());

  JsonLdContext ctx;
  OutputBuffer buf(out);
  std::string* b = buf.str();
  AppendJsonLdOpening(ctx, b);
  NodeStreamer nodes(ctx, buf);
  std::unordered_map<std::string, std::string> sentences;  // citation IRI -> sentence
  nodes.set_sentences(&sentences);
  std::map<std::string, graph::DocumentRecord> documents;  // cited documents by id
  StoreWalker walker(store);
  WalkedStatement ws;
  for (const auto& id : ids) {
    if (!store.Scan({id.s, id.p, id.o})->Valid()) continue;  // not stored
    KG_RETURN_IF_ERROR(walker.Walk(id, &ws));
    for (const auto& c : ws.citations) {
      const std::string& doc_id = c.provenance.doc_id;
      auto it = documents.find(doc_id);
      if (it == documents.end()) {
        auto doc = store.GetDocument(doc_id);
        if (!doc.ok()) return doc.status();
        if (!doc->has_value()) continue;  // an import source: no text to cite
        it = documents.emplace(doc_id, std::move(**doc)).first;
      }
      const std::string& text = it->second.text;
      if (c.provenance.start < c.provenance.end && c.provenance.end <= text.size()) {
        sentences[c.iri] = text.substr(c.provenance.start, c.provenance.end - c.provenance.start);
      }
    }
    ++st.statements;
    nodes.Add(ws, st);
    KG_RETURN_IF_ERROR(buf.MaybeFlush());
  }
  nodes.Close();
  for (auto& [id, doc] : documents) {
    doc.text.clear();  // metadata only: the sentences are on the citations
    auto graph_name = walker.GraphIriFor(id);
    if (!graph_name.ok()) return graph_name.status();
    nodes.BeginItem();
    st.quads += AppendNewsArticleNode(ctx, *graph_name, doc, /*with_text=*/false, b);  // metadata only
    ++st.documents;
  }
  AppendJsonLdClosing(b);
  KG_RETURN_IF_ERROR(buf.Flush());
  out.flush();
  st.bytes = buf.bytes();
  if (!out) return Status::IOError("export: write failed");
  return Status::Ok();
}

}  // namespace kg::exporter
