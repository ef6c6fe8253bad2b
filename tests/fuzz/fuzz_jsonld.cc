// libFuzzer target: bytes as the JSON-LD metadata block of an HTML page
// (<script type="application/ld+json">), which the HTML loader reads for the
// headline, dates, author and publisher.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "loaders/loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string page = "<html><head><script type=\"application/ld+json\">";
  page.append(reinterpret_cast<const char*>(data), size);
  page += "</script></head><body><p>The council met on Tuesday to vote on the new bridge.</p></body></html>";
  std::vector<kg::loaders::Diagnostic> diags;
  kg::loaders::LoadBytes(page, "page.html", kg::loaders::LoadOptions(), [](kg::graph::DocumentRecord&&) {}, &diags);
  return 0;
}
