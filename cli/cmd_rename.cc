// kg rename ENTITY "New label": the entity's label becomes the new one, its
// former labels aliases; stored as a curation (curate/curation.h).
#include "cli/common.h"
#include "cli/curation_common.h"
#include "curate/entity_names.h"
#include "util/text.h"

namespace po = boost::program_options;

namespace kg::cli {

int RunRename(const Args& args) {
  po::options_description desc("options");
  AddCommonOptions(desc);
  AddCuratorOption(desc);
  desc.add_options()("entity", po::value<std::string>(), "the entity (a name or IRI)")(
      "label", po::value<std::string>(), "its new label");
  po::positional_options_description pos;
  pos.add("entity", 1).add("label", 1);
  po::variables_map vm;
  int code = kExitOk;
  if (!ParseArgs(args, "rename", "ENTITY \"New label\" [--by NAME]", desc, pos, vm, &code)) return code;
  if (!vm.count("entity") || !vm.count("label")) {
    return Fail(kExitUsage, "kg rename needs an entity and its new label (see 'kg rename --help')");
  }
  const std::string label = vm["label"].as<std::string>();
  if (text::NameKey(label).empty()) {
    return Fail(kExitUsage, "the new label '" + label + "' has no letter or digit");
  }

  auto store = OpenStoreForCuration(vm);
  if (!store.ok()) return Fail(kExitRuntime, store.status().message());
  const std::string name = vm["entity"].as<std::string>();
  auto iri = curate::FindEntity(**store, name);
  if (!iri.ok()) return FailCuration(iri.status());
  curate::Curation c;
  c.kind = curate::CurationKind::kRename;
  c.by = CuratorFrom(vm);
  c.entity = *iri;
  c.label = label;
  c.text = "rename " + name + " (" + *iri + ") to \"" + label + "\"";
  return AddAndReport(**store, std::move(c));
}

}  // namespace kg::cli
