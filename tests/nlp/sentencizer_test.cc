// Sentence boundaries on news-like text, worked out by hand.
#include "nlp/sentencizer.h"

#include <gtest/gtest.h>

#include "nlp/tokenizer.h"

namespace kg::nlp {
namespace {

std::vector<std::string> Sentences(const std::string& text) {
  Tokenizer tok;
  Doc doc = tok.MakeDoc(text);
  EXPECT_TRUE(Sentencizer().Process(doc).ok());
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.TextOf(s.start, s.end));
  return out;
}

using V = std::vector<std::string>;

TEST(SentencizerTest, TitlesAndAbbreviationsDoNotEndSentences) {
  EXPECT_EQ(Sentences("Gen. Park met Mr. Lee in Washington. They talked for an hour."),
            (V{"Gen. Park met Mr. Lee in Washington.", "They talked for an hour."}));
  EXPECT_EQ(Sentences("U.S. officials arrived. J. R. Smith spoke."),
            (V{"U.S. officials arrived.", "J. R. Smith spoke."}));
}

TEST(SentencizerTest, AbbreviationCanEndASentenceBeforeAnOpener) {
  EXPECT_EQ(Sentences("The talks were held in the U.S. The next round is in May."),
            (V{"The talks were held in the U.S.", "The next round is in May."}));
}

TEST(SentencizerTest, QuotesStayWithTheirSentence) {
  EXPECT_EQ(Sentences("\"We will return,\" she said. \"Soon.\" He left?"),
            (V{"\"We will return,\" she said.", "\"Soon.\"", "He left?"}));
  EXPECT_EQ(Sentences("He said \xE2\x80\x9Cno.\xE2\x80\x9D Then he left."),
            (V{"He said \xE2\x80\x9Cno.\xE2\x80\x9D", "Then he left."}));
}

TEST(SentencizerTest, QuestionMarksEndSentencesUnlessQuoted) {
  EXPECT_EQ(Sentences("where did you grow up? in lisbon"), (V{"where did you grow up?", "in lisbon"}));
  EXPECT_EQ(Sentences("\"Why?\" he asked."), (V{"\"Why?\" he asked."}));
}

TEST(SentencizerTest, LowercaseAfterPeriodContinues) {
  EXPECT_EQ(Sentences("It rose 3.5 per cent. and then fell"), (V{"It rose 3.5 per cent. and then fell"}));
}

TEST(SentencizerTest, BlankLinesAndHeadlines) {
  EXPECT_EQ(Sentences("Talks resume in Geneva\n\nDiplomats met on Friday. Nothing was agreed"),
            (V{"Talks resume in Geneva", "Diplomats met on Friday.", "Nothing was agreed"}));
  EXPECT_EQ(Sentences("Storm hits coast\nThousands lost power on Monday."),
            (V{"Storm hits coast", "Thousands lost power on Monday."}));
}

TEST(SentencizerTest, EveryTokenInExactlyOneSentence) {
  Tokenizer tok;
  Doc doc = tok.MakeDoc("One. Two! Three? \"Four.\" (Five.) Six");
  ASSERT_TRUE(Sentencizer().Process(doc).ok());
  uint32_t next = 0;
  for (const Sentence& s : doc.sentences) {
    EXPECT_EQ(s.first_token, next);
    EXPECT_LT(s.first_token, s.last_token);
    next = s.last_token;
  }
  EXPECT_EQ(next, doc.tokens.size());
  EXPECT_EQ(doc.sentences.size(), 6u);
}

}  // namespace
}  // namespace kg::nlp
