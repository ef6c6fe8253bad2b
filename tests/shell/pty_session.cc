#include "tests/shell/pty_session.h"

#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace kg::testing {
namespace {

// Drops ANSI escape sequences (CSI "ESC [ ... letter", and 2-byte "ESC x"),
// carriage returns and other control bytes except newline and tab.
std::string Clean(const std::string& raw) {
  std::string out;
  for (size_t i = 0; i < raw.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(raw[i]);
    if (c == 0x1b) {
      if (i + 1 < raw.size() && raw[i + 1] == '[') {
        size_t j = i + 2;
        while (j < raw.size() && !(raw[j] >= 0x40 && raw[j] <= 0x7e)) ++j;
        i = j;
      } else {
        ++i;
      }
      continue;
    }
    if (c == '\b' && !out.empty()) {  // backspace: the terminal moves left
      continue;
    }
    if (c < 0x20 && c != '\n' && c != '\t') continue;
    out += static_cast<char>(c);
  }
  return out;
}

}  // namespace

PtySession::PtySession(const std::vector<std::string>& argv, const std::vector<std::string>& env) {
  winsize ws{};
  ws.ws_row = 40;
  ws.ws_col = 120;
  pid_ = forkpty(&fd_, nullptr, nullptr, &ws);
  if (pid_ == 0) {
    setenv("TERM", "xterm", 1);
    for (const auto& e : env) putenv(strdup(e.c_str()));
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
}

PtySession::~PtySession() {
  if (pid_ > 0) {
    int status;
    if (waitpid(pid_, &status, WNOHANG) == 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, &status, 0);
    }
  }
  if (fd_ >= 0) close(fd_);
}

void PtySession::Type(const std::string& keys) {
  size_t done = 0;
  while (done < keys.size()) {
    ssize_t n = write(fd_, keys.data() + done, keys.size() - done);
    if (n <= 0) return;
    done += static_cast<size_t>(n);
  }
}

void PtySession::ReadAvailable(int timeout_ms) {
  pollfd p{fd_, POLLIN, 0};
  if (poll(&p, 1, timeout_ms) <= 0) return;
  char buf[4096];
  ssize_t n = read(fd_, buf, sizeof buf);
  if (n > 0) {
    raw_.append(buf, static_cast<size_t>(n));
    transcript_ = Clean(raw_);
  }
}

bool PtySession::WaitFor(const std::string& text, std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (true) {
    mark_ = std::min(mark_, transcript_.size());
    size_t at = transcript_.find(text, mark_);
    if (at != std::string::npos) {
      mark_ = at + text.size();
      return true;
    }
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    ReadAvailable(static_cast<int>(std::min<long>(left.count(), 100)));
  }
}

bool PtySession::WaitForLineEditing(std::chrono::milliseconds timeout) { return WaitForMode(false, timeout); }

bool PtySession::WaitForCanonicalMode(std::chrono::milliseconds timeout) { return WaitForMode(true, timeout); }

bool PtySession::WaitForMode(bool canonical, std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    termios t{};
    if (tcgetattr(fd_, &t) == 0 && ((t.c_lflag & ICANON) != 0) == canonical) return true;
    ReadAvailable(5);
  }
  return false;
}

int PtySession::WaitExit(std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    ReadAvailable(20);  // keep draining so the child never blocks on output
    int status;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
  }
  return -1;
}

}  // namespace kg::testing
