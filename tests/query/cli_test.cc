// kg query end to end: exit codes, error lines naming file/line/column, formats, --keep-going.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

namespace fs = std::filesystem;

struct CliRun {
  int code;
  std::string out, err;
};

CliRun Kg(const std::string& args) {
  fs::path err = fs::temp_directory_path() / ("kg_query_cli_err_" + std::to_string(::getpid()));
  std::string cmd = std::string(KG_BINARY) + " " + args + " 2>" + err.string();
  CliRun r{0, "", ""};
  FILE* p = popen(cmd.c_str(), "r");
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  int status = pclose(p);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream e(err);
  r.err.assign(std::istreambuf_iterator<char>(e), {});
  fs::remove(err);
  return r;
}

class QueryCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("kg_query_cli_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    std::ofstream nt(dir_ / "w.nt");
    nt << "<urn:kg:entity:a> <https://schema.org/name> \"Ann Lee\" .\n"
          "<urn:kg:entity:b> <https://schema.org/name> \"Bo Chen\" .\n"
          "<urn:kg:entity:a> <urn:kg:vocab:met> <urn:kg:entity:b> .\n";
    nt.close();
    db_ = "--db " + (dir_ / "db").string();
    ASSERT_EQ(Kg("import " + db_ + " " + (dir_ / "w.nt").string()).code, 0);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
  std::string db_;
};

TEST_F(QueryCliTest, TableAndJson) {
  CliRun r = Kg("query " + db_ + " -e 'FIND ?y WHERE \"ann lee\" met ?y'");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("Bo Chen"), std::string::npos);
  EXPECT_NE(r.out.find("1 row ("), std::string::npos);
  r = Kg("query " + db_ + " --format json -e 'FIND ?y WHERE \"Ann Lee\" met ?y'");
  EXPECT_EQ(r.out, "{\"columns\":[\"y\"],\"rows\":[{\"y\":{\"id\":\"urn:kg:entity:b\",\"label\":\"Bo Chen\",\"types\":[]}}]}\n");
}

TEST_F(QueryCliTest, SyntaxErrorInFileNamesFileLineColumnAndExits2) {
  std::ofstream q(dir_ / "q.kgq");
  q << "FIND ?y WHERE \"Ann Lee\" met ?y;\n\nFIND ?y\n  WHEN ?y met ?z;\n";
  q.close();
  CliRun r = Kg("query " + db_ + " -f " + (dir_ / "q.kgq").string());
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.out.find("Bo Chen"), std::string::npos);  // the first statement ran
  std::string want = "error: " + (dir_ / "q.kgq").string() + ": line 4, column 3: expected WHERE, found 'WHEN'\n"
                     "    WHEN ?y met ?z\n    ^\n";
  EXPECT_EQ(r.err, want);
}

// A statement nested far too deep is one error line with a clipped excerpt,
// exit 2, not a crash; control bytes in echoed input come back escaped.
TEST_F(QueryCliTest, DeepNestingAndControlBytesGiveReadableErrors) {
  std::ofstream q(dir_ / "deep.kgq");
  q << "FIND ?y WHERE ?y met ?z FILTER " << std::string(5000, '(') << "?y = 1" << std::string(5000, ')') << "\n";
  q.close();
  CliRun r = Kg("query " + db_ + " -f " + (dir_ / "deep.kgq").string());
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("nesting deeper than 256 levels"), std::string::npos) << r.err.substr(0, 300);
  EXPECT_LT(r.err.size(), 600u);  // the 10,000-character line is shown as an excerpt
  std::ofstream c(dir_ / "ctl.kgq");
  c << "FIND ?y WHERE ?y met ?z ORDER \x01 ?y\n";
  c.close();
  r = Kg("query " + db_ + " -f " + (dir_ / "ctl.kgq").string());
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("'\\x01'"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find('\x01'), std::string::npos);
}

TEST_F(QueryCliTest, DirectoryAsQueryFileAndFileAsStoreAreNamed) {
  CliRun dir = Kg("query " + db_ + " -f " + dir_.string());
  EXPECT_EQ(dir.code, 2);
  EXPECT_EQ(dir.err, "error: " + dir_.string() + " is a directory, not a query file\n");
  std::ofstream(dir_ / "plain") << "x\n";
  CliRun file = Kg("query --db " + (dir_ / "plain").string() + " -e 'FIND * WHERE ?s ?p ?o'");
  EXPECT_EQ(file.code, 1);
  EXPECT_EQ(file.err, "error: " + (dir_ / "plain").string() + " is a file, not a kg store (a store is a directory)\n");
}

TEST_F(QueryCliTest, KeepGoingRunsTheRest) {
  CliRun r = Kg("query " + db_ + " --keep-going --format csv -e 'FIND ?x WHERE ?x met' -e 'FIND ?y WHERE ?x met ?y'");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "y\nBo Chen\nAnn Lee\n");
}

// Issue 23: a predicate, type or name this store has never seen is a warning
// (with a suggestion when one is close) and an empty result, exit 0, so one
// script runs on any store.
TEST_F(QueryCliTest, UnknownNamesWarnAndAnswerNothing) {
  CliRun r = Kg("query " + db_ + " --format csv -e 'FIND ?x WHERE ?x metx ?y' -e 'FIND ?x WHERE ?x a Persn' "
                "-e 'FIND ?x WHERE ?x <urn:kg:vocab:zap> ?y' -e 'FIND ?y WHERE \"Cy Dunn\" met ?y'");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "x\n\nx\n\nx\n\ny\n");
  EXPECT_EQ(r.err,
            "warning: no predicate 'metx' in the store (did you mean 'met'?)\n"
            "warning: no type 'Persn' in the store (did you mean 'Person'?)\n"
            "warning: no predicate <urn:kg:vocab:zap> in the store\n"
            "warning: no entity or string named \"Cy Dunn\"\n");
}

// Issue 23: a failed write to standard output is one error line and exit 1.
TEST_F(QueryCliTest, WriteErrorExits1) {
  CliRun r = Kg("query " + db_ + " -e 'FIND ?y WHERE ?x met ?y' >/dev/full");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err.rfind("error: cannot write standard output", 0), 0u) << r.err;
}

TEST_F(QueryCliTest, UsageErrors) {
  EXPECT_EQ(Kg("query " + db_).code, 2);
  EXPECT_EQ(Kg("query " + db_ + " --format xml -e 'FIND ?x WHERE ?x met ?y'").code, 2);
  EXPECT_EQ(Kg("query --db " + (dir_ / "missing").string() + " -e 'FIND ?x WHERE ?x met ?y'").code, 1);
  EXPECT_EQ(Kg("query " + db_ + " -f " + (dir_ / "nope.kgq").string()).code, 1);
}

TEST_F(QueryCliTest, MaxRowsExits1) {
  CliRun r = Kg("query " + db_ + " --max-rows 1 -e 'FIND ?x WHERE ?x met ?y'");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("more than 1 rows (--max-rows)"), std::string::npos) << r.err;
}

}  // namespace
