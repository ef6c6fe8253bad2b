#include "extract/ingest.h"
#include "tests/common/read_ok.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

namespace kg::extract {
namespace {

namespace fs = std::filesystem;

// Facts from sentences "A met B." so that tests can see what each version supports.
class MetExtractor : public FactExtractor {
 public:
  Result<Extraction> Extract(const graph::DocumentRecord& doc) const override {
    Extraction ex;
    static const std::regex kMet(R"(([A-Z][a-z]+) met ([A-Z][a-z]+)\.)");
    for (auto it = std::sregex_iterator(doc.text.begin(), doc.text.end(), kMet); it != std::sregex_iterator(); ++it) {
      graph::Fact f;
      f.s = graph::Term::Iri("urn:kg:entity:" + (*it)[1].str());
      f.p = graph::Term::Iri("urn:kg:vocab:met");
      f.o = graph::Term::Iri("urn:kg:entity:" + (*it)[2].str());
      f.provenance.doc_id = doc.id;
      f.provenance.start = static_cast<uint32_t>(it->position(0));
      f.provenance.end = static_cast<uint32_t>(it->position(0) + it->length(0));
      f.provenance.extractor = "test:met";
      ex.facts.push_back(f);
      ++ex.sentences;
    }
    return ex;
  }
};

class IngestTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("kg_ingest_test_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "in");
    auto s = graph::Store::Open((dir_ / "db").string(), graph::StoreOptions());
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(s).value();
  }
  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }
  void Write(const std::string& name, const std::string& text) { std::ofstream(dir_ / "in" / name) << text; }
  IngestSummary Run(const std::vector<std::string>& inputs, int jobs = 1) {
    IngestOptions o;
    o.jobs = jobs;
    auto r = Ingest(inputs, *store_, extractor_, o);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? r.value() : IngestSummary{};
  }
  bool HasMet(const std::string& a, const std::string& b) {
    auto s = kg::testing::StoredId(*store_, graph::Term::Iri("urn:kg:entity:" + a));
    auto p = kg::testing::StoredId(*store_, graph::Term::Iri("urn:kg:vocab:met"));
    auto o = kg::testing::StoredId(*store_, graph::Term::Iri("urn:kg:entity:" + b));
    if (!s || !p || !o) return false;
    auto c = store_->Scan({*s, *p, *o});
    return c->Valid();
  }
  size_t SupportOf(const std::string& a, const std::string& b) {
    auto s = kg::testing::StoredId(*store_, graph::Term::Iri("urn:kg:entity:" + a));
    auto p = kg::testing::StoredId(*store_, graph::Term::Iri("urn:kg:vocab:met"));
    auto o = kg::testing::StoredId(*store_, graph::Term::Iri("urn:kg:entity:" + b));
    if (!s || !p || !o) return 0;
    return kg::testing::Ok(store_->ProvenanceOf({*s, *p, *o})).size();
  }
  std::string In() const { return (dir_ / "in").string(); }

  fs::path dir_;
  std::unique_ptr<graph::Store> store_;
  MetExtractor extractor_;
};

TEST_F(IngestTest, ExamplesThenReingestAddsNothing) {
  IngestSummary first = Run({std::string(KG_SOURCE_DIR) + "/examples"});
  EXPECT_EQ(first.inputs, 7u);
  EXPECT_EQ(first.documents, 9u);
  EXPECT_EQ(first.added, 9u);
  EXPECT_EQ(first.failed, 0u);
  EXPECT_EQ(kg::testing::Ok(store_->Counts()).documents, 9u);
  const uint64_t statements = kg::testing::Ok(store_->Counts()).statements;

  IngestSummary again = Run({std::string(KG_SOURCE_DIR) + "/examples"});
  EXPECT_EQ(again.documents, 9u);
  EXPECT_EQ(again.unchanged, 9u);
  EXPECT_EQ(again.added + again.replaced, 0u);
  EXPECT_EQ(again.statements_added, 0u);
  EXPECT_EQ(kg::testing::Ok(store_->Counts()).documents, 9u);
  EXPECT_EQ(kg::testing::Ok(store_->Counts()).statements, statements);
}

TEST_F(IngestTest, ChangedDocumentReplacesItsOldVersion) {
  Write("a.txt", "Talks in Rome\n\nAnn met Bob.\n\nCid met Dee.\n\nThe talks in Rome lasted for two whole days.\n");
  Write("b.txt", "Second report\n\nAnn met Bob.\n\nThe meeting in Rome was described as friendly by both sides.\n");
  IngestSummary s1 = Run({In()});
  EXPECT_EQ(s1.added, 2u);
  EXPECT_EQ(s1.triples, 3u);
  EXPECT_EQ(SupportOf("Ann", "Bob"), 2u);
  ASSERT_TRUE(HasMet("Cid", "Dee"));
  std::string old_id;
  ASSERT_TRUE(store_->ForEachDocument([&](const graph::DocumentRecord& d) {
    if (d.source == "a.txt") old_id = d.id;
    return true;
  }).ok());

  Write("a.txt", "Talks in Rome\n\nEve met Fay.\n\nThe talks in Rome lasted for three whole days.\n");
  IngestSummary s2 = Run({In()});
  EXPECT_EQ(s2.replaced, 1u);
  EXPECT_EQ(s2.unchanged, 1u);
  EXPECT_EQ(kg::testing::Ok(store_->Counts()).documents, 2u);
  EXPECT_FALSE(kg::testing::Ok(store_->GetDocument(old_id)).has_value());
  EXPECT_FALSE(HasMet("Cid", "Dee"));       // only the old version said it
  EXPECT_TRUE(HasMet("Eve", "Fay"));        // the new version says it
  EXPECT_TRUE(HasMet("Ann", "Bob"));        // b.txt still says it ...
  EXPECT_EQ(SupportOf("Ann", "Bob"), 1u);   // ... with b.txt's citation only
}

TEST_F(IngestTest, BadInputsFailAloneAndTheStoreStaysWhole) {
  Run({std::string(KG_SOURCE_DIR) + "/examples"});
  IngestSummary s = Run({std::string(KG_SOURCE_DIR) + "/tests/loaders/data/bad", In() + "/missing.txt"});
  EXPECT_EQ(s.failed, 9u);   // 8 in bad/ + the missing path
  EXPECT_EQ(s.warnings, 3u);
  EXPECT_EQ(s.added, 8u);
  EXPECT_EQ(kg::testing::Ok(store_->Counts()).documents, 17u);
  size_t complete = 0;
  ASSERT_TRUE(store_->ForEachDocument([&](const graph::DocumentRecord& d) {
    complete += !d.text.empty() && !d.paragraphs.empty() && d.paragraphs.back().second == d.text.size();
    return true;
  }).ok());
  EXPECT_EQ(complete, 17u);
}

TEST_F(IngestTest, ParallelJobsStoreTheSameDocuments) {
  for (int i = 0; i < 40; ++i) {
    Write("doc" + std::to_string(i) + ".txt", "Report number " + std::to_string(i) + "\n\nAnn met Bob.\n\nDelegation " +
                                                  std::to_string(i) + " arrived in the capital on Monday morning.\n");
  }
  std::string jsonl;
  for (int i = 0; i < 60; ++i) {
    jsonl += "{\"title\": \"Brief " + std::to_string(i) + "\", \"text\": \"Cid met Dee. Brief " + std::to_string(i) +
             " was filed from the press room.\"}\n";
  }
  Write("briefs.jsonl", jsonl);
  IngestSummary s = Run({In()}, 4);
  EXPECT_EQ(s.documents, 100u);
  EXPECT_EQ(s.added, 100u);
  EXPECT_EQ(s.failed, 0u);
  EXPECT_EQ(kg::testing::Ok(store_->Counts()).documents, 100u);
  EXPECT_EQ(SupportOf("Ann", "Bob"), 40u);
  EXPECT_EQ(SupportOf("Cid", "Dee"), 60u);
  IngestSummary again = Run({In()}, 3);
  EXPECT_EQ(again.unchanged, 100u);
}

}  // namespace
}  // namespace kg::extract
