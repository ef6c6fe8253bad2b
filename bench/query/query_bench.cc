// query_bench: latency of four query shapes in kg's engine and in SQLite on the
// same generated graph, side by side in one run.
//
//   query_bench --triples 1000000 --dir /tmp/kgbench [--iterations 2000] [--warmup-factor 4] [--reuse]
//
// Data: people (label, type Person/Official, nationality, memberOf, 3 x knows,
// 2 x attended), events (label, type, date), countries and organisations,
// until --triples statements. kg gets it through Store::BeginBulkImport (as
// `kg import` does); SQLite gets terms(id, iri, label) and triples(s, p, o) as
// a WITHOUT ROWID table keyed (s,p,o) plus covering indexes (p,o,s) and (o,s,p).
// Both sides take query text each time (kg: parse, bind, plan, execute and
// build rows with labels; SQLite: prepare, step, read iri and label) and
// return the same rows. Shapes:
//   lookup  FIND ?o WHERE "Person N" knows ?o
//   join2   FIND ?e WHERE "Person N" knows ?f, ?f attended ?e
//   star3   FIND ?p ?c WHERE ?p attended "Event N", ?p nationality ?c, ?p a Official
//   star3hot  star3 with "Event N" drawn from the 1% most attended events
//   star3own  the same with SQLite's own join order (star3 forces its best one)
//   count   FIND COUNT(*) WHERE ?p attended ?e   (kg: the predicate's counter)
//   countd  FIND COUNT(DISTINCT ?e) WHERE ?p attended ?e   (both sides scan)
// Store files are read once into the OS page cache. Each shape draws one random
// parameter sequence; kg runs it, then SQLite runs it (the first
// --warmup-factor x iterations of it as warm-up, not timed), so neither starts
// a query with caches the other flushed. Prints p50/p99 in microseconds and SQLite/kg ratios (> 1: kg is faster).
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/store.h"
#include "graph/vocabulary.h"
#include "query/engine.h"

namespace {

using Clock = std::chrono::steady_clock;
namespace vocab = kg::graph::vocab;

struct Sizes {
  uint64_t people, events, countries, orgs;
};

Sizes SizesFor(uint64_t triples) {
  // ~10 statements per person, 3 per event, 2 per country/org.
  Sizes s;
  s.events = std::max<uint64_t>(10, triples / 300);
  s.countries = 200;
  s.orgs = 500;
  uint64_t rest = triples - std::min(triples, 3 * s.events + 2 * (s.countries + s.orgs));
  s.people = std::max<uint64_t>(10, rest / 10);
  return s;
}

std::string PersonIri(uint64_t i) { return "urn:kg:entity:person-" + std::to_string(i); }
std::string EventIri(uint64_t i) { return "urn:kg:entity:event-" + std::to_string(i); }
std::string CountryIri(uint64_t i) { return "urn:kg:entity:country-" + std::to_string(i); }
std::string OrgIri(uint64_t i) { return "urn:kg:entity:org-" + std::to_string(i); }

// Calls emit(s, p, o, label_of_s_or_empty) for every generated triple.
struct Triple {
  kg::graph::Term s, p, o;
};

void Generate(uint64_t target, const std::function<void(const Triple&)>& emit) {
  Sizes z = SizesFor(target);
  std::mt19937_64 rng(42);
  auto iri = [](std::string v) { return kg::graph::Term::Iri(std::move(v)); };
  const auto label = iri(std::string(vocab::kLabel)), type = iri(std::string(vocab::kRdfType));
  const auto knows = iri(vocab::VocabIri("knows")), attended = iri(vocab::VocabIri("attended"));
  const auto nationality = iri(vocab::VocabIri("nationality")), member = iri(vocab::VocabIri("memberOf"));
  const auto date = iri(vocab::VocabIri("date"));
  for (uint64_t i = 0; i < z.countries; ++i) {
    emit({iri(CountryIri(i)), label, kg::graph::Term::String("Country " + std::to_string(i))});
    emit({iri(CountryIri(i)), type, iri(vocab::VocabIri("Country"))});
  }
  for (uint64_t i = 0; i < z.orgs; ++i) {
    emit({iri(OrgIri(i)), label, kg::graph::Term::String("Org " + std::to_string(i))});
    emit({iri(OrgIri(i)), type, iri(vocab::VocabIri("Organization"))});
  }
  for (uint64_t i = 0; i < z.events; ++i) {
    emit({iri(EventIri(i)), label, kg::graph::Term::String("Event " + std::to_string(i))});
    emit({iri(EventIri(i)), type, iri(vocab::VocabIri(i % 2 ? "Meeting" : "Summit"))});
    char d[16];
    std::snprintf(d, sizeof d, "%04d-%02d-%02d", 2015 + static_cast<int>(i % 11), 1 + static_cast<int>(i % 12),
                  1 + static_cast<int>(i % 28));
    emit({iri(EventIri(i)), date, kg::graph::Term::Date(d)});
  }
  for (uint64_t i = 0; i < z.people; ++i) {
    auto p = iri(PersonIri(i));
    emit({p, label, kg::graph::Term::String("Person " + std::to_string(i))});
    emit({p, type, iri(vocab::VocabIri(i % 5 == 0 ? "Official" : "Person"))});
    emit({p, nationality, iri(CountryIri(rng() % z.countries))});
    emit({p, member, iri(OrgIri(rng() % z.orgs))});
    for (int k = 0; k < 3; ++k) emit({p, knows, iri(PersonIri(rng() % z.people))});
    for (int k = 0; k < 3; ++k) emit({p, attended, iri(EventIri(rng() % z.events))});
  }
}

// The numbers of the 1% most attended events (at least 8), most first: the
// frequent entities a uniform parameter almost never hits, and where range
// shortcuts go wrong first (issue 18). Regenerates the graph's triples to count.
std::vector<uint64_t> MostAttendedEvents(uint64_t triples) {
  Sizes z = SizesFor(triples);
  std::vector<uint64_t> attendees(z.events, 0);
  const std::string attended = vocab::VocabIri("attended"), prefix = EventIri(0).substr(0, EventIri(0).size() - 1);
  Generate(triples, [&](const Triple& t) {
    if (t.p.value == attended) ++attendees[std::stoull(t.o.value.substr(prefix.size()))];
  });
  std::vector<uint64_t> order(z.events);
  for (uint64_t i = 0; i < z.events; ++i) order[i] = i;
  const size_t k = std::min<size_t>(order.size(), std::max<size_t>(8, order.size() / 100));
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(k), order.end(),
                    [&](uint64_t a, uint64_t b) { return attendees[a] != attendees[b] ? attendees[a] > attendees[b] : a < b; });
  order.resize(k);
  return order;
}

void Check(int rc, sqlite3* db, const char* what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
    std::fprintf(stderr, "sqlite %s: %s\n", what, sqlite3_errmsg(db));
    std::exit(1);
  }
}

void Exec(sqlite3* db, const char* sql) { Check(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), db, sql); }

// Builds the SQLite baseline database.
void LoadSqlite(sqlite3* db, uint64_t triples) {
  Exec(db, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144;");
  Exec(db, "CREATE TABLE terms(id INTEGER PRIMARY KEY, iri TEXT, label TEXT);"
           "CREATE TABLE triples(s INTEGER, p INTEGER, o INTEGER, PRIMARY KEY(s,p,o)) WITHOUT ROWID;");
  Exec(db, "BEGIN");
  std::unordered_map<std::string, int64_t> ids;
  sqlite3_stmt *ins_term, *ins_triple, *set_label;
  sqlite3_prepare_v2(db, "INSERT INTO terms(id, iri) VALUES(?,?)", -1, &ins_term, nullptr);
  sqlite3_prepare_v2(db, "INSERT OR IGNORE INTO triples VALUES(?,?,?)", -1, &ins_triple, nullptr);
  sqlite3_prepare_v2(db, "UPDATE terms SET label=? WHERE id=?", -1, &set_label, nullptr);
  auto id_of = [&](const kg::graph::Term& t) {
    std::string key = std::to_string(static_cast<int>(t.kind)) + t.value;
    auto [it, inserted] = ids.emplace(key, static_cast<int64_t>(ids.size() + 1));
    if (inserted) {
      sqlite3_bind_int64(ins_term, 1, it->second);
      sqlite3_bind_text(ins_term, 2, t.value.c_str(), -1, SQLITE_TRANSIENT);
      Check(sqlite3_step(ins_term), db, "insert term");
      sqlite3_reset(ins_term);
    }
    return it->second;
  };
  Generate(triples, [&](const Triple& t) {
    int64_t s = id_of(t.s), p = id_of(t.p), o = id_of(t.o);
    sqlite3_bind_int64(ins_triple, 1, s);
    sqlite3_bind_int64(ins_triple, 2, p);
    sqlite3_bind_int64(ins_triple, 3, o);
    Check(sqlite3_step(ins_triple), db, "insert triple");
    sqlite3_reset(ins_triple);
    if (t.p.value == vocab::kLabel) {
      sqlite3_bind_text(set_label, 1, t.o.value.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64(set_label, 2, s);
      Check(sqlite3_step(set_label), db, "label");
      sqlite3_reset(set_label);
    }
  });
  sqlite3_finalize(ins_term);
  sqlite3_finalize(ins_triple);
  sqlite3_finalize(set_label);
  Exec(db, "COMMIT");
  Exec(db, "CREATE INDEX pos ON triples(p,o,s); CREATE INDEX osp ON triples(o,s,p);"
           "CREATE INDEX term_iri ON terms(iri); CREATE INDEX term_label ON terms(label); ANALYZE;");
}


// Loads the generated graph into a kg store through the bulk importer.
void LoadKg(kg::graph::Store* store, uint64_t triples) {
  kg::graph::BulkImportOptions options;
  auto import = store->BeginBulkImport(options);
  if (!import.ok()) {
    std::fprintf(stderr, "kg import: %s\n", import.status().ToString().c_str());
    std::exit(1);
  }
  kg::graph::Fact fact;
  fact.provenance.doc_id = "bench";
  fact.provenance.extractor = "import";
  Generate(triples, [&](const Triple& t) {
    fact.s = t.s;
    fact.p = t.p;
    fact.o = t.o;
    if (auto st = (*import)->Add(fact); !st.ok()) {
      std::fprintf(stderr, "kg add: %s\n", st.ToString().c_str());
      std::exit(1);
    }
  });
  auto r = (*import)->Commit();
  if (!r.ok()) {
    std::fprintf(stderr, "kg commit: %s\n", r.status().ToString().c_str());
    std::exit(1);
  }
}

// Counts rows so neither side can skip work.
class CountingSink : public kg::query::ResultSink {
 public:
  void Begin(const std::vector<std::string>&, bool) override { rows = 0; }
  bool Row(const kg::query::ResultRow& row) override {
    rows += 1;
    bytes += row.values.empty() ? 0 : row.values[0].Display().size();
    return true;
  }
  void End(const kg::query::ResultSummary&) override {}
  bool NeedsTypes() const override { return false; }  // SQLite returns iri and label only
  uint64_t rows = 0, bytes = 0;
};

struct Shape {
  const char* name;
  std::function<std::string(uint64_t)> kg_text;
  const char* sql;
  std::function<std::string(uint64_t)> sql_param;  // "" = no parameter
  uint64_t domain;                                  // parameter range
  int iterations;
};

double Percentile(std::vector<double> v, double q) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t i = std::min(v.size() - 1, static_cast<size_t>(q * static_cast<double>(v.size())));
  return v[i];
}

}  // namespace

int main(int argc, char** argv) {
  uint64_t triples = 1000000;
  std::string dir = "/tmp/kg_query_bench";
  int iterations = 2000;
  bool reuse = false;
  std::string only;
  // Untimed queries per timed one, each side: enough for both to reach steady
  // state (SQLite's page cache, kg's mapped pages and memos); 0.5 leaves kg's
  // page tables for a 10M-statement store half cold (bench/query/README.md).
  double warmup_factor = 4;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--triples" && i + 1 < argc) triples = std::stoull(argv[++i]);
    else if (a == "--dir" && i + 1 < argc) dir = argv[++i];
    else if (a == "--iterations" && i + 1 < argc) iterations = std::stoi(argv[++i]);
    else if (a == "--reuse") reuse = true;
    else if (a == "--only" && i + 1 < argc) only = argv[++i];
    else if (a == "--warmup-factor" && i + 1 < argc) warmup_factor = std::stod(argv[++i]);
    else {
      std::fprintf(stderr, "usage: query_bench [--triples N] [--dir DIR] [--iterations N] [--warmup-factor F] [--reuse] [--only SHAPE]\n");
      return 2;
    }
  }
  namespace fs = std::filesystem;
  std::string kg_dir = dir + "/kg-" + std::to_string(triples), sql_path = dir + "/sqlite-" + std::to_string(triples) + ".db";
  bool have = reuse && fs::exists(kg_dir) && fs::exists(sql_path);
  if (!have) {
    fs::remove_all(kg_dir);
    fs::remove(sql_path);
    fs::create_directories(dir);
  }
  auto t0 = Clock::now();
  {
    kg::graph::StoreOptions o;
    auto store = kg::graph::Store::Open(kg_dir, o);
    if (!store.ok()) {
      std::fprintf(stderr, "open: %s\n", store.status().ToString().c_str());
      return 1;
    }
    if (!have) LoadKg(store->get(), triples);
  }
  double kg_load = std::chrono::duration<double>(Clock::now() - t0).count();
  sqlite3* db = nullptr;
  sqlite3_open(sql_path.c_str(), &db);
  t0 = Clock::now();
  if (!have) LoadSqlite(db, triples);
  double sql_load = std::chrono::duration<double>(Clock::now() - t0).count();
  Exec(db, "PRAGMA cache_size=-262144;");

  // Both stores' files into the OS page cache first: RocksDB's bulk SST writer
  // drops what it wrote from the cache, SQLite's file stays cached after
  // loading; reading everything once puts both on the same footing (a warm server).
  {
    std::vector<char> buf(1 << 20);
    auto slurp = [&](const fs::path& f) {
      std::FILE* in = std::fopen(f.c_str(), "rb");
      if (!in) return;
      while (std::fread(buf.data(), 1, buf.size(), in) > 0) {
      }
      std::fclose(in);
    };
    for (const auto& e : fs::directory_iterator(kg_dir)) slurp(e.path());
    slurp(sql_path);
  }

  kg::graph::StoreOptions ro;
  ro.read_only = true;
  auto store = kg::graph::Store::Open(kg_dir, ro);
  if (!store.ok()) return 1;
  kg::query::Engine engine(store->get());
  Sizes z = SizesFor(triples);
  std::printf("triples %llu (people %llu, events %llu); load: kg %.1f s, sqlite %.1f s%s\n",
              static_cast<unsigned long long>((*store)->Counts()->statements), static_cast<unsigned long long>(z.people),
              static_cast<unsigned long long>(z.events), kg_load, sql_load, have ? " (reused)" : "");

  // Predicate and type ids resolved once and written into the SQL as literals,
  // so SQLite's planner sees them (as kg's binder resolves names before planning).
  auto term_id = [&](const std::string& iri) {
    sqlite3_stmt* q = nullptr;
    sqlite3_prepare_v2(db, "SELECT id FROM terms WHERE iri=?1", -1, &q, nullptr);
    sqlite3_bind_text(q, 1, iri.c_str(), -1, SQLITE_TRANSIENT);
    std::string id = sqlite3_step(q) == SQLITE_ROW ? std::to_string(sqlite3_column_int64(q, 0)) : "0";
    sqlite3_finalize(q);
    return id;
  };
  const std::string kKnows = term_id("urn:kg:vocab:knows"), kAttended = term_id("urn:kg:vocab:attended");
  const std::string kNat = term_id("urn:kg:vocab:nationality"), kType = term_id(std::string(vocab::kRdfType));
  const std::string kOfficial = term_id("urn:kg:vocab:Official");
  std::string lookup_sql = "SELECT o.iri, o.label FROM terms n JOIN triples t ON t.s=n.id AND t.p=" + kKnows +
                           " JOIN terms o ON o.id=t.o WHERE n.label=?1";
  std::string join_sql = "SELECT e.iri, e.label FROM terms n JOIN triples t1 ON t1.s=n.id AND t1.p=" + kKnows +
                         " JOIN triples t2 ON t2.s=t1.o AND t2.p=" + kAttended +
                         " JOIN terms e ON e.id=t2.o WHERE n.label=?1";
  // star3: SQLite's own planner scans every Official first (slow); star3 uses
  // CROSS JOIN to force the best order (the strong baseline), star3own keeps
  // SQLite's choice.
  auto star = [&](const char* join) {
    return "SELECT p.iri, p.label, c.iri, c.label FROM terms ev " + std::string(join) + " triples a ON a.o=ev.id AND a.p=" +
           kAttended + " " + join + " triples ty ON ty.s=a.s AND ty.p=" + kType + " AND ty.o=" + kOfficial + " " + join +
           " triples n ON n.s=a.s AND n.p=" + kNat + " " + join + " terms p ON p.id=a.s " + join +
           " terms c ON c.id=n.o WHERE ev.label=?1";
  };
  std::string star_sql = star("CROSS JOIN"), star_own_sql = star("JOIN");
  std::string count_distinct_sql = "SELECT COUNT(DISTINCT o) FROM triples WHERE p=" + kAttended;
  std::string count_sql = "SELECT COUNT(*) FROM triples WHERE p=" + kAttended;
  const std::vector<uint64_t> hot = MostAttendedEvents(triples);
  std::vector<Shape> shapes = {
      {"lookup", [](uint64_t n) { return "FIND ?o WHERE \"Person " + std::to_string(n) + "\" knows ?o"; },
       lookup_sql.c_str(), [](uint64_t n) { return "Person " + std::to_string(n); }, z.people, iterations},
      {"join2", [](uint64_t n) { return "FIND ?e WHERE \"Person " + std::to_string(n) + "\" knows ?f, ?f attended ?e"; },
       join_sql.c_str(), [](uint64_t n) { return "Person " + std::to_string(n); }, z.people, iterations},
      {"star3",
       [](uint64_t n) {
         return "FIND ?p ?c WHERE ?p attended \"Event " + std::to_string(n) + "\", ?p nationality ?c, ?p a Official";
       },
       star_sql.c_str(), [](uint64_t n) { return "Event " + std::to_string(n); }, z.events, iterations / 4},
      // star3 from the most attended events only (uniform draws rarely hit them).
      {"star3hot",
       [&hot](uint64_t n) {
         return "FIND ?p ?c WHERE ?p attended \"Event " + std::to_string(hot[n]) + "\", ?p nationality ?c, ?p a Official";
       },
       star_sql.c_str(), [&hot](uint64_t n) { return "Event " + std::to_string(hot[n]); }, hot.size(), iterations / 4},
      {"star3own",
       [](uint64_t n) {
         return "FIND ?p ?c WHERE ?p attended \"Event " + std::to_string(n) + "\", ?p nationality ?c, ?p a Official";
       },
       star_own_sql.c_str(), [](uint64_t n) { return "Event " + std::to_string(n); }, z.events, std::max(10, iterations / 40)},
      {"count", [](uint64_t) { return std::string("FIND COUNT(*) WHERE ?p attended ?e"); }, count_sql.c_str(),
       [](uint64_t) { return std::string(); }, 1, std::max(20, iterations / 50)},
      // A count that must scan: no counter answers COUNT(DISTINCT).
      {"countd", [](uint64_t) { return std::string("FIND COUNT(DISTINCT ?e) WHERE ?p attended ?e"); },
       count_distinct_sql.c_str(), [](uint64_t) { return std::string(); }, 1, 10},
  };
  std::printf("%-8s %6s %10s %10s %10s %10s %8s %8s %9s\n", "shape", "iters", "kg p50", "kg p99", "sql p50", "sql p99",
              "p50 x", "p99 x", "rows/q");
  std::mt19937_64 rng(7);
  for (const auto& shape : shapes) {
    if (!only.empty() && only != shape.name) continue;
    std::vector<double> kg_us, sql_us;
    uint64_t kg_rows = 0, sql_rows = 0;
    // Untimed queries first (their own random parameters) fill each side's
    // caches: SQLite's page cache, kg's mappings and memos.
    const int warmup = std::max(5, static_cast<int>(warmup_factor * shape.iterations));
    // The same parameters for both sides. Each side runs its whole sequence on
    // its own (kg, then SQLite): interleaving single queries would have each
    // system start every query with CPU caches the other one just flushed.
    std::vector<uint64_t> params(static_cast<size_t>(shape.iterations + warmup));
    for (auto& n : params) n = rng() % shape.domain;
    for (size_t it = 0; it < params.size(); ++it) {
      CountingSink sink;
      auto a = Clock::now();
      auto st = engine.Run(shape.kg_text(params[it]), kg::query::RunOptions(), sink);
      double kg_t = std::chrono::duration<double, std::micro>(Clock::now() - a).count();
      if (!st.ok()) {
        std::fprintf(stderr, "kg: %s\n", st.ToString().c_str());
        return 1;
      }
      if (it < static_cast<size_t>(warmup)) continue;
      kg_us.push_back(kg_t);
      kg_rows += sink.rows;
    }
    for (size_t it = 0; it < params.size(); ++it) {
      auto a = Clock::now();
      sqlite3_stmt* q = nullptr;
      Check(sqlite3_prepare_v2(db, shape.sql, -1, &q, nullptr), db, "prepare");
      std::string param = shape.sql_param(params[it]);
      if (!param.empty()) sqlite3_bind_text(q, 1, param.c_str(), -1, SQLITE_TRANSIENT);
      uint64_t rows = 0;
      while (sqlite3_step(q) == SQLITE_ROW) {
        ++rows;
        // Read the row's text columns, as kg builds its rows' values.
        for (int c = 0; c < sqlite3_column_count(q); ++c) (void)sqlite3_column_text(q, c);
      }
      sqlite3_finalize(q);
      double sql_t = std::chrono::duration<double, std::micro>(Clock::now() - a).count();
      if (it < static_cast<size_t>(warmup)) continue;
      sql_us.push_back(sql_t);
      sql_rows += rows;
    }
    if (kg_rows != sql_rows) {
      std::fprintf(stderr, "%s: row counts differ: kg %llu, sqlite %llu\n", shape.name,
                   static_cast<unsigned long long>(kg_rows), static_cast<unsigned long long>(sql_rows));
    }
    double k50 = Percentile(kg_us, 0.5), k99 = Percentile(kg_us, 0.99);
    double s50 = Percentile(sql_us, 0.5), s99 = Percentile(sql_us, 0.99);
    std::printf("%-8s %6d %10.1f %10.1f %10.1f %10.1f %8.2f %8.2f %9.1f\n", shape.name, shape.iterations, k50, k99,
                s50, s99, s50 / k50, s99 / k99, static_cast<double>(kg_rows) / shape.iterations);
  }
  std::printf("latencies in microseconds; x = sqlite / kg (> 1: kg faster)\n");
  sqlite3_close(db);
  return 0;
}
