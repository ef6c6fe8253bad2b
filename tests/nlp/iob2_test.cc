// The IOB2 reader (Universal NER files) on invented text.
#include "nlp/iob2.h"

#include <gtest/gtest.h>

#include <sstream>

namespace kg::nlp {
namespace {

TEST(Iob2Test, SpansTypesAndSentences) {
  std::istringstream in(
      "# newdoc id = doc-1\n"
      "# text = Ilse Varno of Tarvik Mills flew to Orvane .\n"
      "1\tIlse\tB-PER\t-\t-\n"
      "2\tVarno\tI-PER\t-\t-\n"
      "3\tof\tO\t-\t-\n"
      "4\tTarvik\tB-ORG\t-\t-\n"
      "5\tMills\tI-ORG\t-\t-\n"
      "6\tflew\tO\t-\t-\n"
      "7\tto\tO\t-\t-\n"
      "8\tOrvane\tB-LOC\t-\t-\n"
      "9\t.\tO\t-\t-\n"
      "\n"
      "1\tKestrel\tB-MISC\t-\t-\n"
      "2\tDays\tI-MISC\t-\t-\n"
      "3\tstarted\tO\t-\t-\n"
      "4\tin\tO\t-\t-\n"
      "5\tDunmore\tI-LOC\t-\t-\n"  // an I- continuing nothing starts a span
      "\n");
  auto c = ReadIob2(in);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  ASSERT_EQ(c->sentences.size(), 2u);
  ASSERT_EQ(c->entities.size(), 2u);
  EXPECT_EQ(c->sentences[0].comments.at("newdoc id"), "doc-1");
  EXPECT_EQ(c->sentences[0].words.size(), 9u);
  EXPECT_EQ(c->sentences[0].words[3].form, "Tarvik");
  const auto& a = c->entities[0];
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].first_token, 0u);
  EXPECT_EQ(a[0].last_token, 2u);
  EXPECT_EQ(a[0].label, "PERSON");
  EXPECT_EQ(a[1].first_token, 3u);
  EXPECT_EQ(a[1].last_token, 5u);
  EXPECT_EQ(a[1].label, "ORG");
  EXPECT_EQ(a[2].first_token, 7u);
  EXPECT_EQ(a[2].label, "PLACE");
  const auto& b = c->entities[1];  // MISC is not scored
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].first_token, 4u);
  EXPECT_EQ(b[0].last_token, 5u);
  EXPECT_EQ(b[0].label, "PLACE");
}

TEST(Iob2Test, MalformedLinesNameTheirLine) {
  std::istringstream no_tag("1\tIlse\n");
  auto a = ReadIob2(no_tag);
  ASSERT_FALSE(a.ok());
  EXPECT_NE(a.status().message().find("line 1"), std::string::npos) << a.status().message();
  std::istringstream bad_tag("1\tIlse\tB-PER\n2\tVarno\tX-PER\n");
  auto b = ReadIob2(bad_tag);
  ASSERT_FALSE(b.ok());
  EXPECT_NE(b.status().message().find("line 2: bad tag 'X-PER'"), std::string::npos) << b.status().message();
}

}  // namespace
}  // namespace kg::nlp
