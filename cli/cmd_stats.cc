// kg stats: what the store holds, in the figures graph/store_statistics.h
// defines (so they equal the `kg ingest` summary and `COUNT(*)`): documents,
// entities, events, triples, predicates, terms, the publication and event
// date ranges, the store's size on disk, the most used domain predicates and
// types, and the schema's own statements (rdf:type, schema:name,
// schema:alternateName) counted apart. Opens the store read-only so it runs
// while another process ingests.
#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/common.h"
#include "graph/store.h"
#include "graph/store_statistics.h"
#include "graph/vocabulary.h"

namespace po = boost::program_options;

namespace kg::cli {
namespace {

struct Named {
  std::string name, iri;
  uint64_t count;
};

// What the schema's own predicates are called (CONTRACT.md section 5), else the local name.
std::string PredicateName(const std::string& iri) {
  if (iri == graph::vocab::kRdfType) return "type";
  return std::string(graph::vocab::LocalName(iri));  // schema:name -> name, schema:alternateName -> alternateName
}

bool IsSchemaPredicate(const std::string& iri) {
  return iri == graph::vocab::kRdfType || iri == graph::vocab::kLabel || iri == graph::vocab::kAlias;
}

// Counts named by their IRI's local name, largest first.
std::vector<Named> Sorted(const graph::Store& store, const std::vector<std::pair<graph::TermId, uint64_t>>& counts) {
  std::vector<Named> out;
  for (auto [id, n] : counts) {
    auto t = store.Resolve(id);
    std::string iri = t.ok() ? t->value : "?";
    out.push_back({PredicateName(iri), iri, n});
  }
  std::sort(out.begin(), out.end(), [](const Named& a, const Named& b) {
    return a.count != b.count ? a.count > b.count : a.name < b.name;
  });
  return out;
}

uint64_t DirectoryBytes(const std::string& path) {
  std::error_code ec;
  uint64_t bytes = 0;
  for (auto it = std::filesystem::recursive_directory_iterator(path, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code size_ec;
    if (it->is_regular_file(size_ec)) bytes += it->file_size(size_ec);
  }
  return bytes;
}

std::string HumanBytes(uint64_t bytes) {
  const char* units[] = {"B", "KB", "MB", "GB", "TB"};
  double v = static_cast<double>(bytes);
  size_t u = 0;
  while (v >= 1024 && u + 1 < std::size(units)) {
    v /= 1024;
    ++u;
  }
  std::ostringstream s;
  s << std::fixed << std::setprecision(u == 0 ? 0 : 1) << v << " " << units[u];
  return s.str();
}

std::string Range(const std::string& first, const std::string& last) {
  return first.empty() ? "-" : first == last ? first : first + " .. " + last;
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
  const std::string db = ResolveDbPath(vm["db"].as<std::string>());
  auto store = graph::Store::Open(db, options);
  if (!store.ok()) return Fail(kExitRuntime, store.status().message());
  const graph::Store& s = **store;
  auto statistics = graph::ComputeStatistics(s);
  if (!statistics.ok()) return Fail(kExitRuntime, statistics.status().message());
  const graph::StoreStatistics& st = *statistics;
  auto predicate_counts = s.PredicateCounts();
  if (!predicate_counts.ok()) return Fail(kExitRuntime, predicate_counts.status().message());
  auto type_counts = s.TypeCounts();
  if (!type_counts.ok()) return Fail(kExitRuntime, type_counts.status().message());
  const uint64_t bytes = DirectoryBytes(db);
  const size_t top = vm["top"].as<size_t>();
  std::vector<Named> domain, schema;
  for (auto& n : Sorted(s, *predicate_counts)) (IsSchemaPredicate(n.iri) ? schema : domain).push_back(std::move(n));
  if (domain.size() > top) domain.resize(top);
  std::vector<Named> types = Sorted(s, *type_counts);
  if (types.size() > top) types.resize(top);

  if (format == "json") {
    auto list = [](const std::vector<Named>& v) {
      nlohmann::json a = nlohmann::json::array();
      for (const auto& n : v) a.push_back({{"name", n.name}, {"iri", n.iri}, {"count", n.count}});
      return a;
    };
    nlohmann::json j = {{"documents", st.documents},   {"entities", st.entities},     {"events", st.events},
                        {"triples", st.statements},    {"unasserted", st.unasserted}, {"predicates", st.predicates},
                        {"terms", st.terms},           {"store_bytes", bytes}};
    j["published"] = {{"first", st.first_published}, {"last", st.last_published}};
    j["event_dates"] = {{"first", st.first_event_date}, {"last", st.last_event_date}};
    j["top_predicates"] = list(domain);
    j["schema_predicates"] = list(schema);
    j["top_types"] = list(types);
    std::cout << j.dump() << "\n";
    return kExitOk;
  }
  std::cout << "documents   " << st.documents << "\n"
            << "entities    " << st.entities << "\n"
            << "events      " << st.events << "\n"
            << "triples     " << st.statements << "\n";
  if (st.unasserted > 0) {
    std::cout << "unasserted  " << st.unasserted << " (stored only as negated or hypothetical; no plain pattern matches them)\n";
  }
  std::cout << "predicates  " << st.predicates << "\n"
            << "terms       " << st.terms << "\n"
            << "published   " << Range(st.first_published, st.last_published) << "\n"
            << "event dates " << Range(st.first_event_date, st.last_event_date) << "\n"
            << "store size  " << HumanBytes(bytes) << "\n";
  auto print = [](const char* title, const std::vector<Named>& v) {
    if (v.empty()) return;
    std::cout << "\n" << title << ":\n";
    size_t w = 0;
    for (const auto& n : v) w = std::max(w, n.name.size());
    for (const auto& n : v) std::cout << "  " << std::left << std::setw(static_cast<int>(w)) << n.name << "  " << n.count << "\n";
  };
  print("top predicates", domain);
  print("top types", types);
  print("schema", schema);
  return kExitOk;
}

}  // namespace kg::cli
