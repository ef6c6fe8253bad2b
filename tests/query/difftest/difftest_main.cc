// kg_difftest: differential testing of the query engine (issue 18). For each
// random graph (skewed degrees, graph_generator.h) it builds a store through
// the import path, opens it read-only, runs random queries
// (query_generator.h) in ONE engine session so the store's and the engine's
// caches fill up, some also one-shot on a freshly opened store, and checks
// every answer against a plain reference evaluator (reference_evaluator.h).
// On a mismatch it shrinks the case (shrinker.h), prints the smallest query,
// earlier queries and graph that reproduce it, writes them to --out, and exits 1.
//
//   kg_difftest [--seed N] [--graphs N] [--queries N] [--hours H] [--scale S]
//               [--oneshot F] [--out DIR] [--shrink-seconds N] [--tmp DIR] [--quiet] [--print]
//
// --hours runs graph after graph (seeds seed, seed+1, ...) until the time is
// up, ignoring --graphs. Exit: 0 no mismatch, 1 mismatch, 2 usage error.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>

#include "graph/store.h"
#include "query/engine.h"
#include "tests/query/difftest/case_runner.h"
#include "tests/query/difftest/graph_generator.h"
#include "tests/query/difftest/query_generator.h"
#include "tests/query/difftest/reference_evaluator.h"
#include "tests/query/difftest/result_compare.h"
#include "tests/query/difftest/shrinker.h"
#include "tests/query/difftest/store_builder.h"

namespace kg::difftest {
namespace {

using Clock = std::chrono::steady_clock;

struct Flags {
  uint64_t seed = 1;
  uint64_t graphs = 3;
  uint64_t queries = 700;
  double hours = 0;
  double scale = 1.0;
  double oneshot = 0.05;
  std::string out = ".";
  double shrink_seconds = 600;
  std::string tmp = std::filesystem::temp_directory_path().string();
  bool quiet = false;
  bool print = false;  // every query with its row count
};

int Usage(const std::string& what) {
  std::cerr << "error: " << what
            << "\nusage: kg_difftest [--seed N] [--graphs N] [--queries N] [--hours H] [--scale S] [--oneshot F]"
               " [--out DIR] [--shrink-seconds N] [--tmp DIR] [--quiet] [--print]\n";
  return 2;
}

bool ParseFlags(int argc, char** argv, Flags* f, std::string* error) {
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i], value;
    if (arg == "--quiet" || arg == "--print") {
      (arg == "--quiet" ? f->quiet : f->print) = true;
      continue;
    }
    if (auto eq = arg.find('='); eq != std::string::npos) {
      value = arg.substr(eq + 1);
      arg = arg.substr(0, eq);
    } else if (i + 1 < argc) {
      value = argv[++i];
    } else {
      *error = "flag " + arg + " needs a value";
      return false;
    }
    try {
      size_t used = 0;
      auto number = [&](double lo) {
        double d = std::stod(value, &used);
        if (used != value.size() || d < lo) throw std::invalid_argument(value);
        return d;
      };
      if (arg == "--seed") f->seed = static_cast<uint64_t>(number(0));
      else if (arg == "--graphs") f->graphs = static_cast<uint64_t>(number(1));
      else if (arg == "--queries") f->queries = static_cast<uint64_t>(number(1));
      else if (arg == "--hours") f->hours = number(0);
      else if (arg == "--scale") f->scale = number(0.01);
      else if (arg == "--oneshot") f->oneshot = number(0);
      else if (arg == "--shrink-seconds") f->shrink_seconds = number(0);
      else if (arg == "--out") f->out = value;
      else if (arg == "--tmp") f->tmp = value;
      else {
        *error = "unknown flag " + arg;
        return false;
      }
    } catch (const std::exception&) {
      *error = "bad value '" + value + "' for " + arg;
      return false;
    }
  }
  return true;
}

struct Totals {
  uint64_t graphs = 0, queries = 0, compared = 0, skipped = 0, oneshot = 0, nonempty = 0;
};

// Prints and saves a shrunk failing case.
void Report(const FailingCase& c, const std::string& difference, const Flags& flags, uint64_t graph_seed) {
  std::filesystem::create_directories(flags.out);
  const std::string base = (std::filesystem::path(flags.out) / ("difftest-mismatch-" + std::to_string(graph_seed))).string();
  {
    std::ofstream nq(base + ".nq");
    nq << ToNQuads(c.facts);
  }
  size_t documents = 0;
  {
    std::ofstream doc(base + ".documents.txt");
    for (const auto& f : c.facts) {
      if (!f.in_document) continue;
      ++documents;
      doc << f.s.value << " " << f.p.value << " " << f.o.value << " modality=" << static_cast<int>(f.modality) << "\n";
    }
  }
  {
    std::ofstream kgq(base + ".kgq");
    for (const auto& q : c.before) kgq << q.ToText() << ";\n";
    kgq << c.query.ToText() << ";\n";
  }
  std::cout << "MISMATCH (graph seed " << graph_seed << ", shrunk)\n"
            << "  query:   " << c.query.ToText() << "\n"
            << "  differs: " << difference << "\n";
  if (!c.before.empty()) {
    std::cout << "  only after these queries in the same session:\n";
    for (const auto& q : c.before) std::cout << "    " << q.ToText() << "\n";
  } else {
    std::cout << "  (reproduces one-shot: a fresh store and engine)\n";
  }
  std::cout << "  graph: " << c.facts.size() << " facts (" << documents << " written as documents)\n";
  if (c.facts.size() <= 40) std::cout << ToNQuads(c.facts);
  std::cout << "  saved: " << base << ".nq, " << base << ".documents.txt, " << base << ".kgq\n"
            << "  replay: kg import --db DIR " << base << ".nq && kg query --db DIR -f " << base << ".kgq\n";
}

// Runs one graph's session. Returns false on a mismatch (already reported).
bool RunGraph(uint64_t graph_seed, const Flags& flags, Clock::time_point end, Totals* totals) {
  GraphOptions go;
  go.seed = graph_seed;
  go.scale = flags.scale;
  go.documents = graph_seed % 2 == 0;
  GeneratedGraph g = GenerateGraph(go);
  ScratchDir dir(flags.tmp);
  Status built = BuildStore(g.facts, dir.path());
  if (!built.ok()) {
    std::cerr << "error: cannot build the store: " << built.message() << "\n";
    std::exit(1);
  }
  graph::StoreOptions ro;
  ro.read_only = true;
  auto store = graph::Store::Open(dir.path(), ro);
  if (!store.ok()) {
    std::cerr << "error: cannot open the store: " << store.status().message() << "\n";
    std::exit(1);
  }
  ReferenceEvaluator reference(g.facts);
  if (!flags.quiet) {
    std::cout << "graph " << graph_seed << ": " << g.facts.size() << " facts, " << reference.statement_count()
              << " statements; frequent: " << g.frequent.front() << std::endl;
  }
  QueryGenerator generator(&g, graph_seed * 7919 + 17);
  std::vector<Query> queries;
  for (uint64_t i = 0; i < flags.queries; ++i) queries.push_back(generator.Next());
  std::mt19937_64 rng(graph_seed);
  std::shuffle(queries.begin(), queries.end(), rng);

  query::Engine session(store->get());
  std::vector<Query> before;
  for (const Query& q : queries) {
    if (flags.hours > 0 && Clock::now() >= end) break;
    ++totals->queries;
    ExpectedResult expected;
    try {
      expected = reference.Run(q);
    } catch (const TooBig&) {
      ++totals->skipped;
      continue;
    } catch (const std::logic_error& e) {  // a generator bug: say so, do not stop the run
      std::cerr << "warning: " << e.what() << "\n";
      ++totals->skipped;
      continue;
    }
    const std::string text = q.ToText();
    std::string difference;
    bool oneshot = std::uniform_real_distribution<double>(0, 1)(rng) < flags.oneshot;
    if (oneshot) {
      // As `kg query -e` does: a freshly opened store and a new engine.
      ++totals->oneshot;
      auto fresh = graph::Store::Open(dir.path(), ro);
      if (fresh.ok()) {
        query::Engine engine(fresh->get());
        KgResult got = RunOnKg(engine, text);
        if (!got.skipped) difference = Compare(expected, got);
      }
    }
    KgResult got = RunOnKg(session, text);
    if (got.skipped) {
      ++totals->skipped;
      before.push_back(q);
      continue;
    }
    if (difference.empty()) difference = Compare(expected, got);
    ++totals->compared;
    if (!expected.rows.empty()) ++totals->nonempty;
    if (flags.print) std::cout << got.rows.size() << "\t" << text << "\n";
    if (!difference.empty()) {
      std::cout << "MISMATCH (graph seed " << graph_seed << ", query " << totals->queries << ")\n  query:   " << text
                << "\n  differs: " << difference << "\n  shrinking (up to " << flags.shrink_seconds << " s)..."
                << std::endl;
      FailingCase c{g.facts, oneshot ? std::vector<Query>{} : before, q};
      auto fails = [&](const FailingCase& t) { return !RunCase(t, flags.tmp).empty(); };
      if (!fails(c)) {
        std::cout << "  (the mismatch did not reproduce on a rebuilt store; reporting it unshrunk)\n";
      } else {
        c = Shrink(c, fails,
                   Clock::now() + std::chrono::milliseconds(static_cast<int64_t>(flags.shrink_seconds * 1000)));
      }
      std::string shrunk = RunCase(c, flags.tmp);
      Report(c, shrunk.empty() ? difference : shrunk, flags, graph_seed);
      return false;
    }
    before.push_back(q);
  }
  ++totals->graphs;
  return true;
}

}  // namespace

int Main(int argc, char** argv) {
  Flags flags;
  std::string error;
  if (!ParseFlags(argc, argv, &flags, &error)) return Usage(error);
  const auto start = Clock::now();
  const auto end = start + std::chrono::milliseconds(static_cast<int64_t>(flags.hours * 3600 * 1000));
  Totals totals;
  bool ok = true;
  for (uint64_t i = 0; ok; ++i) {
    if (flags.hours > 0 ? Clock::now() >= end : i >= flags.graphs) break;
    ok = RunGraph(flags.seed + i, flags, end, &totals);
  }
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  std::cout << (ok ? "OK" : "FAILED") << ": " << totals.graphs << " graphs, " << totals.queries << " queries, "
            << totals.compared << " compared (" << totals.nonempty << " with rows, " << totals.oneshot
            << " also one-shot), " << totals.skipped << " skipped (too large or timed out), " << seconds << " s"
            << std::endl;
  return ok ? 0 : 1;
}

}  // namespace kg::difftest

int main(int argc, char** argv) { return kg::difftest::Main(argc, argv); }
