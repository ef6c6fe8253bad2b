// Runs the kg binary with chosen standard streams, for tests of how it meets
// failing surroundings. Contract: RunKg waits for the process and reports how
// it ended (an exit code, or the signal that killed it) and what it wrote on
// stderr.
#pragma once

#include <string>
#include <vector>

namespace kg::testing_cli {

struct KgOutcome {
  int exit_code = -1;  // -1 when killed by a signal
  int signal = 0;      // the signal that killed it, else 0
  std::string err;     // everything written on stderr
};

enum class Stdout {
  kClosedPipe,  // a pipe whose read end is closed before kg starts
  kDevFull,     // /dev/full: every write fails with ENOSPC
};

// Runs `kg args...` with stdin from /dev/null, stdout as chosen.
// `run_as_uid` >= 0 drops to that user (and its group) first.
KgOutcome RunKg(const std::vector<std::string>& args, Stdout out, int run_as_uid = -1);

}  // namespace kg::testing_cli
