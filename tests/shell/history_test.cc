// How a statement typed over several lines is kept in the shell's history.
#include "cli/shell/history.h"

#include <gtest/gtest.h>

namespace kg::cli::shell {
namespace {

TEST(OneLineTest, JoinsLinesAndDropsComments) {
  EXPECT_EQ(OneLine("FIND ?c\n  WHERE ?c a Country;  # the only one\n"), "FIND ?c WHERE ?c a Country;");
  EXPECT_EQ(OneLine("-- officials\nFIND ?p -- who\nWHERE ?p a Official;\n"), "FIND ?p WHERE ?p a Official;");
}

TEST(OneLineTest, KeepsCommentCharactersInsideStrings) {
  EXPECT_EQ(OneLine("DESCRIBE \"Room #4 -- east\";\n"), "DESCRIBE \"Room #4 -- east\";");
  EXPECT_EQ(OneLine("FIND ?x WHERE ?x said 'it''s # fine'\n;"), "FIND ?x WHERE ?x said 'it''s # fine' ;");
  EXPECT_EQ(OneLine("DESCRIBE \"a \\\" # b\";"), "DESCRIBE \"a \\\" # b\";");
}

TEST(HistoryPathTest, KgHistoryThenXdgStateThenHome) {
  setenv("HOME", "/home/ana", 1);
  setenv("KG_HISTORY", "", 1);
  setenv("XDG_STATE_HOME", "", 1);
  EXPECT_EQ(DefaultHistoryPath(), "/home/ana/.kg_history");
  setenv("XDG_STATE_HOME", "/state", 1);
  EXPECT_EQ(DefaultHistoryPath(), "/state/kg/history");
  setenv("KG_HISTORY", "/tmp/h", 1);
  EXPECT_EQ(DefaultHistoryPath(), "/tmp/h");
}

}  // namespace
}  // namespace kg::cli::shell
