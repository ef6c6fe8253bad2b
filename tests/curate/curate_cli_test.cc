// kg merge, rename, reject and curations end to end on invented articles:
// corrections that survive re-ingesting and documents added later, listed,
// exported in their own graph and undone; and their error paths (one error
// line, a non-zero exit, the store unchanged). Skips without the NLP models.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

namespace fs = std::filesystem;

struct CmdResult {
  int code = -1;
  std::string out, err;
};

// Runs a shell command; stdout and stderr apart.
CmdResult Shell(const std::string& cmd, const fs::path& err_file) {
  CmdResult r;
  FILE* p = popen((cmd + " 2>" + err_file.string()).c_str(), "r");
  if (!p) return r;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  int status = pclose(p);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream in(err_file);
  r.err.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return r;
}

class CurateCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("kg_curate_cli_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = (dir_ / "db").string();
    std::ofstream(dir_ / "a.txt")
        << "Veloria harbour talks\n\nAdmiral Dara Okonkwo visited Tarvik on Monday. "
           "Dara Okonkwo met Mayor Ilse Varno in Tarvik.\n";
    std::ofstream(dir_ / "b.txt") << "Harbour works\n\nMayor Ilse Varno visited Marsden on Friday. Varno met "
                                     "Admiral Dara Okonkwo there.\n";
    CmdResult r = Kg("ingest --quiet " + (dir_ / "a.txt").string());
    if (r.code != 0 && r.err.find("models") != std::string::npos) GTEST_SKIP() << r.err;
    ASSERT_EQ(r.code, 0) << r.err;
  }
  void TearDown() override { fs::remove_all(dir_); }
  CmdResult Kg(const std::string& args, const std::string& db = "") {
    return Shell(std::string(KG_BINARY) + " " + args + " --db " + (db.empty() ? db_ : db), dir_ / "stderr");
  }
  std::string Export() { return Kg("export --format nquads").out; }
  // One error line on stderr, starting "error: ".
  static void ExpectOneErrorLine(const CmdResult& r) {
    EXPECT_EQ(r.err.rfind("error: ", 0), 0u) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  }
  fs::path dir_;
  std::string db_;
};

TEST_F(CurateCliTest, CurationsSurviveReingestAndNewDocumentsAndUndoRestores) {
  const std::string original = Export();
  CmdResult merge = Kg("merge \"Dara Okonkwo\" \"Ilse Varno\" --by tester");
  ASSERT_EQ(merge.code, 0) << merge.err;
  EXPECT_EQ(merge.out.rfind("c1: merge", 0), 0u) << merge.out;
  CmdResult rename = Kg("rename \"Dara Okonkwo\" \"Dara Okonkwo-Lyle\"");
  ASSERT_EQ(rename.code, 0) << rename.err;
  CmdResult reject = Kg("reject '\"Dara Okonkwo-Lyle\" visited ?'");
  ASSERT_EQ(reject.code, 0) << reject.err;

  auto check = [&](const std::string& when) {
    CmdResult visits = Kg("query --format csv -e 'FIND ?p ?x WHERE ?p visited ?x'");
    EXPECT_EQ(visits.out.find("Okonkwo"), std::string::npos) << when << visits.out;
    CmdResult people = Kg("query --format csv -e 'FIND ?p WHERE ?p a Person'");
    EXPECT_NE(people.out.find("Dara Okonkwo-Lyle"), std::string::npos) << when << people.out;
    EXPECT_EQ(people.out.find("Ilse Varno"), std::string::npos) << when << people.out;
  };
  check("after the curations: ");
  ASSERT_EQ(Kg("ingest --quiet " + (dir_ / "a.txt").string()).code, 0);  // unchanged
  ASSERT_EQ(Kg("ingest --quiet " + (dir_ / "b.txt").string()).code, 0);  // says the rejected thing again
  check("after more documents: ");

  CmdResult list = Kg("curations");
  ASSERT_EQ(list.code, 0) << list.err;
  EXPECT_NE(list.out.find("c1  "), std::string::npos) << list.out;
  EXPECT_NE(list.out.find("tester"), std::string::npos) << list.out;
  EXPECT_NE(list.out.find("c3  "), std::string::npos) << list.out;
  CmdResult json = Kg("curations --format json");
  EXPECT_NE(json.out.find("\"action\":\"reject\""), std::string::npos) << json.out;
  const std::string exported = Export();
  EXPECT_NE(exported.find("<urn:kg:curation:c1> <urn:kg:vocab:curatedBy> \"tester\" <urn:kg:curations> ."),
            std::string::npos);
  EXPECT_EQ(Kg("check").code, 0);

  for (const char* id : {"c3", "c2", "c1"}) {
    ASSERT_EQ(Kg(std::string("curations --undo ") + id).code, 0) << id;
  }
  const fs::path fresh = dir_ / "fresh";
  ASSERT_EQ(
      Kg("ingest --quiet " + (dir_ / "a.txt").string() + " " + (dir_ / "b.txt").string(), fresh.string())
          .code,
      0);
  EXPECT_EQ(Export(), Kg("export --format nquads", fresh.string()).out);
  EXPECT_NE(Export(), original);  // b.txt is in it now
}

TEST_F(CurateCliTest, RejectTakesThePatternAsThreeArgumentsToo) {
  const std::string query = "query --format csv -e 'FIND ?p ?x WHERE ?p visited ?x'";
  ASSERT_NE(Kg(query).out.find("Tarvik"), std::string::npos) << Kg(query).out;
  CmdResult reject = Kg("reject \"Dara Okonkwo\" visited Tarvik");
  ASSERT_EQ(reject.code, 0) << reject.err;
  EXPECT_EQ(reject.out, "c1: reject \"Dara Okonkwo\" visited \"Tarvik\"\n");
  EXPECT_EQ(Kg(query).out.find("Tarvik"), std::string::npos) << Kg(query).out;
}

TEST_F(CurateCliTest, ErrorsAreOneLineAndLeaveTheStoreAsItWas) {
  const std::string before = Export();
  struct Case {
    std::string args;
    int code;
  };
  for (const Case& c : std::vector<Case>{{"merge \"Dara Okonkwo\" \"Nobody Known\"", 1},
                                         {"merge \"Dara Okonkwo\"", 2},
                                         {"merge \"Dara Okonkwo\" \"dara okonkwo\"", 2},
                                         {"rename \"Nobody Known\" \"X Y\"", 1},
                                         {"rename \"Dara Okonkwo\" \"--\"", 2},
                                         {"reject '\"Dara Okonkwo\" visited'", 2},
                                         {"reject '? ? ?'", 2},
                                         {"reject '\"Dara Okonkwo\" befriended ?'", 1},
                                         {"reject '\"Dara Okonkwo visited ?'", 2},
                                         {"curations --undo c7", 1},
                                         {"curations --undo seven", 2}}) {
    CmdResult r = Kg(c.args);
    EXPECT_EQ(r.code, c.code) << c.args << ": " << r.err;
    ExpectOneErrorLine(r);
  }
  EXPECT_EQ(Export(), before);
  EXPECT_EQ(Kg("curations").out, "no curations\n");

  const std::string missing = (dir_ / "missing").string();
  for (const char* args :
       {"merge A B", "rename A \"B C\"", "reject '\"A\" met ?'", "curations", "curations --undo c1"}) {
    CmdResult r = Kg(args, missing);
    EXPECT_EQ(r.code, 1) << args;
    ExpectOneErrorLine(r);
    EXPECT_FALSE(fs::exists(missing)) << args;
  }
}

}  // namespace
