// libFuzzer target: bytes as a JSON-LD file for `kg import`, converted to
// N-Quads (loaders/rdf/jsonld_reader.h). Errors are fine; crashes, hangs and
// sanitizer reports are not, and converted output must read back as N-Quads
// without a single error (the importer feeds it to the N-Quads reader).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "loaders/rdf/jsonld_reader.h"
#include "loaders/rdf/nquads_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace kg::loaders::rdf;
  const std::string json(reinterpret_cast<const char*>(data), size);
  auto quads = JsonLdToNQuads(json, "file:///fuzz.jsonld");
  if (!quads.ok()) return 0;
  std::istringstream in(*quads);
  Reader reader(in, Syntax::kNQuads);
  Quad q;
  while (reader.Next(&q)) {
  }
  if (!reader.status().ok()) std::abort();  // the converter wrote a line N-Quads rejects
  return 0;
}
