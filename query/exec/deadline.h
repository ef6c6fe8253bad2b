// Deadline: when one statement must stop. The --timeout is counted from the
// moment Engine::Run starts, so parsing, binding, planning and EXPLAIN's
// rendering count, not only execution; an interrupt (the shell's Ctrl-C) stops
// it too. Check() throws ExecError(kTimeout) or ExecError(kCancelled,
// "interrupted"); it looks at the clock on its first call and every 256th
// after, so it is cheap to call often; CheckNow() looks every time (between
// stages). Thread-safety: one statement, one thread.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>

namespace kg::query::exec {

class Deadline {
 public:
  Deadline() = default;  // never stops
  // `timeout_seconds` <= 0: no time limit. `cancel` (may be null) must outlive it.
  Deadline(double timeout_seconds, std::chrono::steady_clock::time_point started,
           const std::atomic<bool>* cancel = nullptr);
  void Check() {
    if ((tick_++ & 255) == 0) CheckNow();
  }
  void CheckNow();
  void set_cancel(const std::atomic<bool>* cancel) { cancel_ = cancel; }

 private:
  bool has_deadline_ = false;
  double timeout_seconds_ = 0;
  std::chrono::steady_clock::time_point deadline_;
  const std::atomic<bool>* cancel_ = nullptr;
  uint32_t tick_ = 0;
};

}  // namespace kg::query::exec
