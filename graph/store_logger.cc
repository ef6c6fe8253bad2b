#include "graph/store_logger.h"

#include <cstdarg>
#include <ctime>

namespace kg::graph {

StoreLogger::StoreLogger(const std::string& path, rocksdb::InfoLogLevel level) : rocksdb::Logger(level) {
  if (!path.empty()) file_ = std::fopen(path.c_str(), "a");
}

std::shared_ptr<StoreLogger> StoreLogger::Discard() {
  return std::make_shared<StoreLogger>("", rocksdb::InfoLogLevel::FATAL_LEVEL);
}

StoreLogger::~StoreLogger() {
  if (file_) std::fclose(file_);  // a failed close loses log lines only
}

void StoreLogger::Logv(const char* format, va_list ap) {
  std::lock_guard<std::mutex> lock(mu_);
  if (!file_) return;
  char stamp[32];
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  std::strftime(stamp, sizeof stamp, "%Y/%m/%d-%H:%M:%S ", &tm);
  // Failed writes (a full disk) are ignored: the log is a diagnostic aid and
  // must never take the process down with it.
  std::fputs(stamp, file_);
  std::vfprintf(file_, format, ap);
  std::fputc('\n', file_);
  std::fflush(file_);
}

}  // namespace kg::graph
