// `kg sources` and `kg forget` end to end: the listing in every format, a
// store that forgot an article exports exactly as one that never saw it, and
// bad input (an unknown source, no store, no source at all) is one error
// line, a non-zero exit and the store as it was; and a JSON-LD export
// imports back into the same store. Invented articles only.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace {

namespace fs = std::filesystem;

struct Outcome {
  int code = -1;
  std::string out, err;
};

constexpr const char* kSummit =
    "Veloria hosts river talks\n\n"
    "March 3, 2031\n\n"
    "Minister Dara Okonkwo of Veloria met Foreign Minister Lio Benn of Tarsova in Quelport on Monday. "
    "The two ministers signed an agreement on river shipping.\n";
constexpr const char* kVisit =
    "Tarsovan envoy tours Quelport harbour\n\n"
    "March 5, 2031\n\n"
    "Foreign Minister Lio Benn of Tarsova visited the harbour of Quelport on Wednesday. "
    "Lio Benn met Minister Dara Okonkwo of Veloria again at the harbour.\n";

class SourcesForget : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("kg_sources_forget_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "both");
    fs::create_directories(dir_ / "one");
    std::ofstream(dir_ / "both" / "summit.txt") << kSummit;
    std::ofstream(dir_ / "both" / "visit.txt") << kVisit;
    std::ofstream(dir_ / "one" / "visit.txt") << kVisit;
  }
  void TearDown() override { fs::remove_all(dir_); }
  static std::string Slurp(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  Outcome Kg(const std::string& args) {
    std::string cmd = std::string(KG_BINARY) + " " + args + " >" + (dir_ / "out").string() + " 2>" +
                      (dir_ / "err").string() + " </dev/null";
    int status = std::system(cmd.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, Slurp(dir_ / "out"), Slurp(dir_ / "err")};
  }
  std::string Db(const std::string& name) const { return "--db " + (dir_ / name).string(); }
  std::string Export(const std::string& db, const std::string& format) {
    Outcome o = Kg("export " + Db(db) + " --format " + format + " -o " + (dir_ / "export").string());
    EXPECT_EQ(o.code, 0) << o.err;
    return Slurp(dir_ / "export");
  }
  // Ingests both articles into "db" and the second alone into "db_one"; false without models.
  bool Ingest() {
    Outcome o = Kg("ingest " + Db("db") + " " + (dir_ / "both").string());
    if (o.err.find("cannot load the NLP models") != std::string::npos) return false;
    EXPECT_EQ(o.code, 0) << o.err;
    o = Kg("ingest " + Db("db_one") + " " + (dir_ / "one").string());
    EXPECT_EQ(o.code, 0) << o.err;
    return true;
  }
  fs::path dir_;
};

TEST_F(SourcesForget, SourcesListsEachDocumentInEveryFormat) {
  if (!Ingest()) GTEST_SKIP() << "NLP models not built";
  Outcome o = Kg("sources " + Db("db") + " --format json");
  ASSERT_EQ(o.code, 0) << o.err;
  auto j = nlohmann::json::parse(o.out);
  EXPECT_EQ(j["columns"], (nlohmann::json{"source", "title", "published", "facts", "ingested"}));
  ASSERT_EQ(j["rows"].size(), 2u);
  EXPECT_EQ(j["rows"][0]["title"]["value"], "Veloria hosts river talks");  // published first
  EXPECT_EQ(j["rows"][0]["published"]["value"], "2031-03-03");
  EXPECT_GT(std::stoi(j["rows"][0]["facts"]["value"].get<std::string>()), 3);
  EXPECT_EQ(j["rows"][0]["ingested"]["value"].get<std::string>().size(), 20u);  // 2031-03-03T04:05:06Z
  o = Kg("sources " + Db("db") + " --format csv --ids");
  ASSERT_EQ(o.code, 0) << o.err;
  EXPECT_EQ(o.out.rfind("source,title,published,facts,ingested,id\n", 0), 0u) << o.out;
  EXPECT_EQ(std::count(o.out.begin(), o.out.end(), '\n'), 3);
  EXPECT_EQ(Kg("sources " + Db("db") + " --format xml").code, 2);
}

TEST_F(SourcesForget, ForgettingEqualsNeverIngesting) {
  if (!Ingest()) GTEST_SKIP() << "NLP models not built";
  const std::string before = Export("db", "nquads");
  Outcome o = Kg("forget " + Db("db") + " summit.txt");
  ASSERT_EQ(o.code, 0) << o.err;
  EXPECT_EQ(o.out.rfind("forgot 1 document: ", 0), 0u) << o.out;
  EXPECT_NE(Export("db", "nquads"), before);
  EXPECT_EQ(Export("db", "nquads"), Export("db_one", "nquads"));
  EXPECT_EQ(Export("db", "jsonld"), Export("db_one", "jsonld"));
  EXPECT_EQ(Kg("check " + Db("db")).code, 0);
  // The shared fact (the two ministers met) keeps the other article's citation.
  o = Kg("query " + Db("db") + " --format json -e 'FIND ?x WHERE \"Dara Okonkwo\" met ?x CITE'");
  ASSERT_EQ(o.code, 0) << o.err;
  EXPECT_NE(o.out.find("Lio Benn"), std::string::npos) << o.out;
  EXPECT_EQ(o.out.find("summit.txt"), std::string::npos) << o.out;
}

TEST_F(SourcesForget, BadInputIsOneErrorLineAndChangesNothing) {
  if (!Ingest()) GTEST_SKIP() << "NLP models not built";
  const std::string before = Export("db", "nquads");
  Outcome o = Kg("forget " + Db("db") + " visit.txt nowhere.txt");  // one good, one unknown: neither goes
  EXPECT_EQ(o.code, 1);
  EXPECT_EQ(o.err, "error: no document with source 'nowhere.txt' in the store (see 'kg sources')\n");
  EXPECT_EQ(Export("db", "nquads"), before);
  o = Kg("forget " + Db("db"));
  EXPECT_EQ(o.code, 2);
  EXPECT_EQ(std::count(o.err.begin(), o.err.end(), '\n'), 1) << o.err;
  o = Kg("forget " + Db("missing") + " visit.txt");
  EXPECT_EQ(o.code, 1);
  EXPECT_NE(o.err.find("no store at"), std::string::npos) << o.err;
  EXPECT_FALSE(fs::exists(dir_ / "missing"));
  o = Kg("sources " + Db("missing"));
  EXPECT_EQ(o.code, 1);
  EXPECT_FALSE(fs::exists(dir_ / "missing"));
}

// Issue 23: kg import reads what kg export --format jsonld writes: a fresh
// store fed the JSON-LD exports exactly what the original does, documents
// and citations included.
TEST_F(SourcesForget, JsonLdExportImportsBackUnchanged) {
  if (!Ingest()) GTEST_SKIP() << "NLP models not built";
  const std::string jsonld = Export("db", "jsonld");
  std::ofstream(dir_ / "graph.jsonld") << jsonld;
  Outcome o = Kg("import " + Db("copy") + " " + (dir_ / "graph.jsonld").string());
  ASSERT_EQ(o.code, 0) << o.err;
  EXPECT_EQ(Export("copy", "nquads"), Export("db", "nquads"));
  EXPECT_EQ(Export("copy", "jsonld"), jsonld);
  // Malformed JSON-LD: its line, exit 1, nothing stored.
  std::ofstream(dir_ / "bad.jsonld") << "{\n  \"@id\": \"urn:kg:entity:x\",\n  oops\n}\n";
  const std::string before = Export("copy", "nquads");
  o = Kg("import " + Db("copy") + " " + (dir_ / "bad.jsonld").string());
  EXPECT_EQ(o.code, 1);
  EXPECT_EQ(o.err, "error: " + (dir_ / "bad.jsonld").string() +
                       ":3: malformed JSON (nothing from this file was stored)\n");
  EXPECT_EQ(Export("copy", "nquads"), before);
}

}  // namespace
