// JSON-LD for query answers: the used statements with citations (and their
// sentences), the naming statements of the entities they mention, and the
// cited documents' metadata.
#include "export/query_jsonld.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/export/sample_store.h"
#include "tests/common/read_ok.h"

namespace kg::exporter {
namespace {

using nlohmann::json;

class QueryJsonLdTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = graph::testing::OpenOrDie(dir_.path());
    ASSERT_TRUE(store_);
    ASSERT_TRUE(testing::BuildSample(*store_));
  }
  graph::StatementIds Ids(const graph::Term& s, const graph::Term& p, const graph::Term& o) {
    auto a = kg::testing::StoredId(*store_, s), b = kg::testing::StoredId(*store_, p), c = kg::testing::StoredId(*store_, o);
    EXPECT_TRUE(a && b && c);
    return {a.value_or(0), b.value_or(0), c.value_or(0)};
  }
  json Write(const std::vector<graph::StatementIds>& ids, ExportStats* stats) {
    std::ostringstream out;
    Status s = WriteJsonLdStatements(*store_, ids, out, stats);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return json::parse(out.str(), nullptr, false);
  }
  graph::testing::TempDir dir_;
  std::unique_ptr<graph::Store> store_;
};

TEST_F(QueryJsonLdTest, StatementsEntitiesCitationsAndDocuments) {
  using graph::testing::E;
  using graph::testing::V;
  auto met = Ids(E("kim-jong-un"), V("met"), E("moon-jae-in"));
  ExportStats stats;
  json doc = Write({met, met}, &stats);
  ASSERT_FALSE(doc.is_discarded());
  EXPECT_EQ(doc["@context"]["attended"]["@reverse"], "schema:attendee");
  // met + kim's label, alias and 2 types + moon's label = 6 statements.
  EXPECT_EQ(stats.statements, 6u);
  json kim, cite_d1, article;
  for (const auto& n : doc["@graph"]) {
    if (n.value("@id", "") == "urn:kg:entity:kim-jong-un" && n.contains("met")) kim = n;
    if (n.value("@id", "") == "https://news.example.org/summit" && n.contains("@type")) article = n;
    if (n.contains("@graph"))
      for (const auto& x : n["@graph"])
        if (x.value("predicate", "") == "kg:met" && x.value("doc", "") == "https://news.example.org/summit")
          cite_d1 = x;
  }
  EXPECT_EQ(kim["name"], "Kim Jong Un");
  EXPECT_EQ(kim["alternateName"], "Kim Jong-un");
  EXPECT_EQ(kim["met"]["@id"], "urn:kg:entity:moon-jae-in");
  EXPECT_EQ(cite_d1["kgp:sentence"], "Kim Jong Un met Moon Jae-in in Hanoi on Friday.");
  EXPECT_EQ(cite_d1["start"], 0);
  EXPECT_EQ(article["headline"], "Leaders meet in Hanoi");
  EXPECT_FALSE(article.contains("text"));
  EXPECT_EQ(stats.documents, 2u);  // both articles cite the meeting
}

TEST_F(QueryJsonLdTest, EmptyAndUnknownIds) {
  ExportStats stats;
  json doc = Write({{1, 2, 3}}, &stats);
  ASSERT_FALSE(doc.is_discarded());
  EXPECT_TRUE(doc["@graph"].empty());
  EXPECT_EQ(stats.statements, 0u);
}

}  // namespace
}  // namespace kg::exporter
