// kg shell: the interactive query shell (cli/shell/). On a terminal it edits
// lines with libedit, keeps history and completes with TAB; with stdin not a
// terminal it reads statements and dot commands without prompts or colours,
// like `kg query -f -`.
//
// The store opens read-only by default, so a shell can stay open while
// `kg ingest` writes (`.reload` shows the new facts). `--write` opens it
// writable instead — creating it if missing — which enables `.ingest` and
// holds the store's write lock for the session.
#include <unistd.h>

#include <clocale>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "cli/common.h"
#include "cli/shell/repl.h"
#include "cli/shell/session.h"

namespace po = boost::program_options;

namespace kg::cli {
namespace {

// libedit needs a UTF-8 character type to edit names with accents.
void UseUtf8Locale() {
  const char* name = std::setlocale(LC_CTYPE, "");
  if (name == nullptr || std::strcmp(name, "C") == 0 || std::strcmp(name, "POSIX") == 0) {
    std::setlocale(LC_CTYPE, "C.UTF-8");
  }
}

}  // namespace

int RunShell(const Args& args) {
  po::options_description desc("options");
  AddCommonOptions(desc);
  desc.add_options()("write,w", "open the store writable (enables .ingest; holds the write lock)")(
      "format", po::value<std::string>()->default_value("table"), "table, json, csv or tsv")(
      "max-memory", po::value<uint64_t>()->default_value(kDefaultMaxMemoryMb),
      "stop a statement whose ORDER BY, DISTINCT or COUNT rows pass MB megabytes (0: no limit)")(
      "keep-going", "with piped input: go on after an error (the exit code still reports it)");
  po::positional_options_description pos;
  po::variables_map vm;
  int exit_code = kExitOk;
  if (!ParseArgs(args, "shell", "[--db DIR] [--write] [--format F] [< FILE.kgq]", desc, pos, vm, &exit_code)) {
    return exit_code;
  }
  auto format = query::ParseOutputFormat(vm["format"].as<std::string>());
  if (!format) return Fail(kExitUsage, "unknown format '" + vm["format"].as<std::string>() + "' (table, json, csv or tsv)");

  bool interactive = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
  shell::SessionOptions options;
  options.db_path = ResolveDbPath(vm["db"].as<std::string>());
  options.writable = vm.count("write") > 0;
  options.format = *format;
  options.max_memory_bytes = vm["max-memory"].as<uint64_t>() << 20;
  options.interruptible = interactive;
  options.render.terminal_width = StdoutTerminalColumns();
  const char* no_colour = std::getenv("NO_COLOR");
  options.colour = interactive && isatty(STDERR_FILENO) && (no_colour == nullptr || *no_colour == '\0');

  auto session = shell::Session::Open(options);
  if (!session.ok()) return Fail(kExitRuntime, session.status().message());
  if (!interactive) return session.value()->RunScript(std::cin, "<stdin>", vm.count("keep-going") > 0);
  UseUtf8Locale();
  return shell::RunInteractive(*session.value());
}

}  // namespace kg::cli
