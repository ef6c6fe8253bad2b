// The W3C RDF 1.1 N-Triples and N-Quads syntax suites (tests/rdf/w3c/, with
// their licence), driven by each suite's manifest.ttl: every positive test
// file must read whole, every negative one must be rejected.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "loaders/rdf/nquads_reader.h"

namespace kg::loaders::rdf {
namespace {

namespace fs = std::filesystem;

struct ManifestTest {
  std::string name, type, action;
};

// The entries of a manifest: "<#name> a|rdf:type rdft:TYPE ; ... mf:action <file>".
std::vector<ManifestTest> ReadManifest(const fs::path& manifest) {
  std::ifstream in(manifest);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();
  std::vector<ManifestTest> out;
  static const std::regex entry(R"(<#([^>]+)>\s+(?:a|rdf:type)\s+rdft:(\w+)\s*;[^]*?mf:action\s+<([^>]+)>)");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), entry); it != std::sregex_iterator(); ++it) {
    out.push_back({(*it)[1], (*it)[2], (*it)[3]});
  }
  return out;
}

Status ReadWhole(const fs::path& file, Syntax syntax) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return Status::IOError("cannot open " + file.string());
  Reader reader(in, syntax);
  Quad q;
  while (reader.Next(&q)) {
  }
  return reader.status();
}

void RunSuite(const std::string& folder, size_t expected_tests) {
  const fs::path dir = fs::path(KG_SOURCE_DIR) / "tests/rdf/w3c" / folder;
  const auto tests = ReadManifest(dir / "manifest.ttl");
  ASSERT_EQ(tests.size(), expected_tests) << "manifest not read whole";
  size_t positive = 0, negative = 0;
  for (const auto& t : tests) {
    const Syntax syntax = t.type.starts_with("TestNTriples") ? Syntax::kNTriples : Syntax::kNQuads;
    Status s = ReadWhole(dir / t.action, syntax);
    if (t.type.ends_with("PositiveSyntax")) {
      ++positive;
      EXPECT_TRUE(s.ok()) << t.name << " (" << t.action << "): " << s.message();
    } else if (t.type.ends_with("NegativeSyntax")) {
      ++negative;
      EXPECT_FALSE(s.ok()) << t.name << " (" << t.action << ") was accepted";
    } else {
      ADD_FAILURE() << t.name << ": unknown test type " << t.type;
    }
  }
  EXPECT_GT(positive, 0u);
  EXPECT_GT(negative, 0u);
}

TEST(W3cRdfSuite, NTriplesSyntax) { RunSuite("rdf-n-triples", 70); }
TEST(W3cRdfSuite, NQuadsSyntax) { RunSuite("rdf-n-quads", 87); }

}  // namespace
}  // namespace kg::loaders::rdf
