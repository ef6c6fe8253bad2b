// libFuzzer target: bytes as an article file of each kind the loaders read
// (the first byte picks .html, .json, .jsonl, .txt, .md or no extension, so
// content sniffing runs too), loaded the way `kg ingest` loads files.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "loaders/loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char* kNames[] = {"a.html", "a.json", "a.jsonl", "a.txt", "a.md", "a"};
  const std::string source = kNames[data[0] % 6];
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  kg::loaders::LoadOptions options;
  options.max_document_bytes = 1 << 20;
  options.repair_utf8 = (data[0] & 0x80) == 0;
  std::vector<kg::loaders::Diagnostic> diags;
  kg::loaders::LoadBytes(bytes, source, options, [](kg::graph::DocumentRecord&&) {}, &diags);
  return 0;
}
