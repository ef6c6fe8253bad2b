// Test helpers: run the kg binary (KG_BINARY) as a child process and capture
// what it printed, and build the shell tests' fixture store once per process.
// Thread-safety: none.
#pragma once

#include <string>
#include <vector>

namespace kg::testing {

struct RunResult {
  int exit_code = -1;  // 128+signal if killed
  std::string out;     // stdout
  std::string err;     // stderr
};

// Runs KG_BINARY with `args`; `stdin_text` is fed on stdin (a pipe, so not a tty).
RunResult RunKg(const std::vector<std::string>& args, const std::string& stdin_text = "");

// A fresh temporary directory (removed at process exit).
std::string MakeTempDir();

// Writes `text` to `path`; returns false on failure.
bool WriteFile(const std::string& path, const std::string& text);

// The path of a store holding tests/shell/fixture.nt, imported once per test
// process; "" (and *error set) if `kg import` failed.
std::string FixtureStore(std::string* error);

}  // namespace kg::testing
