// kg export --format jsonld|nquads [-o FILE] [--db DIR]: the whole graph with
// provenance (CONTRACT.md sections 1 and 5; layout in docs/interchange.md).
// Streams to stdout or FILE; a failed export to FILE removes the partial file.
#include <cstdio>
#include <fstream>
#include <iostream>

#include "cli/closed_output.h"
#include "cli/common.h"
#include "export/jsonld.h"
#include "export/nquads.h"
#include "graph/store.h"

namespace po = boost::program_options;

namespace kg::cli {

int RunExport(const Args& args) {
  po::options_description desc("options");
  AddCommonOptions(desc);
  desc.add_options()("format,f", po::value<std::string>()->default_value("nquads"), "jsonld or nquads")(
      "output,o", po::value<std::string>()->default_value("-"), "output file (default: stdout)");
  po::positional_options_description pos;
  po::variables_map vm;
  int code = kExitOk;
  if (!ParseArgs(args, "export", "--format jsonld|nquads [-o FILE] [--db DIR]", desc, pos, vm, &code)) return code;

  const std::string format = vm["format"].as<std::string>();
  if (format != "jsonld" && format != "nquads" && format != "json-ld" && format != "nq") {
    return Fail(kExitUsage, "unknown export format '" + format + "' (expected jsonld or nquads)");
  }
  const bool jsonld = format == "jsonld" || format == "json-ld";
  const std::string db = ResolveDbPath(vm["db"].as<std::string>());

  graph::StoreOptions options;
  options.read_only = true;
  options.create_if_missing = false;
  auto store = graph::Store::Open(db, options);
  if (!store.ok()) return Fail(kExitRuntime, "cannot open store " + db + ": " + store.status().message());

  const std::string path = vm["output"].as<std::string>();
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (path != "-") {
    file.open(path, std::ios::binary | std::ios::trunc);
    if (!file) return Fail(kExitRuntime, "cannot write " + path);
    out = &file;
  } else {
    std::ios::sync_with_stdio(false);
  }

  exporter::ExportStats stats;
  Status st = jsonld ? exporter::WriteJsonLd(**store, *out, &stats) : exporter::WriteNQuads(**store, *out, &stats);
  if (!st.ok()) {
    if (path != "-") {
      file.close();
      std::remove(path.c_str());
    } else if (StdoutReaderGone()) {
      return kExitRuntime;  // the reader closed the pipe: stop quietly (cli/closed_output.h)
    }
    return Fail(kExitRuntime, st.message());
  }
  if (path != "-") {
    file.close();
    if (!file) return Fail(kExitRuntime, "cannot write " + path);
    std::cerr << "exported " << stats.statements << " statements, " << stats.citations << " citations, "
              << stats.documents << " documents (" << stats.quads << " quads) to " << path << "\n";
  }
  return kExitOk;
}

}  // namespace kg::cli
