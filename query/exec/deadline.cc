#include "query/exec/deadline.h"

#include <cstdio>
#include <string>

#include "query/query_error.h"

namespace kg::query::exec {

Deadline::Deadline(double timeout_seconds, std::chrono::steady_clock::time_point started,
                   const std::atomic<bool>* cancel)
    : has_deadline_(timeout_seconds > 0), timeout_seconds_(timeout_seconds), cancel_(cancel) {
  if (has_deadline_) {
    deadline_ = started + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                              std::chrono::duration<double>(timeout_seconds));
  }
}

void Deadline::CheckNow() {
  if (cancel_ != nullptr && cancel_->load(std::memory_order_relaxed)) {
    throw ExecError(Status::Code::kCancelled, "interrupted");
  }
  if (has_deadline_ && std::chrono::steady_clock::now() > deadline_) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%g", timeout_seconds_);
    std::string message = "query stopped: it ran longer than ";
    message.append(buf).append(" s (--timeout)");
    throw ExecError(Status::Code::kTimeout, message);
  }
}

}  // namespace kg::query::exec
