// libFuzzer target: bytes as an N-Quads (or N-Triples, by the first byte)
// file through the reader, the import mapping and the reader of kg export's
// provenance layout, as `kg import` runs them. Errors are fine; crashes,
// hangs and sanitizer reports are not.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "loaders/rdf/import_mapping.h"
#include "loaders/rdf/nquads_reader.h"
#include "loaders/rdf/provenance_quads.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace kg::loaders::rdf;
  if (size == 0) return 0;
  const Syntax syntax = data[0] & 1 ? Syntax::kNTriples : Syntax::kNQuads;
  std::istringstream in(std::string(reinterpret_cast<const char*>(data) + 1, size - 1));
  Reader reader(in, syntax);
  ImportMapper mapper("fuzz.nq");
  ProvenanceQuads provenance(mapper);
  std::vector<kg::graph::Fact> facts;
  Quad q;
  while (reader.Next(&q)) {
    bool consumed = false;
    if (!provenance.Add(q, &facts, &consumed).ok()) return 0;
    if (!consumed) facts.push_back(mapper.Map(Quad(q)));
    (void)FormatTerm(q.object);  // the writer must take whatever the reader gives
  }
  (void)provenance.Finish(&facts);
  (void)provenance.TakeDocuments();
  return 0;
}
