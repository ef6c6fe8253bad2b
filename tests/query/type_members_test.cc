// TypeMembers: a reader's type lists answer type tests like the store does; a
// writable store is never cached. Engine: a type test after a bound subject
// gives the same rows on a reader (lists) as on the writer (store reads).
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "graph/store.h"
#include "graph/vocabulary.h"
#include "query/engine.h"
#include "query/exec/type_members.h"
#include "query/result/result_sink.h"

namespace kg::query {
namespace {

namespace fs = std::filesystem;

graph::Term E(const std::string& name) { return graph::Term::Iri("urn:kg:entity:" + name); }
graph::Term V(const std::string& name) { return graph::Term::Iri(std::string(graph::vocab::kVocabPrefix) + name); }

class TypeMembersTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("kg_type_members_test_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    auto store = graph::Store::Open(dir_.string(), graph::StoreOptions());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    writer_ = std::move(store.value());
    // ann and cy are officials, bo a person; all three attended the summit.
    std::vector<graph::Fact> facts;
    auto add = [&](graph::Term s, graph::Term p, graph::Term o) {
      graph::Fact f;
      f.s = std::move(s);
      f.p = std::move(p);
      f.o = std::move(o);
      facts.push_back(std::move(f));
    };
    const graph::Term type = graph::Term::Iri(std::string(graph::vocab::kRdfType));
    const graph::Term label = graph::Term::Iri(std::string(graph::vocab::kLabel));
    for (const char* n : {"ann", "bo", "cy"}) add(E(n), label, graph::Term::String(std::string(n) + " x"));
    add(E("summit"), label, graph::Term::String("The Summit"));
    add(E("ann"), type, V("Official"));
    add(E("bo"), type, V("Person"));
    add(E("cy"), type, V("Official"));
    for (const char* n : {"ann", "bo", "cy"}) add(E(n), V("attended"), E("summit"));
    uint64_t added = 0;
    ASSERT_TRUE(writer_->ImportFacts(facts, &added).ok());
  }
  void TearDown() override {
    writer_.reset();
    fs::remove_all(dir_);
  }
  std::unique_ptr<graph::Store> OpenReader() {
    writer_.reset();  // one process may hold the writer or readers
    graph::StoreOptions ro;
    ro.read_only = true;
    auto store = graph::Store::Open(dir_.string(), ro);
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return store.ok() ? std::move(store.value()) : nullptr;
  }
  static std::set<std::string> Labels(const CollectingSink& sink) {
    std::set<std::string> out;
    for (const auto& r : sink.rows()) out.insert(r.values[0].label);
    return out;
  }
  fs::path dir_;
  std::unique_ptr<graph::Store> writer_;
};

TEST_F(TypeMembersTest, WriterIsNotCachedReaderAnswersFromLists) {
  graph::TermId rdf_type = *writer_->Lookup(graph::Term::Iri(std::string(graph::vocab::kRdfType)));
  graph::TermId official = *writer_->Lookup(V("Official"));
  graph::TermId ann = *writer_->Lookup(E("ann")), bo = *writer_->Lookup(E("bo"));
  exec::TypeMembers on_writer(writer_.get(), rdf_type);
  EXPECT_EQ(on_writer.Has(ann, official), -1);

  auto reader = OpenReader();
  ASSERT_TRUE(reader);
  exec::TypeMembers members(reader.get(), rdf_type);
  EXPECT_EQ(members.Has(ann, official), 1);
  EXPECT_EQ(members.Has(bo, official), 0);
  EXPECT_EQ(members.Has(ann, official), 1);  // from the loaded list
}

TEST_F(TypeMembersTest, ABigTypeIsListedOnlyOnceItsTestsWouldCostAsMuch) {
  // 32 more persons: 33 in all, so the list is read at the second test
  // (33 / 16 = 2); the first is left to the store.
  std::vector<graph::Fact> facts;
  for (int i = 0; i < 32; ++i) {
    graph::Fact f;
    f.s = E("extra" + std::to_string(i));
    f.p = graph::Term::Iri(std::string(graph::vocab::kRdfType));
    f.o = V("Person");
    facts.push_back(f);
  }
  uint64_t added = 0;
  ASSERT_TRUE(writer_->ImportFacts(facts, &added).ok());
  graph::TermId rdf_type = *writer_->Lookup(graph::Term::Iri(std::string(graph::vocab::kRdfType)));
  graph::TermId person = *writer_->Lookup(V("Person"));
  graph::TermId bo = *writer_->Lookup(E("bo")), ann = *writer_->Lookup(E("ann"));
  auto reader = OpenReader();
  ASSERT_TRUE(reader);
  exec::TypeMembers members(reader.get(), rdf_type);
  EXPECT_EQ(members.Has(bo, person), -1);
  EXPECT_EQ(members.Has(bo, person), 1);
  EXPECT_EQ(members.Has(ann, person), 0);  // ann is stored as an Official only
}

TEST_F(TypeMembersTest, TypeTestAfterABoundSubjectGivesTheSameRowsOnWriterAndReader) {
  const std::string q = "FIND ?p WHERE ?p attended \"The Summit\", ?p a Official";
  std::set<std::string> want = {"ann x", "cy x"};
  {
    Engine engine(writer_.get());
    CollectingSink sink;
    ASSERT_TRUE(engine.Run(q, RunOptions(), sink).ok());
    EXPECT_EQ(Labels(sink), want);
  }
  auto reader = OpenReader();
  ASSERT_TRUE(reader);
  Engine engine(reader.get());
  for (int i = 0; i < 2; ++i) {  // the second run uses the loaded list
    CollectingSink sink;
    ASSERT_TRUE(engine.Run(q, RunOptions(), sink).ok());
    EXPECT_EQ(Labels(sink), want);
  }
  // Officials are persons: the hierarchy still applies.
  CollectingSink sink;
  ASSERT_TRUE(engine.Run("FIND ?p WHERE ?p attended \"The Summit\", ?p a Person", RunOptions(), sink).ok());
  EXPECT_EQ(Labels(sink), (std::set<std::string>{"ann x", "bo x", "cy x"}));
}

}  // namespace
}  // namespace kg::query
