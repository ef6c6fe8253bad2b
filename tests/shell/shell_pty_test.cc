// `kg shell` on a pseudo-terminal, typed at like a user: a multi-line query
// with TAB completion of a variable and an entity name, dot commands, Ctrl-C
// on a half-typed statement and on a running one, a syntax error, Ctrl-D.
// The screen (escape sequences removed) must show the expected rows.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "tests/shell/kg_runner.h"
#include "tests/shell/pty_session.h"

namespace kg::testing {
namespace {

using namespace std::chrono_literals;

std::string ReadAll(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// The last bytes received, control characters made visible, for failure messages.
std::string RawTail(const PtySession& s) {
  std::string raw = s.raw().substr(s.raw().size() > 400 ? s.raw().size() - 400 : 0), out;
  for (char c : raw) {
    if (static_cast<unsigned char>(c) < 0x20) {
      char code[8];
      std::snprintf(code, sizeof code, "<%d>", c);
      out.append(code);
    } else {
      out += c;
    }
  }
  return out;
}

class ShellPtyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string error;
    db_ = FixtureStore(&error);
    ASSERT_FALSE(db_.empty()) << error;
    home_ = MakeTempDir();
  }
  std::unique_ptr<PtySession> Start() {
    auto s = std::make_unique<PtySession>(std::vector<std::string>{KG_BINARY, "shell", "--db", db_},
                                          std::vector<std::string>{"HOME=" + home_, "XDG_STATE_HOME=",
                                                                   "KG_HISTORY=", "NO_COLOR="});
    EXPECT_TRUE(s->started());
    return s;
  }
  std::string db_, home_;
};

// Fails the test with the screen so far when `text` does not show up.
// A prompt is reached when it is on the screen and the shell reads keys.
#define EXPECT_PROMPT(session, text)                                                         \
  EXPECT_TRUE((session).WaitFor(text) && (session).WaitForLineEditing())                      \
      << "waiting for prompt [" << (text) << "]; screen so far:\n" << (session).transcript()

#define EXPECT_SCREEN(session, text)                                                        \
  EXPECT_TRUE((session).WaitFor(text)) << "waiting for [" << (text) << "]; screen so far:\n" \
                                       << (session).transcript() << "\nraw tail: " << RawTail(session)

TEST_F(ShellPtyTest, TypeCompleteCancelAndQuit) {
  auto s = Start();
  EXPECT_SCREEN(*s, "(read-only)");
  EXPECT_PROMPT(*s, "\nkg> ");

  // A statement over two lines: continuation prompt, then TAB completes the
  // variable typed on the first line and an entity name from the alias index.
  s->Type("FIND ?who\r");
  EXPECT_PROMPT(*s, "\n...> ");
  s->Type("WHERE ?w\t");
  EXPECT_SCREEN(*s, "?who ");
  s->Type("met \"Jon\t");
  EXPECT_SCREEN(*s, "\"Jonas Petrov\" ");
  s->Type(";\r");
  EXPECT_SCREEN(*s, "Mira Castell");
  EXPECT_PROMPT(*s, "\nkg> ");

  // Dot commands, one completed with TAB.
  s->Type(".sch\t");
  EXPECT_SCREEN(*s, ".schema ");
  s->Type("\r");
  EXPECT_SCREEN(*s, "Official");
  EXPECT_PROMPT(*s, "\nkg> ");
  s->Type(".format csv\r");
  EXPECT_PROMPT(*s, "\nkg> ");
  s->Type("FIND ?p WHERE ?p a Official ORDER BY ?p;\r");
  EXPECT_SCREEN(*s, "p\nJonas Petrov\nMira Castell\n");
  EXPECT_PROMPT(*s, "kg> ");  // the newline before it was matched above

  // Ctrl-C drops the half-typed statement: the next one runs on its own.
  s->Type("FIND ?x WHERE ?x visi\x03");
  EXPECT_SCREEN(*s, "^C");
  EXPECT_PROMPT(*s, "\nkg> ");
  s->Type("FIND ?c WHERE \"Mira Castell\" visited ?c;\r");
  EXPECT_SCREEN(*s, "c\nValdora\n");
  EXPECT_PROMPT(*s, "kg> ");  // the newline before it was matched above

  // A syntax error is reported with its position and the shell goes on.
  s->Type("FIND ?x WHEN ?x met ?y;\r");
  EXPECT_SCREEN(*s, "error: line 1, column 9");
  EXPECT_PROMPT(*s, "\nkg> ");

  // Ctrl-C while a statement runs: a 6-way cross product of the 16 fixture
  // statements (16.7M rows, about a minute of CSV) sent to /dev/null stops
  // within seconds, and the shell prompts again.
  s->Type(".output /dev/null\r");
  EXPECT_PROMPT(*s, "\nkg> ");
  s->Type("FIND * WHERE ?a ?p ?b, ?c ?q ?d, ?e ?r ?f, ?g ?s ?h, ?i ?t ?j, ?k ?u ?l;\r");
  EXPECT_TRUE(s->WaitForCanonicalMode());  // the shell took the line: Ctrl-C is now a signal
  std::this_thread::sleep_for(300ms);
  s->Type("\x03");
  EXPECT_TRUE(s->WaitFor("error: interrupted", 15s)) << s->transcript();
  EXPECT_PROMPT(*s, "\nkg> ");
  s->Type(".output stdout\r");
  EXPECT_PROMPT(*s, "\nkg> ");
  s->Type("FIND ?c WHERE ?c a Country;\r");
  EXPECT_SCREEN(*s, "c\nValdora\n");
  EXPECT_PROMPT(*s, "kg> ");  // the newline before it was matched above

  // Ctrl-D on an empty line leaves with status 0.
  s->Type("\x04");
  EXPECT_EQ(s->WaitExit(), 0) << s->transcript();

  // History was kept in ~/.kg_history, one entry per line typed.
  std::string history = ReadAll(home_ + "/.kg_history");
  EXPECT_NE(history.find("FIND"), std::string::npos) << history;
  EXPECT_NE(history.find(".schema"), std::string::npos) << history;
}

TEST_F(ShellPtyTest, HistoryIsRecalledInTheNextSession) {
  {
    auto s = Start();
    EXPECT_PROMPT(*s, "\nkg> ");
    s->Type("FIND ?c\r");
    EXPECT_PROMPT(*s, "\n...> ");
    s->Type("WHERE ?c a Country;  # the only one\r");
    EXPECT_SCREEN(*s, "Valdora");
    EXPECT_PROMPT(*s, "\nkg> ");
    s->Type(".quit\r");
    EXPECT_EQ(s->WaitExit(), 0) << s->transcript();
  }
  auto s = Start();
  EXPECT_PROMPT(*s, "\nkg> ");
  s->Type("\x1b[A\x1b[A");  // Up arrow twice: past ".quit" to the statement, now one line
  EXPECT_SCREEN(*s, "FIND ?c WHERE ?c a Country;");
  s->Type("\r");
  EXPECT_SCREEN(*s, "Valdora");
  EXPECT_PROMPT(*s, "\nkg> ");
  s->Type("\x04");
  EXPECT_EQ(s->WaitExit(), 0) << s->transcript();
}

}  // namespace
}  // namespace kg::testing
