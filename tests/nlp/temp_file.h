// Test helpers for files in GoogleTest's temp folder.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>

namespace kg::nlp::test_util {

// Writes `text` to a file named `name` in the temp folder; returns its path.
inline std::string WriteTempFile(const std::string& name, const std::string& text) {
  const std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
  return path;
}

// Cuts the last `drop` bytes off the file at `path` (a truncated model file).
inline void DropFileTail(const std::string& path, size_t drop) {
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes.substr(0, bytes.size() > drop ? bytes.size() - drop : 0);
}

}  // namespace kg::nlp::test_util
