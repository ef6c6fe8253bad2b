// FindQuotations over invented hand-annotated text: quotations across
// sentences, a closing mark in the next sentence, and a straight mark left
// open at a paragraph's end.
#include <gtest/gtest.h>

#include "extract/context.h"
#include "extract/quotes.h"
#include "tests/extract/doc_builder.h"

namespace kg::extract {
namespace {

std::vector<std::string> QuotedTexts(const std::string& conllu) {
  nlp::Doc doc = testing::BuildDoc(conllu);
  graph::DocumentRecord record;
  record.text = doc.text;
  Context ctx(doc, record);
  std::vector<std::string> out;
  for (const Quotation& q : FindQuotations(ctx)) out.push_back(ctx.Text(q.first, q.last - 1));
  return out;
}

// “We will build it. It is paid,” Brandt said.  (two sentences)
TEST(QuotationsTest, CurlyQuotationRunsOverTwoSentences) {
  auto q = QuotedTexts(R"(1 “ “ PUNCT 4 punct SpaceAfter=No
2 We we PRON 4 nsubj
3 will will AUX 4 aux
4 build build VERB 0 root
5 it it PRON 4 obj SpaceAfter=No
6 . . PUNCT 4 punct

1 It it PRON 3 nsubj
2 is be AUX 3 aux:pass
3 paid pay VERB 7 parataxis SpaceAfter=No
4 , , PUNCT 3 punct SpaceAfter=No
5 ” ” PUNCT 3 punct
6 Brandt Brandt PROPN 7 nsubj
7 said say VERB 0 root SpaceAfter=No
8 . . PUNCT 7 punct
)");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0], "We will build it. It is paid,");
}

// He said: "We will win.   ¶   "They lost," she said.
// The straight mark left open in the first paragraph must not pair with the
// second paragraph's opening mark.
TEST(QuotationsTest, ParagraphBreakClosesAStraightQuotationLeftOpen) {
  auto q = QuotedTexts(R"(1 He he PRON 2 nsubj
2 said say VERB 0 root SpaceAfter=No
3 : : PUNCT 7 punct
4 " " PUNCT 7 punct SpaceAfter=No
5 We we PRON 7 nsubj
6 will will AUX 7 aux
7 win win VERB 2 ccomp SpaceAfter=No
8 . . PUNCT 2 punct
#newpar
1 " " PUNCT 3 punct SpaceAfter=No
2 They they PRON 3 nsubj
3 lost lose VERB 7 ccomp SpaceAfter=No
4 , , PUNCT 3 punct SpaceAfter=No
5 " " PUNCT 3 punct
6 she she PRON 7 nsubj
7 said say VERB 0 root SpaceAfter=No
8 . . PUNCT 7 punct
)");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0], "We will win");  // unclosed: the full stop is not quoted
  EXPECT_EQ(q[1], "They lost,");
}

TEST(QuotationsTest, ShortQuotedWordsAreNoQuotation) {
  // The "new deal" was signed.
  auto q = QuotedTexts(R"(1 The the DET 4 det
2 " " PUNCT 3 punct SpaceAfter=No
3 new new ADJ 4 amod
4 deal deal NOUN 7 nsubj:pass SpaceAfter=No
5 " " PUNCT 4 punct
6 was be AUX 7 aux:pass
7 signed sign VERB 0 root SpaceAfter=No
8 . . PUNCT 7 punct
)");
  EXPECT_TRUE(q.empty());
}

}  // namespace
}  // namespace kg::extract
