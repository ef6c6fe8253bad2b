// SstBulkImport: the streaming, all-or-nothing importer behind kg import.
//
// Add() turns each fact into fixed-width records (term ids are hashes, so no
// store reads are needed) and feeds one external sorter per column family;
// when the buffers pass the memory budget every sorter spills a sorted run.
// Commit() merges each sorter into one SST file (two threads), computes the
// exact count deltas from the unique SPO stream (checking the store only when
// it is not empty), and ingests all column families with one atomic
// IngestExternalFiles call: a crash or an error before it leaves nothing.
// Imports write no doc_stmts: those serve WriteDocument's replacement by
// source, and an import's graphs are never replaced that way. Label records
// (format.h LabelKey) ride in the terms sorter: key id 'L' sorts right after
// the term id's own record, and the smallest label object of a subject wins.
#include <rocksdb/db.h>
#include <rocksdb/options.h>
#include <rocksdb/sst_file_writer.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <thread>
#include <unistd.h>
#include <unordered_map>

#include "graph/external_sorter.h"
#include "graph/format.h"
#include "graph/rocks_store_internal.h"
#include "graph/term_codec.h"
#include "util/text.h"

namespace kg::graph {
namespace {

namespace fs = std::filesystem;
using format::Cf;

rocksdb::Slice Sl(std::string_view s) { return {s.data(), s.size()}; }


// Writes strictly increasing keys into one SST file, dropping repeats.
class SstOut {
 public:
  SstOut(const rocksdb::Options& options, rocksdb::ColumnFamilyHandle* cf, std::string path)
      : writer_(rocksdb::EnvOptions(), options, cf), path_(std::move(path)) {}
  Status Put(std::string_view key, std::string_view value) {
    if (n_ > 0 && key == last_) return Status::Ok();
    if (n_ == 0) KG_RETURN_IF_ERROR(FromRocks(writer_.Open(path_), "create " + path_));
    last_.assign(key);
    ++n_;
    return FromRocks(writer_.Put(Sl(key), Sl(value)), "write " + path_);
  }
  Status Merge(std::string_view key, std::string_view value) {
    if (n_ == 0) KG_RETURN_IF_ERROR(FromRocks(writer_.Open(path_), "create " + path_));
    ++n_;
    return FromRocks(writer_.Merge(Sl(key), Sl(value)), "write " + path_);
  }
  // True when a file was written (an empty column family writes none).
  Result<bool> Finish() {
    if (n_ == 0) return false;
    KG_RETURN_IF_ERROR(FromRocks(writer_.Finish(), "finish " + path_));
    return true;
  }
  const std::string& path() const { return path_; }

 private:
  rocksdb::SstFileWriter writer_;
  std::string path_;
  std::string last_;
  uint64_t n_ = 0;
};

class SstBulkImport : public BulkImport {
 public:
  SstBulkImport(RocksStore* store, const BulkImportOptions& options, std::string dir)
      : store_(store),
        budget_(std::max<size_t>(options.memory_budget, 1 << 20)),
        dir_(std::move(dir)),
        pos_(dir_ + "/pos"),
        osp_(dir_ + "/osp"),
        prov_(dir_ + "/prov"),
        terms_(dir_ + "/terms"),
        names_(dir_ + "/names"),
        doc_ids_(dir_ + "/doc_ids"),
        term_cache_(1 << 20, 0),
        doc_cache_(1 << 12, 0) {
    // The fixed-width records of one fact take kFactBytes, twice (one buffer
    // fills while the other spills); give them 3/4 of the budget up front
    // (terms, names and document ids share the rest).
    run_facts_ = std::max<size_t>(1024, budget_ * 3 / 4 / kFactBytes / 2);
    pos_.Reserve(run_facts_);
    osp_.Reserve(run_facts_);
    prov_.Reserve(run_facts_);
  }

  ~SstBulkImport() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  Status Add(const Fact& f) override {
    if (f.s.is_literal()) return Status::InvalidArgument("a literal cannot be a subject");
    const TermId s = AddTerm(f.s), p = AddTerm(f.p), o = AddTerm(f.o);
    pos_.Add({p, o, s});
    osp_.Add({o, s, p});
    const uint64_t doc = format::DocNum(f.provenance.doc_id);
    uint64_t& slot = doc_cache_[doc & (doc_cache_.size() - 1)];
    if (slot != doc) {
      slot = doc;
      std::string key;
      format::PutBe64(&key, doc);
      doc_ids_.Add(key, f.provenance.doc_id);
    }
    const uint64_t ext = format::ExtractorHash(f.provenance.extractor);
    prov_.Add({s, p, o, doc, (uint64_t(f.provenance.start) << 32) | f.provenance.end,
               (ext << 32) | ProvValueIndex(f.provenance)});
    if (p == store_->label_id()) terms_.Add(format::LabelKey(s), format::LabelValue(o, f.o.value));
    if ((p == store_->label_id() || p == store_->alias_id()) && f.o.is_literal()) {
      std::string nk = text::NameKey(f.o.value);
      if (!nk.empty()) names_.Add(format::NameIndexKey(nk, s, o), f.o.value);
    }
    ++facts_;
    if (prov_.buffered() == run_facts_ || ((facts_ & 0xfff) == 0 && MemoryBytes() > budget_)) return SpillAll();
    return Status::Ok();
  }

  Result<BulkImportSummary> Commit() override {
    Trace("add");
    std::lock_guard<std::mutex> lock(store_->write_mutex());
    store_empty_ = store_->GetCount(format::GlobalCountKey(format::kCountTerms)) == 0;
    std::vector<std::pair<Cf, std::unique_ptr<SstOut>>> outs;
    for (Cf c : {Cf::kProv, Cf::kSpo, Cf::kPos, Cf::kOsp, Cf::kTerms, Cf::kNames, Cf::kDocIds}) {
      outs.emplace_back(c, MakeOut(c));
    }
    // Two workers take jobs in order: the provenance merge (which also writes
    // the SPO index and counts) first, the others share the second worker.
    const std::vector<Cf> jobs = {Cf::kProv, Cf::kPos, Cf::kOsp, Cf::kTerms, Cf::kNames, Cf::kDocIds};
    auto out_of = [&](Cf c) -> SstOut& {
      for (auto& [cf, out] : outs)
        if (cf == c) return *out;
      return *outs[0].second;
    };
    std::vector<Status> results(jobs.size());
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t i; (i = next.fetch_add(1)) < jobs.size();) {
        results[i] = jobs[i] == Cf::kProv ? WriteProvAndSpo(out_of(Cf::kProv), out_of(Cf::kSpo))
                                          : Write(jobs[i], out_of(jobs[i]));
      }
    };
    std::thread helper(work);
    work();
    helper.join();
    for (const auto& s : results) KG_RETURN_IF_ERROR(s);
    Trace("sort+sst");

    auto counts = MakeOut(Cf::kCounts);
    KG_RETURN_IF_ERROR(WriteCounts(*counts));
    outs.emplace_back(Cf::kCounts, std::move(counts));

    std::vector<rocksdb::IngestExternalFileArg> args;
    for (auto& [c, out] : outs) {
      auto wrote = out->Finish();
      if (!wrote.ok()) return wrote.status();
      if (!*wrote) continue;
      rocksdb::IngestExternalFileArg arg;
      arg.column_family = store_->cf(c);
      arg.external_files = {out->path()};
      arg.options.move_files = true;
      arg.options.write_global_seqno = false;
      args.push_back(std::move(arg));
    }
    if (!args.empty()) KG_RETURN_IF_ERROR(FromRocks(store_->db()->IngestExternalFiles(args), "ingest"));
    Trace("ingest");
    BulkImportSummary summary;
    summary.facts = facts_;
    summary.statements_added = new_statements_;
    return summary;
  }

 private:
  // KG_TRACE=1 prints the phases' wall times to stderr (for bench/store).
  void Trace(const char* phase) {
    static const bool on = std::getenv("KG_TRACE") != nullptr;
    auto now = std::chrono::steady_clock::now();
    if (on) {
      std::fprintf(stderr, "trace: %s %.3f s (%llu facts, %zu spills)\n", phase,
                   std::chrono::duration<double>(now - phase_start_).count(),
                   static_cast<unsigned long long>(facts_), spills_);
    }
    phase_start_ = now;
  }

  // The term's id; stages its dictionary entry unless the direct-mapped cache
  // has seen it (most repeats never reach the sorter).
  TermId AddTerm(const Term& t) {
    scratch_.clear();
    EncodeTermTo(t, &scratch_);
    TermId id = TermIdOfEncoded(scratch_);
    uint64_t& slot = term_cache_[id & (term_cache_.size() - 1)];
    if (slot != id) {
      slot = id;
      char key[8];
      format::EncodeBe64(key, id);
      terms_.Add(std::string_view(key, 8), scratch_);
    }
    return id;
  }

  // Provenance values repeat (import writes one value for every fact): keep a table.
  uint32_t ProvValueIndex(const Provenance& p) {
    std::string v = format::ProvValue(p);
    auto [it, inserted] = prov_values_.emplace(std::move(v), static_cast<uint32_t>(prov_value_list_.size()));
    if (inserted) prov_value_list_.push_back(&it->first);
    return it->second;
  }

  size_t MemoryBytes() const {
    return pos_.MemoryBytes() + osp_.MemoryBytes() + prov_.MemoryBytes() +
           terms_.MemoryBytes() + names_.MemoryBytes() + doc_ids_.MemoryBytes();
  }

  Status SpillAll() {
    ++spills_;
    KG_RETURN_IF_ERROR(pos_.SpillInBackground());
    KG_RETURN_IF_ERROR(osp_.SpillInBackground());
    KG_RETURN_IF_ERROR(prov_.SpillInBackground());
    KG_RETURN_IF_ERROR(terms_.Spill());
    KG_RETURN_IF_ERROR(names_.Spill());
    return doc_ids_.Spill();
  }

  std::unique_ptr<SstOut> MakeOut(Cf c) {
    return std::make_unique<SstOut>(store_->SstOptions(c), store_->cf(c),
                                    dir_ + "/" + format::kCfNameList[static_cast<size_t>(c)] + ".sst");
  }

  // The big-endian key of the first `words` words of a record.
  static std::string Key(const uint64_t* w, size_t words) {
    std::string k(8 * words, '\0');
    for (size_t i = 0; i < words; ++i) format::EncodeBe64(k.data() + 8 * i, w[i]);
    return k;
  }

  Status Write(Cf c, SstOut& out) {
    switch (c) {
      case Cf::kPos: return pos_.ForEach([&](const auto& r) { return out.Put(Key(r.data(), 3), ""); });
      case Cf::kOsp: return osp_.ForEach([&](const auto& r) { return out.Put(Key(r.data(), 3), ""); });
      case Cf::kTerms: return WriteTerms(out);
      case Cf::kNames: return names_.ForEach([&](std::string_view k, std::string_view v) { return out.Put(k, v); });
      case Cf::kDocIds: return doc_ids_.ForEach([&](std::string_view k, std::string_view v) { return out.Put(k, v); });
      default: return Status::Ok();
    }
  }

  // Provenance in key order; its s-p-o prefixes are the statements in SPO
  // order, so the same pass writes the SPO index and counts the new ones.
  Status WriteProvAndSpo(SstOut& prov_out, SstOut& spo_out) {
    std::array<uint64_t, 3> prev{};
    bool first = true;
    TermId subject = kNoTerm;
    return prov_.ForEach([&](const std::array<uint64_t, 6>& r) -> Status {
      std::string pk = Key(r.data(), 5);
      format::PutBe32(&pk, static_cast<uint32_t>(r[5] >> 32));
      KG_RETURN_IF_ERROR(prov_out.Put(pk, *prov_value_list_[r[5] & 0xffffffffu]));
      const std::array<uint64_t, 3> st{r[0], r[1], r[2]};
      if (!first && st == prev) return Status::Ok();
      first = false;
      prev = st;
      std::string key = pk.substr(0, format::kStatementKeyWidth);
      if (r[0] != subject) {
        subject = r[0];
        if (store_empty_ || !SubjectExists(subject)) ++entity_delta_;
      }
      std::string unused;
      if (!store_empty_ && store_->GetRaw(Cf::kSpo, key, &unused)) return Status::Ok();
      ++new_statements_;
      ++pred_delta_[r[1]];
      if (r[1] == store_->rdf_type_id()) ++type_delta_[r[2]];
      return spo_out.Put(key, "");
    });
  }

  bool SubjectExists(TermId s) const {
    std::unique_ptr<StatementCursor> c = store_->Scan(Pattern{s, kNoTerm, kNoTerm});
    return c->Valid();
  }

  // Unique term ids; a new id already held by a different term is a collision.
  // Label records (9-byte keys) come right after their subject's term record,
  // all candidates of one subject adjacent: the smallest label object wins,
  // also against a label record already stored.
  Status WriteTerms(SstOut& out) {
    std::string prev_key, prev_value;
    std::string label_key, label_value;  // the pending label record
    auto flush_label = [&]() -> Status {
      if (label_key.empty()) return Status::Ok();
      std::string stored;
      bool keep_stored = !store_empty_ && store_->GetRaw(Cf::kTerms, label_key, &stored) &&
                         stored.size() >= format::kIdWidth &&
                         stored.compare(0, format::kIdWidth, label_value, 0, format::kIdWidth) <= 0;
      Status s = keep_stored ? Status::Ok() : out.Put(label_key, label_value);
      label_key.clear();
      return s;
    };
    Status s = terms_.ForEach([&](std::string_view k, std::string_view v) -> Status {
      if (k.size() == format::kLabelKeyWidth) {
        if (k == label_key) {  // another label of the same subject: keep the smaller object id
          if (v.substr(0, format::kIdWidth) < std::string_view(label_value).substr(0, format::kIdWidth)) {
            label_value.assign(v);
          }
          return Status::Ok();
        }
        KG_RETURN_IF_ERROR(flush_label());
        label_key.assign(k);
        label_value.assign(v);
        return Status::Ok();
      }
      KG_RETURN_IF_ERROR(flush_label());
      if (k == prev_key) {
        if (v != prev_value) return Status::Corruption("term id collision inside the import");
        return Status::Ok();
      }
      prev_key.assign(k);
      prev_value.assign(v);
      if (!store_empty_) {
        std::string stored;
        if (store_->GetRaw(Cf::kTerms, k, &stored)) {
          if (stored != v) return Status::Corruption("term id collision with a stored term");
          return Status::Ok();
        }
      }
      ++new_terms_;
      return out.Put(k, v);
    });
    KG_RETURN_IF_ERROR(s);
    return flush_label();
  }

  Status WriteCounts(SstOut& out) {
    std::vector<std::pair<std::string, int64_t>> deltas;
    auto global = [&](std::string_view name, int64_t d) {
      if (d) deltas.emplace_back(format::GlobalCountKey(name), d);
    };
    global(format::kCountStatements, static_cast<int64_t>(new_statements_));
    global(format::kCountEntities, entity_delta_);
    global(format::kCountTerms, static_cast<int64_t>(new_terms_));
    for (auto [p, n] : pred_delta_) deltas.emplace_back(format::PredicateCountKey(p), n);
    for (auto [t, n] : type_delta_) deltas.emplace_back(format::TypeCountKey(t), n);
    std::sort(deltas.begin(), deltas.end());
    for (const auto& [k, d] : deltas) KG_RETURN_IF_ERROR(out.Merge(k, format::EncodeCount(d)));
    return Status::Ok();
  }

  static constexpr size_t kFactBytes = 2 * 24 + 48;  // pos+osp, prov (prov's order is SPO)
  RocksStore* store_;
  size_t budget_;
  size_t run_facts_ = 0;
  std::string dir_;
  FixedSorter<3> pos_, osp_;
  FixedSorter<6> prov_;  // s p o doc (start<<32|end) (ext<<32|value index)
  BytesSorter terms_, names_, doc_ids_;
  std::vector<uint64_t> term_cache_, doc_cache_;  // direct-mapped: most repeats never reach a sorter
  std::unordered_map<std::string, uint32_t> prov_values_;
  std::vector<const std::string*> prov_value_list_;
  std::string scratch_;
  uint64_t facts_ = 0;
  size_t spills_ = 0;
  std::chrono::steady_clock::time_point phase_start_ = std::chrono::steady_clock::now();

  // Filled by Commit.
  bool store_empty_ = true;
  uint64_t new_statements_ = 0, new_terms_ = 0;
  int64_t entity_delta_ = 0;
  std::unordered_map<TermId, int64_t> pred_delta_, type_delta_;
};

}  // namespace

Result<std::unique_ptr<BulkImport>> RocksStore::BeginBulkImport(const BulkImportOptions& options) {
  if (options_.read_only) return Status::InvalidArgument("store " + path_ + " is open read-only");
  static std::atomic<int> counter{0};
  std::string dir = options.temp_dir.empty() ? ImportTempDir() : options.temp_dir;
  dir += "/" + std::to_string(::getpid()) + "." + std::to_string(counter++);
  std::error_code ec;
  fs::remove_all(dir, ec);
  if (!fs::create_directories(dir, ec)) return Status::IOError("cannot create " + dir + ": " + ec.message());
  return std::unique_ptr<BulkImport>(new SstBulkImport(this, options, dir));
}

}  // namespace kg::graph
