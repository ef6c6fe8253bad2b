// RocksStore: the Store over RocksDB (graph-internal; other layers use store.h).
// rocksdb types are only forward-declared here so that rocksdb headers stay in
// graph/*.cc. Thread-safety: as Store; writes hold write_mu_.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/format.h"
#include "graph/range_memo.h"
#include "graph/small_range_cache.h"
#include "graph/store.h"
#include "graph/term_memo.h"

namespace rocksdb {
class DB;
class ColumnFamilyHandle;
class Iterator;
class Cache;
class Status;
struct Options;
struct ColumnFamilyOptions;
}  // namespace rocksdb

namespace kg::graph {

// A RocksDB status as ours, prefixed with `what` (NotFound, Corruption,
// InvalidArgument kept; a full disk said plainly; anything else IOError).
Status FromRocks(const rocksdb::Status& s, const std::string& what);

class RocksStore : public Store {
 public:
  RocksStore(std::string path, const StoreOptions& options);
  ~RocksStore() override;

  Status OpenDb();

  Result<WriteSummary> WriteDocument(const DocumentBatch& batch) override;
  Status ImportFacts(const std::vector<Fact>& facts, uint64_t* added) override;
  Status ApplyEdit(const StoreEdit& edit) override;
  Result<ForgetSummary> ForgetDocuments(const std::vector<std::string>& doc_ids) override;
  Result<uint64_t> CountDocumentStatements(const std::string& doc_id) const override;
  Result<std::unique_ptr<BulkImport>> BeginBulkImport(const BulkImportOptions& options) override;
  Result<std::optional<std::string>> GetRecord(const std::string& key) const override;
  Status ForEachRecord(const std::string& prefix,
                       const std::function<bool(const std::string&, const std::string&)>& fn) const override;

  Result<TermId> Lookup(const Term& term) const override;
  Result<Term> Resolve(TermId id) const override;
  bool snapshot() const override { return options_.read_only; }
  Result<Term> ResolveLabeled(TermId id, std::string* label) const override;
  std::unique_ptr<StatementCursor> Scan(const Pattern& pattern) const override;
  // Scan, telling a reader's small-range cache what it reads only if `record`.
  std::unique_ptr<StatementCursor> ScanIndex(const Pattern& pattern, bool record) const;
  Status ContainsBatch(const std::vector<StatementIds>& statements, std::vector<uint8_t>* found) const override;
  uint64_t EstimateCount(const Pattern& pattern) const override;
  Result<std::vector<Provenance>> ProvenanceOf(const StatementIds& st) const override;
  Result<std::vector<Citation>> CitationsOf(const StatementIds& st) const override;
  Result<std::optional<DocumentRecord>> GetDocument(const std::string& doc_id) const override;
  Status ForEachDocument(const std::function<bool(const DocumentRecord&)>& fn) const override;
  Result<std::vector<TermId>> FindByName(const std::string& name) const override;
  Result<std::vector<std::pair<std::string, TermId>>> CompleteName(const std::string& prefix,
                                                                   size_t limit) const override;
  Result<std::string> LabelOf(TermId id) const override;
  Result<StoreCounts> Counts() const override;
  Result<std::vector<std::pair<TermId, uint64_t>>> PredicateCounts() const override;
  Result<std::vector<std::pair<TermId, uint64_t>>> TypeCounts() const override;
  Result<CheckReport> Check(size_t max_problems) const override;  // graph/store_check.cc

  // --- for the bulk importer (graph/bulk_import.cc) ---
  rocksdb::DB* db() const { return db_.get(); }
  rocksdb::ColumnFamilyHandle* cf(format::Cf c) const;
  const std::string& path() const { return path_; }
  std::mutex& write_mutex() { return write_mu_; }
  TermId rdf_type_id() const { return rdf_type_; }
  TermId label_id() const { return label_; }
  TermId alias_id() const { return alias_; }
  // Options for writing an SST file of column family `c` (bulk import).
  rocksdb::Options SstOptions(format::Cf c) const;
  // True if `key` is stored (a read error counts as absent: for the writer's
  // own bookkeeping, whose write would fail on the same error).
  bool GetRaw(format::Cf c, std::string_view key, std::string* v) const;
  // A point read that tells "absent" (*found = false, Ok) from a read error.
  Status ReadRaw(format::Cf c, std::string_view key, std::string* v, bool* found) const;
  // Options of every read (checksums verified, readers' too).
  rocksdb::ReadOptions ReadOpts() const;
  // A counter's value; ReadCount reports read errors, GetCount (planner
  // estimates, bulk import's bookkeeping) reads an unreadable counter as 0.
  int64_t GetCount(const std::string& key) const;
  Result<int64_t> ReadCount(const std::string& key) const;
  // An unbounded iterator over `c`; give it back with ReleaseIterator. A
  // read-only store sees one fixed state, so it keeps released iterators and
  // re-seeks them (creating one costs several point reads); a writable store
  // creates a fresh one each time so every read sees the latest writes.
  std::unique_ptr<rocksdb::Iterator> AcquireIterator(format::Cf c) const;
  void ReleaseIterator(format::Cf c, std::unique_ptr<rocksdb::Iterator> it) const;

 private:
  class Txn;
  static void PutRecords(Txn* txn, const std::vector<RecordWrite>& records);
  static rocksdb::Options MakeOptions(bool bulk);
  static rocksdb::ColumnFamilyOptions MakeCfOptions(format::Cf c, const std::shared_ptr<rocksdb::Cache>& cache);
  Status CheckSchemaVersion(bool fresh);
  Result<std::string> DocIdOf(uint64_t doc_num) const;
  // Schema 1 -> 2: writes a label record for every labelled entity, then the
  // new version (an interrupted upgrade is redone at the next writable open).
  Status UpgradeToLabelRecords();
  // LabelOf of a schema-1 store (no label records): from the SPO index.
  Result<std::string> ComputeLabel(TermId id) const;
  // The label of an entity without label statements: from its own term.
  static std::string FallbackLabel(const Term& term);
  // Read-only stores: the memoised term and/or label of `id`. MemoGet fills
  // each non-null output and is true only if every one of them was memoised.
  bool MemoGet(TermId id, Term* term, std::string* label) const;
  void MemoPut(TermId id, const Term* term, const std::string* label) const;
  // KG_CHECK_CACHES builds: aborts unless the memoised parts equal a fresh read.
  void CheckMemoisedTerm(TermId id, const Term* term, const std::string* label) const;
  Result<std::vector<std::pair<TermId, uint64_t>>> CountsWithPrefix(char tag) const;

  // Directory under the store where bulk imports stage their files.
  std::string ImportTempDir() const { return path_ + "/import.tmp"; }

  std::string path_;
  StoreOptions options_;
  std::shared_ptr<rocksdb::Cache> cache_;
  std::unique_ptr<rocksdb::DB> db_;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
  std::mutex write_mu_;
  TermId rdf_type_ = kNoTerm, label_ = kNoTerm, alias_ = kNoTerm;
  // False only for a schema-1 store opened read-only: it has no label
  // records, so labels are computed from the SPO index (ComputeLabel).
  bool label_records_ = true;
  // Read-only stores only (their state never changes): re-seekable iterators
  // per column family, resolved terms and labels, counters and small ranges.
  mutable std::mutex pool_mu_;
  mutable std::vector<std::vector<std::unique_ptr<rocksdb::Iterator>>> pool_;
  mutable TermMemo memo_;
  mutable RangeMemo ranges_;  // small ranges EstimateCount counted
  mutable SmallRangeCache small_ranges_;  // small ranges scans read to the end
  mutable std::mutex count_mu_;
  // Counters read (complete: the stored value, or 0 for an absent counter;
  // never invalidated: only read-only stores fill it; checked against the
  // store in KG_CHECK_CACHES builds).
  mutable std::unordered_map<std::string, int64_t> count_memo_;
};

}  // namespace kg::graph
