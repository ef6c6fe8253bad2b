// Store: the RocksDB-backed fact store, front door of graph/.
//
// Layout (see graph/format.h and docs/store_format.md): a term dictionary
// (Term <-> TermId), statements as fixed-width keys in three orders (SPO, POS,
// OSP column families) so any triple pattern is one prefix scan, provenance per
// statement, documents, an alias index (NameKey -> entity ids), each entity's
// display label and counts.
//
// Thread-safety: a Store may be shared by threads for reads; writes
// (WriteDocument, Import*) are serialised internally. One process may hold a
// store writable at a time; read-only opens never block and never block a writer.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "graph/document_record.h"
#include "graph/statement.h"
#include "graph/term.h"
#include "util/status.h"

namespace kg::graph {

struct StoreOptions {
  bool read_only = false;          // readers: query, shell, export, stats
  bool create_if_missing = true;   // writers create the directory on first write
};

// A named record kept beside the graph, not a statement: the layers above the
// store keep their own state in records (curate/: the user's curations and each
// document's facts as extracted). An empty `value` deletes the record.
struct RecordWrite {
  std::string key;
  std::optional<std::string> value;
};

// A document and everything extracted from it, written as one atomic batch.
struct DocumentBatch {
  DocumentRecord document;
  std::vector<Fact> facts;           // provenance.doc_id must equal document.id
  std::vector<RecordWrite> records;  // written in the same batch
};

// Replaces every provenance entry of one document (or import source, or any
// other provenance graph) by `facts`: statements left without support go.
struct FactsReplacement {
  std::string doc_id;
  std::vector<Fact> facts;  // provenance.doc_id must equal doc_id
};

// Several replacements and records written as one atomic batch.
struct StoreEdit {
  std::vector<FactsReplacement> replacements;
  std::vector<RecordWrite> records;
};

// What Store::ForgetDocuments removed.
struct ForgetSummary {
  uint64_t documents = 0;           // document records removed
  uint64_t statements_removed = 0;  // statements left without any support, removed
};

struct WriteSummary {
  bool unchanged = false;        // same content already stored: nothing written
  bool replaced = false;         // an older version at the same source was replaced
  uint64_t statements_added = 0; // statements that did not exist before
  uint64_t statements_removed = 0;
};

// A triple pattern over ids; kNoTerm means unbound.
struct Pattern {
  TermId s = kNoTerm, p = kNoTerm, o = kNoTerm;
};

// Streams the statements matching a Pattern, in the order of the index chosen.
class StatementCursor {
 public:
  virtual ~StatementCursor() = default;
  virtual bool Valid() const = 0;
  virtual StatementIds Current() const = 0;
  virtual void Next() = 0;
  // Moves past the current statement and every following one whose id at
  // `position` (0 s, 1 p, 2 o) is the same. When that position comes right
  // after the scan's bound ones in its index order (o of a POS scan with p
  // bound), those statements are all adjacent: this is the next distinct value
  // of the position, which RocksStore reaches with one seek. REQUIRES: Valid().
  virtual void SkipSame(int position);
  // Non-ok if the scan hit a storage error.
  virtual Status status() const = 0;
};

struct StoreCounts {
  uint64_t documents = 0, statements = 0, terms = 0, entities = 0, predicates = 0;
};

// What Store::Check found: every table's checksums and the agreement of the
// indexes (SPO, POS, OSP), the counters and the provenance.
struct CheckReport {
  uint64_t statements = 0;            // statements in SPO
  std::vector<std::string> problems;  // empty: the store is sound
  bool truncated = false;             // more problems than were kept
};

struct BulkImportOptions {
  // Where sorted runs and SST files are staged before the atomic ingest
  // ("" = a fresh directory under the store, removed afterwards).
  std::string temp_dir;
  // Bytes of in-memory sort buffers before a run is spilled to disk; memory
  // stays near this bound however large the input.
  size_t memory_budget = 256u << 20;
};

struct BulkImportSummary {
  uint64_t facts = 0;             // facts given to Add
  uint64_t statements_added = 0;  // statements that did not exist before
};

// A large all-or-nothing import (kg import): facts stream into sorted files;
// nothing is visible to readers until Commit, which ingests every column
// family in one atomic step. Destroying it without Commit stores nothing.
// Not thread-safe; one BulkImport per writer at a time (Commit takes the
// store's write lock).
class BulkImport {
 public:
  virtual ~BulkImport() = default;
  // Errors: IOError when staging files cannot be written.
  virtual Status Add(const Fact& fact) = 0;
  // Errors: IOError/Corruption; on error nothing was stored.
  virtual Result<BulkImportSummary> Commit() = 0;
};

class Store {
 public:
  // Opens (or creates) the store at `path`.
  // Errors: IOError if unreadable; Locked ("store P is locked by another kg
  // process") if another writer holds it; NotFound if read_only and missing;
  // Corruption/InvalidArgument if its schema version differs. A schema-1
  // store is read as is by a reader and upgraded in place by a writer.
  static Result<std::unique_ptr<Store>> Open(const std::string& path, const StoreOptions& options);

  virtual ~Store() = default;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // --- writes (writable stores only; each call is one atomic WriteBatch) ---

  // Writes the document and its facts. Same id already stored: unchanged.
  // Another document at the same source: the old one is replaced, statements
  // only it supported are removed, others keep their other citations.
  virtual Result<WriteSummary> WriteDocument(const DocumentBatch& batch) = 0;

  // Retracts stored documents (by DocumentRecord id) in one atomic write:
  // each one's provenance, every statement that is then left without support
  // (so entities and events nothing else states disappear with their type and
  // name statements), the document records and their source entries.
  // Statements other documents support keep those citations. The store is
  // then as if the documents had never been ingested (terms aside, which are
  // never removed). Errors: NotFound naming the first id that is not a stored
  // document (nothing changes); InvalidArgument on a read-only store.
  virtual Result<ForgetSummary> ForgetDocuments(const std::vector<std::string>& doc_ids) = 0;

  // Writes imported facts; provenance.doc_id is the named graph or the file.
  // All or nothing. Counts added statements into `added`.
  virtual Status ImportFacts(const std::vector<Fact>& facts, uint64_t* added) = 0;

  // Applies `edit` all or nothing (replacements in order, then records).
  // Errors: InvalidArgument on a read-only store or a fact whose provenance
  // names another document; IOError/Corruption (nothing written).
  virtual Status ApplyEdit(const StoreEdit& edit) = 0;

  // Starts a streaming all-or-nothing import (see BulkImport). Errors:
  // InvalidArgument on a read-only store, IOError if staging fails.
  virtual Result<std::unique_ptr<BulkImport>> BeginBulkImport(const BulkImportOptions& options) = 0;

  // --- reads ---
  // Every read reports storage errors: Corruption (a checksum or a record
  // that does not decode) or IOError, never a silent "not found" or a short
  // answer. Not found is not an error: it is kNoTerm, nullopt or empty.

  // --- dictionary ---
  // The id of a stored term; kNoTerm when the store has never seen it.
  virtual Result<TermId> Lookup(const Term& term) const = 0;
  virtual Result<Term> Resolve(TermId id) const = 0;
  // Resolve(id) and, when `label` is not null, *label = LabelOf(id), in one
  // read where the store can (RocksStore: one seek over the adjacent term and
  // label records). On error *label is left empty. The default calls both.
  virtual Result<Term> ResolveLabeled(TermId id, std::string* label) const;

  // --- statements ---
  // Picks the index whose bound prefix is longest (SPO, POS or OSP).
  virtual std::unique_ptr<StatementCursor> Scan(const Pattern& pattern) const = 0;
  // Existence of many fully bound statements: found[i] = 1 if statements[i]
  // is stored, else 0; `found` is resized to match. A read error is returned
  // (found is then unspecified). RocksStore answers all in one batched point
  // read. The default scans each.
  virtual Status ContainsBatch(const std::vector<StatementIds>& statements, std::vector<uint8_t>* found) const;
  // Estimated number of matches: exact for predicate-only and fully-unbound
  // patterns and below about a thousand matches; beyond, a magnitude. A
  // planner's hint, so a read error gives an estimate (0) rather than a
  // Status: the scan that follows reads the same keys and reports it.
  virtual uint64_t EstimateCount(const Pattern& pattern) const = 0;
  // All provenance of one statement (empty if unknown). Corruption when a
  // provenance record does not decode.
  virtual Result<std::vector<Provenance>> ProvenanceOf(const StatementIds& st) const = 0;
  // Provenance joined with document metadata and sentence text.
  virtual Result<std::vector<Citation>> CitationsOf(const StatementIds& st) const = 0;

  // --- documents ---
  // nullopt when no document has this id.
  virtual Result<std::optional<DocumentRecord>> GetDocument(const std::string& doc_id) const = 0;
  // Calls fn for each document until it returns false; a read error stops
  // the walk and is returned.
  virtual Status ForEachDocument(const std::function<bool(const DocumentRecord&)>& fn) const = 0;

  // --- records (see RecordWrite) ---
  // nullopt when no record has this key.
  virtual Result<std::optional<std::string>> GetRecord(const std::string& key) const = 0;
  // Every record whose key starts with `prefix`, in key order, until fn
  // returns false; a read error stops the walk and is returned.
  virtual Status ForEachRecord(const std::string& prefix,
                             const std::function<bool(const std::string& key, const std::string& value)>& fn) const = 0;
  // How many statements the document supports (its facts; 0 if unknown).
  virtual Result<uint64_t> CountDocumentStatements(const std::string& doc_id) const = 0;

  // --- names ---
  // Entities whose label or alias has this NameKey (util/text.h).
  virtual Result<std::vector<TermId>> FindByName(const std::string& name) const = 0;
  // Up to `limit` (label, id) pairs whose NameKey starts with NameKey(prefix).
  virtual Result<std::vector<std::pair<std::string, TermId>>> CompleteName(const std::string& prefix,
                                                                           size_t limit) const = 0;
  // The label of an entity (its first schema:name in SPO order, i.e. the one
  // with the smallest literal id), else its IRI's local name, "_:" + a blank
  // node's id, or a literal's value ("" for an unknown id).
  virtual Result<std::string> LabelOf(TermId id) const = 0;

  // Verifies the whole store: block checksums of every table file, then that
  // SPO, POS and OSP hold the same statements, that the statement counters
  // match them and that every statement has provenance. Problems (at most
  // `max_problems` kept) go into the report; a non-ok Status means the check
  // itself could not run. Reads everything: for `kg check`, not for queries.
  virtual Result<CheckReport> Check(size_t max_problems) const = 0;

  // True for a reader (StoreOptions::read_only): it sees the store as it was
  // when opened, so what it answers never changes and callers may cache it.
  virtual bool snapshot() const { return false; }

  // --- statistics (for the planner, `kg stats`, `.schema`) ---
  virtual Result<StoreCounts> Counts() const = 0;
  // (predicate id, statement count) for every predicate in use.
  virtual Result<std::vector<std::pair<TermId, uint64_t>>> PredicateCounts() const = 0;
  // (type id, entity count) for every rdf:type object in use.
  virtual Result<std::vector<std::pair<TermId, uint64_t>>> TypeCounts() const = 0;

 protected:
  Store() = default;
};

}  // namespace kg::graph
