// Permission errors as a user meets them (issue 22): a store directory kg may
// not write or read, a store it may not create, an article or query file it
// may not read. Each is one "error: ..." line naming the path and the reason,
// exit 1, and the store as it was. Root ignores permission bits, so the tests
// run kg as `nobody` and skip where the test cannot drop privileges.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/cli/kg_process.h"

namespace kg::testing_cli {
namespace {

namespace fs = std::filesystem;

constexpr int kNobody = 65534;

class Permissions : public ::testing::Test {
 protected:
  void SetUp() override {
    if (::geteuid() != 0) GTEST_SKIP() << "needs root to run kg as another user";
    dir_ = fs::temp_directory_path() / ("kg_permissions_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    fs::permissions(dir_, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                              fs::perms::others_read | fs::perms::others_exec);
    nt_ = Write("facts.nt", "<urn:kg:entity:velo> <https://schema.org/name> \"Velo Arnak\" .\n");
    db_ = (dir_ / "db").string();
    ASSERT_EQ(Shell("import --db " + db_ + " " + nt_), 0);
    if (RunKg({"--version"}, Stdout::kDevFull, kNobody).exit_code == 125)
      GTEST_SKIP() << "cannot drop privileges";
  }
  void TearDown() override {
    if (!dir_.empty()) fs::remove_all(dir_);
  }
  std::string Write(const std::string& name, const std::string& text) {
    std::ofstream((dir_ / name).string()) << text;
    return (dir_ / name).string();
  }
  int Shell(const std::string& args) {
    std::string cmd = std::string(KG_BINARY) + " " + args + " >" + (dir_ / "out").string() + " 2>&1";
    return WEXITSTATUS(std::system(cmd.c_str()));
  }
  std::string Out() {
    std::ifstream in(dir_ / "out");
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  // The store still answers, as root, with the one name imported in SetUp.
  void ExpectStoreIntact() {
    EXPECT_EQ(Shell("check --db " + db_), 0) << Out();
    EXPECT_EQ(Shell("query --format csv --db " + db_ + " -e 'FIND ?n WHERE ?x label ?n'"), 0) << Out();
    EXPECT_EQ(Out(), "n\nVelo Arnak\n");
  }
  static KgOutcome AsNobody(const std::vector<std::string>& args) {
    return RunKg(args, Stdout::kClosedPipe, kNobody);
  }

  fs::path dir_;
  std::string nt_, db_;
};

void ExpectOneErrorLine(const KgOutcome& o, const std::string& line) {
  EXPECT_EQ(o.signal, 0);
  EXPECT_EQ(o.exit_code, 1);
  EXPECT_EQ(o.err, "error: " + line + "\n");
}

TEST_F(Permissions, ImportIntoAStoreNobodyMayWrite) {
  ExpectOneErrorLine(AsNobody({"import", "--db", db_, nt_}),
                     "store " + db_ + " is not writable (Permission denied)");
  ExpectStoreIntact();
}

TEST_F(Permissions, IngestIntoAStoreNobodyMayWrite) {
  std::string article =
      Write("article.txt", "Harbour opens\n\nVelo Arnak opened the harbour in Dunmarrow.\n");
  KgOutcome o = AsNobody({"ingest", "--db", db_, article});
  if (o.err.find("cannot load the NLP models") != std::string::npos) GTEST_SKIP() << o.err;
  ExpectOneErrorLine(o, "store " + db_ + " is not writable (Permission denied)");
  ExpectStoreIntact();
}

TEST_F(Permissions, AStoreWhoseFilesNobodyMayOpen) {
  fs::permissions(db_, fs::perms::all);  // the directory is open, its files are root's
  ExpectOneErrorLine(AsNobody({"import", "--db", db_, nt_}),
                     "store " + db_ + " is not writable (Permission denied)");
  for (const auto& f : fs::directory_iterator(db_))
    fs::permissions(f.path(), fs::perms::owner_read | fs::perms::owner_write);
  ExpectOneErrorLine(AsNobody({"stats", "--db", db_}), "cannot read store " + db_ + " (Permission denied)");
  ExpectStoreIntact();
}

TEST_F(Permissions, AStoreWhereNobodyMayCreateIt) {
  std::string db = (dir_ / "new").string();  // dir_ is writable by root only
  ExpectOneErrorLine(AsNobody({"import", "--db", db, nt_}),
                     "cannot create store " + db + " (Permission denied)");
  EXPECT_FALSE(fs::exists(db));
}

TEST_F(Permissions, AStoreNobodyMayRead) {
  fs::permissions(db_, fs::perms::owner_all);
  const std::string line = "cannot read store " + db_ + " (Permission denied)";
  ExpectOneErrorLine(AsNobody({"query", "--db", db_, "-e", "FIND ?n WHERE ?x label ?n"}), line);
  ExpectOneErrorLine(AsNobody({"stats", "--db", db_}), line);
  ExpectOneErrorLine(AsNobody({"export", "--db", db_}), "cannot open store " + db_ + ": " + line);
  ExpectOneErrorLine(AsNobody({"import", "--db", db_, nt_}), line);
  ExpectStoreIntact();
}

TEST_F(Permissions, UnreadableInputFiles) {
  std::string query = Write("query.kgq", "FIND ?n WHERE ?x label ?n");
  fs::permissions(query, fs::perms::owner_read | fs::perms::owner_write);
  ExpectOneErrorLine(AsNobody({"query", "--db", db_, "-f", query}),
                     "cannot read query file " + query + " (Permission denied)");
  fs::permissions(nt_, fs::perms::owner_read | fs::perms::owner_write);
  std::string db = (dir_ / "open").string();
  fs::create_directories(db);
  fs::permissions(db, fs::perms::all);
  KgOutcome o = AsNobody({"import", "--db", db, nt_});
  EXPECT_EQ(o.exit_code, 1);
  EXPECT_NE(o.err.find("cannot read"), std::string::npos) << o.err;
  EXPECT_NE(o.err.find(nt_), std::string::npos) << o.err;
  EXPECT_EQ(o.err.find('\n'), o.err.size() - 1) << o.err;  // one line
}

TEST_F(Permissions, UnreadableArticle) {
  std::string article = Write("secret.txt", "Harbour opens\n\nVelo Arnak opened the harbour in Dunmarrow.\n");
  fs::permissions(article, fs::perms::owner_read | fs::perms::owner_write);
  std::string db = (dir_ / "open").string();
  fs::create_directories(db);
  fs::permissions(db, fs::perms::all);
  KgOutcome o = AsNobody({"ingest", "--quiet", "--db", db, article});
  if (o.err.find("cannot load the NLP models") != std::string::npos) GTEST_SKIP() << o.err;
  ExpectOneErrorLine(o, article + ": cannot open: Permission denied");
}

}  // namespace
}  // namespace kg::testing_cli
