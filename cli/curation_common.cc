#include "cli/curation_common.h"

#include <cstdlib>
#include <iostream>

#include "cli/common.h"
#include "curate/curation_log.h"

namespace po = boost::program_options;

namespace kg::cli {

void AddCuratorOption(po::options_description& desc) {
  desc.add_options()("by", po::value<std::string>(), "who makes the curation (default $USER)");
}

std::string CuratorFrom(const po::variables_map& vm) {
  if (vm.count("by") && !vm["by"].as<std::string>().empty()) return vm["by"].as<std::string>();
  if (const char* user = std::getenv("USER"); user && *user) return user;
  return "user";
}

Result<std::unique_ptr<graph::Store>> OpenStoreForCuration(const po::variables_map& vm) {
  graph::StoreOptions options;
  options.create_if_missing = false;
  return graph::Store::Open(ResolveDbPath(vm["db"].as<std::string>()), options);
}

int FailCuration(const Status& status) {
  return Fail(status.code() == Status::Code::kInvalidArgument ? kExitUsage : kExitRuntime, status.message());
}

int AddAndReport(graph::Store& store, curate::Curation c) {
  c.at = curate::NowUtc();
  auto stored = curate::AddCuration(store, std::move(c));
  if (!stored.ok()) return FailCuration(stored.status());
  std::cout << stored->Id() << ": " << stored->text << "\n";
  return kExitOk;
}

}  // namespace kg::cli
