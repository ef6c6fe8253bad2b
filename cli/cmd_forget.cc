// kg forget SOURCE...: retracts documents (graph::Store::ForgetDocuments):
// their statements and provenance go, and with them entities and events that
// nothing else supports; statements other documents state keep those
// citations. A SOURCE is what `kg sources` lists (the file as ingested or the
// URL), a document id, or a file name that is unique in the store. All named
// documents go in one atomic write, or none: an unknown or ambiguous SOURCE
// is one error line, exit 1, and the store is unchanged. Afterwards the
// curations and links between documents are re-applied (curate::Reconcile).
#include <iostream>

#include "cli/common.h"
#include "cli/source_list.h"
#include "curate/reconcile.h"
#include "graph/store.h"

namespace po = boost::program_options;

namespace kg::cli {

int RunForget(const Args& args) {
  po::options_description desc("options");
  AddCommonOptions(desc);
  desc.add_options()("source", po::value<std::vector<std::string>>(), "documents to retract");
  po::positional_options_description pos;
  pos.add("source", -1);
  po::variables_map vm;
  int code = kExitOk;
  if (!ParseArgs(args, "forget", "[--db DIR] SOURCE...", desc, pos, vm, &code)) return code;
  if (!vm.count("source")) return Fail(kExitUsage, "name at least one source to forget (see 'kg sources')");
  graph::StoreOptions options;
  options.create_if_missing = false;  // forgetting never creates a store
  auto store = graph::Store::Open(ResolveDbPath(vm["db"].as<std::string>()), options);
  if (!store.ok()) return Fail(kExitRuntime, store.status().message());

  auto ids = ResolveSources(**store, vm["source"].as<std::vector<std::string>>());
  if (!ids.ok()) return Fail(kExitRuntime, ids.status().message());
  auto forgot = (*store)->ForgetDocuments(*ids);
  if (!forgot.ok()) return Fail(kExitRuntime, forgot.status().message());
  // Links between the remaining documents (a full name only a forgotten one
  // gave) and the user's curations, re-applied to what is left.
  auto reconciled = curate::Reconcile(**store);
  if (!reconciled.ok()) return Fail(kExitRuntime, "re-applying curations: " + reconciled.status().message());
  std::cout << "forgot " << forgot->documents << (forgot->documents == 1 ? " document" : " documents") << ": "
            << forgot->statements_removed << " statements removed\n";
  return kExitOk;
}

}  // namespace kg::cli
