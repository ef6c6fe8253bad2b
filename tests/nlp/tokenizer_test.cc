// Tokenizer edge cases, worked out by hand from the UD English EWT conventions.
#include "nlp/tokenizer.h"

#include <gtest/gtest.h>

namespace kg::nlp {
namespace {

// Token forms joined by '|', after checking that each token's offsets cut
// exactly its form out of the original text.
std::string Toks(const std::string& text) {
  Tokenizer tok;
  std::vector<Token> out;
  tok.Tokenize(text, &out);
  std::string joined;
  for (const Token& t : out) {
    EXPECT_EQ(text.substr(t.start, t.end - t.start), t.form);
    if (!joined.empty()) joined += '|';
    joined += t.form;
  }
  return joined;
}

TEST(TokenizerTest, AbbreviationsAndInitials) {
  EXPECT_EQ(Toks("Mr. Smith met Gen. Lee in the U.S. on Monday."), "Mr.|Smith|met|Gen.|Lee|in|the|U.S.|on|Monday|.");
  EXPECT_EQ(Toks("John F. Kennedy, e.g. a man."), "John|F.|Kennedy|,|e.g.|a|man|.");
  EXPECT_EQ(Toks("Acme Inc. sold it."), "Acme|Inc.|sold|it|.");
}

TEST(TokenizerTest, CliticsAndPossessives) {
  EXPECT_EQ(Toks("Kim's aides don't know."), "Kim|'s|aides|do|n't|know|.");
  EXPECT_EQ(Toks("We can't, they won't; I cannot."), "We|ca|n't|,|they|wo|n't|;|I|can|not|.");
  EXPECT_EQ(Toks("the students' union"), "the|students|'|union");
  EXPECT_EQ(Toks("Kim\xE2\x80\x99s party"), "Kim|\xE2\x80\x99s|party");
  EXPECT_EQ(Toks("they'll we've I'm"), "they|'ll|we|'ve|I|'m");
}

TEST(TokenizerTest, QuotesAndDashes) {
  EXPECT_EQ(Toks("\"We will win,\" he said."), "\"|We|will|win|,|\"|he|said|.");
  EXPECT_EQ(Toks("\xE2\x80\x9CPeace\xE2\x80\x9D now"), "\xE2\x80\x9C|Peace|\xE2\x80\x9D|now");
  EXPECT_EQ(Toks("talks\xE2\x80\x94" "if any\xE2\x80\x94" "failed"), "talks|\xE2\x80\x94|if|any|\xE2\x80\x94|" "failed");
  EXPECT_EQ(Toks("war -- and peace"), "war|--|and|peace");
  EXPECT_EQ(Toks("(see above)"), "(|see|above|)");
}

TEST(TokenizerTest, HyphensFollowEwt) {
  EXPECT_EQ(Toks("Jo Yong-won"), "Jo|Yong|-|won");          // EWT splits hyphenated words...
  EXPECT_EQ(Toks("a long-term plan"), "a|long|-|term|plan");
  EXPECT_EQ(Toks("e-mail non-profit co-workers"), "e-mail|non-profit|co-workers");  // ...but not after prefixes
  EXPECT_EQ(Toks("call 713-853-3989 now"), "call|713-853-3989|now");                 // phone numbers stay
}

TEST(TokenizerTest, Numbers) {
  EXPECT_EQ(Toks("14,000 people"), "14,000|people");
  EXPECT_EQ(Toks("10,000-12,000 troops"), "10,000|-|12,000|troops");
  EXPECT_EQ(Toks("the 80th anniversary in the 1990s"), "the|80th|anniversary|in|the|1990s");
  EXPECT_EQ(Toks("$5.5 billion, up 3%"), "$|5.5|billion|,|up|3|%");
  EXPECT_EQ(Toks("at 10am"), "at|10|am");
  EXPECT_EQ(Toks("on 11/28/2000 and/or later"), "on|11/28/2000|and|/|or|later");
}

TEST(TokenizerTest, UrlsAndEmails) {
  EXPECT_EQ(Toks("See https://example.org/a/b.html."), "See|https://example.org/a/b.html|.");
  EXPECT_EQ(Toks("Write to <press@example.org>."), "Write|to|<|press@example.org|>|.");
  EXPECT_EQ(Toks("visit www.example.com, then"), "visit|www.example.com|,|then");
}

TEST(TokenizerTest, SentenceFinalPunctuation) {
  EXPECT_EQ(Toks("Really?! Yes... no."), "Really|?!|Yes|...|no|.");
  EXPECT_EQ(Toks("It ended :)"), "It|ended|:)");
}

TEST(TokenizerTest, OffsetsIntoOriginalText) {
  Tokenizer tok;
  Doc doc = tok.MakeDoc("  Seoul\xC2\xA0(AP) \xE2\x80\x94 Kim said.\n\nNext");
  ASSERT_EQ(doc.tokens.size(), 9u);
  EXPECT_EQ(doc.tokens[0].start, 2u);
  EXPECT_EQ(doc.tokens[0].form, "Seoul");
  EXPECT_EQ(doc.TokenText(2), "AP");
  EXPECT_FALSE(doc.tokens[1].space_after);  // "(" glued to "AP"
  EXPECT_TRUE(doc.tokens[3].space_after);
  EXPECT_EQ(doc.TokenText(4), "\xE2\x80\x94");
  EXPECT_EQ(doc.tokens.back().form, "Next");
  EXPECT_EQ(doc.tokens.back().end, doc.text.size());
}

TEST(TokenizerTest, EmptyAndOddInput) {
  EXPECT_EQ(Toks(""), "");
  EXPECT_EQ(Toks("   \n\t "), "");
  EXPECT_EQ(Toks("\xFF\xFE"), "\xFF\xFE");  // invalid UTF-8 survives as one token
}

}  // namespace
}  // namespace kg::nlp
