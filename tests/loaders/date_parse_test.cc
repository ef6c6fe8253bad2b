#include "loaders/date_parse.h"

#include <gtest/gtest.h>

namespace kg::loaders {
namespace {

TEST(DateParse, WrittenForms) {
  EXPECT_EQ(FindDate("Jun 5, 2025, 12:00 AM"), "2025-06-05");
  EXPECT_EQ(FindDate("Friday, December 5, 2025"), "2025-12-05");
  EXPECT_EQ(FindDate("5 December 2025"), "2025-12-05");
  EXPECT_EQ(FindDate("Sept. 3rd 2024"), "2024-09-03");
  EXPECT_EQ(FindDate("the 21st of March, 2023 in Rome"), "2023-03-21");
  EXPECT_EQ(FindDate("Fri, 05 Dec 2025 10:00:00 GMT"), "2025-12-05");
}

TEST(DateParse, IsoForms) {
  EXPECT_EQ(FindDate("2025-09-20T09:15:00+02:00"), "2025-09-20");
  EXPECT_EQ(FindDate("2024/1/7"), "2024-01-07");
  EXPECT_EQ(FindDate("posted 2024-02-29"), "2024-02-29");
}

TEST(DateParse, RejectsImpossibleAndAmbiguous) {
  EXPECT_EQ(FindDate("February 30, 2025"), "");
  EXPECT_EQ(FindDate("2023-02-29"), "");   // not a leap year
  EXPECT_EQ(FindDate("05/06/2025"), "");   // day/month order unknown
  EXPECT_EQ(FindDate("May 9"), "");        // no year
  EXPECT_EQ(FindDate("in 2025 the ministry"), "");
}

TEST(DateParse, FirstDateWins) {
  EXPECT_EQ(FindDate("from 3 May 2024 to June 1, 2024"), "2024-05-03");
  EXPECT_EQ(FindDate("from June 1, 2024 back to 3 May 2024"), "2024-06-01");
}

TEST(DateParse, Datelines) {
  std::string iso;
  EXPECT_TRUE(IsDateline("Jun 4, 2025, 11:29 PM", &iso));
  EXPECT_EQ(iso, "2025-06-04");
  EXPECT_TRUE(IsDateline("Friday, December 5, 2025", &iso));
  EXPECT_TRUE(IsDateline("Published: 12 August 2024 | Updated 14:05 BST", &iso));
  EXPECT_EQ(iso, "2024-08-12");
  EXPECT_TRUE(IsDateline("2025-09-20T09:15:00+02:00", &iso));
  EXPECT_FALSE(IsDateline("Talks resumed on June 5, 2025 in Geneva", &iso));
  EXPECT_FALSE(IsDateline("Prime Minister Tomas Varga greets delegates on March 13, 2025 / Wire", &iso));
  EXPECT_FALSE(IsDateline("Leaders", &iso));
}

}  // namespace
}  // namespace kg::loaders
