// store_bench: import rate, peak memory and lookup latency of the store.
//
//   store_bench [--triples N] [--input FILE.nq] [--dir DIR] [--lookups K] [--memory MB]
//
// Without --input it writes N news-shaped quads to DIR/gen-N.nq first (reused by
// later runs unless KG_BENCH_REGEN is set) (the same
// shape as ../shared/bench/gen.py: Zipf-skewed entities, 30 predicates with
// 1/rank weights, names, types, dates, job titles, one named graph per 40
// statements), untimed. The import is the `kg import` path (reader thread +
// BulkImport + atomic ingest) into a fresh store DIR/db. Then the store is
// reopened read-only and K random stored statements are looked up by fully
// bound, subject-bound and predicate+object-bound patterns, and in batches of
// 32 (ContainsBatch against 32 Scans); then the terms and labels of up to 20000
// distinct subjects are read on a fresh reader each way (Resolve + LabelOf,
// ResolveLabeled, LabelOf), so every read is a first touch.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "graph/store.h"
#include "loaders/rdf/import_stream.h"

namespace {

using namespace kg;
using Clock = std::chrono::steady_clock;

double CpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}
long PeakRssKb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

void Generate(uint64_t n, const std::string& path) {
  std::mt19937_64 rng(42);
  std::uniform_real_distribution<double> uni(0.0, 1.0);
  const uint64_t ents = std::max<uint64_t>(1000, n / 8);
  const char* preds[] = {"attended", "met",     "visited", "accompanied", "organized", "memberOf", "leaderOf",
                         "nationality", "thank", "deploy",  "send",        "sign",      "confirm",  "praise",
                         "criticize", "support", "say",     "announce",    "reject",    "host",     "warn",
                         "call",     "urge",    "accuse",  "appoint",     "elect",     "visit",    "win",
                         "lose",     "join"};
  std::vector<double> w;
  for (int i = 0; i < 30; ++i) w.push_back(1.0 / (i + 1));
  std::discrete_distribution<int> pick(w.begin(), w.end());
  const char* types[] = {"Person", "Organization", "Place", "Event", "Country"};
  const char* titles[] = {"Foreign Minister", "President", "Mayor", "Ambassador", "General", "Spokesman"};
  auto ent = [&] { return static_cast<uint64_t>(ents * std::pow(uni(rng), 3)); };
  std::FILE* f = std::fopen(path.c_str(), "w");
  uint64_t doc = 0;
  for (uint64_t i = 0; i < n; ++i) {
    if (i % 40 == 0) ++doc;
    double r = uni(rng);
    uint64_t s = ent();
    if (r < 0.12) {
      std::fprintf(f, "<urn:kg:entity:e%lu> <https://schema.org/name> \"Entity %lu\" <https://news.example.org/a%lu> .\n", s, s, doc);
    } else if (r < 0.22) {
      std::fprintf(f, "<urn:kg:entity:e%lu> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/%s> <https://news.example.org/a%lu> .\n",
                   s, types[rng() % 5], doc);
    } else if (r < 0.28) {
      std::fprintf(f, "<urn:kg:entity:e%lu> <https://schema.org/startDate> \"20%02d-%02d-%02d\"^^<http://www.w3.org/2001/XMLSchema#date> <https://news.example.org/a%lu> .\n",
                   s, int(rng() % 26), int(1 + rng() % 12), int(1 + rng() % 28), doc);
    } else if (r < 0.33) {
      std::fprintf(f, "<urn:kg:entity:e%lu> <https://schema.org/jobTitle> \"%s\" <https://news.example.org/a%lu> .\n", s,
                   titles[rng() % 6], doc);
    } else {
      std::fprintf(f, "<urn:kg:entity:e%lu> <urn:kg:vocab:%s> <urn:kg:entity:e%lu> <https://news.example.org/a%lu> .\n", s,
                   preds[pick(rng)], ent(), doc);
    }
  }
  std::fclose(f);
}

struct Latency {
  std::vector<double> us;
  void Print(const char* what) {
    std::sort(us.begin(), us.end());
    auto at = [&](double q) { return us.empty() ? 0.0 : us[std::min(us.size() - 1, size_t(q * us.size()))]; };
    std::printf("  %-34s p50 %7.2f us   p99 %7.2f us   (n=%zu)\n", what, at(0.50), at(0.99), us.size());
  }
};

}  // namespace

int main(int argc, char** argv) {
  std::setvbuf(stdout, nullptr, _IOLBF, 0);  // figures appear as they are measured
  uint64_t n = 1000000, lookups = 100000;
  size_t memory_mb = 256;
  std::string input, dir = "/tmp/kg_store_bench";
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--triples") n = std::stoull(argv[i + 1]);
    else if (a == "--input") input = argv[i + 1];
    else if (a == "--dir") dir = argv[i + 1];
    else if (a == "--lookups") lookups = std::stoull(argv[i + 1]);
    else if (a == "--memory") memory_mb = std::stoull(argv[i + 1]);
    else {
      std::fprintf(stderr, "usage: store_bench [--triples N] [--input F.nq] [--dir D] [--lookups K] [--memory MB]\n");
      return 2;
    }
  }
  std::filesystem::create_directories(dir);
  const std::string db = dir + "/db";
  std::filesystem::remove_all(db);
  const std::string generated = dir + "/gen-" + std::to_string(n) + ".nq";
  if (input.empty() && std::filesystem::exists(generated) && std::getenv("KG_BENCH_REGEN") == nullptr) {
    input = generated;  // a previous run generated it (the generator is deterministic)
  }
  if (input.empty()) {
    input = generated;
    std::printf("generating %lu quads into %s ...\n", n, input.c_str());
    Generate(n, input);
  }
  std::printf("input %s (%.1f MB)\n", input.c_str(), std::filesystem::file_size(input) / 1e6);

  // --- import ---
  uint64_t facts = 0, added = 0;
  {
    auto store = graph::Store::Open(db, {});
    if (!store.ok()) return std::fprintf(stderr, "error: %s\n", store.status().message().c_str()), 1;
    double cpu0 = CpuSeconds();
    auto t0 = Clock::now();
    graph::BulkImportOptions o;
    o.memory_budget = memory_mb << 20;
    auto import = (*store)->BeginBulkImport(o);
    std::ifstream in(input, std::ios::binary);
    loaders::rdf::StreamError where;
    Status s = loaders::rdf::ImportStream(in, loaders::rdf::Syntax::kNQuads, input, **import, &facts, &where);
    if (!s.ok()) return std::fprintf(stderr, "error: line %lu: %s\n", where.line, s.message().c_str()), 1;
    auto summary = (*import)->Commit();
    if (!summary.ok()) return std::fprintf(stderr, "error: %s\n", summary.status().message().c_str()), 1;
    added = summary->statements_added;
    double wall = std::chrono::duration<double>(Clock::now() - t0).count();
    double cpu = CpuSeconds() - cpu0;
    std::printf("import: %lu quads (%lu distinct statements) in %.2f s wall, %.2f s CPU\n", facts, added, wall, cpu);
    std::printf("  rate %.0f triples/s (wall), %.0f triples per CPU-second; peak RSS %.1f MB (memory budget %zu MB)\n",
                facts / wall, facts / cpu, PeakRssKb() / 1024.0, memory_mb);
  }

  // --- lookups on a read-only open, as kg query does ---
  graph::StoreOptions ro;
  ro.read_only = true;
  auto opened = graph::Store::Open(db, ro);
  if (!opened.ok()) return std::fprintf(stderr, "error: %s\n", opened.status().message().c_str()), 1;
  const graph::Store& store = **opened;
  std::mt19937_64 rng(7);
  std::vector<graph::StatementIds> sample;
  uint64_t seen = 0;
  auto t0 = Clock::now();
  for (auto c = store.Scan({}); c->Valid(); c->Next(), ++seen) {  // reservoir sample
    if (sample.size() < lookups) sample.push_back(c->Current());
    else if (uint64_t j = rng() % (seen + 1); j < lookups) sample[j] = c->Current();
  }
  double scan = std::chrono::duration<double>(Clock::now() - t0).count();
  std::printf("full SPO scan: %lu statements in %.2f s (%.1f M/s)\n", seen, scan, seen / scan / 1e6);
  std::shuffle(sample.begin(), sample.end(), rng);

  Latency full, missing, subj, po;
  uint64_t found = 0, rows = 0;
  for (const auto& st : sample) {
    auto a = Clock::now();
    auto c = store.Scan({st.s, st.p, st.o});
    found += c->Valid();
    full.us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - a).count());
    a = Clock::now();
    auto m = store.Scan({st.s, st.p, st.o ^ 0x5bd1e995u});
    found += m->Valid();
    missing.us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - a).count());
  }
  for (size_t i = 0; i < sample.size() && i < 5000; ++i) {
    const auto& st = sample[i];
    auto a = Clock::now();
    for (auto c = store.Scan({st.s, 0, 0}); c->Valid(); c->Next()) ++rows;
    subj.us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - a).count());
    a = Clock::now();
    for (auto c = store.Scan({0, st.p, st.o}); c->Valid(); c->Next()) ++rows;
    po.us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - a).count());
  }
  std::printf("lookups on %lu statements (read-only open, warm OS cache):\n", seen);
  full.Print("(s p o) fully bound, present");
  missing.Print("(s p o) fully bound, absent");
  subj.Print("(s ? ?) all rows");
  po.Print("(? p o) all rows");
  std::printf("  (found %lu of %zu present; %lu rows scanned)\n", found, sample.size(), rows);

  // Batched existence checks (a star join's probes): 32 statements per call,
  // half of them absent, against 32 Scans one by one (each way gets its own
  // batches, so neither reads blocks the other just loaded).
  Latency batched, single;
  std::vector<graph::StatementIds> batch;
  std::vector<uint8_t> hits;
  uint64_t batch_found = 0;
  for (size_t i = 0; i + 32 <= sample.size() && i < 128 * 1024; i += 32) {
    batch.assign(sample.begin() + i, sample.begin() + i + 32);
    for (size_t k = 1; k < batch.size(); k += 2) batch[k].o ^= 0x5bd1e995u;
    auto a = Clock::now();
    if ((i / 32) % 2 == 0) {
      if (!store.ContainsBatch(batch, &hits).ok()) return 1;
      batched.us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - a).count());
      for (auto h : hits) batch_found += h;
    } else {
      for (const auto& st : batch) batch_found += store.Scan({st.s, st.p, st.o})->Valid();
      single.us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - a).count());
    }
  }
  batched.Print("32 x (s p o): ContainsBatch");
  single.Print("32 x (s p o): Scan each");
  std::printf("  (found %lu)\n", batch_found);
  opened.value().reset();  // close the reader

  // --- terms and labels of distinct subjects, first touch (a fresh reader per
  // way, so neither the memo nor the block cache has seen them) ---
  std::vector<graph::TermId> subjects;
  for (const auto& st : sample) subjects.push_back(st.s);
  std::sort(subjects.begin(), subjects.end());
  subjects.erase(std::unique(subjects.begin(), subjects.end()), subjects.end());
  std::shuffle(subjects.begin(), subjects.end(), rng);
  if (subjects.size() > 20000) subjects.resize(20000);
  auto per_subject = [&](const char* what, const std::function<size_t(const graph::Store&, graph::TermId)>& fn) {
    auto r = graph::Store::Open(db, ro);
    if (!r.ok()) return;
    Latency l;
    size_t bytes = 0;
    for (auto id : subjects) {
      auto a = Clock::now();
      bytes += fn(**r, id);
      l.us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - a).count());
    }
    l.Print(what);
    if (bytes == 0) std::printf("  (no output)\n");
  };
  std::printf("terms and labels of %zu distinct subjects (first touch):\n", subjects.size());
  per_subject("Resolve + LabelOf", [](const graph::Store& s, graph::TermId id) {
    return s.Resolve(id)->value.size() + s.LabelOf(id)->size();
  });
  per_subject("ResolveLabeled", [](const graph::Store& s, graph::TermId id) {
    std::string label;
    return s.ResolveLabeled(id, &label)->value.size() + label.size();
  });
  per_subject("LabelOf", [](const graph::Store& s, graph::TermId id) { return s.LabelOf(id)->size(); });

  // --- WriteDocument: the per-article path of kg ingest (one WriteBatch each) ---
  const std::string docs_db = dir + "/docs_db";
  std::filesystem::remove_all(docs_db);
  auto w = graph::Store::Open(docs_db, {});
  if (!w.ok()) return std::fprintf(stderr, "error: %s\n", w.status().message().c_str()), 1;
  const int kDocs = 2000, kFacts = 40;
  auto t1 = Clock::now();
  for (int d = 0; d < kDocs; ++d) {
    graph::DocumentBatch b;
    b.document.id = "doc" + std::to_string(d);
    b.document.source = b.document.id + ".txt";
    b.document.text = std::string(3000, 'x');
    for (int k = 0; k < kFacts; ++k) {
      graph::Fact f;
      f.s = graph::Term::Iri("urn:kg:entity:e" + std::to_string(rng() % 5000));
      f.p = graph::Term::Iri("urn:kg:vocab:p" + std::to_string(rng() % 30));
      f.o = graph::Term::Iri("urn:kg:entity:e" + std::to_string(rng() % 5000));
      f.provenance.doc_id = b.document.id;
      f.provenance.start = 100 * k;
      f.provenance.end = 100 * k + 90;
      f.provenance.extractor = "bench";
      b.facts.push_back(std::move(f));
    }
    auto r = (*w)->WriteDocument(b);
    if (!r.ok()) return std::fprintf(stderr, "error: %s\n", r.status().message().c_str()), 1;
  }
  double wd = std::chrono::duration<double>(Clock::now() - t1).count();
  std::printf("WriteDocument: %d documents x %d facts in %.2f s (%.0f docs/s, %.0f facts/s)\n", kDocs, kFacts, wd,
              kDocs / wd, kDocs * kFacts / wd);
  return 0;
}
