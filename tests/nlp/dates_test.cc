#include "nlp/dates.h"

#include <gtest/gtest.h>

#include "test_doc.h"

namespace kg::nlp {
namespace {

using test_util::Entities;
using test_util::MakeDoc;

// Reference: Wednesday 2025-05-14 (ISO week 2025-W20).
constexpr const char* kRef = "2025-05-14";

std::string Tag(const std::string& text, const std::string& ref = kRef) {
  Doc doc = MakeDoc(text, ref);
  EXPECT_TRUE(DateTagger().Process(doc).ok());
  return Entities(doc);
}

TEST(DatesTest, CalendarHelpers) {
  EXPECT_EQ(DaysFromCivil(1970, 1, 1), 0);
  EXPECT_EQ(DaysFromCivil(2000, 3, 1), 11017);  // 30 years incl. 7 leap days + Jan/Feb 2000
  int y, m, d;
  CivilFromDays(11017, &y, &m, &d);
  EXPECT_EQ(y * 10000 + m * 100 + d, 20000301);
  EXPECT_EQ(IsoWeek(2021, 1, 3), "2020-W53");  // a Sunday belonging to the previous ISO year
  EXPECT_EQ(IsoWeek(2025, 5, 14), "2025-W20");
  EXPECT_FALSE(ParseIsoDate("2025-02-30", &y, &m, &d));
}

TEST(DatesTest, MonthDayUsesReferenceYear) {
  EXPECT_EQ(Tag("The talks began on May 9 in Geneva ."), "DATE(May 9)=2025-05-09");
  EXPECT_EQ(Tag("It opened on 9 May 2024 ."), "DATE(9 May 2024)=2024-05-09");
  EXPECT_EQ(Tag("It opened on May 9 , 2024 ."), "DATE(May 9 , 2024)=2024-05-09");
  // December is nearer to the reference in the previous year.
  EXPECT_EQ(Tag("He left on Dec. 20 ."), "DATE(Dec. 20)=2024-12-20");
}

TEST(DatesTest, MonthsAndYears) {
  EXPECT_EQ(Tag("The vote is due in June 2024 ."), "DATE(June 2024)=2024-06");
  EXPECT_EQ(Tag("The vote is due in June ."), "DATE(June)=2025-06");
  EXPECT_EQ(Tag("She was elected in 2019 ."), "DATE(2019)=2019");
  EXPECT_EQ(Tag("Prices rose in the 1990s ."), "DATE(1990s)=199");
  // The modal verb is not a month.
  EXPECT_EQ(Tag("Officials May resign ."), "");
}

TEST(DatesTest, WeekdaysFollowTense) {
  EXPECT_EQ(Tag("The minister spoke on Saturday ."), "DATE(Saturday)=2025-05-10");
  EXPECT_EQ(Tag("The minister will speak on Saturday ."), "DATE(Saturday)=2025-05-17");
  EXPECT_EQ(Tag("They met last Wednesday ."), "DATE(last Wednesday)=2025-05-07");
  EXPECT_EQ(Tag("They met on Saturday , May 3 ."), "DATE(Saturday , May 3)=2025-05-03");
}

TEST(DatesTest, RelativeExpressions) {
  EXPECT_EQ(Tag("Troops arrived yesterday ."), "DATE(yesterday)=2025-05-13");
  EXPECT_EQ(Tag("Troops arrived last week ."), "DATE(last week)=2025-W19");
  EXPECT_EQ(Tag("Sales fell last month ."), "DATE(last month)=2025-04");
  EXPECT_EQ(Tag("The deal closes next year ."), "DATE(next year)=2026");
  EXPECT_EQ(Tag("He resigned three days ago ."), "DATE(three days ago)=2025-05-11");
}

TEST(DatesTest, Times) {
  EXPECT_EQ(Tag("The meeting starts at 3 p.m. sharp ."), "TIME(3 p.m.)=T15:00");
  EXPECT_EQ(Tag("The meeting starts at 10:30 ."), "TIME(10:30)=T10:30");
}

TEST(DatesTest, NoReferenceDate) {
  EXPECT_EQ(Tag("It opened on May 9 .", ""), "DATE(May 9)=--05-09");
  EXPECT_EQ(Tag("It opened yesterday .", ""), "DATE(yesterday)=");
  EXPECT_EQ(Tag("It opened in June 2024 .", ""), "DATE(June 2024)=2024-06");
}

TEST(DatesTest, KeepsExistingEntities) {
  Doc doc = MakeDoc("Sunday Times reported on Monday", kRef);
  EntitySpan org;
  org.first_token = 0;
  org.last_token = 2;
  org.label = "ORG";
  doc.entities.push_back(org);
  ASSERT_TRUE(DateTagger().Process(doc).ok());
  EXPECT_EQ(Entities(doc), "ORG(Sunday Times)=; DATE(Monday)=2025-05-12");
}

}  // namespace
}  // namespace kg::nlp
