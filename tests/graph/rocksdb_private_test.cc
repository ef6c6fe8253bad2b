// RocksDB stays inside graph/ (it links privately to kg_graph): no source
// outside graph/ and no public graph header includes its headers, so every
// layer above codes against graph/store.h alone (graph/memory_store.h proves
// that interface is enough).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;

bool IncludesRocksDb(const fs::path& file) {
  std::ifstream in(file);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str().find("#include <rocksdb/") != std::string::npos;
}

TEST(RocksDbPrivate, OnlyGraphSourcesIncludeIt) {
  const fs::path root = KG_SOURCE_DIR;
  for (const char* layer : {"cli", "query", "export", "extract", "loaders", "nlp", "util", "bench"}) {
    if (!fs::exists(root / layer)) continue;
    for (const auto& e : fs::recursive_directory_iterator(root / layer)) {
      const auto ext = e.path().extension();
      if (e.is_regular_file() && (ext == ".cc" || ext == ".h")) {
        EXPECT_FALSE(IncludesRocksDb(e.path())) << e.path();
      }
    }
  }
  // Public headers: what other layers include.
  for (const char* header :
       {"store.h", "memory_store.h", "statement.h", "term.h", "document_record.h", "vocabulary.h"}) {
    EXPECT_FALSE(IncludesRocksDb(root / "graph" / header)) << header;
  }
}

}  // namespace
