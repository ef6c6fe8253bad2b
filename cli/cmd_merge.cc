// kg merge KEEP OTHER...: makes one entity of several. OTHER's statements
// become KEEP's, its labels KEEP's aliases; stored as a curation
// (curate/curation.h), re-applied after every ingest, undone with
// `kg curations --undo ID`.
#include <iostream>

#include "cli/common.h"
#include "cli/curation_common.h"
#include "curate/entity_names.h"

namespace po = boost::program_options;

namespace kg::cli {

int RunMerge(const Args& args) {
  po::options_description desc("options");
  AddCommonOptions(desc);
  AddCuratorOption(desc);
  desc.add_options()("entity", po::value<std::vector<std::string>>(), "entities (names or IRIs)");
  po::positional_options_description pos;
  pos.add("entity", -1);
  po::variables_map vm;
  int code = kExitOk;
  if (!ParseArgs(args, "merge", "KEEP OTHER... [--by NAME]", desc, pos, vm, &code)) return code;
  const auto names =
      vm.count("entity") ? vm["entity"].as<std::vector<std::string>>() : std::vector<std::string>();
  if (names.size() < 2) {
    return Fail(kExitUsage, "kg merge needs two entities: KEEP OTHER... (see 'kg merge --help')");
  }

  auto store = OpenStoreForCuration(vm);
  if (!store.ok()) return Fail(kExitRuntime, store.status().message());
  std::vector<std::string> iris;
  for (const auto& name : names) {
    auto iri = curate::FindEntity(**store, name);
    if (!iri.ok()) return FailCuration(iri.status());
    for (const auto& seen : iris) {
      if (seen == *iri) return Fail(kExitUsage, "'" + name + "' is already " + seen + ": nothing to merge");
    }
    iris.push_back(*iri);
  }
  for (size_t i = 1; i < iris.size(); ++i) {
    curate::Curation c;
    c.kind = curate::CurationKind::kMerge;
    c.by = CuratorFrom(vm);
    c.entity = iris[0];
    c.other = iris[i];
    c.text = "merge " + names[i] + " (" + iris[i] + ") into " + names[0] + " (" + iris[0] + ")";
    if (int failed = AddAndReport(**store, std::move(c)); failed != kExitOk) return failed;
  }
  return kExitOk;
}

}  // namespace kg::cli
