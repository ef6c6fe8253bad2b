#include "loaders/text_decode.h"

#include <gtest/gtest.h>

namespace kg::loaders {
namespace {

TEST(TextDecode, BomAndLineEnds) {
  std::vector<std::string> w;
  auto r = DecodeText("\xef\xbb\xbfOne\r\nTwo\rThree\n", true, &w);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value(), "One\nTwo\nThree\n");
  EXPECT_TRUE(w.empty());
}

TEST(TextDecode, Windows1252) {
  std::vector<std::string> w;
  // "Café “quoted” – €5" in Windows-1252.
  auto r = DecodeText("Caf\xe9 \x93quoted\x94 \x96 \x80" "5", true, &w);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value(), "Caf\u00e9 \u201cquoted\u201d \u2013 \u20ac5");
  ASSERT_EQ(w.size(), 1u);
  EXPECT_NE(w[0].find("Windows-1252"), std::string::npos);
}

TEST(TextDecode, InvalidUtf8IsRepairedOrRefused) {
  // Valid UTF-8 (é) next to a stray byte: not Windows-1252, so repaired.
  const std::string bytes = "caf\xc3\xa9 \xff ok";
  std::vector<std::string> w;
  auto r = DecodeText(bytes, true, &w);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value(), "caf\u00e9 \ufffd ok");
  ASSERT_EQ(w.size(), 1u);
  EXPECT_NE(w[0].find("1 byte(s) replaced with U+FFFD"), std::string::npos);

  auto strict = DecodeText(bytes, false, nullptr);
  ASSERT_FALSE(strict.ok());
  EXPECT_EQ(strict.status().message(), "invalid UTF-8 at byte 6");
}

TEST(TextDecode, EmptyAndBinary) {
  EXPECT_EQ(DecodeText("", true, nullptr).status().message(), "empty file");
  EXPECT_EQ(DecodeText(" \n\t\n", true, nullptr).status().message(), "empty file");
  auto bin = DecodeText(std::string("abc\0def", 7), true, nullptr);
  ASSERT_FALSE(bin.ok());
  EXPECT_NE(bin.status().message().find("binary file (contains NUL bytes)"), std::string::npos);
  EXPECT_EQ(BinaryReason("%PDF-1.7 ..."), "PDF document");
  EXPECT_EQ(BinaryReason("plain words"), "");
}

TEST(TextDecode, Utf16WithBom) {
  std::vector<std::string> w;
  auto r = DecodeText(std::string("\xff\xfeH\0i\0 \0\xe9\0", 10), true, &w);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value(), "Hi \u00e9");
}

}  // namespace
}  // namespace kg::loaders
