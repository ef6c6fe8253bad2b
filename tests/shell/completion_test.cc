// What TAB offers in `kg shell` (cli/shell/completion.h), context by context.
#include "cli/shell/completion.h"

#include <gtest/gtest.h>

namespace kg::cli::shell {
namespace {

using Strings = std::vector<std::string>;

class CompletionTest : public ::testing::Test {
 protected:
  CompletionTest() : completer_({"FIND", "FILTER", "WHERE", "DESCRIBE", "OR", "a"}, {".help", ".format", ".timer"}) {
    completer_.SetVocabulary({"met", "memberOf", "visited"}, {"Official", "Organization", "Person"});
    completer_.SetNameLookup([](const std::string& prefix, size_t limit) {
      EXPECT_GE(limit, 2u);
      Strings all = {"Mira Castell", "Miranda Ose"};
      std::string p = prefix;
      for (auto& ch : p) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      return p.size() <= 3 && std::string("mir").compare(0, p.size(), p) == 0 ? all : Strings{};
    });
  }
  Completer completer_;
};

TEST_F(CompletionTest, KeywordsFollowTheTypedCase) {
  Completion lower = completer_.Complete("", "fi");
  EXPECT_EQ(lower.word_start, 0u);
  EXPECT_EQ(lower.candidates, (Strings{"filter", "find"}));
  EXPECT_EQ(completer_.Complete("", "WH").candidates, (Strings{"WHERE"}));
}

TEST_F(CompletionTest, PredicatesFromTheStore) {
  Completion c = completer_.Complete("", "FIND ?x WHERE ?x me");
  EXPECT_EQ(c.word_start, 17u);
  EXPECT_EQ(c.candidates, (Strings{"memberOf", "met"}));
  Completion inverse = completer_.Complete("", "?x ^vis");
  EXPECT_EQ(inverse.word_start, 4u);
  EXPECT_EQ(inverse.candidates, (Strings{"visited"}));
}

TEST_F(CompletionTest, OnlyTypesAfterA) {
  // "OR" is a keyword starting with O, but after `a` only types make sense.
  EXPECT_EQ(completer_.Complete("", "FIND ?x WHERE ?x a O").candidates, (Strings{"Official", "Organization"}));
}

TEST_F(CompletionTest, VariablesTypedEarlierInTheStatement) {
  Completion c = completer_.Complete("FIND ?person, ?event\n", "WHERE ?p");
  EXPECT_EQ(c.word_start, 6u);
  EXPECT_EQ(c.candidates, (Strings{"?person"}));
  EXPECT_EQ(completer_.Complete("FIND $who\n", "WHERE $w").candidates, (Strings{"$who"}));
}

TEST_F(CompletionTest, EntityNamesAreQuoted) {
  Completion c = completer_.Complete("", "DESCRIBE \"mir");
  EXPECT_EQ(c.word_start, 9u);
  EXPECT_EQ(c.candidates, (Strings{"\"Mira Castell\"", "\"Miranda Ose\""}));
}

TEST_F(CompletionTest, DotCommandsAndTheirArguments) {
  EXPECT_EQ(completer_.Complete("", ".fo").candidates, (Strings{".format"}));
  Completion format = completer_.Complete("", ".format j");
  EXPECT_EQ(format.word_start, 8u);
  EXPECT_EQ(format.candidates, (Strings{"json"}));
  Completion timer = completer_.Complete("", "  .timer ");
  EXPECT_EQ(timer.word_start, 9u);
  EXPECT_EQ(timer.candidates, (Strings{"on", "off"}));
}

// Issue 23: .why's clauses complete like a statement's; .ids and .wide take on|off.
TEST_F(CompletionTest, WhyCompletesItsClausesAndNewSwitchesTheirValues) {
  Completion name = completer_.Complete("", ".why \"mir");
  EXPECT_EQ(name.word_start, 5u);
  EXPECT_EQ(name.candidates, (Strings{"\"Mira Castell\"", "\"Miranda Ose\""}));
  Completion predicate = completer_.Complete("", ".why ?x vis");
  EXPECT_EQ(predicate.word_start, 8u);
  EXPECT_EQ(predicate.candidates, (Strings{"visited"}));
  EXPECT_EQ(completer_.Complete("", ".why ?x a Off").candidates, (Strings{"Official"}));
  EXPECT_EQ(completer_.Complete("", ".ids o").candidates, (Strings{"on", "off"}));
  EXPECT_EQ(completer_.Complete("", ".wide of").candidates, (Strings{"off"}));
}

TEST_F(CompletionTest, NothingInsideComments) {
  EXPECT_TRUE(completer_.Complete("", "FIND ?x # fi").candidates.empty());
  EXPECT_TRUE(completer_.Complete("", "FIND ?x -- fi").candidates.empty());
}

}  // namespace
}  // namespace kg::cli::shell
