// A closed or failing standard output (cli/closed_output.h): `kg query | head`
// stops quietly with exit 1, never dies of SIGPIPE; a failing write that is no
// closed pipe (/dev/full) is one error line; a writer finishes its store work.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/cli/kg_process.h"

namespace kg::testing_cli {
namespace {

namespace fs = std::filesystem;

class ClosedOutput : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("kg_closed_output_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    nt_ = (dir_ / "ring.nt").string();
    std::ofstream nt(nt_);
    // Enough rows that the output outgrows every buffer (the pipe's 64 KiB).
    for (int i = 0; i < kPeople; ++i) {
      nt << "<urn:kg:entity:p" << i << "> <https://schema.org/name> \"Person " << i << "\" .\n"
         << "<urn:kg:entity:p" << i << "> <https://schema.org/knows> <urn:kg:entity:p" << (i + 1) % kPeople
         << "> .\n";
    }
    nt.close();
    db_ = (dir_ / "db").string();
    std::string cmd = std::string(KG_BINARY) + " import --db " + db_ + " " + nt_ + " >/dev/null";
    ASSERT_EQ(std::system(cmd.c_str()), 0);
  }
  void TearDown() override { fs::remove_all(dir_); }

  static constexpr int kPeople = 5000;
  fs::path dir_;
  std::string nt_, db_;
};

void ExpectQuietExitOne(const KgOutcome& o) {
  EXPECT_EQ(o.signal, 0) << "killed by signal " << o.signal;
  EXPECT_EQ(o.exit_code, 1);
  EXPECT_EQ(o.err, "");
}

TEST_F(ClosedOutput, QueryStopsQuietly) {
  for (const char* format : {"table", "csv", "tsv", "json", "jsonld"}) {
    SCOPED_TRACE(format);
    ExpectQuietExitOne(RunKg({"query", "--db", db_, "--format", format, "-e", "FIND ?a ?b WHERE ?a knows ?b"},
                             Stdout::kClosedPipe));
  }
}

TEST_F(ClosedOutput, ExportAndStatsStopQuietly) {
  ExpectQuietExitOne(RunKg({"export", "--db", db_, "--format", "nquads"}, Stdout::kClosedPipe));
  ExpectQuietExitOne(RunKg({"export", "--db", db_, "--format", "jsonld"}, Stdout::kClosedPipe));
  ExpectQuietExitOne(RunKg({"stats", "--db", db_}, Stdout::kClosedPipe));
  ExpectQuietExitOne(RunKg({"stats", "--db", db_, "--format", "json"}, Stdout::kClosedPipe));
}

TEST_F(ClosedOutput, AFailingWriteIsOneErrorLine) {
  const std::string full = "error: cannot write standard output";
  KgOutcome q =
      RunKg({"query", "--db", db_, "--format", "csv", "-e", "FIND ?a WHERE ?a knows ?b"}, Stdout::kDevFull);
  EXPECT_EQ(q.exit_code, 1);
  EXPECT_EQ(q.err.rfind(full, 0), 0u) << q.err;
  EXPECT_EQ(q.err.find('\n'), q.err.size() - 1) << q.err;  // one line
  KgOutcome s = RunKg({"stats", "--db", db_}, Stdout::kDevFull);
  EXPECT_EQ(s.exit_code, 1);
  EXPECT_EQ(s.err.rfind(full, 0), 0u) << s.err;
  EXPECT_EQ(s.err.find('\n'), s.err.size() - 1) << s.err;
  KgOutcome e = RunKg({"export", "--db", db_}, Stdout::kDevFull);
  EXPECT_EQ(e.exit_code, 1);
  EXPECT_EQ(e.err, "error: export: write failed\n");
}

TEST_F(ClosedOutput, AWriterFinishesItsStoreWork) {
  // Importing the same file again into a second store with nowhere to report.
  std::string db2 = (dir_ / "db2").string();
  ExpectQuietExitOne(RunKg({"import", "--db", db2, nt_}, Stdout::kClosedPipe));
  std::string cmd =
      std::string(KG_BINARY) + " stats --format json --db " + db2 + " >" + (dir_ / "stats").string();
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  std::ifstream in(dir_ / "stats");
  std::stringstream ss;
  ss << in.rdbuf();
  EXPECT_NE(ss.str().find("\"triples\":" + std::to_string(2 * kPeople)), std::string::npos) << ss.str();
  std::string check = std::string(KG_BINARY) + " check --db " + db2 + " >/dev/null";
  EXPECT_EQ(std::system(check.c_str()), 0);
}

}  // namespace
}  // namespace kg::testing_cli
