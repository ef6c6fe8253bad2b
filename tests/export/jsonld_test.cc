// The JSON-LD export's shape, read as plain JSON: context terms, documents,
// entity nodes and the per-document named graphs with Citation nodes.
// (processors_test.cc checks with jsonld.js that it means the N-Quads.)
#include "export/jsonld.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/export/export_test_util.h"
#include "tests/export/sample_store.h"

namespace kg::exporter {
namespace {

using nlohmann::json;

class JsonLdTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = graph::testing::OpenOrDie(dir_.path());
    ASSERT_TRUE(store_);
    ASSERT_TRUE(testing::BuildSample(*store_));
    text_ = testing::ExportJsonLd(*store_, &stats_);
    doc_ = json::parse(text_, nullptr, false);
    ASSERT_FALSE(doc_.is_discarded()) << text_;
  }

  // All default-graph node objects with this @id, merged key by key.
  json Node(const std::string& id) const {
    json merged = json::object();
    for (const auto& n : doc_["@graph"]) {
      if (n.value("@id", "") != id || n.contains("@graph")) continue;
      for (auto& [k, v] : n.items()) {
        if (!merged.contains(k)) merged[k] = json::array();
        if (v.is_array()) {
          for (auto& x : v) merged[k].push_back(x);
        } else {
          merged[k].push_back(v);
        }
      }
    }
    return merged;
  }

  // Items of the named graphs called `graph`.
  std::vector<json> GraphItems(const std::string& graph) const {
    std::vector<json> out;
    for (const auto& n : doc_["@graph"])
      if (n.value("@id", "") == graph && n.contains("@graph"))
        for (const auto& x : n["@graph"]) out.push_back(x);
    return out;
  }

  graph::testing::TempDir dir_;
  std::unique_ptr<graph::Store> store_;
  std::string text_;
  ExportStats stats_;
  json doc_;
};

TEST_F(JsonLdTest, ContextMapsOurTermsToSchemaOrg) {
  const json& ctx = doc_["@context"];
  EXPECT_EQ(ctx["@version"], 1.1);
  EXPECT_EQ(ctx["@vocab"], "urn:kg:vocab:");
  EXPECT_EQ(ctx["schema"], "https://schema.org/");
  EXPECT_EQ(ctx["name"], "schema:name");
  EXPECT_EQ(ctx["alternateName"], "schema:alternateName");
  EXPECT_EQ(ctx["Person"], "schema:Person");
  EXPECT_EQ(ctx["title"], "schema:jobTitle");
  EXPECT_EQ(ctx["locatedIn"], "schema:containedInPlace");
  EXPECT_EQ(ctx["attended"]["@reverse"], "schema:attendee");
  EXPECT_EQ(ctx["organized"]["@reverse"], "schema:organizer");
  EXPECT_FALSE(ctx.contains("met"));       // urn:kg:vocab:met through @vocab
  EXPECT_FALSE(ctx.contains("Official"));  // urn:kg:vocab:Official through @vocab
  EXPECT_EQ(ctx["Citation"], "kgp:Citation");
  EXPECT_EQ(ctx["doc"]["@type"], "@id");
}

TEST_F(JsonLdTest, DocumentsAreNewsArticles) {
  EXPECT_EQ(doc_["@graph"][0]["@id"], "urn:kg:export");
  json d1 = Node("https://news.example.org/summit");
  EXPECT_EQ(d1["@type"][0], "NewsArticle");
  EXPECT_EQ(d1["headline"][0], "Leaders meet in Hanoi");
  EXPECT_EQ(d1["datePublished"][0], json({{"@value", "2025-05-09"}, {"@type", "xsd:date"}}));
  EXPECT_EQ(d1["url"][0], "https://news.example.org/summit");
  EXPECT_EQ(d1["publisher"][0], "Example News");
  EXPECT_EQ(d1["author"][0], "A. Writer");
  EXPECT_EQ(d1["text"][0], testing::kText1);
  EXPECT_EQ(d1["docId"][0], "d1hash");
  json d2 = Node("urn:kg:doc:d2hash");
  EXPECT_EQ(d2["headline"][0], "Second \"take\"");
  EXPECT_FALSE(d2.contains("url"));
}

TEST_F(JsonLdTest, EntitiesAreNodes) {
  json kim = Node("urn:kg:entity:kim-jong-un");
  std::set<std::string> types;
  for (auto& t : kim["@type"]) types.insert(t);
  EXPECT_EQ(types, (std::set<std::string>{"Person", "Official"}));
  EXPECT_EQ(kim["name"], json::array({"Kim Jong Un"}));
  EXPECT_EQ(kim["alternateName"], json::array({"Kim Jong-un"}));
  EXPECT_EQ(kim["met"][0]["@id"], "urn:kg:entity:moon-jae-in");
  EXPECT_EQ(kim["memberOf"][0]["@id"], "urn:kg:entity:workers-party");
  EXPECT_EQ(kim["visited"][0]["@id"], "urn:kg:entity:seoul");
  json pak = Node("urn:kg:entity:pak-jong-chon");
  EXPECT_EQ(pak["attended"][0]["@id"], "urn:kg:entity:hanoi-ceremony");  // a @reverse term
  EXPECT_EQ(pak["title"][0], "Defense Minister");
  json army = Node("urn:kg:entity:army");
  EXPECT_EQ(army["deploy"][0], json({{"@value", "14000"}, {"@type", "xsd:integer"}}));
  EXPECT_EQ(army["kg:end"][0], "a \"quoted\"\nline");  // "end" is the citation term
  json hanoi = Node("urn:kg:entity:hanoi");
  EXPECT_EQ(hanoi["name"][0], json({{"@value", "Hanoi"}, {"@language", "en"}}));
}

TEST_F(JsonLdTest, CitationsLiveInTheirDocumentsGraphs) {
  auto items = GraphItems("https://news.example.org/summit");
  const json* met = nullptr;
  bool statement = false;
  for (const auto& x : items) {
    if (x.value("@type", "") == "Citation" && x.value("predicate", "") == "kg:met") met = &x;
    if (x.value("@id", "") == "urn:kg:entity:kim-jong-un" && x.contains("met")) statement = true;
  }
  EXPECT_TRUE(statement);
  ASSERT_NE(met, nullptr);
  EXPECT_EQ((*met)["subject"], "urn:kg:entity:kim-jong-un");
  EXPECT_EQ((*met)["object"]["@id"], "urn:kg:entity:moon-jae-in");
  EXPECT_EQ((*met)["doc"], "https://news.example.org/summit");
  EXPECT_EQ((*met)["start"], 0);
  EXPECT_EQ((*met)["end"], 47);  // "Kim Jong Un met Moon Jae-in in Hanoi on Friday." is 47 bytes
  EXPECT_EQ((*met)["extractor"], "rule:svo");
  EXPECT_EQ((*met)["confidence"], "0.9");

  int citations = 0;
  for (const auto& n : doc_["@graph"])
    if (n.contains("@graph"))
      for (const auto& x : n["@graph"]) citations += x.value("@type", "") == "Citation";
  EXPECT_EQ(citations, 16);
  EXPECT_EQ(stats_.citations, 16u);
}

}  // namespace
}  // namespace kg::exporter
