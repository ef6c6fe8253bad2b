#include "loaders/txt_reader.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "test_util.h"

namespace kg::loaders {
namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool Contains(const std::vector<std::string>& v, const std::string& needle) {
  for (const auto& s : v) {
    if (s.find(needle) != std::string::npos) return true;
  }
  return false;
}

TEST(TxtReader, SavedPageKeepsOnlyTheArticle) {
  RawArticle a = ReadText(Slurp(testing::DataDir() + "/formats/harbour_strike.txt"));
  EXPECT_EQ(a.title, "Dock Workers End Strike After Port Authority Deal");
  EXPECT_EQ(a.published, "2025-02-11");
  ASSERT_EQ(a.paragraphs.size(), 4u);
  EXPECT_EQ(a.paragraphs.front().substr(0, 36), "Dock workers in Valletta returned to");
  EXPECT_EQ(a.paragraphs.back(), "Shipping lines had diverted more than 40 vessels to other ports during the stoppage.");
  // Teasers, caption, call to action, bio, newsletter box, share/reply links: all gone.
  for (const char* gone : {"Ferry Timetables", "cycle routes", "Workers gather", "Follow Harbour Times",
                           "is a reporter", "Newsletter", "morning briefing", "Share.", "Leave A Reply",
                           "Related Articles"}) {
    EXPECT_FALSE(Contains(a.paragraphs, gone)) << gone;
  }
}

TEST(TxtReader, HardWrappedParagraphsAreJoined) {
  RawArticle a = ReadText(Slurp(testing::DataDir() + "/formats/wrapped_notes.txt"));
  EXPECT_EQ(a.title, "Mountain rescue team saves two hikers");
  EXPECT_EQ(a.published, "2024-08-12");
  EXPECT_EQ(a.author, "Clara Weiss");
  ASSERT_EQ(a.paragraphs.size(), 3u);
  EXPECT_EQ(a.paragraphs[2], "Both men were taken to hospital in Visp for checks and were released on Monday.");
}

TEST(TxtReader, TitleFirstThenStandfirstWithoutStop) {
  RawArticle a = ReadText(
      "Port reopens after storm\n\n"
      "Ships are moving again in the harbour after three days of gales closed the port\n\n"
      "The harbour master said on Sunday that the main channel had been cleared of debris.\n\n"
      "Ferries to the islands will run a reduced timetable until Wednesday, officials said.\n");
  EXPECT_EQ(a.title, "Port reopens after storm");
  ASSERT_EQ(a.paragraphs.size(), 3u);
  EXPECT_EQ(a.paragraphs[0].substr(0, 22), "Ships are moving again");
}

TEST(TxtReader, MarkdownSyntaxIsRemoved) {
  RawArticle a = ReadText(
      "# Council backs **new** park\n\n"
      "*By Ana Lopes*\n\n"
      "The city council of [Porto](https://example.org/porto) approved a new riverside park on Tuesday.\n\n"
      "- The park will cover 12 hectares along the Douro river bank.\n"
      "- Work is due to start in the spring of next year.\n\n"
      "![a photo](https://example.org/p.jpg)\n\n"
      "Mayor Rui Costa called it &quot;a park for every neighbourhood&quot;.\n");
  EXPECT_EQ(a.title, "Council backs new park");
  EXPECT_EQ(a.author, "Ana Lopes");
  ASSERT_EQ(a.paragraphs.size(), 4u);
  EXPECT_EQ(a.paragraphs[0], "The city council of Porto approved a new riverside park on Tuesday.");
  EXPECT_EQ(a.paragraphs[1], "The park will cover 12 hectares along the Douro river bank.");
  EXPECT_EQ(a.paragraphs[3], "Mayor Rui Costa called it \"a park for every neighbourhood\".");
}

TEST(TxtReader, PageHeaderDateYieldsToAnEarlierLeadDate) {
  // A page saved months after the story: its header date is the page's; the
  // caption under the headline dates the article.
  RawArticle a = ReadText(
      "Monday, November 3, 2025\n\n"
      "Ferry Timetables Change for Winter\n\n"
      "New sailings will start on the first weekend of December, the operator said.\n\n"
      "City Council Approves Cycle Lanes\n\n"
      "Councillors voted by 31 to 12 to build four new routes through the centre.\n\n"
      "Harbour Pilots Agree New Rota\n\n"
      "NewsHarbour Pilots Agree New Rota\n"
      "Pilots meet port managers in Tarvik on June 2, 2025 / Tarvik Post\n\n"
      "Harbour pilots in Tarvik agreed a new rota on Monday after two weeks of talks with the port.\n\n"
      "The agreement adds a third night shift, the pilots' association said in a statement.\n\n"
      "Ships had waited up to six hours for a pilot during the busiest weekends of the spring.\n");
  EXPECT_EQ(a.title, "Harbour Pilots Agree New Rota");
  EXPECT_EQ(a.published, "2025-06-02");
}

TEST(TxtReader, PageStartingWithTheArticleHasNoTitle) {
  RawArticle a = ReadText(
      "The committee met on Monday to discuss the budget for the next year.\n\n"
      "Its chairman said the talks had been constructive and would continue.\n");
  EXPECT_EQ(a.title, "");
  EXPECT_EQ(a.published, "");
  EXPECT_EQ(a.paragraphs.size(), 2u);
}

}  // namespace
}  // namespace kg::loaders
