#include "tests/query/difftest/store_builder.h"

#include <sstream>

#include "graph/store.h"
#include "loaders/rdf/import_stream.h"

namespace kg::difftest {

Status BuildStore(const std::vector<WrittenFact>& facts, const std::string& dir) {
  auto opened = graph::Store::Open(dir, graph::StoreOptions{});
  if (!opened.ok()) return opened.status();
  graph::Store& store = **opened;
  std::istringstream nquads(ToNQuads(facts));
  auto import = store.BeginBulkImport(graph::BulkImportOptions{});
  if (!import.ok()) return import.status();
  uint64_t added = 0;
  loaders::rdf::StreamError where;
  Status s = loaders::rdf::ImportStream(nquads, loaders::rdf::Syntax::kNQuads, "difftest.nq", **import, &added, &where);
  if (!s.ok()) return Status::InvalidArgument("line " + std::to_string(where.line) + ": " + s.message());
  auto committed = (*import)->Commit();
  if (!committed.ok()) return committed.status();
  size_t n = 0;
  for (const auto& f : facts) {
    if (!f.in_document) continue;
    graph::DocumentBatch batch;
    batch.document.id = "difftest-doc-" + std::to_string(n++);
    batch.document.source = batch.document.id + ".txt";
    batch.document.title = "Document " + std::to_string(n);
    batch.document.text = "An invented sentence about people and events.";
    graph::Fact fact{f.s, f.p, f.o, {}};
    fact.provenance.doc_id = batch.document.id;
    fact.provenance.start = 0;
    fact.provenance.end = static_cast<uint32_t>(batch.document.text.size());
    fact.provenance.extractor = "difftest";
    fact.provenance.modality = f.modality;
    batch.facts.push_back(std::move(fact));
    auto written = store.WriteDocument(batch);
    if (!written.ok()) return written.status();
  }
  return Status::Ok();
}

}  // namespace kg::difftest
