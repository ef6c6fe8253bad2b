// kg curations: lists the user's curations (id, when, who, what), oldest
// first; --derived lists the links kg made itself between documents (a lone
// surname to the one full name ending with it); --undo ID removes a curation
// and returns the documents it changed to what the others give.
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/common.h"
#include "cli/curation_common.h"
#include "curate/curation_log.h"
#include "curate/reconcile.h"

namespace po = boost::program_options;

namespace kg::cli {
namespace {

int Undo(const po::variables_map& vm, const std::string& id) {
  const uint64_t number = curate::ParseCurationId(id);
  if (number == 0) {
    return Fail(kExitUsage, "'" + id + "' is not a curation id (c1, c2, ...: see 'kg curations')");
  }
  auto store = OpenStoreForCuration(vm);
  if (!store.ok()) return Fail(kExitRuntime, store.status().message());
  auto undone = curate::UndoCuration(**store, number);
  if (!undone.ok()) return FailCuration(undone.status());
  std::cout << "undone " << undone->Id() << ": " << undone->text << "\n";
  return kExitOk;
}

}  // namespace

int RunCurations(const Args& args) {
  po::options_description desc("options");
  AddCommonOptions(desc);
  desc.add_options()("format", po::value<std::string>()->default_value("table"), "table or json")(
      "derived", po::bool_switch(), "list the links kg made between documents instead")(
      "undo", po::value<std::string>(), "remove curation ID (c1, c2, ...)");
  po::variables_map vm;
  int code = kExitOk;
  if (!ParseArgs(args, "curations", "[--format table|json] [--derived] [--undo ID]", desc, {}, vm, &code)) {
    return code;
  }
  const std::string format = vm["format"].as<std::string>();
  if (format != "table" && format != "json") {
    return Fail(kExitUsage, "unknown format '" + format + "' (table or json)");
  }
  if (vm.count("undo")) return Undo(vm, vm["undo"].as<std::string>());

  graph::StoreOptions options;
  options.read_only = true;
  auto store = graph::Store::Open(ResolveDbPath(vm["db"].as<std::string>()), options);
  if (!store.ok()) return Fail(kExitRuntime, store.status().message());

  if (vm["derived"].as<bool>()) {
    const auto links = curate::LoadDerivedLinks(**store);
    if (!links.ok()) return Fail(kExitRuntime, links.status().message());
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& [from, into] : *links) {
      auto id = (*store)->Lookup(graph::Term::Iri(into));
      if (!id.ok()) return Fail(kExitRuntime, id.status().message());
      auto label = *id == graph::kNoTerm ? Result<std::string>(std::string()) : (*store)->LabelOf(*id);
      if (!label.ok()) return Fail(kExitRuntime, label.status().message());
      if (format == "json") {
        rows.push_back({{"from", from}, {"into", into}, {"label", *label}});
      } else {
        std::cout << from << " -> " << into << "  (" << *label << ")\n";
      }
    }
    if (format == "json") std::cout << nlohmann::json{{"derived", rows}}.dump() << "\n";
    return kExitOk;
  }

  const auto loaded = curate::LoadCurations(**store);
  if (!loaded.ok()) return Fail(kExitRuntime, loaded.status().message());
  const auto& curations = *loaded;
  if (format == "json") {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& c : curations) {
      nlohmann::json row = {{"id", c.Id()},
                            {"action", std::string(curate::KindName(c.kind))},
                            {"by", c.by},
                            {"at", c.at},
                            {"text", c.text}};
      if (!c.entity.empty()) row["entity"] = c.entity;
      if (!c.other.empty()) row["other"] = c.other;
      if (!c.label.empty()) row["label"] = c.label;
      rows.push_back(std::move(row));
    }
    std::cout << nlohmann::json{{"curations", rows}}.dump() << "\n";
    return kExitOk;
  }
  if (curations.empty()) {
    std::cout << "no curations\n";
    return kExitOk;
  }
  for (const auto& c : curations) {
    std::cout << c.Id() << "  " << c.at << "  " << c.by << "  " << c.text << "\n";
  }
  return kExitOk;
}

}  // namespace kg::cli
