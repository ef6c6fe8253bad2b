// OutputBuffer: a string that flushes to an ostream in large chunks, so writers
// build lines with cheap appends. Thread-safety: none (one writer).
#pragma once

#include <ostream>
#include <string>

#include "util/status.h"

namespace kg::exporter {

class OutputBuffer {
 public:
  explicit OutputBuffer(std::ostream& out) : out_(out) { buf_.reserve(kChunk + 4096); }
  std::string* str() { return &buf_; }
  // Flushes once the buffer passes the chunk size. Returns IOError if the stream failed.
  Status MaybeFlush() { return buf_.size() >= kChunk ? Flush() : Status::Ok(); }
  Status Flush() {
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    bytes_ += buf_.size();
    buf_.clear();
    if (!out_) return Status::IOError("export: write failed");
    return Status::Ok();
  }
  uint64_t bytes() const { return bytes_; }

 private:
  static constexpr size_t kChunk = 1 << 20;
  std::ostream& out_;
  std::string buf_;
  uint64_t bytes_ = 0;
};

}  // namespace kg::exporter
