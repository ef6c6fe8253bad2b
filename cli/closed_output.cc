#include "cli/closed_output.h"

#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

#include "cli/common.h"

namespace kg::cli {

void IgnoreBrokenPipe() { std::signal(SIGPIPE, SIG_IGN); }

bool StdoutReaderGone() {
  struct stat st;
  if (::fstat(STDOUT_FILENO, &st) != 0 || !(S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode))) return false;
  // Linux reports POLLERR on a pipe's write end once no reader is left.
  pollfd p{STDOUT_FILENO, POLLOUT, 0};
  return ::poll(&p, 1, 0) > 0 && (p.revents & (POLLERR | POLLHUP)) != 0;
}

int FinishStdout(int code) {
  std::cout.flush();
  errno = 0;
  bool failed = !std::cout || std::fflush(stdout) != 0 || std::ferror(stdout);
  if (!failed) return code;
  int err = errno;
  // A command that failed has already said why (export: "write failed").
  if (code != kExitOk || err == EPIPE || StdoutReaderGone()) return code == kExitOk ? kExitRuntime : code;
  std::string reason = "cannot write standard output";
  if (err != 0) reason.append(": ").append(std::strerror(err));
  return Fail(kExitRuntime, reason);
}

}  // namespace kg::cli
