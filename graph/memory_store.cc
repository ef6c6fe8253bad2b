#include "graph/memory_store.h"

#include <algorithm>
#include <mutex>

#include "graph/format.h"
#include "graph/term_codec.h"
#include "graph/vocabulary.h"
#include "util/text.h"

namespace kg::graph {
namespace {

using format::KeyOrder;

// The matches of a scan, copied when it starts.
class VectorCursor : public StatementCursor {
 public:
  explicit VectorCursor(std::vector<StatementIds> rows) : rows_(std::move(rows)) {}
  bool Valid() const override { return pos_ < rows_.size(); }
  StatementIds Current() const override { return rows_[pos_]; }
  void Next() override { ++pos_; }
  Status status() const override { return Status::Ok(); }

 private:
  std::vector<StatementIds> rows_;
  size_t pos_ = 0;
};

// All statements added at once or none (kg import's contract).
class MemoryBulkImport : public BulkImport {
 public:
  explicit MemoryBulkImport(MemoryStore* store) : store_(store) {}
  Status Add(const Fact& fact) override {
    facts_.push_back(fact);
    return Status::Ok();
  }
  Result<BulkImportSummary> Commit() override {
    BulkImportSummary summary;
    summary.facts = facts_.size();
    KG_RETURN_IF_ERROR(store_->ImportFacts(facts_, &summary.statements_added));
    facts_.clear();
    return summary;
  }

 private:
  MemoryStore* store_;
  std::vector<Fact> facts_;
};

std::string FallbackLabel(const Term& t) {
  if (t.kind == TermKind::kIri) return std::string(vocab::LocalName(t.value));
  if (t.kind == TermKind::kBlank) return "_:" + t.value;
  return t.value;
}

bool StartsWith(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

}  // namespace

MemoryStore::MemoryStore()
    : rdf_type_(TermIdOf(Term::Iri(std::string(vocab::kRdfType)))),
      label_(TermIdOf(Term::Iri(std::string(vocab::kLabel)))),
      alias_(TermIdOf(Term::Iri(std::string(vocab::kAlias)))) {}

Status MemoryStore::CheckTerms(const std::vector<Fact>& facts) const {
  std::map<TermId, std::string> batch;
  for (const auto& f : facts) {
    for (const Term* t : {&f.s, &f.p, &f.o}) {
      std::string enc = EncodeTerm(*t);
      TermId id = TermIdOfEncoded(enc);
      auto known = terms_.find(id);
      auto [in_batch, fresh] = batch.emplace(id, enc);
      if ((known != terms_.end() && known->second != enc) || (!fresh && in_batch->second != enc)) {
        return Status::Corruption("term id collision for '" + t->value + "' (store cannot hold this term)");
      }
    }
  }
  return Status::Ok();
}

bool MemoryStore::AddFact(const Fact& f) {
  StatementIds st{TermIdOf(f.s), TermIdOf(f.p), TermIdOf(f.o)};
  for (const Term* t : {&f.s, &f.p, &f.o}) terms_.emplace(TermIdOf(*t), EncodeTerm(*t));
  std::string spo = format::StatementKey(KeyOrder::kSpo, st);
  const bool added = spo_.insert(spo).second;
  if (added) {
    pos_.insert(format::StatementKey(KeyOrder::kPos, st));
    osp_.insert(format::StatementKey(KeyOrder::kOsp, st));
    ++predicate_counts_[st.p];
    if (st.p == rdf_type_) ++type_counts_[st.o];
    if ((st.p == label_ || st.p == alias_) && f.o.is_literal()) {
      std::string nk = text::NameKey(f.o.value);
      if (!nk.empty()) names_[format::NameIndexKey(nk, st.s, st.o)] = f.o.value;
    }
  }
  const uint64_t doc_num = format::DocNum(f.provenance.doc_id);
  provenance_[format::ProvKey(st, doc_num, f.provenance)] = f.provenance;
  doc_statements_[doc_num].insert(spo);
  return added;
}

void MemoryStore::RemoveStatement(const StatementIds& st) {
  spo_.erase(format::StatementKey(KeyOrder::kSpo, st));
  pos_.erase(format::StatementKey(KeyOrder::kPos, st));
  osp_.erase(format::StatementKey(KeyOrder::kOsp, st));
  if (--predicate_counts_[st.p] == 0) predicate_counts_.erase(st.p);
  if (st.p == rdf_type_ && --type_counts_[st.o] == 0) type_counts_.erase(st.o);
  if (st.p == label_ || st.p == alias_) {
    Term o;
    auto enc = terms_.find(st.o);
    if (enc != terms_.end() && DecodeTerm(enc->second, &o) && o.is_literal()) {
      names_.erase(format::NameIndexKey(text::NameKey(o.value), st.s, st.o));
    }
  }
}

void MemoryStore::RemoveDocumentFacts(uint64_t doc_num, uint64_t* removed) {
  auto stmts = doc_statements_.find(doc_num);
  if (stmts == doc_statements_.end()) return;
  std::string doc_key;
  format::PutBe64(&doc_key, doc_num);
  for (const std::string& spo : stmts->second) {
    const std::string prefix = spo + doc_key;
    for (auto it = provenance_.lower_bound(prefix);
         it != provenance_.end() && StartsWith(it->first, prefix);) {
      it = provenance_.erase(it);
    }
    auto other = provenance_.lower_bound(spo);
    if (other != provenance_.end() && StartsWith(other->first, spo)) continue;
    RemoveStatement(format::DecodeStatementKey(KeyOrder::kSpo, spo.data()));
    ++*removed;
  }
  doc_statements_.erase(stmts);
}

Result<WriteSummary> MemoryStore::WriteDocument(const DocumentBatch& batch) {
  const DocumentRecord& doc = batch.document;
  if (doc.id.empty()) return Status::InvalidArgument("document has no id");
  for (const auto& f : batch.facts) {
    if (f.provenance.doc_id != doc.id) {
      std::string message = "fact provenance names document '";
      message.append(f.provenance.doc_id).append("', not '").append(doc.id).append("'");
      return Status::InvalidArgument(message);
    }
  }
  std::unique_lock lock(mu_);
  WriteSummary summary;
  if (documents_.count(doc.id)) {
    summary.unchanged = true;
    return summary;
  }
  KG_RETURN_IF_ERROR(CheckTerms(batch.facts));
  if (!doc.source.empty() && doc.source != "-") {
    auto old = sources_.find(doc.source);
    if (old != sources_.end() && old->second != doc.id) {
      RemoveDocumentFacts(format::DocNum(old->second), &summary.statements_removed);
      documents_.erase(old->second);
      summary.replaced = true;
    }
    sources_[doc.source] = doc.id;
  }
  documents_[doc.id] = doc;
  for (const auto& f : batch.facts) summary.statements_added += AddFact(f) ? 1 : 0;
  PutRecords(batch.records);
  return summary;
}

void MemoryStore::PutRecords(const std::vector<RecordWrite>& records) {
  for (const auto& r : records) {
    if (r.value) {
      records_[r.key] = *r.value;
    } else {
      records_.erase(r.key);
    }
  }
}

Status MemoryStore::ApplyEdit(const StoreEdit& edit) {
  std::vector<Fact> all;
  for (const auto& r : edit.replacements) {
    for (const auto& f : r.facts) {
      if (f.provenance.doc_id != r.doc_id) {
        return Status::InvalidArgument("fact provenance names document '" + f.provenance.doc_id + "', not '" +
                                       r.doc_id + "'");
      }
      all.push_back(f);
    }
  }
  std::unique_lock lock(mu_);
  KG_RETURN_IF_ERROR(CheckTerms(all));
  for (const auto& r : edit.replacements) {
    uint64_t removed = 0;
    RemoveDocumentFacts(format::DocNum(r.doc_id), &removed);
    for (const auto& f : r.facts) AddFact(f);
  }
  PutRecords(edit.records);
  return Status::Ok();
}

Result<std::optional<std::string>> MemoryStore::GetRecord(const std::string& key) const {
  std::shared_lock lock(mu_);
  auto it = records_.find(key);
  if (it == records_.end()) return std::optional<std::string>();
  return std::optional<std::string>(it->second);
}

Status MemoryStore::ForEachRecord(const std::string& prefix,
                                  const std::function<bool(const std::string&, const std::string&)>& fn) const {
  std::shared_lock lock(mu_);
  for (auto it = records_.lower_bound(prefix); it != records_.end() && StartsWith(it->first, prefix); ++it) {
    if (!fn(it->first, it->second)) break;
  }
  return Status::Ok();
}

Result<ForgetSummary> MemoryStore::ForgetDocuments(const std::vector<std::string>& doc_ids) {
  std::unique_lock lock(mu_);
  for (const auto& id : doc_ids) {
    if (!documents_.count(id)) return Status::NotFound("no document " + id + " in the store");
  }
  ForgetSummary summary;
  for (const auto& id : doc_ids) {
    auto doc = documents_.find(id);
    if (doc == documents_.end()) continue;  // named twice
    RemoveDocumentFacts(format::DocNum(id), &summary.statements_removed);
    auto source = sources_.find(doc->second.source);
    if (source != sources_.end() && source->second == id) sources_.erase(source);
    documents_.erase(doc);
    ++summary.documents;
  }
  return summary;
}

Result<uint64_t> MemoryStore::CountDocumentStatements(const std::string& doc_id) const {
  std::shared_lock lock(mu_);
  auto it = doc_statements_.find(format::DocNum(doc_id));
  return static_cast<uint64_t>(it == doc_statements_.end() ? 0 : it->second.size());
}

Status MemoryStore::ImportFacts(const std::vector<Fact>& facts, uint64_t* added) {
  std::unique_lock lock(mu_);
  KG_RETURN_IF_ERROR(CheckTerms(facts));
  uint64_t n = 0;
  for (const auto& f : facts) n += AddFact(f) ? 1 : 0;
  if (added) *added += n;
  return Status::Ok();
}

Result<std::unique_ptr<BulkImport>> MemoryStore::BeginBulkImport(const BulkImportOptions&) {
  return std::unique_ptr<BulkImport>(std::make_unique<MemoryBulkImport>(this));
}

Result<TermId> MemoryStore::Lookup(const Term& term) const {
  std::shared_lock lock(mu_);
  std::string enc = EncodeTerm(term);
  auto it = terms_.find(TermIdOfEncoded(enc));
  if (it == terms_.end() || it->second != enc) return kNoTerm;
  return it->first;
}

Result<Term> MemoryStore::Resolve(TermId id) const {
  std::shared_lock lock(mu_);
  auto it = terms_.find(id);
  if (it == terms_.end()) return Status::NotFound("no term with id " + std::to_string(id));
  Term t;
  if (!DecodeTerm(it->second, &t)) return Status::Corruption("term " + std::to_string(id) + " is malformed");
  return t;
}

std::vector<StatementIds> MemoryStore::Matches(const Pattern& pattern) const {
  const StatementIds st{pattern.s, pattern.p, pattern.o};
  auto plan = format::PlanScan(pattern.s != kNoTerm, pattern.p != kNoTerm, pattern.o != kNoTerm);
  const std::set<std::string>& index = plan.order == KeyOrder::kSpo   ? spo_
                                       : plan.order == KeyOrder::kPos ? pos_
                                                                      : osp_;
  const std::string prefix = format::StatementPrefix(plan.order, st, plan.bound_prefix);
  std::vector<StatementIds> out;
  for (auto it = index.lower_bound(prefix); it != index.end() && StartsWith(*it, prefix); ++it) {
    out.push_back(format::DecodeStatementKey(plan.order, it->data()));
  }
  return out;
}

std::unique_ptr<StatementCursor> MemoryStore::Scan(const Pattern& pattern) const {
  std::shared_lock lock(mu_);
  return std::make_unique<VectorCursor>(Matches(pattern));
}

uint64_t MemoryStore::EstimateCount(const Pattern& pattern) const {
  std::shared_lock lock(mu_);
  return Matches(pattern).size();
}

std::vector<Provenance> MemoryStore::ProvenanceLocked(const StatementIds& st) const {
  std::vector<Provenance> out;
  const std::string prefix = format::StatementKey(KeyOrder::kSpo, st);
  for (auto it = provenance_.lower_bound(prefix); it != provenance_.end() && StartsWith(it->first, prefix);
       ++it) {
    out.push_back(it->second);
  }
  return out;
}

Result<std::vector<Provenance>> MemoryStore::ProvenanceOf(const StatementIds& st) const {
  std::shared_lock lock(mu_);
  return ProvenanceLocked(st);
}

std::optional<DocumentRecord> MemoryStore::DocumentLocked(const std::string& doc_id) const {
  auto it = documents_.find(doc_id);
  if (it == documents_.end()) return std::nullopt;
  return it->second;
}

Result<std::vector<Citation>> MemoryStore::CitationsOf(const StatementIds& st) const {
  std::shared_lock lock(mu_);
  std::vector<Citation> out;
  for (auto& p : ProvenanceLocked(st)) {
    Citation c;
    if (auto d = DocumentLocked(p.doc_id)) {
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

Result<std::optional<DocumentRecord>> MemoryStore::GetDocument(const std::string& doc_id) const {
  std::shared_lock lock(mu_);
  return DocumentLocked(doc_id);
}

Status MemoryStore::ForEachDocument(const std::function<bool(const DocumentRecord&)>& fn) const {
  std::shared_lock lock(mu_);
  for (const auto& [id, d] : documents_) {
    if (!fn(d)) break;
  }
  return Status::Ok();
}

Result<std::vector<TermId>> MemoryStore::FindByName(const std::string& name) const {
  std::shared_lock lock(mu_);
  std::vector<TermId> out;
  std::string nk = text::NameKey(name);
  if (nk.empty()) return out;
  const std::string prefix = nk + std::string(1, '\0');
  for (auto it = names_.lower_bound(prefix); it != names_.end() && StartsWith(it->first, prefix); ++it) {
    if (it->first.size() != prefix.size() + 16) continue;
    TermId id = format::GetBe64(it->first.data() + prefix.size());
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  }
  return out;
}

Result<std::vector<std::pair<std::string, TermId>>> MemoryStore::CompleteName(const std::string& prefix,
                                                                              size_t limit) const {
  std::shared_lock lock(mu_);
  std::vector<std::pair<std::string, TermId>> out;
  const std::string nk = text::NameKey(prefix);
  for (auto it = names_.lower_bound(nk);
       it != names_.end() && StartsWith(it->first, nk) && out.size() < limit; ++it) {
    if (it->first.size() < 17) continue;
    std::pair<std::string, TermId> entry{it->second,
                                         format::GetBe64(it->first.data() + it->first.size() - 16)};
    if (std::find(out.begin(), out.end(), entry) == out.end()) out.push_back(std::move(entry));
  }
  return out;
}

Result<std::string> MemoryStore::LabelOf(TermId id) const {
  std::shared_lock lock(mu_);
  auto labels = Matches(Pattern{id, label_, kNoTerm});
  Term t;
  if (!labels.empty()) {
    auto enc = terms_.find(labels.front().o);
    if (enc != terms_.end() && DecodeTerm(enc->second, &t)) return t.value;
  }
  auto enc = terms_.find(id);
  if (enc == terms_.end() || !DecodeTerm(enc->second, &t)) return std::string();
  return FallbackLabel(t);
}

Result<CheckReport> MemoryStore::Check(size_t max_problems) const {
  std::shared_lock lock(mu_);
  CheckReport report;
  report.statements = spo_.size();
  auto problem = [&](std::string what) {
    if (report.problems.size() >= max_problems) {
      report.truncated = true;
      return;
    }
    report.problems.push_back(std::move(what));
  };
  std::map<TermId, uint64_t> by_predicate;
  for (const std::string& key : spo_) {
    StatementIds st = format::DecodeStatementKey(KeyOrder::kSpo, key.data());
    const std::string name =
        "statement (" + std::to_string(st.s) + " " + std::to_string(st.p) + " " + std::to_string(st.o) + ")";
    if (!pos_.count(format::StatementKey(KeyOrder::kPos, st))) problem(name + " is in SPO but not in POS");
    if (!osp_.count(format::StatementKey(KeyOrder::kOsp, st))) problem(name + " is in SPO but not in OSP");
    if (ProvenanceLocked(st).empty()) problem(name + " has no provenance");
    ++by_predicate[st.p];
  }
  if (pos_.size() != spo_.size() || osp_.size() != spo_.size()) {
    problem("the indexes disagree: SPO " + std::to_string(spo_.size()) + ", POS " +
            std::to_string(pos_.size()) + ", OSP " + std::to_string(osp_.size()) + " statements");
  }
  if (by_predicate != predicate_counts_) problem("the predicate counters do not match the statements");
  return report;
}

Result<StoreCounts> MemoryStore::Counts() const {
  std::shared_lock lock(mu_);
  StoreCounts c;
  c.documents = documents_.size();
  c.statements = spo_.size();
  c.terms = terms_.size();
  c.predicates = predicate_counts_.size();
  TermId last = kNoTerm;
  for (const std::string& key : spo_) {
    TermId s = format::GetBe64(key.data());
    if (s == last) continue;
    last = s;
    Term t;
    auto enc = terms_.find(s);
    if (enc != terms_.end() && DecodeTerm(enc->second, &t) && !t.is_literal()) ++c.entities;
  }
  return c;
}

Result<std::vector<std::pair<TermId, uint64_t>>> MemoryStore::PredicateCounts() const {
  std::shared_lock lock(mu_);
  return std::vector<std::pair<TermId, uint64_t>>(predicate_counts_.begin(), predicate_counts_.end());
}

Result<std::vector<std::pair<TermId, uint64_t>>> MemoryStore::TypeCounts() const {
  std::shared_lock lock(mu_);
  return std::vector<std::pair<TermId, uint64_t>>(type_counts_.begin(), type_counts_.end());
}

}  // namespace kg::graph
