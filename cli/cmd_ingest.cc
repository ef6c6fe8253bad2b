// kg ingest PATH...: load articles into the store (extract/ingest.h does the
// work). Prints each problem as one "warning:"/"error:" line on stderr, a
// progress bar when stderr is a terminal, and a one-line summary on stdout.
// Exit: 0 all inputs stored, 1 something failed (the rest is stored whole),
// 2 usage error.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <sstream>

#include "cli/common.h"
#include "curate/reconcile.h"
#include "curate/records.h"
#include "extract/fact_extractor.h"
#include "extract/ingest.h"
#include "graph/store.h"
#include "graph/store_statistics.h"

namespace po = boost::program_options;

namespace kg::cli {
namespace {

// --models, else $KG_MODELS, else models/ next to the binary's source tree.
std::string ResolveModelsDir(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("KG_MODELS"); env && *env) return env;
  return KG_MODELS_DIR;
}

std::string Clock(double seconds) {
  auto s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) {
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
  } else {
    std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  }
  return buf;
}

// A one-line progress bar on stderr, redrawn at most ten times a second.
class ProgressBar {
 public:
  void Update(const extract::IngestProgress& p) {
    if (p.seconds - last_ < 0.1 && p.inputs_done < p.inputs_total) return;
    last_ = p.seconds;
    constexpr int kWidth = 28;
    double frac = p.inputs_total ? static_cast<double>(p.inputs_done) / static_cast<double>(p.inputs_total) : 1;
    int filled = static_cast<int>(frac * kWidth);
    double rate = p.seconds > 0 ? static_cast<double>(p.documents) / p.seconds : 0;
    std::string eta = "--:--";
    if (p.inputs_done > 0 && p.inputs_done < p.inputs_total) {
      eta = Clock(p.seconds / static_cast<double>(p.inputs_done) * static_cast<double>(p.inputs_total - p.inputs_done));
    } else if (p.inputs_done == p.inputs_total) {
      eta = "0:00";
    }
    std::fprintf(stderr, "\r[%s%s] %llu/%llu inputs  %llu docs  %.1f docs/s  ETA %s  ",
                 std::string(static_cast<size_t>(filled), '#').c_str(),
                 std::string(static_cast<size_t>(kWidth - filled), '.').c_str(),
                 static_cast<unsigned long long>(p.inputs_done), static_cast<unsigned long long>(p.inputs_total),
                 static_cast<unsigned long long>(p.documents), rate, eta.c_str());
    std::fflush(stderr);
    shown_ = true;
  }
  // Clears the bar so that a message can take the line.
  void Clear() {
    if (!shown_) return;
    std::fprintf(stderr, "\r\033[K");
    shown_ = false;
  }

 private:
  double last_ = -1;
  bool shown_ = false;
};

}  // namespace

int RunIngest(const Args& args) {
  po::options_description desc("options");
  AddCommonOptions(desc);
  desc.add_options()("jobs,j", po::value<int>()->default_value(1), "documents read and analysed in parallel (0 = one per CPU)")(
      "quiet,q", po::bool_switch(), "no progress bar and no summary (warnings and errors still go to stderr)")(
      "models", po::value<std::string>()->default_value(""), "NLP model directory (default: $KG_MODELS, else the built-in one)")(
      "max-doc-mb", po::value<size_t>()->default_value(64), "refuse single-document files larger than this (JSON Lines may be any size)")(
      "strict-utf8", po::bool_switch(), "skip inputs with invalid UTF-8 instead of repairing them with U+FFFD")(
      "input", po::value<std::vector<std::string>>(), "files, directories (recursive) or - for stdin");
  po::positional_options_description pos;
  pos.add("input", -1);
  po::variables_map vm;
  int code = kExitOk;
  if (!ParseArgs(args, "ingest", "[--db DIR] [--jobs N] [--quiet] [--models DIR] PATH...", desc, pos, vm, &code)) {
    return code;
  }
  if (!vm.count("input")) return Fail(kExitUsage, "no input given: kg ingest PATH... (files, directories or -)");
  const std::vector<std::string> inputs = vm["input"].as<std::vector<std::string>>();
  const bool quiet = vm["quiet"].as<bool>();
  const int jobs = vm["jobs"].as<int>();
  if (jobs < 0) return Fail(kExitUsage, "--jobs must be 0 or more");

  auto extractor = extract::MakeDefaultExtractor(ResolveModelsDir(vm["models"].as<std::string>()));
  if (!extractor.ok()) return Fail(kExitRuntime, "cannot load the NLP models: " + extractor.status().message());
  const std::string db = ResolveDbPath(vm["db"].as<std::string>());
  NewStoreCleanup cleanup(db);
  auto store = graph::Store::Open(db, graph::StoreOptions());
  if (!store.ok()) return Fail(kExitRuntime, store.status().message());

  ProgressBar bar;
  const bool show_bar = !quiet && ::isatty(STDERR_FILENO);
  extract::IngestOptions options;
  options.jobs = jobs;
  options.load.max_document_bytes = vm["max-doc-mb"].as<size_t>() << 20;
  options.load.repair_utf8 = !vm["strict-utf8"].as<bool>();
  options.on_diagnostic = [&](const loaders::Diagnostic& d) {
    bar.Clear();
    std::cerr << (d.is_error() ? "error: " : "warning: ") << d.ToString() << "\n";
  };
  if (show_bar) options.on_progress = [&](const extract::IngestProgress& p) { bar.Update(p); };
  options.records = curate::IngestedDocumentRecords;

  // The summary reports what the store gained, in kg stats' own figures, so
  // the two agree (a fact two articles state is one triple, not two).
  auto before_read = graph::ComputeStatistics(**store);
  if (!before_read.ok()) return Fail(kExitRuntime, before_read.status().message());
  const graph::StoreStatistics before = *before_read;
  Result<extract::IngestSummary> result = extract::Ingest(inputs, **store, **extractor, options);
  bar.Clear();
  // A store that holds documents stays, even when the run failed part way
  // (a full disk): what was written before the failure is whole.
  if (auto counts = (*store)->Counts(); !counts.ok() || counts->documents > 0) cleanup.Keep();
  if (!result.ok()) return Fail(kExitRuntime, result.status().message());
  const extract::IngestSummary& s = *result;
  if (s.added + s.replaced > 0) {
    // Links between documents and the user's curations, re-applied to the new state.
    auto reconciled = curate::Reconcile(**store);
    if (!reconciled.ok()) {
      return Fail(kExitRuntime, "re-applying curations: " + reconciled.status().message());
    }
  }
  if (s.inputs == 0 && s.failed == 0) {
    return Fail(kExitRuntime, "no articles found in the inputs (.txt, .md, .html, .json, .jsonl)");
  }
  if (!quiet) {
    auto after_read = graph::ComputeStatistics(**store);
    if (!after_read.ok()) return Fail(kExitRuntime, after_read.status().message());
    const graph::StoreStatistics& after = *after_read;
    auto gained = [](uint64_t a, uint64_t b) { return static_cast<int64_t>(a) - static_cast<int64_t>(b); };
    std::ostringstream line;
    line.setf(std::ios::fixed);
    line.precision(2);
    line << "ingested " << s.documents << " documents (" << s.added << " new, " << s.replaced << " replaced, "
         << s.unchanged << " unchanged";
    if (s.failed) line << ", " << s.failed << " failed";
    const bool was_empty = before.documents == 0 && before.statements == 0;
    line << "): " << s.sentences << " sentences, " << gained(after.entities, before.entities)
         << (was_empty ? "" : " new") << " entities, " << gained(after.statements, before.statements)
         << (was_empty ? "" : " new") << " triples, " << gained(after.events, before.events) << (was_empty ? "" : " new")
         << " events in " << s.seconds << " s";
    std::cout << line.str() << std::endl;
  }
  return s.failed > 0 || (s.documents == 0 && s.inputs == 0) ? kExitRuntime : kExitOk;
}

}  // namespace kg::cli
