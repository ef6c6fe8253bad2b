// graph::MemoryStore against RocksStore on the same writes: every read of
// graph/store.h, both exports and query answers (with citations) must be the
// same, so the interface says all a Store must do and nothing needs RocksDB.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "graph/memory_store.h"
#include "query/engine.h"
#include "query/output/renderer.h"
#include "tests/export/export_test_util.h"
#include "tests/export/sample_store.h"
#include "tests/common/read_ok.h"

namespace kg::exporter::testing {
namespace {

namespace fs = std::filesystem;

class MemoryStoreParity : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("kg_memory_parity_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    rocks_ = graph::testing::OpenOrDie(dir_.string());
    ASSERT_NE(rocks_, nullptr);
    ASSERT_TRUE(BuildSample(*rocks_));
    ASSERT_TRUE(BuildSample(memory_));
  }
  void TearDown() override {
    rocks_.reset();
    fs::remove_all(dir_);
  }
  static std::string Answer(const graph::Store& store, const std::string& q) {
    std::ostringstream out;
    auto csv = query::MakeRenderer(query::OutputFormat::kCsv, out);
    query::Engine engine(&store);
    Status s = engine.Run(q, query::RunOptions(), *csv);
    return s.ok() ? out.str() : "error: " + s.message();
  }
  static std::string Dump(const graph::Store& store, const graph::Pattern& p) {
    std::string out;
    for (auto c = store.Scan(p); c->Valid(); c->Next()) {
      auto st = c->Current();
      out += std::to_string(st.s) + " " + std::to_string(st.p) + " " + std::to_string(st.o) + "\n";
    }
    return out;
  }

  fs::path dir_;
  std::unique_ptr<graph::Store> rocks_;
  graph::MemoryStore memory_;
};

TEST_F(MemoryStoreParity, ExportsAreIdentical) {
  EXPECT_GT(ExportNQuads(memory_).size(), 1000u);
  EXPECT_EQ(ExportNQuads(memory_), ExportNQuads(*rocks_));
  EXPECT_EQ(ExportJsonLd(memory_), ExportJsonLd(*rocks_));
}

TEST_F(MemoryStoreParity, QueriesAnswerTheSame) {
  for (const char* q : {
           "FIND ?a ?b WHERE ?a met ?b CITE",
           "FIND ?p WHERE ?p a Person",
           "FIND ?x ?t WHERE ?x title ?t CITE",
           "FIND ?p ?d WHERE ?p visited ?d CITE",
           "FIND ?e COUNT(?p) WHERE ?p ?r ?e ORDER BY ?e",
           "FIND DISTINCT ?s WHERE ?s ?p ?o ORDER BY ?s",
           "DESCRIBE \"Kim Jong Un\" CITE",
       }) {
    SCOPED_TRACE(q);
    std::string answer = Answer(memory_, q);
    EXPECT_EQ(answer.rfind("error: ", 0), std::string::npos) << answer;
    EXPECT_GE(std::count(answer.begin(), answer.end(), '\n'), 2) << answer;  // a header and rows
    EXPECT_EQ(answer, Answer(*rocks_, q));
  }
}

TEST_F(MemoryStoreParity, EveryReadAgrees) {
  auto counts = kg::testing::Ok(memory_.Counts()), rocks_counts = kg::testing::Ok(rocks_->Counts());
  EXPECT_EQ(counts.documents, rocks_counts.documents);
  EXPECT_EQ(counts.statements, rocks_counts.statements);
  EXPECT_EQ(counts.terms, rocks_counts.terms);
  EXPECT_EQ(counts.entities, rocks_counts.entities);
  EXPECT_EQ(counts.predicates, rocks_counts.predicates);
  EXPECT_EQ(kg::testing::Ok(memory_.PredicateCounts()), kg::testing::Ok(rocks_->PredicateCounts()));
  EXPECT_EQ(kg::testing::Ok(memory_.TypeCounts()), kg::testing::Ok(rocks_->TypeCounts()));
  // Every scan shape over every statement, in the same order.
  EXPECT_EQ(Dump(memory_, {}), Dump(*rocks_, {}));
  for (const auto& st : graph::testing::All(*rocks_)) {
    for (int mask = 1; mask < 8; ++mask) {
      graph::Pattern p{mask & 1 ? st.s : graph::kNoTerm, mask & 2 ? st.p : graph::kNoTerm,
                       mask & 4 ? st.o : graph::kNoTerm};
      EXPECT_EQ(Dump(memory_, p), Dump(*rocks_, p)) << "mask " << mask;
    }
    for (graph::TermId id : {st.s, st.p, st.o}) {
      EXPECT_EQ(kg::testing::Ok(memory_.LabelOf(id)), kg::testing::Ok(rocks_->LabelOf(id)));
      auto a = memory_.Resolve(id), b = rocks_->Resolve(id);
      ASSERT_TRUE(a.ok() && b.ok());
      EXPECT_EQ(a->value, b->value);
      EXPECT_EQ(kg::testing::Ok(memory_.Lookup(*a)), kg::testing::Ok(rocks_->Lookup(*b)));
    }
    auto pa = kg::testing::Ok(memory_.CitationsOf(st)), pb = kg::testing::Ok(rocks_->CitationsOf(st));
    ASSERT_EQ(pa.size(), pb.size());
    for (size_t i = 0; i < pa.size(); ++i) {
      EXPECT_EQ(pa[i].source, pb[i].source);
      EXPECT_EQ(pa[i].sentence, pb[i].sentence);
      EXPECT_EQ(pa[i].provenance.doc_id, pb[i].provenance.doc_id);
      EXPECT_EQ(pa[i].provenance.extractor, pb[i].provenance.extractor);
    }
  }
  EXPECT_EQ(kg::testing::Ok(memory_.FindByName("kim jong-un")), kg::testing::Ok(rocks_->FindByName("kim jong-un")));
  EXPECT_FALSE(kg::testing::Ok(memory_.FindByName("Kim Jong Un")).empty());
  EXPECT_EQ(kg::testing::Ok(memory_.CompleteName("Mo", 10)), kg::testing::Ok(rocks_->CompleteName("Mo", 10)));
  EXPECT_EQ(kg::testing::Ok(memory_.LabelOf(12345)), kg::testing::Ok(rocks_->LabelOf(12345)));  // unknown id: ""
  EXPECT_FALSE(memory_.Resolve(12345).ok());
  auto check = memory_.Check(10);
  ASSERT_TRUE(check.ok());
  EXPECT_TRUE(check->problems.empty());
  EXPECT_EQ(check->statements, rocks_counts.statements);
}

TEST_F(MemoryStoreParity, ReplacingADocumentAgrees) {
  // A new version of the second article at the same source replaces it.
  graph::DocumentBatch d;
  d.document.id = "d2new";
  d.document.source = "second.txt";
  d.document.text = "Moon Jae-in rested.";
  d.facts.push_back(F(E("moon-jae-in"), V("rested"), graph::Term::String("yes"), "d2new", 0, 5, "rule:svo"));
  auto a = memory_.WriteDocument(d), b = rocks_->WriteDocument(d);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_TRUE(a->replaced);
  EXPECT_EQ(a->statements_removed, b->statements_removed);
  EXPECT_EQ(a->statements_added, b->statements_added);
  EXPECT_TRUE(memory_.WriteDocument(d)->unchanged);
  EXPECT_EQ(ExportNQuads(memory_), ExportNQuads(*rocks_));
  EXPECT_EQ(kg::testing::Ok(memory_.Counts()).documents, 2u);
  // A bulk import commits all at once.
  auto bulk = memory_.BeginBulkImport({});
  ASSERT_TRUE(bulk.ok());
  ASSERT_TRUE(
      (*bulk)->Add(F(E("army"), V("deploy"), graph::Term::Number("7"), "more.nt", 0, 0, "import")).ok());
  uint64_t before = kg::testing::Ok(memory_.Counts()).statements;
  auto summary = (*bulk)->Commit();
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(summary->statements_added, 1u);
  EXPECT_EQ(kg::testing::Ok(memory_.Counts()).statements, before + 1);
}

}  // namespace
}  // namespace kg::exporter::testing
