// Helpers every subcommand shares: the store path rule, error lines, exit codes.
#pragma once

#include <boost/program_options.hpp>
#include <cstdint>
#include <string>

#include "cli/command.h"

namespace kg::cli {

constexpr int kExitOk = 0;
constexpr int kExitRuntime = 1;
constexpr int kExitUsage = 2;

// --max-memory's default for kg query and kg shell, in MB (docs/query_language.md).
constexpr uint64_t kDefaultMaxMemoryMb = 4096;

// --db DIR, else $KG_DB, else ./kg.db (CONTRACT.md section 1).
std::string ResolveDbPath(const std::string& db_flag);

// Adds --help and --db to a subcommand's options.
void AddCommonOptions(boost::program_options::options_description& desc);

// A writer command that creates a store and then stores nothing (every input
// failed, no article found) removes the directory it created, so no empty
// store is left behind. Declare it before the store so that the store is
// closed first; call Keep() once something was written.
class NewStoreCleanup {
 public:
  explicit NewStoreCleanup(std::string path);
  ~NewStoreCleanup();
  NewStoreCleanup(const NewStoreCleanup&) = delete;
  NewStoreCleanup& operator=(const NewStoreCleanup&) = delete;
  void Keep() { keep_ = true; }

 private:
  std::string path_;
  bool existed_;
  bool keep_ = false;
};

// The columns of the terminal standard output writes to; 0 when it is not a
// terminal (a pipe or a file: tables then keep their fixed cell width).
size_t StdoutTerminalColumns();

// Prints "error: <message>" as one line on stderr and returns `code`.
int Fail(int code, const std::string& message);

// Parses `args` against `desc` (and positional `pos`). On --help prints
// "usage: kg <command> <synopsis>" plus the options and returns kExitOk in
// *exit_code; on a usage error prints one error line and returns kExitUsage.
// Returns true when the command should go on running.
bool ParseArgs(const Args& args, const std::string& command, const std::string& synopsis,
               const boost::program_options::options_description& desc,
               const boost::program_options::positional_options_description& pos,
               boost::program_options::variables_map& vm, int* exit_code);

}  // namespace kg::cli
