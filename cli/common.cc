#include "cli/common.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace po = boost::program_options;

namespace kg::cli {

std::string ResolveDbPath(const std::string& db_flag) {
  if (!db_flag.empty()) return db_flag;
  if (const char* env = std::getenv("KG_DB"); env && *env) return env;
  return "kg.db";
}

size_t StdoutTerminalColumns() {
  if (!::isatty(STDOUT_FILENO)) return 0;
  struct winsize ws {};
  if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 80;  // a terminal that does not say: the classic width
}

void AddCommonOptions(po::options_description& desc) {
  desc.add_options()("help,h", "show this help")(
      "db", po::value<std::string>()->default_value(""),
      "store directory (default: $KG_DB, else ./kg.db)");
}

NewStoreCleanup::NewStoreCleanup(std::string path) : path_(std::move(path)) {
  std::error_code ec;
  existed_ = std::filesystem::exists(path_, ec) || ec;  // when in doubt, it existed: never remove
}

NewStoreCleanup::~NewStoreCleanup() {
  if (keep_ || existed_) return;
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

int Fail(int code, const std::string& message) {
  std::cerr << "error: " << message << "\n";
  return code;
}

bool ParseArgs(const Args& args, const std::string& command, const std::string& synopsis,
               const po::options_description& desc, const po::positional_options_description& pos,
               po::variables_map& vm, int* exit_code) {
  try {
    po::store(po::command_line_parser(args).options(desc).positional(pos).run(), vm);
    if (vm.count("help")) {
      std::cout << "usage: kg " << command << " " << synopsis << "\n\n" << desc << "\n";
      *exit_code = kExitOk;
      return false;
    }
    po::notify(vm);
  } catch (const po::error& e) {
    *exit_code = Fail(kExitUsage, std::string(e.what()) + " (see 'kg " + command + " --help')");
    return false;
  }
  return true;
}

}  // namespace kg::cli
