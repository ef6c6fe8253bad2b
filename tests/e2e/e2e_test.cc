// End to end: `kg ingest examples/` with the trained models, then cited
// answers through `kg query --format json`, and re-ingesting changes nothing.
// Skips when the models are not there (a fresh checkout before `kg train`).
#include <gtest/gtest.h>

#include <unistd.h>
#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

struct CmdResult {
  int code = -1;
  std::string out;
};

CmdResult Shell(const std::string& cmd) {
  CmdResult r;
  FILE* p = popen((cmd + " 2>&1").c_str(), "r");
  if (!p) return r;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  int status = pclose(p);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

class E2eTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = (std::filesystem::temp_directory_path() / ("kg_e2e_" + std::to_string(::getpid()))).string();
    std::filesystem::remove_all(db_);
    ingest_ = Shell(std::string(KG_BINARY) + " ingest --quiet --db " + db_ + " " + KG_SOURCE_DIR + "/examples");
  }
  static void TearDownTestSuite() { std::filesystem::remove_all(db_); }
  void SetUp() override {
    if (ingest_.out.find("models") != std::string::npos && ingest_.code != 0) {
      GTEST_SKIP() << "NLP models unavailable: " << ingest_.out;
    }
    ASSERT_EQ(ingest_.code, 0) << ingest_.out;
  }
  // Extraction answers need the parser and NER models, not only the tagger.
  static bool FullModels() {
    const char* env = std::getenv("KG_MODELS");
    std::filesystem::path dir = env && *env ? env : std::string(KG_SOURCE_DIR) + "/models";
    return std::filesystem::exists(dir / "parser.bin") && std::filesystem::exists(dir / "ner.bin");
  }
  static CmdResult Query(const std::string& q) {
    return Shell(std::string(KG_BINARY) + " query --format json --db " + db_ + " -e '" + q + "'");
  }
  static std::string db_;
  static CmdResult ingest_;
};

std::string E2eTest::db_;
CmdResult E2eTest::ingest_;

TEST_F(E2eTest, VisitIsCitedToItsArticle) {
  if (!FullModels()) GTEST_SKIP() << "parser/NER models not trained yet";
  CmdResult r = Query("FIND ?p WHERE ?p visited \"Nairobi\" CITE");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("\"Ana Ruiz\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("ruiz_nairobi_visit.txt"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("visited Nairobi"), std::string::npos) << r.out;  // the cited sentence
}

TEST_F(E2eTest, MeetingAndTitle) {
  if (!FullModels()) GTEST_SKIP() << "parser/NER models not trained yet";
  CmdResult met = Query("FIND ?x WHERE \"Ana Ruiz\" met ?x CITE");
  ASSERT_EQ(met.code, 0) << met.out;
  EXPECT_NE(met.out.find("Samuel Kiprono"), std::string::npos) << met.out;
  CmdResult title = Query("FIND ?t WHERE \"Ana Ruiz\" title ?t");
  ASSERT_EQ(title.code, 0) << title.out;
  EXPECT_NE(title.out.find("Defence Minister"), std::string::npos) << title.out;
}

TEST_F(E2eTest, ReingestChangesNothing) {
  CmdResult before = Shell(std::string(KG_BINARY) + " stats --db " + db_);
  ASSERT_EQ(before.code, 0) << before.out;
  CmdResult again = Shell(std::string(KG_BINARY) + " ingest --quiet --db " + db_ + " " + KG_SOURCE_DIR + "/examples");
  ASSERT_EQ(again.code, 0) << again.out;
  CmdResult after = Shell(std::string(KG_BINARY) + " stats --db " + db_);
  // Every figure but the bytes on disk (RocksDB's log and compactions move them).
  auto figures = [](std::string out) {
    const size_t at = out.find("store size");
    if (at != std::string::npos) out.erase(at, out.find('\n', at) - at);
    return out;
  };
  EXPECT_NE(before.out.find("store size"), std::string::npos);
  EXPECT_EQ(figures(before.out), figures(after.out));
}

}  // namespace

namespace {

// Issue 20: the graph is a function of the documents, not of how they were
// ingested. examples/ (every input format) in one run with --jobs 1, in
// reversed order with --jobs 2, and in two runs must export byte-identical
// N-Quads.
TEST(IngestOrderTest, AnyOrderJobsOrRunsGiveTheSameExport) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("kg_order_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::vector<std::string> files;
  for (const auto& f : fs::directory_iterator(std::string(KG_SOURCE_DIR) + "/examples")) {
    const std::string ext = f.path().extension().string();
    if (ext != ".kgq") files.push_back(f.path().string());
  }
  // Two invented articles where read order mattered: the second names the
  // mayor by her surname only, the first in full.
  std::ofstream(dir / "a_full.txt") << "Tarvik council approves harbour plan\n\nMayor Ilse Varno of Tarvik said on "
                                       "Monday that the council had approved the new harbour plan after a long debate.\n";
  std::ofstream(dir / "b_short.txt") << "Harbour works begin in Tarvik\n\nWork on the harbour began on Friday. Varno "
                                        "said the first ships would dock next spring.\n";
  files.push_back((dir / "a_full.txt").string());
  files.push_back((dir / "b_short.txt").string());
  std::sort(files.begin(), files.end());
  ASSERT_GE(files.size(), 8u);
  const std::string kg = std::string(KG_BINARY);
  auto ingest = [&](const std::string& db, const std::string& jobs, std::vector<std::string> inputs) {
    std::string cmd = kg + " ingest --quiet --jobs " + jobs + " --db " + (dir / db).string();
    for (const auto& f : inputs) cmd += " " + f;
    return Shell(cmd);
  };
  CmdResult one = ingest("one", "1", files);
  if (one.code != 0 && one.out.find("models") != std::string::npos) GTEST_SKIP() << one.out;
  ASSERT_EQ(one.code, 0) << one.out;
  std::vector<std::string> reversed(files.rbegin(), files.rend());
  ASSERT_EQ(ingest("reversed", "2", reversed).code, 0);
  const auto half = static_cast<std::ptrdiff_t>(files.size() / 2);
  ASSERT_EQ(ingest("halves", "2", std::vector<std::string>(files.begin() + half, files.end())).code, 0);
  ASSERT_EQ(ingest("halves", "1", std::vector<std::string>(files.begin(), files.begin() + half)).code, 0);
  std::string first;
  for (const char* db : {"one", "reversed", "halves"}) {
    const std::string out = (dir / (std::string(db) + ".nq")).string();
    ASSERT_EQ(Shell(kg + " export --format nquads --db " + (dir / db).string() + " -o " + out).code, 0);
    std::ifstream in(out, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_GT(bytes.size(), 1000u) << db;
    if (first.empty()) {
      first = bytes;
    } else {
      EXPECT_TRUE(bytes == first) << db << " differs from the one-run export";
    }
  }
  fs::remove_all(dir);
}

}  // namespace

namespace {

// Issue 20, across documents: a surname alone in one article is the one person
// of the store whose full name ends with it, whatever the order and the runs
// the articles came in; a second full name with that surname undoes the link,
// again whatever the order.
TEST(IngestOrderTest, LoneSurnameLinksTheSameInAnyOrderAndRunsAndUnlinksWhenAmbiguous) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("kg_xdoc_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string full = (dir / "full.txt").string(), lone = (dir / "lone.txt").string(),
                    other = (dir / "other.txt").string();
  std::ofstream(full) << "Quarry reopens in Brennholt\n\nMinister Oskar Haldane visited Brennholt on Monday and "
                         "reopened the old quarry.\n";
  std::ofstream(lone) << "Budget vote delayed\n\nMr Haldane said on Thursday that the budget vote would wait until "
                         "spring.\n";
  std::ofstream(other) << "Court ruling in Velmar\n\nJudge Mirela Haldane ruled on Friday that the contract was "
                          "void.\n";
  const std::string kg = std::string(KG_BINARY);
  auto ingest = [&](const std::string& db, const std::vector<std::string>& inputs) {
    std::string cmd = kg + " ingest --quiet --db " + (dir / db).string();
    for (const auto& f : inputs) cmd += " " + f;
    return Shell(cmd);
  };
  auto exported = [&](const std::string& db) {
    return Shell(kg + " export --format nquads --db " + (dir / db).string()).out;
  };
  auto speaker = [&](const std::string& db) {
    return Shell(kg + " query --format csv --db " + (dir / db).string() + " -e 'FIND ?p WHERE ?p said ?q'").out;
  };
  CmdResult first = ingest("one", {full, lone});
  if (first.code != 0 && first.out.find("models") != std::string::npos) GTEST_SKIP() << first.out;
  ASSERT_EQ(first.code, 0) << first.out;
  ASSERT_EQ(ingest("full_then_lone", {full}).code, 0);
  ASSERT_EQ(ingest("full_then_lone", {lone}).code, 0);
  ASSERT_EQ(ingest("lone_then_full", {lone}).code, 0);
  ASSERT_EQ(ingest("lone_then_full", {full}).code, 0);
  EXPECT_NE(speaker("one").find("Oskar Haldane"), std::string::npos) << speaker("one");
  const std::string linked = exported("one");
  EXPECT_EQ(exported("full_then_lone"), linked);
  EXPECT_EQ(exported("lone_then_full"), linked);

  // A second Haldane: the lone surname is nobody's for sure any more.
  ASSERT_EQ(ingest("one", {other}).code, 0);
  ASSERT_EQ(ingest("other_first", {other, lone}).code, 0);
  ASSERT_EQ(ingest("other_first", {full}).code, 0);
  const std::string unlinked = exported("one");
  EXPECT_EQ(speaker("one").find("Oskar Haldane"), std::string::npos) << speaker("one");
  EXPECT_NE(speaker("one").find("Haldane"), std::string::npos) << speaker("one");
  EXPECT_EQ(exported("other_first"), unlinked);
  EXPECT_NE(unlinked, linked);
  fs::remove_all(dir);
}

}  // namespace
