// Dates in the text resolved against the article's date (2024-05-02, a
// Thursday), on invented sentences annotated by hand in UD style.
#include "extract/dates.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/context.h"
#include "tests/extract/doc_builder.h"

namespace kg::extract {
namespace {

std::vector<std::string> IsoDates(const std::string& conllu) {
  nlp::Doc doc = testing::BuildDoc(conllu, "2024-05-02");
  graph::DocumentRecord record;
  record.id = "doc";
  record.text = doc.text;
  record.published = "2024-05-02";
  Context ctx(doc, record);
  std::vector<std::string> out;
  for (const auto& d : FindDates(ctx, record.published)) out.push_back(d.iso);
  return out;
}

// Ana Ruiz travelled to Tarvik on Friday.
const char* kPastWeekday = R"(1 Ana Ana PROPN 3 nsubj NER=B-PERSON
2 Ruiz Ruiz PROPN 1 flat NER=I-PERSON
3 travelled travel VERB 0 root
4 to to ADP 5 case
5 Tarvik Tarvik PROPN 3 obl NER=B-PLACE
6 on on ADP 7 case
7 Friday Friday PROPN 3 obl SpaceAfter=No
8 . . PUNCT 3 punct
)";

// Ana Ruiz will travel to Tarvik on Friday.
const char* kFutureWeekday = R"(1 Ana Ana PROPN 4 nsubj NER=B-PERSON
2 Ruiz Ruiz PROPN 1 flat NER=I-PERSON
3 will will AUX 4 aux
4 travel travel VERB 0 root
5 to to ADP 6 case
6 Tarvik Tarvik PROPN 4 obl NER=B-PLACE
7 on on ADP 8 case
8 Friday Friday PROPN 4 obl SpaceAfter=No
9 . . PUNCT 4 punct
)";

// Ana Ruiz is due to arrive on Monday.
const char* kDueWeekday = R"(1 Ana Ana PROPN 4 nsubj NER=B-PERSON
2 Ruiz Ruiz PROPN 1 flat NER=I-PERSON
3 is be AUX 4 cop
4 due due ADJ 0 root
5 to to PART 6 mark
6 arrive arrive VERB 4 xcomp
7 on on ADP 8 case
8 Monday Monday PROPN 6 obl SpaceAfter=No
9 . . PUNCT 4 punct
)";

// The agency reported Saturday that Ana Ruiz left.
const char* kReportDate = R"(1 The the DET 2 det
2 agency agency NOUN 3 nsubj
3 reported report VERB 0 root
4 Saturday Saturday PROPN 3 obl:tmod
5 that that SCONJ 8 mark
6 Ana Ana PROPN 8 nsubj NER=B-PERSON
7 Ruiz Ruiz PROPN 6 flat NER=I-PERSON
8 left leave VERB 3 ccomp SpaceAfter=No
9 . . PUNCT 3 punct
)";

// Ana Ruiz will visit Tarvik on March 2.
const char* kFutureMonth = R"(1 Ana Ana PROPN 4 nsubj NER=B-PERSON
2 Ruiz Ruiz PROPN 1 flat NER=I-PERSON
3 will will AUX 4 aux
4 visit visit VERB 0 root
5 Tarvik Tarvik PROPN 4 obj NER=B-PLACE
6 on on ADP 7 case
7 March March PROPN 4 obl
8 2 2 NUM 7 nummod SpaceAfter=No
9 . . PUNCT 4 punct
)";

TEST(DatesTest, FutureMonthEarlierInTheYearIsNextYear) {
  EXPECT_EQ(IsoDates(kFutureMonth), std::vector<std::string>{"2025-03-02"});
}

TEST(DatesTest, PastWeekdayIsTheLastSuchDay) {
  EXPECT_EQ(IsoDates(kPastWeekday), std::vector<std::string>{"2024-04-26"});
}

TEST(DatesTest, FutureWeekdayIsTheNextSuchDay) {
  EXPECT_EQ(IsoDates(kFutureWeekday), std::vector<std::string>{"2024-05-03"});
  EXPECT_EQ(IsoDates(kDueWeekday), std::vector<std::string>{"2024-05-06"});
}

TEST(DatesTest, TheDateOfAReportDatesNoEvent) { EXPECT_TRUE(IsoDates(kReportDate).empty()); }

}  // namespace
}  // namespace kg::extract
