// `kg export` and `kg import` as a user runs them: exit codes and error lines,
// and export -> import into an empty store -> export giving the same file.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/export/sample_store.h"

namespace kg::exporter {
namespace {

struct KgRun {
  int code = -1;
  std::string out;  // stdout + stderr
};

KgRun Kg(const std::string& args) {
  KgRun r;
  FILE* p = ::popen((std::string("'") + KG_BINARY + "' " + args + " 2>&1").c_str(), "r");
  if (!p) return r;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  int status = ::pclose(p);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

std::string Slurp(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream s;
  s << f.rdbuf();
  return s.str();
}

class ExportCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(KG_BINARY)) GTEST_SKIP() << "kg binary not built";
    auto store = graph::testing::OpenOrDie(dir_.path("a"));
    ASSERT_TRUE(store);
    ASSERT_TRUE(testing::BuildSample(*store));
  }  // the store closes here, so kg can open it
  graph::testing::TempDir dir_;
};

TEST_F(ExportCliTest, MissingStoreIsARuntimeError) {
  KgRun r = Kg("export --format nquads --db '" + dir_.path("nothing") + "'");
  EXPECT_EQ(r.code, 1);
  EXPECT_TRUE(r.out.starts_with("error: ")) << r.out;
  EXPECT_EQ(r.out.find('\n'), r.out.size() - 1) << r.out;  // one line
  EXPECT_FALSE(std::filesystem::exists(dir_.path("nothing")));  // not created
}

TEST_F(ExportCliTest, UnknownFormatIsAUsageError) {
  KgRun r = Kg("export --format turtle --db '" + dir_.path("a") + "'");
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.out.starts_with("error: ")) << r.out;
}

TEST_F(ExportCliTest, ExportImportExportIsIdentical) {
  const std::string a = dir_.path("a"), b = dir_.path("b");
  const std::string a_nq = dir_.path("a.nq"), b_nq = dir_.path("b.nq");
  KgRun r = Kg("export --format nquads --db '" + a + "' -o '" + a_nq + "'");
  ASSERT_EQ(r.code, 0) << r.out;
  r = Kg("import --db '" + b + "' '" + a_nq + "'");
  ASSERT_EQ(r.code, 0) << r.out;
  r = Kg("export --format nquads --db '" + b + "' -o '" + b_nq + "'");
  ASSERT_EQ(r.code, 0) << r.out;
  std::string first = Slurp(a_nq);
  EXPECT_GT(first.size(), 1000u);
  EXPECT_EQ(Slurp(b_nq), first);
  // JSON-LD to stdout works too and starts with the context.
  r = Kg("export --format jsonld --db '" + b + "'");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(r.out.starts_with("{\n  \"@context\": {")) << r.out.substr(0, 200);
}

TEST_F(ExportCliTest, ImportOfATruncatedCitationStoresNothing) {
  const std::string a_nq = dir_.path("a.nq");
  ASSERT_EQ(Kg("export --db '" + dir_.path("a") + "' -o '" + a_nq + "'").code, 0);
  // Drop every kgp:end line: citations are incomplete, the file must fail whole.
  std::istringstream in(Slurp(a_nq));
  std::ofstream out(dir_.path("bad.nq"));
  for (std::string line; std::getline(in, line);)
    if (line.find("<urn:kg:prov:end>") == std::string::npos) out << line << "\n";
  out.close();
  KgRun r = Kg("import --db '" + dir_.path("c") + "' '" + dir_.path("bad.nq") + "'");
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find("error: "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("kgp:end"), std::string::npos) << r.out;
  // Nothing stored: the store the failed import created is not left behind.
  KgRun stats = Kg("stats --db '" + dir_.path("c") + "'");
  EXPECT_EQ(stats.code, 1) << stats.out;
  EXPECT_NE(stats.out.find("no store at"), std::string::npos) << stats.out;
}

}  // namespace
}  // namespace kg::exporter
