// StoreLogger: RocksDB's info log for kg stores. RocksDB's own file logger
// aborts the process (a debug assertion left on in Debian's build) when it
// writes again after a failed write, which a full disk causes: `kg ingest`
// died with exit 134 instead of reporting the write error. This logger
// appends to <store>/LOG through stdio and drops lines it cannot write; a
// reader's logger (Discard) writes nothing, so readers never touch the
// store's files.
// Thread-safety: Logv may be called concurrently.
#pragma once

#include <rocksdb/env.h>

#include <cstdio>
#include <memory>
#include <mutex>
#include <string>

namespace kg::graph {

class StoreLogger : public rocksdb::Logger {
 public:
  // Appends to `path` (nullptr/"" or an unopenable path: discards everything).
  explicit StoreLogger(const std::string& path, rocksdb::InfoLogLevel level);
  static std::shared_ptr<StoreLogger> Discard();
  ~StoreLogger() override;

  using rocksdb::Logger::Logv;
  void Logv(const char* format, va_list ap) override;

 private:
  std::mutex mu_;
  std::FILE* file_ = nullptr;
};

}  // namespace kg::graph
