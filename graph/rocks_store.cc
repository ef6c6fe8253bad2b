// RocksStore: the Store implementation over RocksDB column families
// (graph/format.h). Writes of one call go through a WriteBatchWithIndex so the
// call reads its own writes (existence checks, replacement) and lands as one
// atomic batch.
#include <rocksdb/cache.h>
#include <rocksdb/convenience.h>
#include <rocksdb/db.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/merge_operator.h>
#include <rocksdb/options.h>
#include <rocksdb/table.h>
#include <rocksdb/utilities/write_batch_with_index.h>

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <array>
#include <filesystem>
#include <mutex>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "graph/cache_check.h"
#include "graph/format.h"
#include "graph/rocks_store_internal.h"
#include "graph/store.h"
#include "graph/store_logger.h"
#include "graph/term_codec.h"
#include "graph/vocabulary.h"
#include "util/text.h"

namespace kg::graph {
namespace {

namespace fs = std::filesystem;
using format::Cf;
using format::KeyOrder;

class AddOperator : public rocksdb::AssociativeMergeOperator {
 public:
  bool Merge(const rocksdb::Slice&, const rocksdb::Slice* existing, const rocksdb::Slice& value,
             std::string* new_value, rocksdb::Logger*) const override {
    int64_t a = existing ? format::DecodeCount(std::string_view(existing->data(), existing->size())) : 0;
    *new_value = format::EncodeCount(a + format::DecodeCount(std::string_view(value.data(), value.size())));
    return true;
  }
  const char* Name() const override { return format::kAddMergeOperatorName; }
};

std::string_view View(const rocksdb::Slice& s) { return {s.data(), s.size()}; }
rocksdb::Slice Sl(std::string_view s) { return {s.data(), s.size()}; }

// Smallest key greater than every key starting with `prefix` ("" if none).
std::string PrefixSuccessor(std::string prefix) {
  while (!prefix.empty()) {
    unsigned char c = static_cast<unsigned char>(prefix.back());
    if (c != 0xff) {
      prefix.back() = static_cast<char>(c + 1);
      return prefix;
    }
    prefix.pop_back();
  }
  return prefix;
}


// --- cursors ---

class RangeCursor : public StatementCursor {
 public:
  // `record`: a reader's small-range cache, told the range once the cursor
  // has read all of it (null: nothing is recorded).
  RangeCursor(const RocksStore* store, Cf cf, KeyOrder order, std::string prefix, SmallRangeCache* record = nullptr,
              Pattern pattern = {})
      : store_(store), cf_(cf), order_(order), prefix_(std::move(prefix)), it_(store->AcquireIterator(cf)),
        record_(record), pattern_(pattern) {
    it_->Seek(Sl(prefix_));
    if (record_ && !Valid()) Finish();
  }
  ~RangeCursor() override { store_->ReleaseIterator(cf_, std::move(it_)); }
  bool Valid() const override {
    if (!it_->Valid()) return false;
    rocksdb::Slice k = it_->key();
    return k.size() == format::kStatementKeyWidth && k.starts_with(Sl(prefix_));
  }
  StatementIds Current() const override { return format::DecodeStatementKey(order_, it_->key().data()); }
  void Next() override {
    if (record_) {
      if (seen_size_ < seen_.size()) {
        seen_[seen_size_++] = Current();
      } else {
        record_ = nullptr;  // too large to cache
      }
    }
    it_->Next();
    if (record_ && !Valid()) Finish();
  }
  void SkipSame(int position) override {
    record_ = nullptr;  // the statements skipped were not seen
    // The position right after the bound prefix: seek past its current value.
    const size_t bound = prefix_.size() / format::kIdWidth;
    if (bound >= 3 || format::kPositions[static_cast<int>(order_)][bound] != position) {
      StatementCursor::SkipSame(position);
      return;
    }
    std::string next = PrefixSuccessor(it_->key().ToString().substr(0, (bound + 1) * format::kIdWidth));
    if (next.empty()) {  // the value was all 0xff bytes: nothing follows
      it_->SeekToLast();
      it_->Next();
      return;
    }
    it_->Seek(Sl(next));
  }
  Status status() const override { return FromRocks(it_->status(), "scan"); }

 private:
  // The whole range was read (or it is empty): cache it, unless the scan failed.
  void Finish() {
    if (it_->status().ok()) record_->Put(pattern_, seen_.data(), seen_size_);
    record_ = nullptr;
  }

  const RocksStore* store_;
  Cf cf_;
  KeyOrder order_;
  std::string prefix_;
  std::unique_ptr<rocksdb::Iterator> it_;
  SmallRangeCache* record_;
  Pattern pattern_;
  std::array<StatementIds, SmallRangeCache::kMaxStatements> seen_;
  size_t seen_size_ = 0;
};

// A fully bound pattern: one point lookup (bloom filter) instead of a seek.
class PointCursor : public StatementCursor {
 public:
  PointCursor(bool found, StatementIds st, Status status) : valid_(found), st_(st), status_(std::move(status)) {}
  bool Valid() const override { return valid_; }
  StatementIds Current() const override { return st_; }
  void Next() override { valid_ = false; }
  Status status() const override { return status_; }

 private:
  bool valid_;
  StatementIds st_;
  Status status_;
};

}  // namespace

// ---------------------------------------------------------------------------

RocksStore::RocksStore(std::string path, const StoreOptions& options) : path_(std::move(path)), options_(options) {
  rdf_type_ = TermIdOf(Term::Iri(std::string(vocab::kRdfType)));
  label_ = TermIdOf(Term::Iri(std::string(vocab::kLabel)));
  alias_ = TermIdOf(Term::Iri(std::string(vocab::kAlias)));
}

RocksStore::~RocksStore() {
  pool_.clear();  // iterators must go before their DB
  if (db_) {
    for (auto* h : handles_) db_->DestroyColumnFamilyHandle(h);
    db_->Close();
  }
}

rocksdb::ColumnFamilyHandle* RocksStore::cf(Cf c) const { return handles_[static_cast<size_t>(c)]; }

rocksdb::Options RocksStore::MakeOptions(bool bulk) {
  rocksdb::Options o;
  o.create_if_missing = true;
  o.create_missing_column_families = true;
  o.max_background_jobs = 2;
  o.max_open_files = 512;
  o.keep_log_file_num = 2;
  o.info_log_level = rocksdb::InfoLogLevel::WARN_LEVEL;
  o.write_buffer_size = bulk ? 64 << 20 : 32 << 20;
  auto supported = rocksdb::GetSupportedCompressions();
  bool lz4 = std::find(supported.begin(), supported.end(), rocksdb::kLZ4Compression) != supported.end();
  o.compression = lz4 ? rocksdb::kLZ4Compression : rocksdb::kNoCompression;
  return o;
}

rocksdb::ColumnFamilyOptions RocksStore::MakeCfOptions(Cf c, const std::shared_ptr<rocksdb::Cache>& cache) {
  rocksdb::ColumnFamilyOptions o(MakeOptions(false));
  rocksdb::BlockBasedTableOptions t;
  t.block_cache = cache;
  // Partitioned index and filters: a bulk-loaded SST's filter is megabytes,
  // larger than a block-cache shard, so it is cut into 4 KiB partitions that
  // the cache holds like data blocks (only the top level is pinned). This also
  // keeps the bulk writer's filter builder small.
  t.index_type = rocksdb::BlockBasedTableOptions::IndexType::kTwoLevelIndexSearch;
  t.partition_filters = true;
  t.metadata_block_size = 4096;
  t.cache_index_and_filter_blocks = true;
  t.cache_index_and_filter_blocks_with_high_priority = true;
  t.pin_top_level_index_and_filter = true;
  t.format_version = 5;
  // Measured and not adopted (bench/store, bench/query): hash-indexed data
  // blocks (no gain on point reads); pinning every index/filter partition
  // (p50 -7% at 1M statements, none at 10M, but a reader's open reads them
  // all: +20 ms and +24 MB per kg invocation at 10M).
  // Point lookups (existence checks, fully bound patterns, terms, documents) use
  // whole-key bloom filters; pos/osp/prov/doc_stmts/names are only range-scanned.
  if (c != Cf::kPos && c != Cf::kOsp && c != Cf::kProv && c != Cf::kDocStmts && c != Cf::kNames) {
    t.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  }
  o.table_factory.reset(rocksdb::NewBlockBasedTableFactory(t));
  if (c == Cf::kCounts) o.merge_operator = std::make_shared<AddOperator>();
  return o;
}

Status RocksStore::OpenDb() {
  // What is at the path, said in the user's terms rather than RocksDB's.
  std::error_code ec;
  const fs::file_status at = fs::status(path_, ec);
  if (fs::exists(at) && !fs::is_directory(at)) {
    return Status::InvalidArgument(path_ + " is a file, not a kg store (a store is a directory)");
  }
  // A directory we may not search reads as "no store" to exists(): say why instead.
  if (fs::is_directory(at) && ::access(path_.c_str(), R_OK | X_OK) != 0) {
    return Status::IOError("cannot read store " + path_ + " (" + std::strerror(errno) + ")");
  }
  const bool exists = fs::exists(fs::path(path_) / "CURRENT", ec);
  if (!exists) {
    if (options_.read_only || !options_.create_if_missing) {
      return Status::NotFound("no store at " + path_ + " (create one with 'kg ingest' or 'kg import')");
    }
    // A writer never scatters a store's files among someone else's.
    if (fs::is_directory(at) && !fs::is_empty(path_, ec)) {
      return Status::InvalidArgument(path_ + " is a directory that holds no kg store and is not empty; "
                                     "give a new or empty directory");
    }
  }
  if (!options_.read_only && fs::exists(at) && ::access(path_.c_str(), W_OK) != 0) {
    return Status::IOError("store " + path_ + " is not writable (" + std::strerror(errno) + ")");
  }
  if (!options_.read_only && !fs::exists(at)) {
    std::error_code mkdir_ec;
    if (!fs::create_directories(path_, mkdir_ec) && mkdir_ec) {
      return Status::IOError("cannot create store " + path_ + " (" + mkdir_ec.message() + ")");
    }
  }
  // A cap, not an allocation: it fills with the blocks queries touch. Random
  // point reads on a 1M-statement store (~150 MB of compressed files) missed a
  // 128 MB cache often (each miss: a pread plus LZ4 decompression).
  cache_ = rocksdb::NewLRUCache(size_t{512} << 20);
  std::vector<rocksdb::ColumnFamilyDescriptor> cfds;
  for (size_t i = 0; i < format::kCfNameList.size(); ++i) {
    cfds.emplace_back(format::kCfNameList[i], MakeCfOptions(static_cast<Cf>(i), cache_));
  }
  rocksdb::DBOptions dbo(MakeOptions(false));
  // A reader opens every table file up front: a writer's compaction may delete
  // files later, and an already open file stays readable.
  if (options_.read_only) dbo.max_open_files = -1;
  // Readers map table files: a block-cache miss then costs a copy from the
  // page cache instead of a pread system call.
  if (options_.read_only) dbo.allow_mmap_reads = true;
  // Our own info log: RocksDB's aborts the process on a full disk (store_logger.h).
  if (options_.read_only) {
    dbo.info_log = StoreLogger::Discard();
  } else {
    std::error_code dir_ec;
    fs::create_directories(path_, dir_ec);  // RocksDB would; the log needs it first
    dbo.info_log = std::make_shared<StoreLogger>(path_ + "/LOG", dbo.info_log_level);
  }
  rocksdb::DB* raw = nullptr;
  rocksdb::Status s;
  if (options_.read_only) {
    s = rocksdb::DB::OpenForReadOnly(dbo, path_, cfds, &handles_, &raw);
  } else {
    std::error_code ec;
    fs::create_directories(path_, ec);
    s = rocksdb::DB::Open(dbo, path_, cfds, &handles_, &raw);
  }
  if (!s.ok()) {
    std::string msg = s.ToString();
    std::string lower = text::Fold(msg);
    // Files inside the store we may not open (the directory itself passed above).
    if (s.IsIOError() && lower.find("permission denied") != std::string::npos) {
      return Status::IOError(options_.read_only ? "cannot read store " + path_ + " (Permission denied)"
                                                : "store " + path_ + " is not writable (Permission denied)");
    }
    if (s.IsIOError() && lower.find("lock") != std::string::npos) {
      return Status::Locked("store " + path_ + " is locked by another kg process");
    }
    if (s.IsInvalidArgument() && lower.find("column famil") != std::string::npos) {
      return Status::InvalidArgument("store " + path_ + " is not a kg store of schema version " +
                                     std::to_string(format::kSchemaVersion) + " (" + msg + ")");
    }
    return FromRocks(s, "cannot open store " + path_);
  }
  db_.reset(raw);
  KG_RETURN_IF_ERROR(CheckSchemaVersion(!exists));
  if (!options_.read_only) {
    // Staging files of an import that never committed (the process died): we hold
    // the lock now, so nobody else is using them.
    std::error_code ec;
    fs::remove_all(ImportTempDir(), ec);
  }
  return Status::Ok();
}

rocksdb::Options RocksStore::SstOptions(Cf c) const {
  rocksdb::Options o(rocksdb::DBOptions(MakeOptions(false)), MakeCfOptions(c, cache_));
  // Bulk files of hashed ids barely compress; compaction recompresses them later.
  o.compression = rocksdb::kNoCompression;
  return o;
}

Status RocksStore::CheckSchemaVersion(bool fresh) {
  std::string v;
  auto s = db_->Get(rocksdb::ReadOptions(), cf(Cf::kDefault), Sl(format::kMetaSchemaVersion), &v);
  const std::string want = std::to_string(format::kSchemaVersion);
  if (s.IsNotFound()) {
    if (options_.read_only || !fresh) {
      return Status::Corruption("store " + path_ + " has no schema version (not a kg store?)");
    }
    return FromRocks(db_->Put(rocksdb::WriteOptions(), cf(Cf::kDefault), Sl(format::kMetaSchemaVersion), want),
                     "write schema version");
  }
  if (!s.ok()) return FromRocks(s, "read schema version");
  if (v == want) return Status::Ok();
  if (v == std::to_string(format::kOldestReadableSchemaVersion)) {
    // Schema 1 lacks only the label records: a reader computes labels from
    // the SPO index instead; a writer adds them now, in one step.
    if (options_.read_only) {
      label_records_ = false;
      return Status::Ok();
    }
    return UpgradeToLabelRecords();
  }
  return Status::InvalidArgument("store " + path_ + " has schema version " + v + ", this kg reads version " + want);
}

Status RocksStore::UpgradeToLabelRecords() {
  // POS lists (label, o, s) by ascending o, so a subject's first appearance
  // carries its smallest label object: the one LabelOf picks (first in SPO).
  std::string prefix;
  format::PutBe64(&prefix, label_);
  std::unordered_set<TermId> done;
  rocksdb::WriteBatch wb;
  TermId last_o = kNoTerm;
  Term last_term;
  bool last_ok = false;
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), cf(Cf::kPos)));
  for (it->Seek(Sl(prefix)); it->Valid() && it->key().starts_with(Sl(prefix)); it->Next()) {
    if (it->key().size() != format::kStatementKeyWidth) continue;
    StatementIds st = format::DecodeStatementKey(KeyOrder::kPos, it->key().data());
    if (!done.insert(st.s).second) continue;
    if (st.o != last_o) {
      last_o = st.o;
      auto t = Resolve(st.o);
      last_ok = t.ok();
      if (last_ok) last_term = std::move(t).value();
    }
    if (!last_ok) continue;  // unreadable label: LabelOf falls back to the term, as ComputeLabel did
    wb.Put(cf(Cf::kTerms), format::LabelKey(st.s), format::LabelValue(st.o, last_term.value));
  }
  if (!it->status().ok()) return FromRocks(it->status(), "upgrade store " + path_);
  // One atomic batch with the new version: the store is either still schema 1
  // or fully schema 2 (~50 bytes a labelled entity in memory meanwhile).
  wb.Put(cf(Cf::kDefault), Sl(format::kMetaSchemaVersion), std::to_string(format::kSchemaVersion));
  KG_RETURN_IF_ERROR(FromRocks(db_->Write(rocksdb::WriteOptions(), &wb), "upgrade store " + path_));
  // Into table files now: a reader opening the store replays the write-ahead
  // log, which would otherwise hold this whole batch (10M statements: ~60 MB,
  // 2.8 s per read-only open) until the next flush.
  return FromRocks(db_->Flush(rocksdb::FlushOptions(), {cf(Cf::kTerms), cf(Cf::kDefault)}), "upgrade store " + path_);
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const StoreOptions& options) {
  auto store = std::unique_ptr<RocksStore>(new RocksStore(path, options));
  Status s = store->OpenDb();
  if (!s.ok()) return s;
  return std::unique_ptr<Store>(std::move(store));
}

// --- write transaction ------------------------------------------------------

// One call's writes: reads see the batch over the DB; counts accumulate as deltas.
class RocksStore::Txn {
 public:
  explicit Txn(RocksStore* st) : st_(st), wb_(rocksdb::BytewiseComparator(), 0, /*overwrite_key=*/true) {}

  Status Get(Cf c, std::string_view key, std::string* v, bool* found) {
    auto s = wb_.GetFromBatchAndDB(st_->db_.get(), rocksdb::ReadOptions(), st_->cf(c), Sl(key), v);
    *found = s.ok();
    if (s.ok() || s.IsNotFound()) return Status::Ok();
    return FromRocks(s, "read");
  }
  bool Exists(Cf c, std::string_view key) {
    std::string v;
    bool found = false;
    status_ = Get(c, key, &v, &found);
    return found;
  }
  // Keys (and values) in `c` starting with `prefix`, reading through the batch.
  std::vector<std::pair<std::string, std::string>> ScanPrefix(Cf c, std::string_view prefix, size_t limit = SIZE_MAX) {
    std::vector<std::pair<std::string, std::string>> out;
    std::unique_ptr<rocksdb::Iterator> it(
        wb_.NewIteratorWithBase(st_->cf(c), st_->db_->NewIterator(rocksdb::ReadOptions(), st_->cf(c))));
    for (it->Seek(Sl(prefix)); it->Valid() && out.size() < limit; it->Next()) {
      if (!it->key().starts_with(Sl(prefix))) break;
      out.emplace_back(it->key().ToString(), it->value().ToString());
    }
    if (!it->status().ok()) status_ = FromRocks(it->status(), "scan");
    return out;
  }
  bool PrefixNonEmpty(Cf c, std::string_view prefix) { return !ScanPrefix(c, prefix, 1).empty(); }

  void Put(Cf c, std::string_view k, std::string_view v) { wb_.Put(st_->cf(c), Sl(k), Sl(v)); }
  void Delete(Cf c, std::string_view k) { wb_.Delete(st_->cf(c), Sl(k)); }
  void Count(std::string key, int64_t delta) { counts_[std::move(key)] += delta; }

  // Adds `t` to the dictionary if new; fails on an id collision.
  Result<TermId> AddTerm(const Term& t) {
    std::string enc = EncodeTerm(t);
    TermId id = TermIdOfEncoded(enc);
    auto it = seen_terms_.find(id);
    if (it != seen_terms_.end()) {
      if (it->second != enc) return Collision(t);
      return id;
    }
    std::string key;
    format::PutBe64(&key, id);
    std::string v;
    bool found = false;
    KG_RETURN_IF_ERROR(Get(Cf::kTerms, key, &v, &found));
    if (found && v != enc) return Collision(t);
    if (!found) {
      Put(Cf::kTerms, key, enc);
      Count(format::GlobalCountKey(format::kCountTerms), 1);
    }
    seen_terms_.emplace(id, std::move(enc));
    return id;
  }

  // Adds one fact with its provenance; `added` is set when the statement is new.
  Status AddFact(const Fact& f, bool* added) {
    auto s = AddTerm(f.s);
    if (!s.ok()) return s.status();
    auto p = AddTerm(f.p);
    if (!p.ok()) return p.status();
    auto o = AddTerm(f.o);
    if (!o.ok()) return o.status();
    StatementIds st{*s, *p, *o};
    const uint64_t doc_num = format::DocNum(f.provenance.doc_id);
    if (doc_ids_.insert(doc_num).second) {
      std::string key;
      format::PutBe64(&key, doc_num);
      Put(Cf::kDocIds, key, f.provenance.doc_id);
    }
    std::string spo = format::StatementKey(KeyOrder::kSpo, st);
    *added = !Exists(Cf::kSpo, spo);
    KG_RETURN_IF_ERROR(status_);
    if (*added) {
      if (!f.s.is_literal() && !subjects_.count(st.s)) {
        if (!PrefixNonEmpty(Cf::kSpo, format::StatementPrefix(KeyOrder::kSpo, st, 1))) {
          Count(format::GlobalCountKey(format::kCountEntities), 1);
        }
        subjects_.insert(st.s);  // it has a statement now
      }
      Put(Cf::kSpo, spo, "");
      Put(Cf::kPos, format::StatementKey(KeyOrder::kPos, st), "");
      Put(Cf::kOsp, format::StatementKey(KeyOrder::kOsp, st), "");
      Count(format::GlobalCountKey(format::kCountStatements), 1);
      Count(format::PredicateCountKey(st.p), 1);
      if (st.p == st_->rdf_type_) Count(format::TypeCountKey(st.o), 1);
      if (st.p == st_->label_) label_subjects_.insert(st.s);
      if ((st.p == st_->label_ || st.p == st_->alias_) && f.o.is_literal()) {
        std::string nk = text::NameKey(f.o.value);
        if (!nk.empty()) Put(Cf::kNames, format::NameIndexKey(nk, st.s, st.o), f.o.value);
      }
    }
    Put(Cf::kProv, format::ProvKey(st, doc_num, f.provenance), format::ProvValue(f.provenance));
    Put(Cf::kDocStmts, format::DocStmtKey(doc_num, st), "");
    return status_;
  }

  // Removes every provenance of document `doc_num`, and each statement left without support.
  Status RemoveDocumentFacts(uint64_t doc_num, uint64_t* removed) {
    std::string prefix;
    format::PutBe64(&prefix, doc_num);
    auto stmts = ScanPrefix(Cf::kDocStmts, prefix);
    for (const auto& [key, unused] : stmts) {
      StatementIds st = format::DecodeStatementKey(KeyOrder::kSpo, key.data() + 8);
      std::string spo = format::StatementKey(KeyOrder::kSpo, st);
      for (const auto& [pk, pv] : ScanPrefix(Cf::kProv, spo + prefix)) Delete(Cf::kProv, pk);
      Delete(Cf::kDocStmts, key);
      if (PrefixNonEmpty(Cf::kProv, spo)) continue;
      KG_RETURN_IF_ERROR(RemoveStatement(st));
      ++*removed;
    }
    return status_;
  }

  // Removes a stored document: its facts (RemoveDocumentFacts), its record
  // and id entry. Its source entry is left to the caller (a replacement
  // points it at the new version).
  Status RemoveDocument(const std::string& doc_id, uint64_t* removed) {
    const uint64_t num = format::DocNum(doc_id);
    KG_RETURN_IF_ERROR(RemoveDocumentFacts(num, removed));
    std::string num_key;
    format::PutBe64(&num_key, num);
    Delete(Cf::kDocs, doc_id);
    Delete(Cf::kDocIds, num_key);
    Count(format::GlobalCountKey(format::kCountDocuments), -1);
    return status_;
  }

  Status RemoveStatement(const StatementIds& st) {
    Delete(Cf::kSpo, format::StatementKey(KeyOrder::kSpo, st));
    Delete(Cf::kPos, format::StatementKey(KeyOrder::kPos, st));
    Delete(Cf::kOsp, format::StatementKey(KeyOrder::kOsp, st));
    Count(format::GlobalCountKey(format::kCountStatements), -1);
    Count(format::PredicateCountKey(st.p), -1);
    if (st.p == st_->rdf_type_) Count(format::TypeCountKey(st.o), -1);
    if (st.p == st_->label_) label_subjects_.insert(st.s);
    if (st.p == st_->label_ || st.p == st_->alias_) {
      std::string key, v;
      format::PutBe64(&key, st.o);
      bool found = false;
      KG_RETURN_IF_ERROR(Get(Cf::kTerms, key, &v, &found));
      Term o;
      if (found && DecodeTerm(v, &o) && o.is_literal()) {
        Delete(Cf::kNames, format::NameIndexKey(text::NameKey(o.value), st.s, st.o));
      }
    }
    if (!PrefixNonEmpty(Cf::kSpo, format::StatementPrefix(KeyOrder::kSpo, st, 1))) {
      Count(format::GlobalCountKey(format::kCountEntities), -1);
      subjects_.erase(st.s);
    }
    return status_;
  }

  Status Commit() {
    KG_RETURN_IF_ERROR(status_);
    KG_RETURN_IF_ERROR(RefreshLabels());
    for (const auto& [k, d] : counts_) {
      if (d != 0) wb_.Merge(st_->cf(Cf::kCounts), Sl(k), Sl(format::EncodeCount(d)));
    }
    return FromRocks(st_->db_->Write(rocksdb::WriteOptions(), wb_.GetWriteBatch()), "write");
  }

 private:
  // Rewrites the label record of every subject whose label statements this
  // batch added or removed, from the SPO index as the batch leaves it: the
  // first (s, label, ?) statement wins, none deletes the record.
  Status RefreshLabels() {
    if (label_subjects_.empty()) return Status::Ok();
    std::vector<std::pair<TermId, TermId>> firsts;  // (subject, label object or kNoTerm)
    {
      std::unique_ptr<rocksdb::Iterator> it(wb_.NewIteratorWithBase(
          st_->cf(Cf::kSpo), st_->db_->NewIterator(rocksdb::ReadOptions(), st_->cf(Cf::kSpo))));
      for (TermId s : label_subjects_) {  // ascending: the seeks move forward
        std::string prefix = format::StatementPrefix(KeyOrder::kSpo, StatementIds{s, st_->label_, kNoTerm}, 2);
        it->Seek(Sl(prefix));
        if (!it->status().ok()) return FromRocks(it->status(), "scan labels");
        const bool has = it->Valid() && it->key().size() == format::kStatementKeyWidth && it->key().starts_with(Sl(prefix));
        firsts.emplace_back(s, has ? format::GetBe64(it->key().data() + 2 * format::kIdWidth) : kNoTerm);
      }
    }
    // The batch is modified only after its iterator is gone.
    for (auto [s, o] : firsts) {
      std::string key = format::LabelKey(s);
      Term label;
      bool resolved = false;
      if (o != kNoTerm) KG_RETURN_IF_ERROR(TermOf(o, &label, &resolved));
      if (resolved) {
        Put(Cf::kTerms, key, format::LabelValue(o, label.value));
      } else {
        Delete(Cf::kTerms, key);  // no label (or an unreadable one): LabelOf falls back to the term
      }
    }
    return status_;
  }

  // The term `id` as this batch sees it; *found false if unknown or malformed.
  Status TermOf(TermId id, Term* t, bool* found) {
    auto seen = seen_terms_.find(id);
    if (seen != seen_terms_.end()) {
      *found = DecodeTerm(seen->second, t);
      return Status::Ok();
    }
    std::string key, v;
    format::PutBe64(&key, id);
    KG_RETURN_IF_ERROR(Get(Cf::kTerms, key, &v, found));
    if (*found) *found = DecodeTerm(v, t);
    return Status::Ok();
  }

  Status Collision(const Term& t) {
    return Status::Corruption("term id collision for '" + t.value + "' (store cannot hold this term)");
  }

  RocksStore* st_;
  rocksdb::WriteBatchWithIndex wb_;
  std::unordered_map<std::string, int64_t> counts_;
  std::unordered_map<TermId, std::string> seen_terms_;
  std::unordered_set<uint64_t> doc_ids_;
  std::unordered_set<TermId> subjects_;  // subjects known to have a statement in this batch
  std::set<TermId> label_subjects_;      // subjects whose label statements changed
  Status status_;
};

Result<WriteSummary> RocksStore::WriteDocument(const DocumentBatch& batch) {
  if (options_.read_only) return Status::InvalidArgument("store " + path_ + " is open read-only");
  const DocumentRecord& doc = batch.document;
  if (doc.id.empty()) return Status::InvalidArgument("document has no id");
  for (const auto& f : batch.facts) {
    if (f.provenance.doc_id != doc.id) {
      return Status::InvalidArgument("fact provenance names document '" + f.provenance.doc_id + "', not '" + doc.id +
                                     "'");
    }
  }
  std::lock_guard<std::mutex> lock(write_mu_);
  WriteSummary summary;
  Txn txn(this);
  if (txn.Exists(Cf::kDocs, doc.id)) {
    summary.unchanged = true;
    return summary;
  }
  const bool has_source = !doc.source.empty() && doc.source != "-";
  if (has_source) {
    std::string old_id;
    bool found = false;
    KG_RETURN_IF_ERROR(txn.Get(Cf::kSources, doc.source, &old_id, &found));
    if (found && old_id != doc.id) {
      KG_RETURN_IF_ERROR(txn.RemoveDocument(old_id, &summary.statements_removed));
      summary.replaced = true;
    }
    txn.Put(Cf::kSources, doc.source, doc.id);
  }
  txn.Put(Cf::kDocs, doc.id, format::EncodeDocument(doc));
  txn.Count(format::GlobalCountKey(format::kCountDocuments), 1);
  for (const auto& f : batch.facts) {
    bool added = false;
    KG_RETURN_IF_ERROR(txn.AddFact(f, &added));
    if (added) ++summary.statements_added;
  }
  PutRecords(&txn, batch.records);
  KG_RETURN_IF_ERROR(txn.Commit());
  return summary;
}

void RocksStore::PutRecords(Txn* txn, const std::vector<RecordWrite>& records) {
  for (const auto& r : records) {
    std::string key = std::string(format::kMetaRecordPrefix) + r.key;
    if (r.value) {
      txn->Put(Cf::kDefault, key, *r.value);
    } else {
      txn->Delete(Cf::kDefault, key);
    }
  }
}

Status RocksStore::ApplyEdit(const StoreEdit& edit) {
  if (options_.read_only) return Status::InvalidArgument("store " + path_ + " is open read-only");
  for (const auto& r : edit.replacements) {
    for (const auto& f : r.facts) {
      if (f.provenance.doc_id != r.doc_id) {
        return Status::InvalidArgument("fact provenance names document '" + f.provenance.doc_id + "', not '" +
                                       r.doc_id + "'");
      }
    }
  }
  std::lock_guard<std::mutex> lock(write_mu_);
  Txn txn(this);
  for (const auto& r : edit.replacements) {
    uint64_t removed = 0;
    KG_RETURN_IF_ERROR(txn.RemoveDocumentFacts(format::DocNum(r.doc_id), &removed));
    for (const auto& f : r.facts) {
      bool added = false;
      KG_RETURN_IF_ERROR(txn.AddFact(f, &added));
    }
  }
  PutRecords(&txn, edit.records);
  return txn.Commit();
}

Result<std::optional<std::string>> RocksStore::GetRecord(const std::string& key) const {
  std::string v;
  bool found = false;
  KG_RETURN_IF_ERROR(ReadRaw(Cf::kDefault, std::string(format::kMetaRecordPrefix) + key, &v, &found));
  if (!found) return std::optional<std::string>();
  return std::optional<std::string>(std::move(v));
}

Status RocksStore::ForEachRecord(const std::string& prefix,
                                 const std::function<bool(const std::string&, const std::string&)>& fn) const {
  const std::string full = std::string(format::kMetaRecordPrefix) + prefix;
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ReadOpts(), cf(Cf::kDefault)));
  for (it->Seek(Sl(full)); it->Valid() && it->key().starts_with(Sl(full)); it->Next()) {
    std::string key = it->key().ToString().substr(format::kMetaRecordPrefix.size());
    if (!fn(key, it->value().ToString())) return Status::Ok();
  }
  return FromRocks(it->status(), "read records");
}

Status RocksStore::ImportFacts(const std::vector<Fact>& facts, uint64_t* added) {
  if (options_.read_only) return Status::InvalidArgument("store " + path_ + " is open read-only");
  std::lock_guard<std::mutex> lock(write_mu_);
  Txn txn(this);
  uint64_t n = 0;
  for (const auto& f : facts) {
    bool a = false;
    KG_RETURN_IF_ERROR(txn.AddFact(f, &a));
    if (a) ++n;
  }
  KG_RETURN_IF_ERROR(txn.Commit());
  if (added) *added += n;
  return Status::Ok();
}

Result<ForgetSummary> RocksStore::ForgetDocuments(const std::vector<std::string>& doc_ids) {
  if (options_.read_only) return Status::InvalidArgument("store " + path_ + " is open read-only");
  std::lock_guard<std::mutex> lock(write_mu_);
  Txn txn(this);
  ForgetSummary summary;
  std::set<std::string> done;
  for (const auto& id : doc_ids) {
    if (!done.insert(id).second) continue;
    std::string value;
    bool found = false;
    KG_RETURN_IF_ERROR(txn.Get(Cf::kDocs, id, &value, &found));
    DocumentRecord doc;
    if (!found || !format::DecodeDocument(value, &doc)) return Status::NotFound("no document " + id + " in the store");
    KG_RETURN_IF_ERROR(txn.RemoveDocument(id, &summary.statements_removed));
    // The source forgets it only if it still names this version.
    if (!doc.source.empty() && doc.source != "-") {
      std::string current;
      bool has = false;
      KG_RETURN_IF_ERROR(txn.Get(Cf::kSources, doc.source, &current, &has));
      if (has && current == id) txn.Delete(Cf::kSources, doc.source);
    }
    ++summary.documents;
  }
  KG_RETURN_IF_ERROR(txn.Commit());
  return summary;
}

Result<uint64_t> RocksStore::CountDocumentStatements(const std::string& doc_id) const {
  std::string prefix;
  format::PutBe64(&prefix, format::DocNum(doc_id));
  uint64_t n = 0;
  auto it = AcquireIterator(Cf::kDocStmts);
  for (it->Seek(Sl(prefix)); it->Valid() && it->key().starts_with(Sl(prefix)); it->Next()) ++n;
  Status status = FromRocks(it->status(), "read document statements");
  ReleaseIterator(Cf::kDocStmts, std::move(it));
  if (!status.ok()) return status;
  return n;
}

// --- reads ------------------------------------------------------------------

namespace {
constexpr size_t kPooledPerCf = 16;  // deeper join nests than this are rare
}  // namespace

std::unique_ptr<rocksdb::Iterator> RocksStore::AcquireIterator(Cf c) const {
  if (options_.read_only) {
    std::lock_guard<std::mutex> lock(pool_mu_);
    auto i = static_cast<size_t>(c);
    if (i < pool_.size() && !pool_[i].empty()) {
      auto it = std::move(pool_[i].back());
      pool_[i].pop_back();
      return it;
    }
  }
  return std::unique_ptr<rocksdb::Iterator>(db_->NewIterator(ReadOpts(), cf(c)));
}

void RocksStore::ReleaseIterator(Cf c, std::unique_ptr<rocksdb::Iterator> it) const {
  if (!options_.read_only || !it || !it->status().ok()) return;
  std::lock_guard<std::mutex> lock(pool_mu_);
  auto i = static_cast<size_t>(c);
  if (pool_.size() <= i) pool_.resize(format::kCfNameList.size());
  if (pool_[i].size() < kPooledPerCf) pool_[i].push_back(std::move(it));
}

rocksdb::ReadOptions RocksStore::ReadOpts() const {
  rocksdb::ReadOptions ro;
  // Every block read is checked against its checksum, readers' too: a
  // damaged table file must answer "corruption", never a wrong row. (For a
  // reader, which maps the files, that is a check at every access, about 8%
  // of a 2-pattern join on a 10M-statement store; issue 22 chose it.)
  ro.verify_checksums = true;
  // kg never writes range tombstones: no seek needs to look for them.
  ro.ignore_range_deletions = true;
  return ro;
}

bool RocksStore::GetRaw(Cf c, std::string_view key, std::string* v) const {
  return db_->Get(ReadOpts(), cf(c), Sl(key), v).ok();
}

Status RocksStore::ReadRaw(Cf c, std::string_view key, std::string* v, bool* found) const {
  auto s = db_->Get(ReadOpts(), cf(c), Sl(key), v);
  *found = s.ok();
  if (s.ok() || s.IsNotFound()) return Status::Ok();
  return FromRocks(s, std::string("read ") + std::string(format::kCfNameList[static_cast<size_t>(c)]));
}

Result<TermId> RocksStore::Lookup(const Term& term) const {
  std::string enc = EncodeTerm(term);
  TermId id = TermIdOfEncoded(enc);
  std::string key, v;
  format::PutBe64(&key, id);
  bool found = false;
  KG_RETURN_IF_ERROR(ReadRaw(Cf::kTerms, key, &v, &found));
  return found && v == enc ? id : kNoTerm;
}

bool RocksStore::MemoGet(TermId id, Term* term, std::string* label) const {
  if (!options_.read_only || !memo_.Get(id, term, label)) return false;
  if constexpr (kCheckCaches) CheckMemoisedTerm(id, term, label);
  return true;
}

void RocksStore::CheckMemoisedTerm(TermId id, const Term* term, const std::string* label) const {
  std::string key, v;
  format::PutBe64(&key, id);
  Term fresh;
  const bool found = GetRaw(Cf::kTerms, key, &v) && DecodeTerm(v, &fresh);
  if (term && (!found || fresh != *term)) CacheCheckFailed("term memo", "term " + std::to_string(id));
  if (!label) return;
  std::string fresh_label;
  TermId literal = kNoTerm;
  std::string_view text;
  if (!label_records_) {
    auto computed = ComputeLabel(id);
    if (computed.ok()) fresh_label = std::move(computed).value();
  } else if (GetRaw(Cf::kTerms, format::LabelKey(id), &v) && format::DecodeLabelValue(v, &literal, &text)) {
    fresh_label.assign(text);
  } else if (found) {
    fresh_label = FallbackLabel(fresh);
  }
  if (fresh_label != *label) {
    CacheCheckFailed("term memo", "label of " + std::to_string(id) + ": memo '" + *label + "', store '" + fresh_label + "'");
  }
}

void RocksStore::MemoPut(TermId id, const Term* term, const std::string* label) const {
  if (options_.read_only) memo_.Put(id, term, label);
}

namespace {
Result<Term> DecodeTermValue(TermId id, std::string_view v) {
  Term t;
  if (!DecodeTerm(v, &t)) return Status::Corruption("term " + std::to_string(id) + " is malformed");
  return t;
}
Status NoTerm(TermId id) { return Status::NotFound("no term with id " + std::to_string(id)); }
}  // namespace

Result<Term> RocksStore::Resolve(TermId id) const {
  Term t;
  if (MemoGet(id, &t, nullptr)) return t;
  std::string key, v;
  format::PutBe64(&key, id);
  auto s = db_->Get(ReadOpts(), cf(Cf::kTerms), key, &v);
  if (s.IsNotFound()) return NoTerm(id);
  if (!s.ok()) return FromRocks(s, "resolve term");
  auto r = DecodeTermValue(id, v);
  if (r.ok()) MemoPut(id, &*r, nullptr);
  return r;
}

Result<Term> RocksStore::ResolveLabeled(TermId id, std::string* label) const {
  if (!label) return Resolve(id);
  label->clear();
  Term t;
  if (MemoGet(id, &t, label)) return t;
  if (!label_records_) {  // schema-1 reader
    auto r = Resolve(id);
    if (!r.ok()) return r;
    auto l = LabelOf(id);
    if (!l.ok()) return l.status();
    *label = std::move(l).value();
    return r;
  }
  // The term record (key: id) and its label record (key: id 'L') are adjacent.
  std::string key;
  format::PutBe64(&key, id);
  auto it = AcquireIterator(Cf::kTerms);
  it->Seek(Sl(key));
  Result<Term> r = NoTerm(id);
  if (it->Valid() && it->key() == Sl(key)) {
    r = DecodeTermValue(id, View(it->value()));
    it->Next();
    TermId literal = kNoTerm;
    std::string_view text;
    if (it->Valid() && it->key().size() == format::kLabelKeyWidth && it->key().starts_with(Sl(key)) &&
        it->key()[format::kIdWidth] == format::kLabelTag &&
        format::DecodeLabelValue(View(it->value()), &literal, &text)) {
      label->assign(text);
    } else if (r.ok()) {
      *label = FallbackLabel(*r);
    }
  }
  if (!it->status().ok()) r = FromRocks(it->status(), "resolve term");
  ReleaseIterator(Cf::kTerms, std::move(it));
  if (r.ok()) {
    MemoPut(id, &*r, label);
  } else {
    label->clear();
  }
  return r;
}

std::unique_ptr<StatementCursor> RocksStore::Scan(const Pattern& pattern) const { return ScanIndex(pattern, true); }

std::unique_ptr<StatementCursor> RocksStore::ScanIndex(const Pattern& pattern, bool record) const {
  const StatementIds st{pattern.s, pattern.p, pattern.o};
  auto plan = format::PlanScan(pattern.s != kNoTerm, pattern.p != kNoTerm, pattern.o != kNoTerm);
  if (plan.bound_prefix == 3) {
    std::string v;
    auto s = db_->Get(ReadOpts(), cf(Cf::kSpo), format::StatementKey(KeyOrder::kSpo, st), &v);
    return std::make_unique<PointCursor>(s.ok(), st, s.ok() || s.IsNotFound() ? Status::Ok() : FromRocks(s, "get"));
  }
  auto index_cursor = [&](SmallRangeCache* cache) {
    return std::make_unique<RangeCursor>(this, format::CfOf(plan.order), plan.order,
                                         format::StatementPrefix(plan.order, st, plan.bound_prefix), cache, pattern);
  };
  SmallRangeCache* cache = nullptr;
  if (options_.read_only) {
    // Memory first: the range the planner just counted, a small range read before.
    std::string_view from = "range memo";
    auto kept = ranges_.Get(pattern);
    if (!kept) {
      from = "small range cache";
      kept = small_ranges_.Get(pattern);
    }
    if (kept) {
      if constexpr (kCheckCaches) {
        std::vector<StatementIds> fresh;
        for (auto c = index_cursor(nullptr); c->Valid(); c->Next()) fresh.push_back(c->Current());
        if (fresh != *kept) {
          CacheCheckFailed(from, "pattern (" + std::to_string(pattern.s) + " " + std::to_string(pattern.p) + " " +
                                     std::to_string(pattern.o) + "): cached " + std::to_string(kept->size()) +
                                     " statements, the index has " + std::to_string(fresh.size()));
        }
      }
      return std::make_unique<VectorCursor>(std::move(*kept));
    }
    if (record) cache = &small_ranges_;
  }
  return index_cursor(cache);
}

Status RocksStore::ContainsBatch(const std::vector<StatementIds>& statements, std::vector<uint8_t>* found) const {
  const size_t n = statements.size();
  found->assign(n, 0);
  if (n == 0) return Status::Ok();
  std::string keys(n * format::kStatementKeyWidth, '\0');
  std::vector<rocksdb::Slice> slices(n);
  for (size_t i = 0; i < n; ++i) {
    char* k = keys.data() + i * format::kStatementKeyWidth;
    format::StatementKeyTo(KeyOrder::kSpo, statements[i], k);
    slices[i] = rocksdb::Slice(k, format::kStatementKeyWidth);
  }
  std::vector<rocksdb::PinnableSlice> values(n);
  std::vector<rocksdb::Status> statuses(n);
  db_->MultiGet(ReadOpts(), cf(Cf::kSpo), n, slices.data(), values.data(), statuses.data());
  for (size_t i = 0; i < n; ++i) {
    if (!statuses[i].ok() && !statuses[i].IsNotFound()) return FromRocks(statuses[i], "check statements");
    (*found)[i] = statuses[i].ok() ? 1 : 0;
  }
  return Status::Ok();
}

int64_t RocksStore::GetCount(const std::string& key) const {
  auto n = ReadCount(key);
  return n.ok() ? *n : 0;
}

Result<int64_t> RocksStore::ReadCount(const std::string& key) const {
  if (options_.read_only) {
    std::lock_guard<std::mutex> lock(count_mu_);
    if (auto it = count_memo_.find(key); it != count_memo_.end()) {
      if constexpr (kCheckCaches) {
        std::string v;
        const int64_t fresh = GetRaw(Cf::kCounts, key, &v) ? format::DecodeCount(v) : 0;
        if (fresh != it->second) CacheCheckFailed("count memo", "counter differs from the store's");
      }
      return it->second;
    }
  }
  std::string v;
  bool found = false;
  KG_RETURN_IF_ERROR(ReadRaw(Cf::kCounts, key, &v, &found));
  const int64_t n = found ? format::DecodeCount(v) : 0;
  if (options_.read_only) {
    std::lock_guard<std::mutex> lock(count_mu_);
    count_memo_.emplace(key, n);
  }
  return n;
}

uint64_t RocksStore::EstimateCount(const Pattern& pattern) const {
  const bool s = pattern.s != kNoTerm, p = pattern.p != kNoTerm, o = pattern.o != kNoTerm;
  if (!s && !p && !o) return static_cast<uint64_t>(std::max<int64_t>(0, GetCount(format::GlobalCountKey(format::kCountStatements))));
  if (p && !s && !o) return static_cast<uint64_t>(std::max<int64_t>(0, GetCount(format::PredicateCountKey(pattern.p))));
  if (p && o && !s && pattern.p == rdf_type_) {
    return static_cast<uint64_t>(std::max<int64_t>(0, GetCount(format::TypeCountKey(pattern.o))));
  }
  // Small ranges are counted exactly. Beyond kExactUpTo the planner needs a
  // magnitude, not a count: scanning a popular constant's statements (a
  // country with 50,000 nationals) cost milliseconds per query, so the rest is
  // estimated from RocksDB's size approximation of the key range (from the
  // table index) as a share of the index's whole size.
  constexpr uint64_t kExactUpTo = 1000;
  uint64_t n = 0;
  {
    // A reader keeps a small range's statements for the scan that follows,
    // but only a range read to its end: the count stops after kExactUpTo + 1
    // statements, and a memo holding that prefix would stand for the whole
    // range in every later scan (wrong answers on frequent entities).
    std::vector<StatementIds> kept;
    const bool keep = options_.read_only;
    auto c = ScanIndex(pattern, /*record=*/false);
    for (; c->Valid() && n <= kExactUpTo; c->Next()) {
      if (keep && n < RangeMemo::kMaxStatements) kept.push_back(c->Current());
      ++n;
    }
    const bool complete = !c->Valid() && c->status().ok();
    if (keep && complete && kept.size() == n) ranges_.Put(pattern, std::move(kept));
  }
  if (n <= kExactUpTo) return n;
  const auto plan = format::PlanScan(s, p, o);
  const std::string prefix = format::StatementPrefix(plan.order, StatementIds{pattern.s, pattern.p, pattern.o},
                                                     plan.bound_prefix);
  const std::string upper = PrefixSuccessor(prefix);
  const std::string everything(format::kStatementKeyWidth + 1, '\xff');
  rocksdb::Range ranges[2] = {rocksdb::Range(Sl(prefix), upper.empty() ? Sl(everything) : Sl(upper)),
                              rocksdb::Range(rocksdb::Slice(), Sl(everything))};
  uint64_t sizes[2] = {0, 0};
  rocksdb::SizeApproximationOptions approx;
  approx.include_memtables = true;
  approx.include_files = true;
  if (!db_->GetApproximateSizes(approx, cf(format::CfOf(plan.order)), ranges, 2, sizes).ok() || sizes[1] == 0) {
    return n;
  }
  const uint64_t statements = EstimateCount(Pattern{});
  const double share = static_cast<double>(sizes[0]) / static_cast<double>(sizes[1]);
  return std::max(n, static_cast<uint64_t>(share * static_cast<double>(statements)));
}

Result<std::string> RocksStore::DocIdOf(uint64_t doc_num) const {
  std::string key, v;
  format::PutBe64(&key, doc_num);
  bool found = false;
  KG_RETURN_IF_ERROR(ReadRaw(Cf::kDocIds, key, &v, &found));
  if (!found) return Status::Corruption("store corruption: provenance names document number " + std::to_string(doc_num) + ", which has no id");
  return v;
}

Result<std::vector<Provenance>> RocksStore::ProvenanceOf(const StatementIds& st) const {
  std::vector<Provenance> out;
  std::string prefix = format::StatementKey(KeyOrder::kSpo, st);
  std::string upper = PrefixSuccessor(prefix);
  rocksdb::Slice upper_slice(upper);
  rocksdb::ReadOptions ro = ReadOpts();
  ro.iterate_upper_bound = &upper_slice;
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro, cf(Cf::kProv)));
  std::unordered_map<uint64_t, std::string> doc_ids;
  for (it->Seek(prefix); it->Valid(); it->Next()) {
    Provenance p;
    uint64_t doc_num = 0;
    if (!format::DecodeProv(View(it->key()), View(it->value()), &doc_num, &p)) {
      return Status::Corruption("store corruption: a provenance record of statement (" + std::to_string(st.s) + " " +
                                std::to_string(st.p) + " " + std::to_string(st.o) + ") does not decode");
    }
    auto found = doc_ids.find(doc_num);
    if (found == doc_ids.end()) {
      auto id = DocIdOf(doc_num);
      if (!id.ok()) return id.status();
      found = doc_ids.emplace(doc_num, std::move(id).value()).first;
    }
    p.doc_id = found->second;
    out.push_back(std::move(p));
  }
  if (!it->status().ok()) return FromRocks(it->status(), "read provenance");
  return out;
}

Result<std::vector<Citation>> RocksStore::CitationsOf(const StatementIds& st) const {
  auto provenance = ProvenanceOf(st);
  if (!provenance.ok()) return provenance.status();
  std::vector<Citation> out;
  std::unordered_map<std::string, std::optional<DocumentRecord>> docs;
  for (auto& p : *provenance) {
    auto found = docs.find(p.doc_id);
    if (found == docs.end()) {
      auto doc = GetDocument(p.doc_id);
      if (!doc.ok()) return doc.status();
      found = docs.emplace(p.doc_id, std::move(doc).value()).first;
    }
    Citation c;
    if (const auto& d = found->second) {
      c.title = d->title;
      c.published = d->published;
      c.source = d->url.empty() ? d->source : d->url;
      if (p.start <= p.end && p.end <= d->text.size()) c.sentence = d->text.substr(p.start, p.end - p.start);
    } else {
      c.source = p.doc_id;  // imported facts: the named graph or the file
    }
    c.provenance = std::move(p);
    out.push_back(std::move(c));
  }
  return out;
}

Result<std::optional<DocumentRecord>> RocksStore::GetDocument(const std::string& doc_id) const {
  std::string v;
  bool found = false;
  KG_RETURN_IF_ERROR(ReadRaw(Cf::kDocs, doc_id, &v, &found));
  if (!found) return std::optional<DocumentRecord>();
  DocumentRecord d;
  if (!format::DecodeDocument(v, &d)) return Status::Corruption("store corruption: document " + doc_id + " does not decode");
  return std::optional<DocumentRecord>(std::move(d));
}

Status RocksStore::ForEachDocument(const std::function<bool(const DocumentRecord&)>& fn) const {
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ReadOpts(), cf(Cf::kDocs)));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    DocumentRecord d;
    if (!format::DecodeDocument(View(it->value()), &d)) {
      return Status::Corruption("store corruption: document " + it->key().ToString() + " does not decode");
    }
    if (!fn(d)) return Status::Ok();
  }
  return FromRocks(it->status(), "read documents");
}

Result<std::vector<TermId>> RocksStore::FindByName(const std::string& name) const {
  std::vector<TermId> out;
  std::string nk = text::NameKey(name);
  if (nk.empty()) return out;
  std::string prefix = nk + std::string(1, '\0');
  auto it = AcquireIterator(Cf::kNames);
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    if (it->key().size() != prefix.size() + 16) continue;
    TermId id = format::GetBe64(it->key().data() + prefix.size());
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  }
  Status status = FromRocks(it->status(), "read names");
  ReleaseIterator(Cf::kNames, std::move(it));
  if (!status.ok()) return status;
  return out;
}

Result<std::vector<std::pair<std::string, TermId>>> RocksStore::CompleteName(const std::string& prefix,
                                                                              size_t limit) const {
  std::vector<std::pair<std::string, TermId>> out;
  std::string nk = text::NameKey(prefix);
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ReadOpts(), cf(Cf::kNames)));
  for (it->Seek(nk); it->Valid() && it->key().starts_with(nk) && out.size() < limit; it->Next()) {
    auto key = View(it->key());
    if (key.size() < 17) continue;
    std::pair<std::string, TermId> entry{it->value().ToString(), format::GetBe64(key.data() + key.size() - 16)};
    if (std::find(out.begin(), out.end(), entry) == out.end()) out.push_back(std::move(entry));
  }
  KG_RETURN_IF_ERROR(FromRocks(it->status(), "read names"));
  return out;
}

Result<std::string> RocksStore::LabelOf(TermId id) const {
  std::string label;
  if (MemoGet(id, nullptr, &label)) return label;
  if (!label_records_) {
    auto computed = ComputeLabel(id);
    if (!computed.ok()) return computed;
    label = std::move(computed).value();
  } else if (options_.read_only) {
    // A reader's pooled iterator reads term and label in one seek (first
    // touch p50 2.9 -> 2.2 us), and the memo then has both.
    auto t = ResolveLabeled(id, &label);
    if (!t.ok() && t.status().code() != Status::Code::kNotFound) return t.status();
    return label;
  } else {
    // A writer has no iterator pool: one point read for a labelled entity,
    // the term for the fallback otherwise.
    std::string v;
    TermId literal = kNoTerm;
    std::string_view text;
    bool found = false;
    KG_RETURN_IF_ERROR(ReadRaw(Cf::kTerms, format::LabelKey(id), &v, &found));
    if (found && format::DecodeLabelValue(v, &literal, &text)) {
      label.assign(text);
    } else if (auto t = Resolve(id); t.ok()) {
      label = FallbackLabel(*t);
    } else if (t.status().code() != Status::Code::kNotFound) {
      return t.status();
    }
  }
  MemoPut(id, nullptr, &label);
  return label;
}

std::string RocksStore::FallbackLabel(const Term& t) {
  if (t.kind == TermKind::kIri) return std::string(vocab::LocalName(t.value));
  if (t.kind == TermKind::kBlank) return "_:" + t.value;
  return t.value;
}

// Schema-1 stores (no label records) opened read-only; label records cache this.
Result<std::string> RocksStore::ComputeLabel(TermId id) const {
  auto cursor = Scan(Pattern{id, label_, kNoTerm});
  if (cursor->Valid()) {
    auto t = Resolve(cursor->Current().o);
    if (t.ok()) return t->value;
  }
  KG_RETURN_IF_ERROR(cursor->status());
  auto t = Resolve(id);
  if (!t.ok()) {
    if (t.status().code() == Status::Code::kNotFound) return std::string();
    return t.status();
  }
  return FallbackLabel(*t);
}

Result<StoreCounts> RocksStore::Counts() const {
  Status status;
  auto get = [&](std::string_view name) -> uint64_t {
    auto n = ReadCount(format::GlobalCountKey(name));
    if (!n.ok()) {
      if (status.ok()) status = n.status();
      return 0;
    }
    return static_cast<uint64_t>(std::max<int64_t>(0, *n));
  };
  StoreCounts c;
  c.documents = get(format::kCountDocuments);
  c.statements = get(format::kCountStatements);
  c.terms = get(format::kCountTerms);
  c.entities = get(format::kCountEntities);
  KG_RETURN_IF_ERROR(status);
  auto predicates = PredicateCounts();
  if (!predicates.ok()) return predicates.status();
  c.predicates = predicates->size();
  return c;
}

Result<std::vector<std::pair<TermId, uint64_t>>> RocksStore::CountsWithPrefix(char tag) const {
  std::vector<std::pair<TermId, uint64_t>> out;
  std::string prefix(1, tag);
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ReadOpts(), cf(Cf::kCounts)));
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    if (it->key().size() != 9) continue;
    int64_t n = format::DecodeCount(View(it->value()));
    if (n > 0) out.emplace_back(format::GetBe64(it->key().data() + 1), static_cast<uint64_t>(n));
  }
  KG_RETURN_IF_ERROR(FromRocks(it->status(), "read counters"));
  return out;
}

Result<std::vector<std::pair<TermId, uint64_t>>> RocksStore::PredicateCounts() const {
  return CountsWithPrefix(format::kCountPredicate);
}

Result<std::vector<std::pair<TermId, uint64_t>>> RocksStore::TypeCounts() const {
  return CountsWithPrefix(format::kCountType);
}

Status FromRocks(const rocksdb::Status& s, const std::string& what) {
  if (s.ok()) return Status::Ok();
  if (s.IsNotFound()) return Status::NotFound(what + ": " + s.ToString());
  if (s.IsCorruption()) return Status::Corruption(what + ": " + s.ToString());
  if (s.IsInvalidArgument()) return Status::InvalidArgument(what + ": " + s.ToString());
  // A full disk in the user's words (RocksDB's message names its own files).
  if (s.IsNoSpace() || s.ToString().find("No space left") != std::string::npos) {
    return Status::IOError(what + ": no space left on device");
  }
  return Status::IOError(what + ": " + s.ToString());
}

}  // namespace kg::graph
