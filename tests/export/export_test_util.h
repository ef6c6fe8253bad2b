// Helpers for the export tests: run an export into a string, parse N-Quads
// back with the project's reader, and re-import an export the way `kg import`
// does (reader -> ProvenanceQuads -> ImportMapper -> store).
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "export/jsonld.h"
#include "export/nquads.h"
#include "graph/store.h"
#include "loaders/rdf/import_mapping.h"
#include "loaders/rdf/nquads_reader.h"
#include "loaders/rdf/provenance_quads.h"

namespace kg::exporter::testing {

inline std::string ExportNQuads(const graph::Store& store, ExportStats* stats = nullptr) {
  std::ostringstream out;
  Status s = WriteNQuads(store, out, stats);
  return s.ok() ? out.str() : "ERROR " + s.ToString();
}

inline std::string ExportJsonLd(const graph::Store& store, ExportStats* stats = nullptr) {
  std::ostringstream out;
  Status s = WriteJsonLd(store, out, stats);
  return s.ok() ? out.str() : "ERROR " + s.ToString();
}

inline std::vector<loaders::rdf::Quad> ParseQuads(const std::string& text, Status* status) {
  std::istringstream in(text);
  loaders::rdf::Reader reader(in, loaders::rdf::Syntax::kNQuads);
  std::vector<loaders::rdf::Quad> out;
  loaders::rdf::Quad q;
  while (reader.Next(&q)) out.push_back(q);
  *status = reader.status();
  return out;
}

// What cmd_import does with one file, at library level.
inline Status ImportExport(graph::Store& store, const std::string& text, const std::string& source) {
  std::istringstream in(text);
  loaders::rdf::Reader reader(in, loaders::rdf::Syntax::kNQuads);
  loaders::rdf::ImportMapper mapper(source);
  loaders::rdf::ProvenanceQuads prov(mapper);
  std::vector<graph::Fact> facts;
  loaders::rdf::Quad q;
  while (reader.Next(&q)) {
    bool consumed = false;
    KG_RETURN_IF_ERROR(prov.Add(q, &facts, &consumed));
    if (!consumed) facts.push_back(mapper.Map(std::move(q)));
  }
  KG_RETURN_IF_ERROR(reader.status());
  KG_RETURN_IF_ERROR(prov.Finish(&facts));
  uint64_t added = 0;
  KG_RETURN_IF_ERROR(store.ImportFacts(facts, &added));
  for (auto& doc : prov.TakeDocuments()) {
    graph::DocumentBatch batch;
    batch.document = std::move(doc);
    auto r = store.WriteDocument(batch);
    if (!r.ok()) return r.status();
  }
  return Status::Ok();
}

}  // namespace kg::exporter::testing
