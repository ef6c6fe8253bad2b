// Training-data assembly: GUM's split comes from the official dev/test files'
// document ids, not from the (older) file lists.
#include "nlp/train/corpus.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include <unistd.h>

namespace kg::nlp::train {
namespace {

namespace fs = std::filesystem;

void Write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path) << text;
}

std::string Doc(const std::string& id) {
  return "# newdoc id = " + id + "\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n\n";
}

std::set<std::string> DocIds(const std::vector<ConlluSentence>& sentences) {
  std::set<std::string> ids;
  for (const ConlluSentence& s : sentences) {
    auto it = s.comments.find("newdoc id");
    if (it != s.comments.end()) ids.insert(it->second);
  }
  return ids;
}

class GumSplitTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // One folder per test and process: CTest runs these tests as parallel
    // processes, and a shared folder let one test's TearDown delete another's files.
    dir_ = fs::temp_directory_path() / ("kg_gum_split_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) +
                                        "_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    // Official files: dev holds a removed-genre document with no source.
    Write(dir_ / "en_gum-ud-dev.conllu", Doc("GUM_news_d") + Doc("GUM_fiction_gone"));
    Write(dir_ / "en_gum-ud-test.conllu", Doc("GUM_news_t"));
    // A stale train list naming the test and dev documents, and missing "new".
    Write(dir_ / "not-to-release/file-lists/files.train", "GUM_news_a\nGUM_news_t\nGUM_news_d\n");
    for (const char* id : {"GUM_news_a", "GUM_news_new", "GUM_news_d", "GUM_news_t"})
      Write(dir_ / "not-to-release/sources" / (std::string(id) + ".conllu"), Doc(id));
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(GumSplitTest, TrainIsEverySourceOutsideTheOfficialDevAndTest) {
  auto train = LoadGum(dir_.string(), Split::kTrain);
  ASSERT_TRUE(train.ok()) << train.status().ToString();
  EXPECT_EQ(DocIds(*train), (std::set<std::string>{"GUM_news_a", "GUM_news_new"}));
}

TEST_F(GumSplitTest, DevIsTheOfficialDevDocumentsThatHaveSources) {
  auto dev = LoadGum(dir_.string(), Split::kDev);
  ASSERT_TRUE(dev.ok()) << dev.status().ToString();
  EXPECT_EQ(DocIds(*dev), (std::set<std::string>{"GUM_news_d"}));
}

TEST_F(GumSplitTest, MissingOfficialFileIsAnError) {
  fs::remove(dir_ / "en_gum-ud-test.conllu");
  EXPECT_FALSE(LoadGum(dir_.string(), Split::kTrain).ok());
}

}  // namespace
}  // namespace kg::nlp::train
