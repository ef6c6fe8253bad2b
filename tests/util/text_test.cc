#include "util/text.h"

#include <gtest/gtest.h>

namespace kg::text {
namespace {

TEST(NameKeyTest, IgnoresCaseHyphensSpacesAndAccents) {
  EXPECT_EQ(NameKey("Kim Jong-un"), "kimjongun");
  EXPECT_EQ(NameKey("KIM JONG UN"), "kimjongun");
  EXPECT_EQ(NameKey("Zoë  Müller"), "zoemuller");
  EXPECT_EQ(NameKey("Sergei"), NameKey("sergei"));
  EXPECT_NE(NameKey("Sergei"), NameKey("Sergey"));
}

TEST(SlugTest, MakesAsciiIdentifiers) {
  EXPECT_EQ(Slug("Kim Jong Un"), "kim-jong-un");
  EXPECT_EQ(Slug("  Café de Flore! "), "cafe-de-flore");
  EXPECT_EQ(Slug(""), "x");
}

TEST(Utf8Test, DetectsAndRepairsIllFormedBytes) {
  EXPECT_TRUE(IsValidUtf8("plain ascii"));
  EXPECT_TRUE(IsValidUtf8("caf\xC3\xA9"));
  EXPECT_FALSE(IsValidUtf8("bad \xC3 byte"));
  EXPECT_FALSE(IsValidUtf8("\xFF"));
  size_t n = 0;
  EXPECT_EQ(RepairUtf8("a\xFF" "b", &n), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(n, 1u);
}

TEST(Utf8Test, AppendsCodePointsAndReplacesInvalidOnes) {
  std::string out;
  AppendUtf8(out, 'A');
  AppendUtf8(out, 0xA3);     // pound sign: C2 A3
  AppendUtf8(out, 0x20AC);   // euro sign: E2 82 AC
  AppendUtf8(out, 0x1F600);  // emoji: F0 9F 98 80
  EXPECT_EQ(out, "A\xC2\xA3\xE2\x82\xAC\xF0\x9F\x98\x80");
  std::string bad;
  AppendUtf8(bad, 0xD800);    // a lone surrogate
  AppendUtf8(bad, 0x110000);  // past the last code point
  EXPECT_EQ(bad, "\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(LetterClassTest, ClassifiesLettersOfAnyScript) {
  EXPECT_EQ(LetterClass('Q'), 'X');
  EXPECT_EQ(LetterClass('q'), 'x');
  EXPECT_EQ(LetterClass('7'), 'd');
  EXPECT_EQ(LetterClass('-'), 0);
  EXPECT_EQ(LetterClass(0x0141), 'X');  // Ł
  EXPECT_EQ(LetterClass(0x00F3), 'x');  // ó
  EXPECT_EQ(LetterClass(0x01C5), 'X');  // ǅ, title case
  EXPECT_EQ(LetterClass(0x0416), 'X');  // Ж
  EXPECT_EQ(LetterClass(0x5317), 'x');  // 北: a letter without case
  EXPECT_EQ(LetterClass(0x0663), 'd');  // Arabic-Indic three
}

TEST(LetterClassTest, FindsAnUpperCaseStartAndStepsOverBadBytes) {
  EXPECT_TRUE(StartsUpper("\xc5\x81\xc3\xb3""d\xc5\xba"));  // Łódź
  EXPECT_TRUE(StartsUpper("Lodz"));
  EXPECT_FALSE(StartsUpper("\xc3\xa9mile"));  // émile
  EXPECT_FALSE(StartsUpper(""));
  EXPECT_FALSE(StartsUpper("1990s"));
  EXPECT_EQ(FirstLetterClass("1990s"), 'd');
  EXPECT_EQ(FirstLetterClass("\xc3\xa9mile"), 'x');
  EXPECT_EQ(FirstLetterClass(""), 0);
  const std::string bad = "\xff" "A";
  size_t i = 0;
  EXPECT_EQ(NextCodePoint(bad, &i), 0xFFFDu);
  EXPECT_EQ(i, 1u);
  EXPECT_EQ(NextCodePoint(bad, &i), static_cast<uint32_t>('A'));
  EXPECT_EQ(i, 2u);
}

TEST(AsciiLowerTest, LowersOnlyAsciiLetters) {
  EXPECT_EQ(AsciiLower("MAY 9th, 2025"), "may 9th, 2025");
  EXPECT_EQ(AsciiLower("\xC3\x89T\xC3\x89"), "\xC3\x89t\xC3\x89");  // "ÉTÉ": only the T changes
}

TEST(TrimTest, TrimsUnicodeSpace) {
  EXPECT_EQ(Trim("  x y \t"), "x y");
  EXPECT_EQ(Trim("\xC2\xA0word\xC2\xA0"), "word");  // no-break spaces
  EXPECT_EQ(Trim("   "), "");
}

}  // namespace
}  // namespace kg::text
