// RunOptions::cancel: a set flag stops a statement with Cancelled "interrupted"
// (the shell's Ctrl-C), also when the statement would produce no rows.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>

#include "graph/store.h"
#include "graph/vocabulary.h"
#include "query/engine.h"
#include "query/result/result_sink.h"

namespace kg::query {
namespace {

namespace fs = std::filesystem;

class CancelTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("kg_cancel_test_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    auto store = graph::Store::Open(dir_.string(), graph::StoreOptions());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(store.value());
    std::vector<graph::Fact> facts;
    const std::string knows = std::string(graph::vocab::kVocabPrefix) + "knows";
    for (int i = 0; i < 3; ++i) {
      graph::Fact f;
      f.s = graph::Term::Iri("urn:kg:entity:p" + std::to_string(i));
      f.p = graph::Term::Iri(std::string(graph::vocab::kLabel));
      f.o = graph::Term::String("Person " + std::to_string(i));
      facts.push_back(f);
      f.p = graph::Term::Iri(knows);
      f.o = graph::Term::Iri("urn:kg:entity:p" + std::to_string((i + 1) % 3));
      facts.push_back(f);
    }
    uint64_t added = 0;
    ASSERT_TRUE(store_->ImportFacts(facts, &added).ok());
  }
  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }
  fs::path dir_;
  std::unique_ptr<graph::Store> store_;
};

TEST_F(CancelTest, UnsetFlagRunsNormally) {
  std::atomic<bool> cancel{false};
  RunOptions options;
  options.cancel = &cancel;
  Engine engine(store_.get());
  CollectingSink sink;
  Status s = engine.Run("FIND ?o WHERE \"Person 0\" knows ?o", options, sink);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(sink.rows().size(), 1u);  // p0 knows p1 only
}

TEST_F(CancelTest, SetFlagStopsWithInterrupted) {
  std::atomic<bool> cancel{true};
  RunOptions options;
  options.cancel = &cancel;
  Engine engine(store_.get());
  CollectingSink sink;
  // A join with no answer: it sends no row, so only the flag can stop it.
  Status s = engine.Run("FIND ?a WHERE ?a knows ?b, ?b knows ?a", options, sink);
  EXPECT_EQ(s.code(), Status::Code::kCancelled);
  EXPECT_EQ(s.message(), "interrupted");
  EXPECT_TRUE(sink.rows().empty());
}

}  // namespace
}  // namespace kg::query
