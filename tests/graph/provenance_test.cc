// Provenance merge and document replacement: one fact stated by three documents
// is one statement with three citations; a changed document at the same source
// replaces the old one.
#include <gtest/gtest.h>

#include "tests/graph/test_util.h"
#include "tests/common/read_ok.h"

namespace kg::graph {
namespace {
using namespace testing;

DocumentBatch Doc(const std::string& id, const std::string& source, const std::string& text,
                  std::vector<Fact> facts) {
  DocumentBatch b;
  b.document.id = id;
  b.document.source = source;
  b.document.title = "Title of " + id;
  b.document.published = "2025-05-09";
  b.document.text = text;
  for (auto& f : facts) f.provenance.doc_id = id;
  b.facts = std::move(facts);
  return b;
}

TEST(Provenance, OneFactFromThreeDocumentsIsOneStatementWithThreeCitations) {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  const std::string text = "Kim met Putin. Then more.";  // sentence [0, 14)
  for (std::string id : {"d1", "d2", "d3"}) {
    auto r = store->WriteDocument(Doc(id, id + ".txt", text, {F(E("kim"), V("met"), E("putin"), "", 0, 14)}));
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_EQ(r->statements_added, id == "d1" ? 1u : 0u);
  }
  auto all = All(*store);
  ASSERT_EQ(all.size(), 1u);
  auto prov = kg::testing::Ok(store->ProvenanceOf(all[0]));
  ASSERT_EQ(prov.size(), 3u);
  std::vector<std::string> docs;
  for (const auto& p : prov) docs.push_back(p.doc_id);
  std::sort(docs.begin(), docs.end());
  EXPECT_EQ(docs, (std::vector<std::string>{"d1", "d2", "d3"}));
  auto cites = kg::testing::Ok(store->CitationsOf(all[0]));
  ASSERT_EQ(cites.size(), 3u);
  for (const auto& c : cites) {
    EXPECT_EQ(c.sentence, "Kim met Putin.");
    EXPECT_EQ(c.published, "2025-05-09");
    EXPECT_EQ(c.source, c.provenance.doc_id + ".txt");
    EXPECT_EQ(c.title, "Title of " + c.provenance.doc_id);
    EXPECT_EQ(c.provenance.extractor, "test");
  }
  auto counts = kg::testing::Ok(store->Counts());
  EXPECT_EQ(counts.documents, 3u);
  EXPECT_EQ(counts.statements, 1u);
}

TEST(Provenance, TwoSentencesOfOneDocumentAreTwoCitations) {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  Fact f1 = F(E("a"), V("met"), E("b"), "", 0, 5);
  Fact f2 = F(E("a"), V("met"), E("b"), "", 6, 11);
  f2.provenance.modality = Modality::kPlanned;
  f2.provenance.attributed_to = "urn:kg:entity:c";
  f2.provenance.confidence = 0.5f;
  ASSERT_TRUE(store->WriteDocument(Doc("d", "d.txt", "aaaaa bbbbb", {f1, f2})).ok());
  auto cites = kg::testing::Ok(store->CitationsOf(All(*store)[0]));
  ASSERT_EQ(cites.size(), 2u);
  EXPECT_EQ(cites[0].sentence, "aaaaa");
  EXPECT_EQ(cites[1].sentence, "bbbbb");
  EXPECT_EQ(cites[1].provenance.modality, Modality::kPlanned);
  EXPECT_EQ(cites[1].provenance.attributed_to, "urn:kg:entity:c");
  EXPECT_FLOAT_EQ(cites[1].provenance.confidence, 0.5f);
}

TEST(Provenance, UnchangedDocumentIsANoOp) {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  auto batch = Doc("d", "d.txt", "x", {F(E("a"), V("met"), E("b"), "")});
  ASSERT_TRUE(store->WriteDocument(batch).ok());
  auto again = store->WriteDocument(batch);
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->unchanged);
  EXPECT_EQ(kg::testing::Ok(store->Counts()).documents, 1u);
  EXPECT_EQ(kg::testing::Ok(store->ProvenanceOf(All(*store)[0])).size(), 1u);
}

TEST(Provenance, ChangedDocumentAtTheSameSourceReplacesTheOld) {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  // old A states X and Y; B states Y; new A states Z.
  ASSERT_TRUE(store->WriteDocument(Doc("A1", "a.txt", "old", {F(E("x"), V("met"), E("y"), ""),
                                                              F(E("y"), V("visited"), E("p"), "")})).ok());
  ASSERT_TRUE(store->WriteDocument(Doc("B", "b.txt", "b", {F(E("y"), V("visited"), E("p"), "")})).ok());
  auto r = store->WriteDocument(Doc("A2", "a.txt", "new", {F(E("z"), V("met"), E("y"), "")}));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->replaced);
  EXPECT_EQ(r->statements_removed, 1u);  // X only: Y keeps B's citation
  EXPECT_EQ(r->statements_added, 1u);
  EXPECT_FALSE(kg::testing::Ok(store->GetDocument("A1")).has_value());
  EXPECT_TRUE(kg::testing::Ok(store->GetDocument("A2")).has_value());
  TermId x = *store->Lookup(E("x")), y = *store->Lookup(E("y")), z = *store->Lookup(E("z"));
  TermId met = *store->Lookup(V("met")), visited = *store->Lookup(V("visited")), p = *store->Lookup(E("p"));
  EXPECT_TRUE(All(*store, {x, met, y}).empty());
  ASSERT_EQ(All(*store, {z, met, y}).size(), 1u);
  auto prov = kg::testing::Ok(store->ProvenanceOf({y, visited, p}));
  ASSERT_EQ(prov.size(), 1u);
  EXPECT_EQ(prov[0].doc_id, "B");
  auto c = kg::testing::Ok(store->Counts());
  EXPECT_EQ(c.documents, 2u);
  EXPECT_EQ(c.statements, 2u);
  EXPECT_EQ(c.entities, 2u);  // subjects y and z; x lost its only statement
  // All three orders agree.
  EXPECT_EQ(All(*store, {0, met, 0}).size(), 1u);
  EXPECT_EQ(All(*store, {0, 0, y}).size(), 1u);
}

TEST(Provenance, FactsMustNameTheirDocument) {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  auto batch = Doc("d", "d.txt", "x", {F(E("a"), V("met"), E("b"), "")});
  batch.facts[0].provenance.doc_id = "other";
  EXPECT_EQ(store->WriteDocument(batch).status().code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(kg::testing::Ok(store->Counts()).documents, 0u);
}

}  // namespace
}  // namespace kg::graph
