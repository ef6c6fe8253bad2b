// kg stats: counts of documents, entities, triples and predicates, and the most
// used predicates and types (the store's exact counters; opens read-only so it
// runs while another process ingests).
#include <algorithm>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/common.h"
#include "graph/store.h"
#include "graph/vocabulary.h"

namespace po = boost::program_options;

namespace kg::cli {
namespace {

struct Named {
  std::string name, iri;
  uint64_t count;
};

// The `top` largest counts, named by their IRI's local name.
std::vector<Named> Top(const graph::Store& store, std::vector<std::pair<graph::TermId, uint64_t>> counts, size_t top) {
  std::sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  if (counts.size() > top) counts.resize(top);
  std::vector<Named> out;
  for (auto [id, n] : counts) {
    auto t = store.Resolve(id);
    std::string iri = t.ok() ? t->value : "?";
    std::string name = iri == graph::vocab::kLabel ? "label"
                       : iri == graph::vocab::kAlias ? "alias"
                       : iri == graph::vocab::kRdfType ? "type"
                                                       : std::string(graph::vocab::LocalName(iri));
    out.push_back({name, iri, n});
  }
  return out;
}

}  // namespace

int RunStats(const Args& args) {
  po::options_description desc("options");
  AddCommonOptions(desc);
  desc.add_options()("format", po::value<std::string>()->default_value("table"), "table or json")(
      "top", po::value<size_t>()->default_value(10), "how many predicates and types to list");
  po::variables_map vm;
  int code = kExitOk;
  if (!ParseArgs(args, "stats", "[--format table|json] [--top N]", desc, {}, vm, &code)) return code;
  const std::string format = vm["format"].as<std::string>();
  if (format != "table" && format != "json") return Fail(kExitUsage, "unknown format '" + format + "' (table or json)");

  graph::StoreOptions options;
  options.read_only = true;
  auto store = graph::Store::Open(ResolveDbPath(vm["db"].as<std::string>()), options);
  if (!store.ok()) return Fail(kExitRuntime, store.status().message());
  const graph::Store& s = **store;
  auto counts = s.Counts();
  if (!counts.ok()) return Fail(kExitRuntime, counts.status().message());
  auto predicate_counts = s.PredicateCounts();
  if (!predicate_counts.ok()) return Fail(kExitRuntime, predicate_counts.status().message());
  auto type_counts = s.TypeCounts();
  if (!type_counts.ok()) return Fail(kExitRuntime, type_counts.status().message());
  const graph::StoreCounts& c = *counts;
  size_t top = vm["top"].as<size_t>();
  auto preds = Top(s, *predicate_counts, top);
  auto types = Top(s, *type_counts, top);

  if (format == "json") {
    nlohmann::json j = {{"documents", c.documents}, {"entities", c.entities}, {"triples", c.statements},
                        {"predicates", c.predicates}, {"terms", c.terms}};
    auto list = [](const std::vector<Named>& v) {
      nlohmann::json a = nlohmann::json::array();
      for (const auto& n : v) a.push_back({{"name", n.name}, {"iri", n.iri}, {"count", n.count}});
      return a;
    };
    j["top_predicates"] = list(preds);
    j["top_types"] = list(types);
    std::cout << j.dump() << "\n";
    return kExitOk;
  }
  std::cout << "documents   " << c.documents << "\n"
            << "entities    " << c.entities << "\n"
            << "triples     " << c.statements << "\n"
            << "predicates  " << c.predicates << "\n"
            << "terms       " << c.terms << "\n";
  auto print = [](const char* title, const std::vector<Named>& v) {
    if (v.empty()) return;
    std::cout << "\n" << title << ":\n";
    size_t w = 0;
    for (const auto& n : v) w = std::max(w, n.name.size());
    for (const auto& n : v) std::cout << "  " << std::left << std::setw(static_cast<int>(w)) << n.name << "  " << n.count << "\n";
  };
  print("top predicates", preds);
  print("top types", types);
  return kExitOk;
}

}  // namespace kg::cli
