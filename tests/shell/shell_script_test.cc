// Scripted query files: `kg query -f FILE` / `-f -` and `kg shell < FILE`
// run statements in order; an error names the file, line and column and stops
// with exit code 2, or the run goes on with --keep-going and still fails.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "tests/shell/kg_runner.h"

namespace kg::testing {
namespace {

class ScriptTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string error;
    db_ = FixtureStore(&error);
    ASSERT_FALSE(db_.empty()) << error;
    dir_ = MakeTempDir();
  }
  std::string Script(const std::string& name, const std::string& text) {
    std::string path = dir_ + "/" + name;
    EXPECT_TRUE(WriteFile(path, text));
    return path;
  }
  std::string db_, dir_;
};

// Two statements, comments of both kinds, blank lines, a statement spread
// over lines and a last one without ';'.
constexpr const char* kGood =
    "# officials and who they met\n"
    "\n"
    "FIND ?p WHERE ?p a Official ORDER BY ?p;  -- both officials\n"
    "FIND ?c\n"
    "  WHERE \"Mira Castell\" visited ?c\n";

// Line 4, column 9: WHEN where WHERE belongs.
constexpr const char* kBad =
    "# the second statement is wrong\n"
    "FIND ?p WHERE ?p a Official ORDER BY ?p;\n"
    "\n"
    "FIND ?x WHEN ?x met ?y;\n"
    "FIND ?c WHERE ?c a Country;\n";

TEST_F(ScriptTest, QueryFileRunsStatementsInOrder) {
  RunResult r = RunKg({"query", "--db", db_, "--format", "csv", "-f", Script("good.kgq", kGood)});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "p\nJonas Petrov\nMira Castell\n\nc\nValdora\n") << r.err;  // result sets apart
}

TEST_F(ScriptTest, QueryFileFromStdin) {
  RunResult r = RunKg({"query", "--db", db_, "--format", "csv", "-f", "-"}, kGood);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "p\nJonas Petrov\nMira Castell\n\nc\nValdora\n") << r.err;  // result sets apart
}

TEST_F(ScriptTest, SyntaxErrorNamesFileLineAndColumnAndStops) {
  std::string path = Script("bad.kgq", kBad);
  RunResult r = RunKg({"query", "--db", db_, "--format", "csv", "-f", path});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("bad.kgq"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("line 4, column 9"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "p\nJonas Petrov\nMira Castell\n");  // the statement after the error did not run
}

TEST_F(ScriptTest, KeepGoingRunsTheRestAndStillFails) {
  RunResult r = RunKg({"query", "--db", db_, "--format", "csv", "--keep-going", "-f", Script("bad.kgq", kBad)});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("line 4, column 9"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "p\nJonas Petrov\nMira Castell\n\nc\nValdora\n");
}

// .why lists each matching fact once with every source and the rule behind it.
TEST_F(ScriptTest, WhyShowsEachFactWithItsSourcesAndRule) {
  const std::string kFixture = std::string(KG_SOURCE_DIR) + "/tests/shell/fixture.nt";  // the import's source
  RunResult r = RunKg({"shell", "--db", db_}, ".why \"Mira Castell\" visited ?c\n.why ?p a Official;\n.why\n");
  EXPECT_EQ(r.exit_code, 2) << r.err;  // the bare .why at the end is a usage error
  EXPECT_EQ(r.out,
            "Mira Castell visited Valdora\n"
            "  1. " +
                kFixture + ", import, confidence 1.00\n"
            "Jonas Petrov type Official\n"
            "  1. " + kFixture + ", import, confidence 1.00\n"
            "Mira Castell type Official\n"
            "  1. " + kFixture + ", import, confidence 1.00\n");
  EXPECT_NE(r.err.find("usage: .why CLAUSES"), std::string::npos) << r.err;
}

TEST_F(ScriptTest, ShellReadsPipedStatementsWithoutPrompts) {
  RunResult r = RunKg({"shell", "--db", db_, "--format", "csv"}, kGood);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "p\nJonas Petrov\nMira Castell\nc\nValdora\n");
}

// --max-memory bounds what a statement keeps (here 83,521 sorted rows of a
// four-way join of the fixture's 17 statements, about 20 MB).
TEST_F(ScriptTest, ShellStatementsHaveAMemoryBound) {
  const std::string wide = "FIND ?a ?c ?e ?g WHERE ?a ?p ?b, ?c ?q ?d, ?e ?r ?f, ?g ?s ?h ORDER BY ?a;\n";
  RunResult r = RunKg({"shell", "--db", db_, "--format", "csv", "--max-memory", "1"}, wide);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(
      r.err.rfind("error: <stdin>: query stopped: its intermediate results passed 1 MB (--max-memory)", 0),
      0u)
      << r.err;
  RunResult within =
      RunKg({"shell", "--db", db_, "--format", "csv"}, "FIND ?p WHERE ?p a Official ORDER BY ?p;\n");
  EXPECT_EQ(within.exit_code, 0) << within.err;
  EXPECT_EQ(within.out, "p\nJonas Petrov\nMira Castell\n");
}

// .read runs a file's statements in place; .output sends results to a file
// until `.output stdout`.
TEST_F(ScriptTest, ShellReadsFilesAndRedirectsOutput) {
  std::string good = Script("good.kgq", kGood);
  std::string saved = dir_ + "/saved.csv";
  RunResult r = RunKg({"shell", "--db", db_, "--format", "csv"},
                      ".output " + saved + "\n.read " + good + "\n.output stdout\nFIND ?c WHERE ?c a Country;\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "c\nValdora\n");
  std::ifstream in(saved);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(text, "p\nJonas Petrov\nMira Castell\nc\nValdora\n");
}

TEST_F(ScriptTest, ShellWarnsAboutUnknownNames) {
  RunResult r = RunKg({"shell", "--db", db_, "--format", "csv"}, "FIND ?x WHERE ?x met \"Nobody Here\";\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "x\n");
  EXPECT_NE(r.err.find("warning: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Nobody Here"), std::string::npos) << r.err;
}

TEST_F(ScriptTest, ShellRunsDotCommandsFromPipedInput) {
  RunResult r = RunKg({"shell", "--db", db_},
                      ".format tsv\nFIND ?c WHERE ?c a Country;\n.format csv\n.stats\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  // The fixture: 16 statements about four entities; its summit is typed Summit only, so no Event.
  EXPECT_EQ(r.out, "c\nValdora\ndocuments,entities,events,triples,predicates,terms\n0,4,0,16,8,22\n");
}

TEST_F(ScriptTest, ShellStopsAtAnErrorLikeQueryFile) {
  RunResult r = RunKg({"shell", "--db", db_, "--format", "csv"}, kBad);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("line 4, column 9"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "p\nJonas Petrov\nMira Castell\n");
  RunResult going = RunKg({"shell", "--db", db_, "--format", "csv", "--keep-going"}, kBad);
  EXPECT_EQ(going.exit_code, 2);
  EXPECT_EQ(going.out, "p\nJonas Petrov\nMira Castell\nc\nValdora\n");
}

// The shipped examples stay valid against the grammar: each runs to the end
// (entities they name may be missing from this small store: that only warns).
TEST_F(ScriptTest, ExampleQueryFilesAreValid) {
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(KG_SOURCE_DIR) + "/examples")) {
    if (entry.path().extension() != ".kgq") continue;
    ++files;
    RunResult r = RunKg({"query", "--db", db_, "-f", entry.path().string()});
    EXPECT_EQ(r.exit_code, 0) << entry.path() << ": " << r.err;
  }
  EXPECT_GE(files, 1) << "examples/queries.kgq is the README demo";
}

// `kg shell --write` creates the store and .ingest loads articles into it; a
// read-only shell refuses .ingest with a usage error and changes nothing.
TEST_F(ScriptTest, WritableShellIngests) {
  std::string article = Script("harbour.txt",
                               "Port authority opens new ferry terminal\n\n"
                               "Harbour Minister Lena Okonkwo opened the new ferry terminal in Port Velden on "
                               "Tuesday. She said the terminal would carry two million passengers a year.\n");
  std::string db = dir_ + "/written";
  RunResult refused = RunKg({"shell", "--db", db_}, ".ingest " + article + "\n");
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.err.find("kg shell --write"), std::string::npos) << refused.err;

  RunResult r = RunKg({"shell", "--write", "--db", db, "--format", "csv"}, ".ingest " + article + "\n.stats\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("ingested 1 documents"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("documents,entities,events,triples,predicates,terms\n1,"), std::string::npos) << r.out;
}

TEST_F(ScriptTest, MissingStoreIsARuntimeError) {
  RunResult r = RunKg({"shell", "--db", dir_ + "/nothing-here"}, "FIND ?x WHERE ?x a Person;\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err.rfind("error: ", 0), 0u) << r.err;
}

}  // namespace
}  // namespace kg::testing
