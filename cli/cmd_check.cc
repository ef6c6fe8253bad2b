// kg check: verifies a store end to end (graph::Store::Check): the checksum
// of every block of every table file, then that the three statement indexes,
// the counters and the provenance agree. Prints "ok: ..." and exits 0, or
// one line per problem and exits 1. Opens the store read-only, so it may run
// while another process ingests (it then checks the state it opened).
#include <iostream>

#include "cli/common.h"
#include "graph/store.h"

namespace po = boost::program_options;

namespace kg::cli {

int RunCheck(const Args& args) {
  po::options_description desc("options");
  AddCommonOptions(desc);
  desc.add_options()("max-problems", po::value<size_t>()->default_value(100), "problems listed at most");
  po::variables_map vm;
  int code = kExitOk;
  if (!ParseArgs(args, "check", "[--db DIR] [--max-problems N]", desc, {}, vm, &code)) return code;
  graph::StoreOptions options;
  options.read_only = true;
  const std::string db = ResolveDbPath(vm["db"].as<std::string>());
  auto store = graph::Store::Open(db, options);
  if (!store.ok()) return Fail(kExitRuntime, store.status().message());
  auto report = (*store)->Check(vm["max-problems"].as<size_t>());
  if (!report.ok()) return Fail(kExitRuntime, "cannot check " + db + ": " + report.status().message());
  if (report->problems.empty()) {
    std::cout << "ok: " << db << ": " << report->statements
              << " statements; checksums, indexes, counters and provenance agree\n";
    return kExitOk;
  }
  for (const auto& p : report->problems) std::cerr << "error: " << db << ": " << p << "\n";
  if (report->truncated) std::cerr << "error: " << db << ": more problems not listed (--max-problems)\n";
  return kExitRuntime;
}

}  // namespace kg::cli
