#include "util/status.h"

namespace kg {

std::string Status::ToString() const {
  const char* name = "ok";
  switch (code_) {
    case Code::kOk: return "ok";
    case Code::kNotFound: name = "not found"; break;
    case Code::kCorruption: name = "corruption"; break;
    case Code::kInvalidArgument: name = "invalid argument"; break;
    case Code::kIOError: name = "I/O error"; break;
    case Code::kLocked: name = "locked"; break;
    case Code::kUnsupported: name = "unsupported"; break;
    case Code::kCancelled: name = "cancelled"; break;
    case Code::kTimeout: name = "timeout"; break;
  }
  return std::string(name) + ": " + message_;
}

}  // namespace kg
