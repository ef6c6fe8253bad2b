#include "export/jsonld.h"

#include "export/jsonld_nodes.h"

namespace kg::exporter {

Status WriteJsonLd(const graph::Store& store, std::ostream& out, ExportStats* stats) {
  ExportStats local;
  ExportStats& st = stats ? *stats : local;
  st = ExportStats{};
  JsonLdContext ctx;
  OutputBuffer buf(out);
  std::string* b = buf.str();
  AppendJsonLdOpening(ctx, b);

  NodeStreamer nodes(ctx, buf);
  nodes.BeginItem();
  b->append("{\"@id\": ");
  AppendJsonString(kExportNode, b);
  b->append(", \"@type\": \"kgp:Export\"}");
  ++st.quads;
  StoreWalker walker(store);
  KG_RETURN_IF_ERROR(walker.ForEachDocument([&](const graph::DocumentRecord& doc, const std::string& iri) {
    nodes.BeginItem();
    st.quads += AppendNewsArticleNode(ctx, iri, doc, /*with_text=*/true, b);
    ++st.documents;
    return buf.MaybeFlush();
  }));
  KG_RETURN_IF_ERROR(walker.ForEachStatement([&](const WalkedStatement& s) {
    ++st.statements;
    nodes.Add(s, st);
    return buf.MaybeFlush();
  }));
  nodes.Close();
  AppendJsonLdClosing(b);
  KG_RETURN_IF_ERROR(buf.Flush());
  out.flush();
  st.bytes = buf.bytes();
  if (!out) return Status::IOError("export: write failed");
  return Status::Ok();
}

}  // namespace kg::exporter
