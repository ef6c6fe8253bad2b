// `kg import` and `kg stats` end to end: exit codes, error lines, all-or-nothing
// per file, $KG_DB, locking (CONTRACT.md sections 1 and 5).
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

#include "graph/store.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

struct RunResult {
  int code;
  std::string out, err;
};

class ImportCli : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(KG_BINARY)) GTEST_SKIP() << "kg binary not built";
    std::random_device rd;
    dir_ = fs::temp_directory_path() / ("kg_cli_" + std::to_string(rd()));
    fs::create_directories(dir_);
    db_ = (dir_ / "db").string();
  }
  void TearDown() override {
    std::error_code ec;
    if (!dir_.empty()) fs::remove_all(dir_, ec);
  }
  std::string Write(const std::string& name, const std::string& text) {
    std::ofstream((dir_ / name).string()) << text;
    return (dir_ / name).string();
  }
  static std::string Slurp(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  RunResult Kg(const std::string& args, const std::string& env = "") {
    std::string cmd = env + " " + KG_BINARY + " " + args + " >" + (dir_ / "out").string() + " 2>" +
                      (dir_ / "err").string();
    int status = std::system(cmd.c_str());
    return {WEXITSTATUS(status), Slurp(dir_ / "out"), Slurp(dir_ / "err")};
  }
  uint64_t Triples() {
    auto r = Kg("stats --format json --db " + db_);
    EXPECT_EQ(r.code, 0) << r.err;
    return nlohmann::json::parse(r.out)["triples"].get<uint64_t>();
  }

  fs::path dir_;
  std::string db_;
};

constexpr const char* kGood =
    "<urn:kg:entity:kim> <https://schema.org/name> \"Kim Jong Un\" .\n"
    "<urn:kg:entity:kim> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Person> .\n"
    "<http://ex/summit> <https://schema.org/attendee> <urn:kg:entity:kim> .\n";

TEST_F(ImportCli, ImportsAFileAndStatsCountsIt) {
  auto r = Kg("import --db " + db_ + " " + Write("good.nt", kGood));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(Triples(), 3u);
  auto stats = Kg("stats --db " + db_);
  EXPECT_NE(stats.out.find("triples     3"), std::string::npos) << stats.out;
  EXPECT_NE(stats.out.find("attended"), std::string::npos) << stats.out;  // flipped from schema:attendee
  // Re-import adds nothing.
  r = Kg("import --db " + db_ + " " + (dir_ / "good.nt").string());
  ASSERT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("0 new statements"), std::string::npos) << r.out;
  EXPECT_EQ(Triples(), 3u);
}

// Issue 22: a blank graph name stays a blank node on export (never an IRI
// such as urn:kg:source:_%3A...), in N-Quads and JSON-LD, and the export
// imports again.
TEST_F(ImportCli, BlankGraphNameIsExportedAsABlankNode) {
  std::string src = Write("blank.nq", "<urn:kg:entity:a> <urn:kg:vocab:met> <urn:kg:entity:b> _:g1 .\n");
  ASSERT_EQ(Kg("import --db " + db_ + " " + src).code, 0);
  auto nq = Kg("export --format nquads --db " + db_);
  ASSERT_EQ(nq.code, 0) << nq.err;
  EXPECT_EQ(nq.out.find("urn:kg:source:_"), std::string::npos) << nq.out;
  const std::string stmt = "<urn:kg:entity:a> <urn:kg:vocab:met> <urn:kg:entity:b> _:";
  EXPECT_NE(nq.out.find(stmt), std::string::npos) << nq.out;
  auto ld = Kg("export --format jsonld --db " + db_);
  ASSERT_EQ(ld.code, 0) << ld.err;
  EXPECT_EQ(ld.out.find("urn:kg:source:_"), std::string::npos);
  EXPECT_NE(ld.out.find("{\"@id\": \"_:"), std::string::npos);
  const std::string db2 = (dir_ / "db2").string();
  auto r = Kg("import --db " + db2 + " " + Write("again.nq", nq.out));
  ASSERT_EQ(r.code, 0) << r.err;
  auto again = Kg("export --format nquads --db " + db2);
  EXPECT_NE(again.out.find(stmt), std::string::npos) << again.out;
}

// Issue 22: triples added after kg export's header are imported, not dropped;
// typed literals come back out of the store exactly as they went in.
TEST_F(ImportCli, ExportFileWithAddedTriplesAndTypedLiteralsRoundTrip) {
  const std::string xsd = "http://www.w3.org/2001/XMLSchema#";
  std::string src = Write("typed.nt",
                          "<urn:kg:entity:a> <urn:kg:vocab:weight> \"123\"^^<" + xsd + "byte> .\n"
                          "<urn:kg:entity:a> <urn:kg:vocab:ratio> \"1\"^^<" + xsd + "double> .\n"
                          "<urn:kg:entity:a> <urn:kg:vocab:founded> \"12345\"^^<" + xsd + "gYear> .\n");
  ASSERT_EQ(Kg("import --db " + db_ + " " + src).code, 0);
  auto exported = Kg("export --format nquads --db " + db_);
  ASSERT_EQ(exported.code, 0) << exported.err;
  for (const char* literal : {"\"123\"^^<http://www.w3.org/2001/XMLSchema#byte>",
                              "\"1\"^^<http://www.w3.org/2001/XMLSchema#double>",
                              "\"12345\"^^<http://www.w3.org/2001/XMLSchema#gYear>"}) {
    EXPECT_NE(exported.out.find(literal), std::string::npos) << literal;
  }
  // The export with two plain triples added at its end, into a new store.
  std::string edited = Write("edited.nq", exported.out +
                                              "<urn:kg:entity:b> <urn:kg:vocab:met> <urn:kg:entity:c> .\n"
                                              "<urn:kg:entity:b> <urn:kg:vocab:met> <urn:kg:entity:d> <http://g/1> .\n");
  const std::string db2 = (dir_ / "db2").string();
  auto r = Kg("import --db " + db2 + " " + edited);
  ASSERT_EQ(r.code, 0) << r.err;
  auto q = Kg("query --db " + db2 + " --format json -e 'FIND ?x WHERE <urn:kg:entity:b> met ?x ORDER BY ?x'");
  EXPECT_EQ(q.code, 0) << q.err;
  EXPECT_NE(q.out.find("\"id\":\"urn:kg:entity:c\""), std::string::npos) << q.out;
  EXPECT_NE(q.out.find("\"id\":\"urn:kg:entity:d\""), std::string::npos) << q.out;
  auto w = Kg("query --db " + db2 + " --format csv -e 'FIND ?w WHERE <urn:kg:entity:a> weight ?w FILTER ?w > 100'");
  EXPECT_NE(w.out.find("123"), std::string::npos) << w.out << w.err;  // xsd:byte compares as a number
}

// Issue 22: kg check verifies a sound store; after bytes of its table files
// are flipped, kg check and any query reading them say "corruption" (exit 1),
// never a wrong answer.
TEST_F(ImportCli, CheckFindsCorruptionAndQueriesReportIt) {
  std::string nt;
  for (int i = 0; i < 3000; ++i) {
    nt += "<urn:kg:entity:p" + std::to_string(i % 700) + "> <urn:kg:vocab:attended> <urn:kg:entity:e" +
          std::to_string(i) + "> .\n";
  }
  ASSERT_EQ(Kg("import --db " + db_ + " " + Write("big.nt", nt)).code, 0);
  auto ok = Kg("check --db " + db_);
  EXPECT_EQ(ok.code, 0) << ok.err;
  EXPECT_NE(ok.out.find("ok: "), std::string::npos) << ok.out;
  EXPECT_NE(ok.out.find(" 3000 statements"), std::string::npos) << ok.out;
  int damaged = 0;
  for (const auto& f : fs::directory_iterator(db_)) {
    if (f.path().extension() != ".sst" || f.file_size() < 10000) continue;
    std::fstream io(f.path(), std::ios::in | std::ios::out | std::ios::binary);
    io.seekg(static_cast<std::streamoff>(f.file_size() / 4));
    std::string bytes(16, '\0');
    io.read(bytes.data(), 16);
    for (char& c : bytes) c = static_cast<char>(~c);
    io.seekp(static_cast<std::streamoff>(f.file_size() / 4));
    io.write(bytes.data(), 16);
    ++damaged;
  }
  ASSERT_GT(damaged, 0);
  auto bad = Kg("check --db " + db_);
  EXPECT_EQ(bad.code, 1);
  EXPECT_NE(bad.err.find("corruption"), std::string::npos) << bad.err;
  auto q = Kg("query --db " + db_ + " -e 'FIND ?s ?o WHERE ?s ?p ?o'");
  EXPECT_EQ(q.code, 1) << q.out.substr(0, 200);
  EXPECT_NE(q.err.find("Corruption"), std::string::npos) << q.err;
}

// Issue 22: reads beyond statement scans report errors too. Only the
// provenance tables are damaged: a query without CITE still answers (it reads
// no provenance), but citing or exporting says "corruption" (exit 1) instead
// of rows without their citations.
TEST_F(ImportCli, DamagedProvenanceIsReportedNotSkipped) {
  std::string nt;
  for (int i = 0; i < 3000; ++i) {
    nt += "<urn:kg:entity:p" + std::to_string(i % 700) + "> <urn:kg:vocab:attended> <urn:kg:entity:e" +
          std::to_string(i) + "> .\n";
  }
  ASSERT_EQ(Kg("import --db " + db_ + " " + Write("big.nt", nt)).code, 0);
  int damaged = 0;
  for (const auto& f : fs::directory_iterator(db_)) {
    if (f.path().extension() != ".sst" || f.file_size() < 10000) continue;
    const std::string bytes = Slurp(f.path());
    // The table's properties name its column family ("prov" holds
    // provenance): key "rocksdb.column.family.name" is stored as "name" after
    // the prefix it shares with "rocksdb.column.family.id", then the value.
    const size_t family = bytes.rfind("column.family.id");
    if (family == std::string::npos || bytes.find("nameprov", family) > family + 64) continue;
    std::fstream io(f.path(), std::ios::in | std::ios::out | std::ios::binary);
    std::string block(16, '\0');
    io.seekg(static_cast<std::streamoff>(f.file_size() / 4));
    io.read(block.data(), 16);
    for (char& c : block) c = static_cast<char>(~c);
    io.seekp(static_cast<std::streamoff>(f.file_size() / 4));
    io.write(block.data(), 16);
    ++damaged;
  }
  ASSERT_GT(damaged, 0);
  auto plain = Kg("query --db " + db_ + " --format csv -e 'FIND COUNT(*) WHERE ?s attended ?o'");
  EXPECT_EQ(plain.code, 0) << plain.err;
  EXPECT_NE(plain.out.find("3000"), std::string::npos) << plain.out;
  auto cited = Kg("query --db " + db_ + " -e 'FIND ?s ?o WHERE ?s attended ?o CITE'");
  EXPECT_EQ(cited.code, 1) << cited.out.substr(0, 200);
  EXPECT_NE(cited.err.find("orruption"), std::string::npos) << cited.err;
  auto exported = Kg("export --format nquads --db " + db_);
  EXPECT_EQ(exported.code, 1);
  EXPECT_NE(exported.err.find("orruption"), std::string::npos) << exported.err;
}

TEST_F(ImportCli, MalformedLineStoresNothingFromThatFile) {
  std::string bad = Write("bad.nq",
                          "<urn:kg:entity:a> <urn:kg:vocab:met> <urn:kg:entity:b> <http://g/1> .\n"
                          "# comment\n"
                          "<urn:kg:entity:a> <urn:kg:vocab:met> \"unterminated .\n"
                          "<urn:kg:entity:c> <urn:kg:vocab:met> <urn:kg:entity:d> .\n");
  std::string good = Write("good.nt", kGood);
  auto r = Kg("import --db " + db_ + " " + good + " " + bad);
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err.rfind("error: " + bad + ":3: ", 0), 0u) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_EQ(Triples(), 3u);  // the good file only
  EXPECT_NE(r.out.find("imported 3 triples from 1 of 2 files in "), std::string::npos) << r.out;
  // A lone bad file: its error line only, no summary of nothing.
  r = Kg("import --db " + db_ + " " + bad);
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_EQ(r.out, "") << r.out;
  EXPECT_EQ(Triples(), 3u);
}

TEST_F(ImportCli, KgDbEnvironmentAndMissingStore) {
  auto r = Kg("stats", "KG_DB=" + db_);
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err.rfind("error: no store at " + db_, 0), 0u) << r.err;
  EXPECT_FALSE(fs::exists(db_));
  r = Kg("import " + Write("good.nt", kGood), "KG_DB=" + db_);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(Triples(), 3u);
}

TEST_F(ImportCli, UsageErrors) {
  EXPECT_EQ(Kg("import --help").code, 0);
  EXPECT_EQ(Kg("stats --help").code, 0);
  auto r = Kg("import --db " + db_);
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err.rfind("error: ", 0), 0u);
  EXPECT_EQ(Kg("stats --bogus").code, 2);
  EXPECT_EQ(Kg("stats --format xml --db " + db_).code, 2);
  r = Kg("import --db " + db_ + " " + (dir_ / "missing.nt").string());
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("cannot read"), std::string::npos);
}

TEST_F(ImportCli, SecondWriterGetsOneClearLine) {
  ASSERT_EQ(Kg("import --db " + db_ + " " + Write("good.nt", kGood)).code, 0);
  auto holder = graph::Store::Open(db_, {});
  ASSERT_TRUE(holder.ok());
  auto r = Kg("import --db " + db_ + " " + (dir_ / "good.nt").string());
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "error: store " + db_ + " is locked by another kg process\n");
  EXPECT_EQ(Triples(), 3u);  // readers still work while the writer holds the store
}

}  // namespace
}  // namespace kg
