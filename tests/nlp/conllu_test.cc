// CoNLL-U reading: comments, multiword tokens and their SpaceAfter, empty
// nodes, malformed lines; and the write/read round trip.
#include "nlp/conllu.h"

#include <gtest/gtest.h>

#include <sstream>

namespace kg::nlp {
namespace {

const char* kTwo =
    "# newdoc id = d1\n"
    "# text = I didn't go.\n"
    "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
    "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "4.1\tgone\tgo\tVERB\tVBN\t_\t_\t_\t4:conj\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# text = Yes.\n"
    "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\tSpaceAfter=No\n"
    "2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n";

TEST(ConlluTest, ReadsWordsMultiwordsAndComments) {
  std::istringstream in(kTwo);
  auto r = ReadConllu(in);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 2u);
  const ConlluSentence& s = (*r)[0];
  EXPECT_EQ(s.comments.at("newdoc id"), "d1");
  ASSERT_EQ(s.words.size(), 5u);  // the empty node 4.1 is skipped
  EXPECT_EQ(s.words[1].form, "did");
  EXPECT_FALSE(s.words[1].space_after);  // inside "didn't"
  EXPECT_TRUE(s.words[2].space_after);   // the range line has no SpaceAfter=No
  EXPECT_FALSE(s.words[3].space_after);
  EXPECT_EQ(s.words[3].head, 0);
  ASSERT_EQ(s.multiwords.size(), 1u);
  EXPECT_EQ(s.multiwords[0].form, "didn't");
  EXPECT_EQ(s.Text(), "I didn't go.");
}

TEST(ConlluTest, TextIsRebuiltWithoutComment) {
  std::istringstream in("1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\tSpaceAfter=No\n2\t!\t!\tPUNCT\t.\t_\t1\tpunct\t_\t_\n");
  auto r = ReadConllu(in);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ((*r)[0].Text(), "Hi!");
}

TEST(ConlluTest, MalformedLineNamesTheLine) {
  std::istringstream in("# text = x\n1\tx\tx\n");
  auto r = ReadConllu(in);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kInvalidArgument);
  EXPECT_NE(r.status().message().find("line 2"), std::string::npos);
}

TEST(ConlluTest, WriteReadRoundTrip) {
  std::istringstream in(kTwo);
  auto r = ReadConllu(in);
  ASSERT_TRUE(r.ok());
  std::ostringstream out;
  WriteConllu(out, r.value());
  std::istringstream again(out.str());
  auto r2 = ReadConllu(again);
  ASSERT_TRUE(r2.ok());
  ASSERT_EQ(r2->size(), 2u);
  for (size_t i = 0; i < 2; ++i) {
    ASSERT_EQ((*r)[i].words.size(), (*r2)[i].words.size());
    for (size_t w = 0; w < (*r)[i].words.size(); ++w) {
      EXPECT_EQ((*r)[i].words[w].form, (*r2)[i].words[w].form);
      EXPECT_EQ((*r)[i].words[w].head, (*r2)[i].words[w].head);
      EXPECT_EQ((*r)[i].words[w].lemma, (*r2)[i].words[w].lemma);
    }
  }
}

TEST(ConlluTest, MissingFileIsIOError) {
  auto r = ReadConlluFile("/nonexistent/x.conllu");
  EXPECT_EQ(r.status().code(), Status::Code::kIOError);
}

}  // namespace
}  // namespace kg::nlp
