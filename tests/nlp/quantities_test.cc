#include "nlp/quantities.h"

#include <gtest/gtest.h>

#include "nlp/dates.h"
#include "test_doc.h"

namespace kg::nlp {
namespace {

using test_util::Entities;
using test_util::MakeDoc;

std::string Tag(const std::string& text) {
  Doc doc = MakeDoc(text, "2025-05-14");
  EXPECT_TRUE(DateTagger().Process(doc).ok());
  EXPECT_TRUE(QuantityTagger().Process(doc).ok());
  return Entities(doc);
}

TEST(QuantitiesTest, ParseNumber) {
  double v = 0;
  ASSERT_TRUE(ParseNumber("14,000", &v));
  EXPECT_EQ(v, 14000);
  ASSERT_TRUE(ParseNumber("2.5", &v));
  EXPECT_EQ(v, 2.5);
  ASSERT_TRUE(ParseNumber("twenty-five", &v));
  EXPECT_EQ(v, 25);
  EXPECT_FALSE(ParseNumber("14,00", &v));
  EXPECT_FALSE(ParseNumber("abc", &v));
  EXPECT_EQ(FormatNumber(1500000), "1500000");
  EXPECT_EQ(FormatNumber(0.25), "0.25");
}

TEST(QuantitiesTest, CountedNouns) {
  EXPECT_EQ(Tag("Russia sent over 14,000/NUM troops/NOUN ."), "QUANTITY(over 14,000 troops)=14000");
  EXPECT_EQ(Tag("between 10,000/NUM and 12,000/NUM people/NOUN fled"),
            "QUANTITY(between 10,000 and 12,000 people)=10000..12000");
  EXPECT_EQ(Tag("10,000 to 12,000 soldiers"), "QUANTITY(10,000 to 12,000 soldiers)=10000..12000");
  EXPECT_EQ(Tag("It cost $ 5 million ."), "QUANTITY($ 5 million)=5000000");
  EXPECT_EQ(Tag("Turnout rose 12 % ."), "QUANTITY(12 %)=12");
  EXPECT_EQ(Tag("more than three/NUM ships/NOUN sank"), "QUANTITY(more than three ships)=3");
}

TEST(QuantitiesTest, BareNumbersAndYears) {
  EXPECT_EQ(Tag("The score was 2.5 ."), "NUMBER(2.5)=2.5");
  // Years are dates, and a lone "one" is a pronoun.
  EXPECT_EQ(Tag("He won in 2019 ."), "DATE(2019)=2019");
  EXPECT_EQ(Tag("The 2024/NUM election/NOUN"), "");
  EXPECT_EQ(Tag("About 2000/NUM workers/NOUN"), "QUANTITY(About 2000 workers)=2000");
  EXPECT_EQ(Tag("one of them left"), "");
}

}  // namespace
}  // namespace kg::nlp
