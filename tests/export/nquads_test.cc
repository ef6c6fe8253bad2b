// The N-Quads export of a hand-made store: every expected quad below is worked
// out from tests/export/sample_store.h and docs/interchange.md.
#include "export/nquads.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "export/rdf_mapping.h"
#include "tests/export/export_test_util.h"
#include "tests/export/sample_store.h"
#include "tests/common/read_ok.h"

namespace kg::exporter {
namespace {

using graph::Term;
using loaders::rdf::Quad;

const std::string kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const std::string kSchema = "https://schema.org/";
const std::string kProv = "urn:kg:prov:";
const std::string kXsd = "http://www.w3.org/2001/XMLSchema#";
const std::string kDoc1 = "https://news.example.org/summit";
const std::string kDoc2 = "urn:kg:doc:d2hash";

class NQuadsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = graph::testing::OpenOrDie(dir_.path());
    ASSERT_TRUE(store_);
    ASSERT_TRUE(testing::BuildSample(*store_));
    text_ = testing::ExportNQuads(*store_, &stats_);
    Status st;
    quads_ = testing::ParseQuads(text_, &st);
    ASSERT_TRUE(st.ok()) << st.ToString() << "\n" << text_;
  }

  bool Has(const std::string& s, const std::string& p, const Term& o, const std::string& g = "") const {
    for (const auto& q : quads_) {
      if (q.subject.value == s && q.predicate.value == p && q.object == o && q.has_graph == !g.empty() &&
          (g.empty() || q.graph.value == g))
        return true;
    }
    return false;
  }

  // Citation nodes: subject -> (predicate -> object), with their graph.
  struct Node {
    std::string graph;
    std::multimap<std::string, Term> props;
    std::string Get(const std::string& p) const {
      auto it = props.find(p);
      return it == props.end() ? "" : it->second.value;
    }
  };
  std::map<std::string, Node> Citations() const {
    std::map<std::string, Node> out;
    for (const auto& q : quads_) {
      if (!q.subject.value.starts_with("urn:kg:citation:")) continue;
      Node& n = out[q.subject.value];
      n.graph = q.graph.value;
      n.props.emplace(q.predicate.value, q.object);
    }
    return out;
  }
  // The one citation whose rdf:predicate is `p` in graph `g`.
  std::vector<Node> CitationsOf(const std::string& p, const std::string& g) const {
    std::vector<Node> out;
    for (const auto& [iri, n] : Citations())
      if (n.Get(kRdf + "predicate") == p && n.graph == g) out.push_back(n);
    return out;
  }

  graph::testing::TempDir dir_;
  std::unique_ptr<graph::Store> store_;
  std::string text_;
  ExportStats stats_;
  std::vector<Quad> quads_;
};

TEST_F(NQuadsTest, HeaderAndDocuments) {
  EXPECT_TRUE(text_.starts_with("<urn:kg:export> "));
  EXPECT_TRUE(Has("urn:kg:export", kRdf + "type", Term::Iri(kProv + "Export")));
  EXPECT_TRUE(Has(kDoc1, kRdf + "type", Term::Iri(kSchema + "NewsArticle")));
  EXPECT_TRUE(Has(kDoc1, kSchema + "headline", Term::String("Leaders meet in Hanoi")));
  EXPECT_TRUE(Has(kDoc1, kSchema + "datePublished", Term::Typed("2025-05-09", kXsd + "date")));
  EXPECT_TRUE(Has(kDoc1, kSchema + "url", Term::String("https://news.example.org/summit")));
  EXPECT_TRUE(Has(kDoc1, kSchema + "publisher", Term::String("Example News")));
  EXPECT_TRUE(Has(kDoc1, kSchema + "author", Term::String("A. Writer")));
  EXPECT_TRUE(Has(kDoc1, kSchema + "text", Term::String(testing::kText1)));
  EXPECT_TRUE(Has(kDoc1, kProv + "docId", Term::String("d1hash")));
  EXPECT_TRUE(Has(kDoc1, kProv + "source", Term::String("summit.txt")));
  // No URL: urn:kg:doc:<id>; a partial date is an xsd:gYearMonth.
  EXPECT_TRUE(Has(kDoc2, kRdf + "type", Term::Iri(kSchema + "NewsArticle")));
  EXPECT_TRUE(Has(kDoc2, kSchema + "datePublished", Term::Typed("2025-05", kXsd + "gYearMonth")));
  EXPECT_TRUE(Has(kDoc2, kSchema + "headline", Term::String("Second \"take\"")));
  EXPECT_FALSE(Has(kDoc2, kSchema + "url", Term::String("")));
  EXPECT_EQ(stats_.documents, 2u);
}

TEST_F(NQuadsTest, VocabularyMapsToSchemaOrg) {
  const std::string kim = "urn:kg:entity:kim-jong-un";
  EXPECT_TRUE(Has(kim, kSchema + "name", Term::String("Kim Jong Un")));
  EXPECT_TRUE(Has(kim, kSchema + "alternateName", Term::String("Kim Jong-un")));
  EXPECT_TRUE(Has(kim, kRdf + "type", Term::Iri(kSchema + "Person")));
  EXPECT_TRUE(Has(kim, kRdf + "type", Term::Iri("urn:kg:vocab:Official")));
  EXPECT_TRUE(Has(kim, "urn:kg:vocab:met", Term::Iri("urn:kg:entity:moon-jae-in")));
  EXPECT_TRUE(Has(kim, kSchema + "memberOf", Term::Iri("urn:kg:entity:workers-party")));
  EXPECT_TRUE(Has("urn:kg:entity:pak-jong-chon", kSchema + "jobTitle", Term::String("Defense Minister")));
  // attended is the inverse of schema:attendee: subject and object swap.
  EXPECT_TRUE(Has("urn:kg:entity:hanoi-ceremony", kSchema + "attendee", Term::Iri("urn:kg:entity:pak-jong-chon")));
  EXPECT_FALSE(Has("urn:kg:entity:pak-jong-chon", "urn:kg:vocab:attended", Term::Iri("urn:kg:entity:hanoi-ceremony")));
  EXPECT_TRUE(Has("urn:kg:entity:hanoi-ceremony", kSchema + "startDate", Term::Typed("2025-05-09", kXsd + "date")));
  EXPECT_TRUE(Has("urn:kg:entity:army", "urn:kg:vocab:deploy", Term::Typed("14000", kXsd + "integer")));
  EXPECT_TRUE(Has("urn:kg:entity:army", "urn:kg:vocab:end", Term::String("a \"quoted\"\nline")));
  EXPECT_TRUE(Has("urn:kg:entity:hanoi", kSchema + "name", Term::String("Hanoi", "en")));
}

TEST_F(NQuadsTest, StatementsRepeatedInTheirDocumentGraphs) {
  const std::string kim = "urn:kg:entity:kim-jong-un";
  const Term moon = Term::Iri("urn:kg:entity:moon-jae-in");
  EXPECT_TRUE(Has(kim, "urn:kg:vocab:met", moon, kDoc1));
  EXPECT_TRUE(Has(kim, "urn:kg:vocab:met", moon, kDoc2));
  EXPECT_TRUE(Has("urn:kg:entity:hanoi-ceremony", kSchema + "attendee", Term::Iri("urn:kg:entity:pak-jong-chon"),
                  kDoc1));
  EXPECT_TRUE(Has(kim, kSchema + "memberOf", Term::Iri("urn:kg:entity:workers-party"),
                  "https://curated.example.org/g1"));
  // A file path is not an IRI: urn:kg:source:<percent-encoded>.
  EXPECT_TRUE(Has(kim, kSchema + "alternateName", Term::String("Kim Jong-un"), "urn:kg:source:curated%20facts.nt"));
}

TEST_F(NQuadsTest, CitationNodesCarrySpansAndQualifiers) {
  std::string t1 = testing::kText1;
  auto met1 = CitationsOf("urn:kg:vocab:met", kDoc1);
  ASSERT_EQ(met1.size(), 1u);
  const Node& c = met1[0];
  EXPECT_EQ(c.Get(kRdf + "type"), kProv + "Citation");
  EXPECT_EQ(c.Get(kRdf + "subject"), "urn:kg:entity:kim-jong-un");
  EXPECT_EQ(c.Get(kRdf + "object"), "urn:kg:entity:moon-jae-in");
  EXPECT_EQ(c.Get(kProv + "doc"), kDoc1);
  EXPECT_EQ(c.Get(kProv + "start"), "0");
  EXPECT_EQ(c.Get(kProv + "end"), std::to_string(t1.find("Defense") - 1));  // 46: "...on Friday."
  EXPECT_EQ(c.Get(kProv + "extractor"), "rule:svo");
  EXPECT_EQ(c.Get(kProv + "confidence"), "0.9");
  EXPECT_EQ(c.Get(kProv + "modality"), "");  // asserted is the default, not written

  auto met2 = CitationsOf("urn:kg:vocab:met", kDoc2);
  ASSERT_EQ(met2.size(), 1u);
  EXPECT_EQ(met2[0].Get(kProv + "end"), "28");  // "Moon Jae-in met \"Kim\" again." is 28 bytes
  EXPECT_EQ(met2[0].Get(kProv + "confidence"), "1");

  auto visit = CitationsOf("urn:kg:vocab:visited", kDoc1);
  ASSERT_EQ(visit.size(), 1u);
  EXPECT_EQ(visit[0].Get(kProv + "modality"), "planned");
  EXPECT_EQ(visit[0].Get(kProv + "attributedTo"), "urn:kg:entity:officials");
  EXPECT_EQ(visit[0].Get(kProv + "start"), std::to_string(t1.find("Officials")));

  // The flipped statement is cited in its exported direction.
  auto att = CitationsOf(kSchema + "attendee", kDoc1);
  ASSERT_EQ(att.size(), 1u);
  EXPECT_EQ(att[0].Get(kRdf + "subject"), "urn:kg:entity:hanoi-ceremony");
  EXPECT_EQ(att[0].Get(kRdf + "object"), "urn:kg:entity:pak-jong-chon");

  auto imported = CitationsOf(kSchema + "memberOf", "https://curated.example.org/g1");
  ASSERT_EQ(imported.size(), 1u);
  EXPECT_EQ(imported[0].Get(kProv + "extractor"), "import");
}

TEST_F(NQuadsTest, CountsMatchOutput) {
  // Counted by hand: d1 has 9 facts, d2 adds none (its met and label are d1's
  // statements), imports add 5 -> 14 statements; 9 + 2 + 5 = 16 citations.
  EXPECT_EQ(stats_.statements, 14u);
  EXPECT_EQ(stats_.citations, 16u);
  EXPECT_EQ(stats_.quads, quads_.size());
  EXPECT_EQ(Citations().size(), 16u);
}

TEST_F(NQuadsTest, RoundTripThroughImportIsIdentical) {
  graph::testing::TempDir dir2;
  auto store2 = graph::testing::OpenOrDie(dir2.path());
  ASSERT_TRUE(store2);
  Status s = testing::ImportExport(*store2, text_, "export.nq");
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(testing::ExportNQuads(*store2), text_);
  EXPECT_EQ(testing::ExportJsonLd(*store2), testing::ExportJsonLd(*store_));
  auto counts = kg::testing::Ok(store2->Counts());
  EXPECT_EQ(counts.documents, 2u);
  EXPECT_EQ(counts.statements, 14u);
  // Citations resolve to the restored documents, so sentences are recoverable.
  auto kim = kg::testing::StoredId(*store2, graph::testing::E("kim-jong-un"));
  auto met = kg::testing::StoredId(*store2, graph::testing::V("met"));
  auto moon = kg::testing::StoredId(*store2, graph::testing::E("moon-jae-in"));
  ASSERT_TRUE(kim && met && moon);
  auto cites = kg::testing::Ok(store2->CitationsOf({*kim, *met, *moon}));
  ASSERT_EQ(cites.size(), 2u);
  std::set<std::string> sentences;
  for (const auto& c : cites) sentences.insert(c.sentence);
  EXPECT_TRUE(sentences.count("Kim Jong Un met Moon Jae-in in Hanoi on Friday."));
  EXPECT_TRUE(sentences.count("Moon Jae-in met \"Kim\" again."));
}

TEST_F(NQuadsTest, WithoutHeaderCitationNodesAreOrdinaryTriples) {
  // A file without the export header is plain RDF: nothing is reinterpreted.
  std::string body = text_.substr(text_.find('\n', text_.find("urn:kg:export")) + 1);
  graph::testing::TempDir dir2;
  auto store2 = graph::testing::OpenOrDie(dir2.path());
  ASSERT_TRUE(testing::ImportExport(*store2, body, "plain.nq").ok());
  EXPECT_EQ(kg::testing::Ok(store2->Counts()).documents, 0u);
  EXPECT_TRUE(kg::testing::StoredId(*store2, Term::Iri(kProv + "Citation")).has_value());
}

}  // namespace
}  // namespace kg::exporter
