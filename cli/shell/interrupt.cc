#include "cli/shell/interrupt.h"

#include <atomic>

namespace kg::cli::shell {
namespace {

std::atomic<bool> g_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free, "flag must be safe in a signal handler");

extern "C" void OnSigint(int /*signo*/) { g_interrupted.store(true, std::memory_order_relaxed); }

}  // namespace

ScopedInterruptHandler::ScopedInterruptHandler() {
  g_interrupted.store(false);
  struct sigaction action {};
  action.sa_handler = OnSigint;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;  // output writes resume; the engine notices via the sink
  sigaction(SIGINT, &action, &previous_);
}

ScopedInterruptHandler::~ScopedInterruptHandler() { sigaction(SIGINT, &previous_, nullptr); }

bool Interrupted() { return g_interrupted.load(std::memory_order_relaxed); }

const std::atomic<bool>* InterruptFlag() { return &g_interrupted; }

void ClearInterrupted() { g_interrupted.store(false, std::memory_order_relaxed); }

}  // namespace kg::cli::shell
