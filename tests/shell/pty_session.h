// PtySession: runs a program on a pseudo-terminal (forkpty) so tests can type
// at it like a user — keys, TAB, Ctrl-C, Ctrl-D — and read back what it
// printed. The transcript keeps printable text with ANSI escape sequences and
// carriage returns removed, so tests match what a user would read.
// Thread-safety: none.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <string>
#include <vector>

namespace kg::testing {

class PtySession {
 public:
  // Starts `argv` (argv[0] a path) on a new 120x40 terminal with TERM=xterm
  // and the extra `env` entries ("NAME=value") added to the environment.
  // Check started() before use.
  PtySession(const std::vector<std::string>& argv, const std::vector<std::string>& env);
  ~PtySession();  // kills the child if it still runs
  PtySession(const PtySession&) = delete;
  PtySession& operator=(const PtySession&) = delete;

  bool started() const { return pid_ > 0; }
  // Sends bytes as if typed.
  void Type(const std::string& keys);
  // Reads until the transcript after the current mark contains `text` or the
  // timeout passes. Returns true if found; moves the mark past the match.
  bool WaitFor(const std::string& text, std::chrono::milliseconds timeout = std::chrono::seconds(10));
  // Waits until the program reads keys one by one (the terminal has left
  // canonical mode, as a line editor does once it waits at its prompt).
  // libedit prints its prompt just before switching modes, so keys sent in
  // between would be taken by the kernel's line discipline instead.
  bool WaitForLineEditing(std::chrono::milliseconds timeout = std::chrono::seconds(10));
  // The opposite: waits until the terminal is back in canonical mode (the
  // program took the line and is working on it).
  bool WaitForCanonicalMode(std::chrono::milliseconds timeout = std::chrono::seconds(10));
  // Everything read so far (cleaned) and since the mark.
  const std::string& transcript() const { return transcript_; }
  std::string SinceMark() const { return transcript_.substr(mark_); }
  // The bytes as received (for failure messages).
  const std::string& raw() const { return raw_; }
  // Waits for the child to exit; returns its exit status, or -1 on timeout.
  int WaitExit(std::chrono::milliseconds timeout = std::chrono::seconds(10));

 private:
  void ReadAvailable(int timeout_ms);
  bool WaitForMode(bool canonical, std::chrono::milliseconds timeout);
  int fd_ = -1;
  pid_t pid_ = -1;
  std::string raw_;
  std::string transcript_;
  size_t mark_ = 0;
};

}  // namespace kg::testing
