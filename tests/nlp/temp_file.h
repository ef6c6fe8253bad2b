// Test helper: writes `text` to a file named `name` in GoogleTest's temp
// folder and returns its path.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <string>

namespace kg::nlp::test_util {

inline std::string WriteTempFile(const std::string& name, const std::string& text) {
  const std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
  return path;
}

}  // namespace kg::nlp::test_util
