#include "query/parser/script_splitter.h"

#include <gtest/gtest.h>

namespace kg::query::parser {
namespace {

TEST(ScriptSplitterTest, SplitsWithLinesAndColumns) {
  auto st = SplitScript("FIND ?x WHERE ?x a Person;\n\n  FIND ?y WHERE ?y a Place; DESCRIBE \"A;B\"");
  ASSERT_EQ(st.size(), 3u);
  EXPECT_EQ(st[0].text, "FIND ?x WHERE ?x a Person");
  EXPECT_EQ(st[0].line, 1);
  EXPECT_EQ(st[0].column, 1);
  EXPECT_EQ(st[1].text, "FIND ?y WHERE ?y a Place");
  EXPECT_EQ(st[1].line, 3);
  EXPECT_EQ(st[1].column, 3);
  EXPECT_EQ(st[2].text, "DESCRIBE \"A;B\"");  // ';' inside a string does not split
  EXPECT_EQ(st[2].line, 3);
  EXPECT_EQ(st[2].column, 29);
}

TEST(ScriptSplitterTest, CommentsAndEmptyStatementsDropped) {
  auto st = SplitScript("# intro; not a statement\n-- also; nothing\n;;\nFIND ?x WHERE ?x a P -- end;\n");
  ASSERT_EQ(st.size(), 1u);
  EXPECT_EQ(st[0].line, 4);
  EXPECT_EQ(st[0].text, "FIND ?x WHERE ?x a P -- end;\n");
}

TEST(ScriptSplitterTest, IsComplete) {
  EXPECT_FALSE(IsComplete("FIND ?x"));
  EXPECT_FALSE(IsComplete("FIND ?x WHERE ?x said \"a;"));
  EXPECT_TRUE(IsComplete("FIND ?x WHERE ?x a P;"));
  EXPECT_TRUE(IsComplete("FIND ?x WHERE ?x a P;  -- done"));
  EXPECT_FALSE(IsComplete("FIND ?x WHERE ?x a P # not yet;"));
}

}  // namespace
}  // namespace kg::query::parser
