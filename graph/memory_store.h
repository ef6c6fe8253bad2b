// MemoryStore: a Store held in ordinary containers, for tests and small
// tools. It answers every call of graph/store.h as RocksStore does (the same
// term ids, the same scan orders, provenance order, labels, name index and
// counters; tests/export/memory_store_parity_test.cc writes the same data
// into both and compares exports, query answers and every read), so the
// interface stays honest: nothing in it needs RocksDB. Nothing is
// persisted; EstimateCount is exact.
//
// Thread-safety: as Store: reads may run in parallel, writes are serialised
// and exclude reads (a cursor holds a copy of its matches, not a lock).
#pragma once

#include <map>
#include <memory>
#include <set>
#include <shared_mutex>
#include <string>

#include "graph/store.h"

namespace kg::graph {

class MemoryStore : public Store {
 public:
  MemoryStore();

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

  std::unique_ptr<StatementCursor> Scan(const Pattern& pattern) const override;
  uint64_t EstimateCount(const Pattern& pattern) const override;
  Result<std::vector<Provenance>> ProvenanceOf(const StatementIds& st) const override;
  Result<std::vector<Citation>> CitationsOf(const StatementIds& st) const override;

  Result<std::optional<DocumentRecord>> GetDocument(const std::string& doc_id) const override;
  Status ForEachDocument(const std::function<bool(const DocumentRecord&)>& fn) const override;

  Result<std::vector<TermId>> FindByName(const std::string& name) const override;
  Result<std::vector<std::pair<std::string, TermId>>> CompleteName(const std::string& prefix,
                                                                   size_t limit) const override;
  Result<std::string> LabelOf(TermId id) const override;

  Result<CheckReport> Check(size_t max_problems) const override;

  Result<StoreCounts> Counts() const override;
  Result<std::vector<std::pair<TermId, uint64_t>>> PredicateCounts() const override;
  Result<std::vector<std::pair<TermId, uint64_t>>> TypeCounts() const override;

 private:
  // Callers hold mu_ exclusively. Terms are checked for id collisions before
  // anything changes, so a failed call changes nothing.
  Status CheckTerms(const std::vector<Fact>& facts) const;
  bool AddFact(const Fact& f);  // true when the statement is new
  void RemoveDocumentFacts(uint64_t doc_num, uint64_t* removed);
  void RemoveStatement(const StatementIds& st);
  void PutRecords(const std::vector<RecordWrite>& records);
  std::vector<StatementIds> Matches(const Pattern& pattern) const;
  std::vector<Provenance> ProvenanceLocked(const StatementIds& st) const;
  std::optional<DocumentRecord> DocumentLocked(const std::string& doc_id) const;

  mutable std::shared_mutex mu_;
  TermId rdf_type_, label_, alias_;
  std::map<TermId, std::string> terms_;                       // id -> encoded term
  std::set<std::string> spo_, pos_, osp_;                     // statement keys, as RocksStore's indexes
  std::map<std::string, Provenance> provenance_;              // format::ProvKey -> provenance (doc_id set)
  std::map<uint64_t, std::set<std::string>> doc_statements_;  // DocNum -> SPO keys it supports
  std::map<std::string, DocumentRecord> documents_;           // by id
  std::map<std::string, std::string> sources_;                // source -> document id
  std::map<std::string, std::string> names_;                  // format::NameIndexKey -> label
  std::map<TermId, uint64_t> predicate_counts_, type_counts_;
  std::map<std::string, std::string> records_;
};

}  // namespace kg::graph
