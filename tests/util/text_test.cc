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
