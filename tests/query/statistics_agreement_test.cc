// graph/store_statistics.h: kg stats' figures agree with what queries count.
// An invented store with a fact stated only as negated, one only as
// hypothetical, a planned one, two events and entities shared by two
// documents; on both store kinds the figures must equal COUNT(*) and the
// type counts. Expected numbers follow from the construction below.
#include <gtest/gtest.h>

#include "graph/memory_store.h"
#include "graph/store_statistics.h"
#include "graph/vocabulary.h"
#include "query/engine.h"
#include "query/result/result_sink.h"
#include "tests/graph/test_util.h"

namespace kg::query {
namespace {

using graph::testing::E;
using graph::testing::F;
using graph::testing::LabelP;
using graph::testing::TypeP;
using graph::testing::V;

graph::DocumentBatch Doc(const std::string& id, const std::string& published, std::vector<graph::Fact> facts) {
  graph::DocumentBatch b;
  b.document.id = id;
  b.document.source = id + ".txt";
  b.document.published = published;
  b.document.text = "Dara Okonkwo did not meet Lio Benn.";
  for (auto& f : facts) f.provenance.doc_id = id;
  b.facts = std::move(facts);
  return b;
}

graph::Fact With(graph::Fact f, graph::Modality m) {
  f.provenance.modality = m;
  return f;
}

uint64_t Count(const graph::Store& store, const std::string& query) {
  Engine engine(&store);
  CollectingSink sink;
  Status s = engine.Run(query, RunOptions(), sink);
  EXPECT_TRUE(s.ok()) << s.ToString();
  if (!s.ok() || sink.rows().size() != 1) return ~0ull;
  return std::stoull(sink.rows()[0].values[0].value);
}

void Fill(graph::Store& store) {
  using graph::Modality;
  const graph::Term date = graph::Term::Date("2031-02-03");
  ASSERT_TRUE(store.WriteDocument(Doc("d1", "2031-02-04",
                                      {F(E("dara"), LabelP(), graph::Term::String("Dara Okonkwo"), ""),
                                       F(E("lio"), LabelP(), graph::Term::String("Lio Benn"), ""),
                                       F(E("summit"), TypeP(), V("Event"), ""), F(E("summit"), TypeP(), V("Summit"), ""),
                                       F(E("summit"), V("date"), date, ""),
                                       F(E("dara"), V("attended"), E("summit"), ""),
                                       With(F(E("dara"), V("met"), E("lio"), ""), Modality::kNegated),
                                       With(F(E("dara"), V("visited"), E("veloria"), ""), Modality::kHypothetical)}))
                  .ok());
  ASSERT_TRUE(store.WriteDocument(Doc("d2", "2031-03-01",
                                      {F(E("lio"), LabelP(), graph::Term::String("Lio Benn"), ""),
                                       F(E("talks"), TypeP(), V("Event"), ""),
                                       With(F(E("lio"), V("attended"), E("talks"), ""), Modality::kPlanned),
                                       // asserted here: this one is a plain fact after all
                                       F(E("dara"), V("visited"), E("veloria"), "")}))
                  .ok());
}

void ExpectAgreement(const graph::Store& store) {
  auto read = graph::ComputeStatistics(store);
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  const graph::StoreStatistics& s = *read;
  EXPECT_EQ(s.documents, 2u);
  EXPECT_EQ(s.unasserted, 1u);   // only "did not meet"
  EXPECT_EQ(s.statements, 9u);  // 10 stored
  EXPECT_EQ(s.statements, Count(store, "FIND COUNT(*) WHERE ?s ?p ?o"));
  EXPECT_EQ(s.events, 2u);
  EXPECT_EQ(s.events, Count(store, "FIND COUNT(DISTINCT ?e) WHERE ?e a Event"));
  EXPECT_EQ(s.entities, 2u);  // dara, lio (veloria is only an object)
  EXPECT_EQ(s.first_published, "2031-02-04");
  EXPECT_EQ(s.last_published, "2031-03-01");
  EXPECT_EQ(s.first_event_date, "2031-02-03");
  EXPECT_EQ(s.last_event_date, "2031-02-03");
}

TEST(StatisticsAgreement, MemoryStore) {
  graph::MemoryStore store;
  Fill(store);
  ExpectAgreement(store);
}

TEST(StatisticsAgreement, RocksStoreReadOnly) {
  graph::testing::TempDir dir;
  {
    auto writer = graph::testing::OpenOrDie(dir.path());
    ASSERT_TRUE(writer);
    Fill(*writer);
  }
  auto reader = graph::testing::OpenOrDie(dir.path(), /*read_only=*/true);
  ASSERT_TRUE(reader);
  ExpectAgreement(*reader);
}

}  // namespace
}  // namespace kg::query
