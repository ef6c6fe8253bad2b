// Independent processors read our exports: jsonld.js (npm, installed by
// scripts/setup.sh into tests/export/node_modules) turns the JSON-LD into RDF
// that must equal our N-Quads after URDNA2015 canonicalisation, and Debian's
// rapper parses the N-Quads. Each test skips when its tool is missing.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "export/query_jsonld.h"
#include "tests/export/export_test_util.h"
#include "tests/export/sample_store.h"

namespace kg::exporter {
namespace {

// Runs `cmd` through the shell; returns its exit status and stdout+stderr.
int RunShell(const std::string& cmd, std::string* output) {
  output->clear();
  FILE* p = ::popen((cmd + " 2>&1").c_str(), "r");
  if (!p) return -1;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) output->append(buf.data(), n);
  int status = ::pclose(p);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream f(path, std::ios::binary);
  f << text;
}

class ProcessorsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = graph::testing::OpenOrDie(dir_.path());
    ASSERT_TRUE(store_);
    ASSERT_TRUE(testing::BuildSample(*store_));
    nq_path_ = dir_.path("export.nq");
    jsonld_path_ = dir_.path("export.jsonld");
    WriteFile(nq_path_, testing::ExportNQuads(*store_, &nq_stats_));
    WriteFile(jsonld_path_, testing::ExportJsonLd(*store_, &jsonld_stats_));
  }

  graph::testing::TempDir dir_;
  std::unique_ptr<graph::Store> store_;
  std::string nq_path_, jsonld_path_;
  ExportStats nq_stats_, jsonld_stats_;
};

TEST_F(ProcessorsTest, JsonLdEqualsNQuadsUnderJsonldJs) {
  std::string out;
  if (RunShell("node --version", &out) != 0) GTEST_SKIP() << "node is not installed";
  const std::string dir = std::string(KG_SOURCE_DIR) + "/tests/export";
  if (!std::filesystem::exists(dir + "/node_modules/jsonld/package.json")) {
    GTEST_SKIP() << "jsonld.js missing: run `npm ci --prefix tests/export` (scripts/setup.sh does)";
  }
  int rc = RunShell("node '" + dir + "/check_jsonld.js' '" + jsonld_path_ + "' '" + nq_path_ + "'", &out);
  EXPECT_EQ(rc, 0) << out;
  EXPECT_NE(out.find("equal: " + std::to_string(nq_stats_.quads) + " quads"), std::string::npos) << out;
  EXPECT_EQ(jsonld_stats_.quads, nq_stats_.quads);
}

TEST_F(ProcessorsTest, QueryJsonLdConvertsUnderJsonldJs) {
  std::string out;
  if (RunShell("node --version", &out) != 0) GTEST_SKIP() << "node is not installed";
  const std::string dir = std::string(KG_SOURCE_DIR) + "/tests/export";
  if (!std::filesystem::exists(dir + "/node_modules/jsonld/package.json")) GTEST_SKIP() << "jsonld.js missing";
  // Every statement of the sample: the answer to "everything".
  std::vector<graph::StatementIds> all;
  for (auto c = store_->Scan({}); c->Valid(); c->Next()) all.push_back(c->Current());
  std::ostringstream text;
  ExportStats stats;
  ASSERT_TRUE(WriteJsonLdStatements(*store_, all, text, &stats).ok());
  const std::string path = dir_.path("query.jsonld");
  WriteFile(path, text.str());
  int rc = RunShell("node '" + dir + "/check_jsonld.js' '" + path + "'", &out);
  EXPECT_EQ(rc, 0) << out;
  EXPECT_NE(out.find("rdf: " + std::to_string(stats.quads) + " quads"), std::string::npos) << out;
}

TEST_F(ProcessorsTest, RapperParsesNQuads) {
  std::string out;
  if (RunShell("rapper --version", &out) != 0) GTEST_SKIP() << "rapper (raptor2-utils) is not installed";
  int rc = RunShell("rapper -i nquads -c '" + nq_path_ + "'", &out);
  EXPECT_EQ(rc, 0) << out;
  EXPECT_EQ(out.find("Error"), std::string::npos) << out;
  EXPECT_EQ(out.find("Warning"), std::string::npos) << out;
  EXPECT_NE(out.find("returned " + std::to_string(nq_stats_.quads) + " "), std::string::npos) << out;
}

}  // namespace
}  // namespace kg::exporter
