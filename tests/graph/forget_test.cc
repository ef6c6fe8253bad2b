// Store::ForgetDocuments on both stores: a retracted document takes its
// provenance, the statements only it supported and so the entities nothing
// else names; shared statements keep their other citations; an unknown id
// changes nothing; several documents go in one write. Invented names only.
#include <gtest/gtest.h>

#include <algorithm>

#include "graph/memory_store.h"
#include "tests/graph/test_util.h"
#include "tests/common/read_ok.h"

namespace kg::graph {
namespace {
using namespace testing;

DocumentBatch Doc(const std::string& id, std::vector<Fact> facts) {
  DocumentBatch b;
  b.document.id = id;
  b.document.source = id + ".txt";
  b.document.title = "Report " + id;
  b.document.published = "2031-02-03";
  b.document.text = "Dara Okonkwo met Lio Benn in Veloria.";
  b.document.ingested_at = "2031-02-04T05:06:07Z";
  for (auto& f : facts) f.provenance.doc_id = id;
  b.facts = std::move(facts);
  return b;
}

Fact Named(const std::string& slug, const std::string& name) { return F(E(slug), LabelP(), Term::String(name), ""); }

class ForgetTest : public ::testing::TestWithParam<bool> {  // true: RocksStore, false: MemoryStore
 protected:
  void SetUp() override {
    if (GetParam()) {
      store_ = OpenOrDie(dir_.path());
    } else {
      store_ = std::make_unique<MemoryStore>();
    }
    ASSERT_TRUE(store_);
    // d1 and d2 both state that Okonkwo met Benn; only d1 names the visit to Veloria.
    ASSERT_TRUE(store_->WriteDocument(Doc("d1", {Named("dara-okonkwo", "Dara Okonkwo"), Named("lio-benn", "Lio Benn"),
                                                 Named("veloria", "Veloria"),
                                                 F(E("veloria"), TypeP(), V("Country"), ""),
                                                 F(E("dara-okonkwo"), V("met"), E("lio-benn"), "", 0, 37),
                                                 F(E("dara-okonkwo"), V("visited"), E("veloria"), "", 0, 37)}))
                    .ok());
    ASSERT_TRUE(store_->WriteDocument(Doc("d2", {Named("dara-okonkwo", "Dara Okonkwo"), Named("lio-benn", "Lio Benn"),
                                                 F(E("dara-okonkwo"), V("met"), E("lio-benn"), "", 0, 26)}))
                    .ok());
  }
  StatementIds Ids(const Term& s, const Term& p, const Term& o) {
    return {kg::testing::Ok(store_->Lookup(s)), kg::testing::Ok(store_->Lookup(p)), kg::testing::Ok(store_->Lookup(o))};
  }
  TempDir dir_;
  std::unique_ptr<Store> store_;
};

TEST_P(ForgetTest, SharedFactsKeepTheirOtherCitationsAndTheRestGoes) {
  EXPECT_EQ(kg::testing::Ok(store_->CountDocumentStatements("d1")), 6u);
  EXPECT_EQ(kg::testing::Ok(store_->CountDocumentStatements("d2")), 3u);
  auto r = store_->ForgetDocuments({"d1"});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->documents, 1u);
  EXPECT_EQ(r->statements_removed, 3u);  // Veloria's name and type, the visit
  EXPECT_FALSE(kg::testing::Ok(store_->GetDocument("d1")).has_value());
  EXPECT_EQ(kg::testing::Ok(store_->CountDocumentStatements("d1")), 0u);
  const auto met = kg::testing::Ok(store_->ProvenanceOf(Ids(E("dara-okonkwo"), V("met"), E("lio-benn"))));
  ASSERT_EQ(met.size(), 1u);
  EXPECT_EQ(met[0].doc_id, "d2");
  Pattern veloria;
  veloria.s = kg::testing::Ok(store_->Lookup(E("veloria")));
  EXPECT_TRUE(All(*store_, veloria).empty());
  EXPECT_TRUE(kg::testing::Ok(store_->FindByName("Veloria")).empty());
  EXPECT_EQ(kg::testing::Ok(store_->FindByName("Lio Benn")).size(), 1u);
  const StoreCounts c = kg::testing::Ok(store_->Counts());
  EXPECT_EQ(c.documents, 1u);
  EXPECT_EQ(c.statements, 3u);
  EXPECT_EQ(c.entities, 2u);
  EXPECT_TRUE(kg::testing::Ok(store_->TypeCounts()).empty());
}

TEST_P(ForgetTest, UnknownDocumentChangesNothing) {
  auto r = store_->ForgetDocuments({"d2", "no-such-document"});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kNotFound);
  EXPECT_NE(r.status().message().find("no-such-document"), std::string::npos);
  EXPECT_TRUE(kg::testing::Ok(store_->GetDocument("d2")).has_value());
  EXPECT_EQ(kg::testing::Ok(store_->Counts()).statements, 6u);
}

TEST_P(ForgetTest, SeveralDocumentsGoTogether) {
  auto r = store_->ForgetDocuments({"d1", "d2", "d1"});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->documents, 2u);
  EXPECT_EQ(kg::testing::Ok(store_->Counts()).statements, 0u);
  EXPECT_EQ(kg::testing::Ok(store_->Counts()).documents, 0u);
  EXPECT_TRUE(All(*store_).empty());
  // The same text can come back afterwards (its source no longer names the old id).
  ASSERT_TRUE(store_->WriteDocument(Doc("d1", {Named("veloria", "Veloria")})).ok());
  EXPECT_EQ(kg::testing::Ok(store_->Counts()).statements, 1u);
}

INSTANTIATE_TEST_SUITE_P(Stores, ForgetTest, ::testing::Values(true, false),
                         [](const auto& info) { return info.param ? "Rocks" : "Memory"; });

TEST(ForgetRocks, CheckPassesAndTheIngestTimeSurvives) {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  ASSERT_TRUE(store->WriteDocument(Doc("d1", {Named("veloria", "Veloria")})).ok());
  ASSERT_TRUE(store->WriteDocument(Doc("d2", {Named("veloria", "Veloria"), Named("lio-benn", "Lio Benn")})).ok());
  EXPECT_EQ(kg::testing::Ok(store->GetDocument("d1"))->ingested_at, "2031-02-04T05:06:07Z");
  ASSERT_TRUE(store->ForgetDocuments({"d2"}).ok());
  auto report = store->Check(10);
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->problems.empty()) << report->problems.front();
  EXPECT_EQ(kg::testing::Ok(store->LabelOf(store->Lookup(E("veloria")).value())), "Veloria");
}

}  // namespace
}  // namespace kg::graph
