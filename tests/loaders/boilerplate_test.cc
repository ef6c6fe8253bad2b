#include "loaders/boilerplate.h"

#include <gtest/gtest.h>

namespace kg::loaders {
namespace {

Block B(std::string text, double links = 0, int heading = 0) {
  Block b;
  b.text = std::move(text);
  b.link_density = links;
  b.heading = heading;
  return b;
}

TEST(Boilerplate, ProseShape) {
  EXPECT_TRUE(LooksLikeProse(B("The minister arrived in Rome on Monday for talks.")));
  EXPECT_TRUE(LooksLikeProse(B("\u201cWe are ready to talk,\u201d he said.")));
  EXPECT_FALSE(LooksLikeProse(B("Share.")));
  EXPECT_FALSE(LooksLikeProse(B("Leaders Pledge Joint Patrols at Lisbon Summit")));
  EXPECT_FALSE(LooksLikeProse(B("Will the talks in Geneva finally succeed?")));  // a headline
  EXPECT_FALSE(LooksLikeProse(B("The minister arrived in Rome on Monday for talks.", 0.9)));
  EXPECT_FALSE(LooksLikeProse(B("The minister arrived in Rome on Monday for talks.", 0, 2)));
}

TEST(Boilerplate, CallsToActionAndBios) {
  EXPECT_TRUE(LooksLikeCallToAction("Follow Jane Roe on Facebook and Twitter."));
  EXPECT_TRUE(LooksLikeCallToAction("Sign up to receive a daily email of the top stories."));
  EXPECT_TRUE(LooksLikeCallToAction("Read the full article here"));
  EXPECT_TRUE(LooksLikeCallToAction("Get our newsletter"));
  EXPECT_FALSE(LooksLikeCallToAction("Share prices fell by 3% in early trading on Monday."));
  EXPECT_FALSE(LooksLikeCallToAction("Follow-up talks are planned for June."));
  EXPECT_TRUE(LooksLikeAuthorBio("Jane Roe is a correspondent based in Lisbon. She covers Europe."));
  EXPECT_TRUE(LooksLikeAuthorBio("Tom Field is based in Nairobi and reports on East Africa."));
  EXPECT_FALSE(LooksLikeAuthorBio("Kim Jong Un is the leader of North Korea."));
}

TEST(Boilerplate, PicksTheLongestProseStretch) {
  std::vector<Block> blocks = {
      B("Monday, May 5, 2025"),
      B("Other Story Headline Here"),                                     // teaser
      B("A teaser blurb about another story that ends with a stop."),    // teaser blurb
      B("Second Teaser Headline Here"),
      B("Another teaser blurb about yet another story, also short."),
      B("The Real Headline Of The Article"),
      B("The first paragraph of the real article is a full sentence."),
      B("The second paragraph of the real article adds more detail."),
      B("A Subheading"),
      B("The third paragraph comes after a subheading and goes on."),
      B("The fourth paragraph closes the article with a quote, he said."),
      B("Jane Roe is a reporter based in Lisbon. She covers shipping."),
      B("Sign up for our newsletter"),
      B("Get the morning briefing delivered to your inbox every day."),
  };
  ArticleRegion r = FindArticle(blocks);
  EXPECT_EQ(r.body, (std::vector<size_t>{6, 7, 9, 10}));
}

TEST(Boilerplate, DropsRepeatedLines) {
  std::vector<Block> blocks = {
      B("The first paragraph of the real article is a full sentence."),
      B("The second paragraph of the real article adds more detail."),
      B("The first paragraph of the real article is a full sentence."),
  };
  EXPECT_EQ(FindArticle(blocks).body, (std::vector<size_t>{0, 1}));
}

TEST(Boilerplate, NoProseKeepsWordyLines) {
  std::vector<Block> blocks = {B("Home"), B("World"), B("notes from the meeting with the mayor")};
  EXPECT_EQ(FindArticle(blocks).body, (std::vector<size_t>{2}));
}

}  // namespace
}  // namespace kg::loaders
