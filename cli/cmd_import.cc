// kg import FILE...: load curated facts from N-Triples (.nt) / N-Quads (.nq and
// anything else, including `kg export` output; `-` reads N-Quads from stdin)
// and JSON-LD (.jsonld, .json, or content that starts with '{' or '[';
// `kg export --format jsonld` output included): JSON-LD is turned into quads
// first (loaders/rdf/jsonld_reader.h), then imported like N-Quads.
// Each file is one all-or-nothing unit: it streams into a BulkImport and is
// committed only when every line parsed (CONTRACT.md section 5).
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/common.h"
#include "graph/store.h"
#include "loaders/rdf/import_stream.h"
#include "loaders/rdf/jsonld_reader.h"
#include "loaders/rdf/provenance_quads.h"

namespace po = boost::program_options;

namespace kg::cli {
namespace {

// Imports one file; prints its summary. Returns the exit code for this file.
int ImportOne(graph::Store& store, const std::string& path, size_t memory_mb, uint64_t* total) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) return Fail(kExitRuntime, "cannot read " + path);
    in = &file;
  }
  std::vector<char> buffer(1 << 20);
  in->rdbuf()->pubsetbuf(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  // JSON-LD: read whole, turned into N-Quads, then imported as those.
  std::istringstream quads;
  const bool jsonld = loaders::rdf::LooksLikeJsonLd(path == "-" ? "" : path, std::string(1, static_cast<char>(in->peek())));
  if (jsonld) {
    std::stringstream whole;
    whole << in->rdbuf();
    std::error_code ec;
    const std::string base = path == "-" ? "urn:kg:stdin" : "file://" + std::filesystem::absolute(path, ec).string();
    uint64_t line = 0;
    auto converted = loaders::rdf::JsonLdToNQuads(whole.str(), base, &line);
    if (!converted.ok()) {
      std::string at = line > 0 ? path + ":" + std::to_string(line) : path;
      return Fail(kExitRuntime, at + ": " + converted.status().message() + " (nothing from this file was stored)");
    }
    quads.str(std::move(converted).value());
    in = &quads;
  }

  graph::BulkImportOptions options;
  options.memory_budget = memory_mb << 20;
  auto import = store.BeginBulkImport(options);
  if (!import.ok()) return Fail(kExitRuntime, import.status().message());

  uint64_t facts = 0;
  loaders::rdf::StreamError where;
  // kg export output: citation and document nodes restore provenance (docs/interchange.md).
  loaders::rdf::ImportMapper provenance_mapper(path);
  loaders::rdf::ProvenanceQuads provenance(provenance_mapper);
  Status s = loaders::rdf::ImportStream(*in, jsonld ? loaders::rdf::Syntax::kNQuads : loaders::rdf::SyntaxForPath(path),
                                        path, **import, &facts, &where, &provenance);
  if (!s.ok()) {
    // A line of the quads made from JSON-LD means nothing to the user.
    std::string at = where.line > 0 && !jsonld ? path + ":" + std::to_string(where.line) : path;
    return Fail(kExitRuntime, at + ": " + s.message() + " (nothing from this file was stored)");
  }
  auto summary = (*import)->Commit();
  if (!summary.ok()) return Fail(kExitRuntime, path + ": " + summary.status().message());
  for (auto& doc : provenance.TakeDocuments()) {
    graph::DocumentBatch batch;
    batch.document = std::move(doc);
    auto written = store.WriteDocument(batch);
    if (!written.ok()) return Fail(kExitRuntime, path + ": document " + batch.document.id + ": " + written.status().message());
  }
  std::cout << path << ": " << summary->facts << " triples, " << summary->statements_added << " new statements\n";
  *total += summary->facts;
  return kExitOk;
}

}  // namespace

int RunImport(const Args& args) {
  po::options_description desc("options");
  AddCommonOptions(desc);
  desc.add_options()("files", po::value<std::vector<std::string>>()->multitoken(), "N-Triples / N-Quads files")(
      "memory", po::value<size_t>()->default_value(256), "sort-buffer budget in MiB (memory stays near it)");
  po::positional_options_description pos;
  pos.add("files", -1);
  po::variables_map vm;
  int code = kExitOk;
  if (!ParseArgs(args, "import", "FILE... (.nt N-Triples, .nq N-Quads, .jsonld JSON-LD, - for stdin)", desc, pos, vm,
                 &code)) {
    return code;
  }
  if (!vm.count("files")) return Fail(kExitUsage, "no input files (see 'kg import --help')");
  const std::string db = ResolveDbPath(vm["db"].as<std::string>());
  NewStoreCleanup cleanup(db);
  auto store = graph::Store::Open(db, graph::StoreOptions{});
  if (!store.ok()) return Fail(kExitRuntime, store.status().message());

  auto start = std::chrono::steady_clock::now();
  uint64_t total = 0;
  int result = kExitOk;
  const auto& files = vm["files"].as<std::vector<std::string>>();
  size_t imported_files = 0;
  for (const auto& path : files) {
    int rc = ImportOne(**store, path, vm["memory"].as<size_t>(), &total);
    if (rc != kExitOk) result = rc;
    else ++imported_files;
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (auto counts = (*store)->Counts(); !counts.ok() || counts->statements > 0) cleanup.Keep();
  // Nothing imported: the error lines say it all (no "imported 0 triples").
  if (imported_files == 0) return result;
  std::cout << "imported " << total << " triples";
  if (imported_files < files.size()) std::cout << " from " << imported_files << " of " << files.size() << " files";
  std::cout << " in " << seconds << " s\n";
  return result;
}

}  // namespace kg::cli
