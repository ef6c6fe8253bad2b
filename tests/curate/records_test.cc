#include "curate/records.h"

#include <gtest/gtest.h>

#include "curate/curation.h"
#include "graph/fact_codec.h"
#include "graph/memory_store.h"
#include "tests/common/read_ok.h"

namespace kg::curate {
namespace {

using graph::Fact;
using graph::Term;

TEST(FactCodecTest, RoundTripsEveryField) {
  Fact a{Term::Iri("urn:kg:entity:dara-okonkwo"),
         Term::Iri("urn:kg:vocab:title"),
         Term::String("Admiral", "en"),
         {}};
  a.provenance = {
      "doc-1", 12, 80, "rule:appos-title", 0.75f, graph::Modality::kPlanned, "urn:kg:entity:ferrand"};
  Fact b{Term::Blank("b0"), Term::Iri("urn:kg:vocab:count"), Term::Typed("7", "urn:x:dt"), {}};
  b.provenance.doc_id = "doc-1";
  std::vector<Fact> back;
  ASSERT_TRUE(graph::DecodeFacts(graph::EncodeFacts({a, b}), &back));
  ASSERT_EQ(back.size(), 2u);
  EXPECT_EQ(back[0].s, a.s);
  EXPECT_EQ(back[0].o, a.o);
  EXPECT_EQ(back[0].provenance.start, 12u);
  EXPECT_EQ(back[0].provenance.end, 80u);
  EXPECT_EQ(back[0].provenance.extractor, "rule:appos-title");
  EXPECT_FLOAT_EQ(back[0].provenance.confidence, 0.75f);
  EXPECT_EQ(back[0].provenance.modality, graph::Modality::kPlanned);
  EXPECT_EQ(back[0].provenance.attributed_to, "urn:kg:entity:ferrand");
  EXPECT_EQ(back[1].o, b.o);
  std::string bytes = graph::EncodeFacts({a});
  std::vector<Fact> cut;
  EXPECT_FALSE(graph::DecodeFacts(bytes.substr(0, bytes.size() - 1), &cut));
  EXPECT_FALSE(graph::DecodeFacts(bytes + "x", &cut));
}

TEST(CurationCodecTest, RoundTripsAndIdsParse) {
  Curation c;
  c.number = 12;
  c.kind = CurationKind::kReject;
  c.by = "tester";
  c.at = "2026-01-31T09:15:00Z";
  c.pattern = {"urn:kg:entity:a", "urn:kg:vocab:met", "", "text"};
  c.text = "reject \"A\" met \"text\"";
  Curation back;
  ASSERT_TRUE(DecodeCuration(EncodeCuration(c), &back));
  EXPECT_EQ(back.Id(), "c12");
  EXPECT_EQ(back.kind, CurationKind::kReject);
  EXPECT_EQ(back.pattern.o_text, "text");
  EXPECT_EQ(back.text, c.text);
  EXPECT_FALSE(DecodeCuration("\x01\x09", &back));
  EXPECT_EQ(ParseCurationId("c12"), 12u);
  EXPECT_EQ(ParseCurationId("C3"), 3u);
  EXPECT_EQ(ParseCurationId("12"), 0u);
  EXPECT_EQ(ParseCurationId("c"), 0u);
  EXPECT_EQ(ParseCurationId("c1x"), 0u);
}

TEST(RecordsTest, CurationKeysSortByNumberAndRecordsListByPrefix) {
  EXPECT_LT(CurationKey(9), CurationKey(10));
  graph::MemoryStore store;
  graph::StoreEdit edit;
  edit.records = {{CurationKey(10), "ten"}, {CurationKey(9), "nine"}, {"other", "x"}};
  ASSERT_TRUE(store.ApplyEdit(edit).ok());
  std::vector<std::string> seen;
  ASSERT_TRUE(store.ForEachRecord(std::string(kCurationPrefix), [&](const std::string&, const std::string& v) {
    seen.push_back(v);
    return true;
  }).ok());
  EXPECT_EQ(seen, (std::vector<std::string>{"nine", "ten"}));
  ASSERT_TRUE(store.ApplyEdit({{}, {{"other", std::nullopt}}}).ok());
  EXPECT_FALSE(kg::testing::Ok(store.GetRecord("other")));
}

}  // namespace
}  // namespace kg::curate
