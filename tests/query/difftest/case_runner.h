// RunCase: builds a fresh store from a FailingCase's facts, opens it
// read-only, runs the earlier queries and then the query in one engine, and
// compares the query's rows with the reference's. The shrinker's test.
// Thread-safety: each call uses its own temporary directory.
#pragma once

#include <string>

#include "tests/query/difftest/shrinker.h"

namespace kg::difftest {

// "" when kg agrees with the reference (or the case cannot be evaluated),
// else the difference.
std::string RunCase(const FailingCase& c, const std::string& temp_root);

// A directory under `root` that is removed on destruction.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& root);
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace kg::difftest
