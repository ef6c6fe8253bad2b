// Ctrl-C while a statement runs: a SIGINT handler that only sets a flag, which
// the engine polls (RunOptions::cancel) and the shell's result sink checks per
// row, so a statement stops whether or not it is producing rows. Line editing
// does not use this: there ^C is a key.
// Thread-safety: the flag is a lock-free atomic, safe from a signal handler.
#pragma once

#include <signal.h>

#include <atomic>

namespace kg::cli::shell {

// Installs the flag-setting SIGINT handler for its lifetime (the whole
// interactive session, so a Ctrl-C typed ahead between prompts never kills
// the shell), clearing the flag first; restores the previous handler on
// destruction.
class ScopedInterruptHandler {
 public:
  ScopedInterruptHandler();
  ~ScopedInterruptHandler();
  ScopedInterruptHandler(const ScopedInterruptHandler&) = delete;
  ScopedInterruptHandler& operator=(const ScopedInterruptHandler&) = delete;

 private:
  struct sigaction previous_ {};
};

// True once SIGINT arrived since the handler was installed or the flag cleared.
bool Interrupted();
// The flag itself, for query::RunOptions::cancel (lives for the program's life).
const std::atomic<bool>* InterruptFlag();
// Forgets earlier Ctrl-Cs (the REPL calls it before each prompt).
void ClearInterrupted();

}  // namespace kg::cli::shell
