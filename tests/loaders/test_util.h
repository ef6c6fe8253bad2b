// Helpers shared by the loaders tests.
#pragma once

#include <string>
#include <vector>

#include "graph/document_record.h"
#include "loaders/loader.h"

namespace kg::loaders::testing {

inline std::string DataDir() { return std::string(KG_SOURCE_DIR) + "/tests/loaders/data"; }

struct Loaded {
  std::vector<graph::DocumentRecord> docs;
  std::vector<Diagnostic> diags;
  size_t errors() const {
    size_t n = 0;
    for (const auto& d : diags) n += d.is_error();
    return n;
  }
  size_t warnings() const { return diags.size() - errors(); }
};

inline Loaded LoadAll(const std::vector<std::string>& args, const LoadOptions& options = LoadOptions()) {
  Loaded out;
  for (const InputFile& in : ExpandInputs(args, &out.diags)) {
    LoadInput(in, options, [&](graph::DocumentRecord&& d) { out.docs.push_back(std::move(d)); }, &out.diags);
  }
  return out;
}

inline Loaded LoadString(const std::string& bytes, const std::string& name, const LoadOptions& options = LoadOptions()) {
  Loaded out;
  LoadBytes(bytes, name, options, [&](graph::DocumentRecord&& d) { out.docs.push_back(std::move(d)); }, &out.diags);
  return out;
}

// The body paragraphs of a document as strings.
inline std::vector<std::string> Paragraphs(const graph::DocumentRecord& d) {
  std::vector<std::string> out;
  for (auto [s, e] : d.paragraphs) out.push_back(d.text.substr(s, e - s));
  return out;
}

}  // namespace kg::loaders::testing
