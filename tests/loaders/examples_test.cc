// The canonical tiny corpus in examples/: every article loads with the right
// title and date, and its boilerplate is gone.
#include <gtest/gtest.h>

#include <map>

#include "test_util.h"

namespace kg::loaders {
namespace {

TEST(Examples, TitlesDatesAndCleanText) {
  auto l = testing::LoadAll({std::string(KG_SOURCE_DIR) + "/examples"});
  EXPECT_EQ(l.diags.size(), 0u);
  std::map<std::string, const graph::DocumentRecord*> by_source;
  for (const auto& d : l.docs) by_source[d.source] = &d;
  struct Expect {
    const char* source;
    const char* title;
    const char* published;
  };
  const Expect expected[] = {
      {"lisbon_fisheries_summit.txt", "Atlantic Leaders Pledge Joint Fisheries Patrols at Lisbon Summit", "2025-03-14"},
      {"ruiz_nairobi_visit.txt", "Spanish Defence Minister Ana Ruiz visits Nairobi to expand training partnership", "2025-06-05"},
      {"harbour_bridge_ceremony.html", "Gdansk opens Motlawa footbridge with ribbon-cutting ceremony", "2025-09-20"},
      {"tokyo_lithium_talks.htm", "Japan and Chile sign lithium supply pact in Tokyo", "2025-11-18"},
      {"orvane_kestrel_deal.json", "Orvane Energy agrees to buy Kestrel Grid for $2.4 billion", "2025-07-08"},
      {"copenhagen_prize_ceremony.md", "Danish physician receives Nordic Medicine Prize at Copenhagen ceremony", "2025-10-04"},
      {"https://wad.example/2025/04/12/asante-funeral", "Ghana holds state funeral for former Speaker Kwame Asante", "2025-04-12"},
      {"world_briefs.jsonl#2", "Canadian trade envoy visits Hanoi", "2025-04-15"},
      {"world_briefs.jsonl#3", "Chancellor to attend Baltic security forum in Riga", "2025-05-02"},
  };
  EXPECT_EQ(l.docs.size(), std::size(expected));
  for (const auto& e : expected) {
    ASSERT_TRUE(by_source.count(e.source)) << e.source;
    EXPECT_EQ(by_source[e.source]->title, e.title) << e.source;
    EXPECT_EQ(by_source[e.source]->published, e.published) << e.source;
  }
  const std::string& lisbon = by_source["lisbon_fisheries_summit.txt"]->text;
  EXPECT_EQ(lisbon.rfind("Leaders from five Atlantic nations agreed on Thursday", 0), 0u);
  for (const char* gone : {"Coastal Towns", "Rail Union", "Atlantic Wire Photo", "Marta Soares", "Sign up",
                           "Sign Up", "Share.", "Leave A Reply", "Most Popular", "Exit mobile"}) {
    EXPECT_EQ(lisbon.find(gone), std::string::npos) << gone;
  }
  EXPECT_NE(lisbon.find("Varga was accompanied by his wife, Helena Varga"), std::string::npos);
  const std::string& ruiz = by_source["ruiz_nairobi_visit.txt"]->text;
  EXPECT_EQ(ruiz.find("Opinions"), std::string::npos);
  EXPECT_EQ(ruiz.find("reached the end"), std::string::npos);
  EXPECT_EQ(ruiz.find("Highlights"), std::string::npos);
  const std::string& bridge = by_source["harbour_bridge_ceremony.html"]->text;
  for (const char* gone : {"Most read", "Ferry strike", "Post comment", "All rights", "dataLayer", "Subscribe"}) {
    EXPECT_EQ(bridge.find(gone), std::string::npos) << gone;
  }
  EXPECT_NE(bridge.find("The ribbon was cut by the mayor\u2019s daughter, Zofia Nowicka"), std::string::npos);
  EXPECT_EQ(by_source["copenhagen_prize_ceremony.md"]->author, "Lene Dahl");
  EXPECT_EQ(by_source["copenhagen_prize_ceremony.md"]->text.find("Subscribe"), std::string::npos);
}

}  // namespace
}  // namespace kg::loaders
