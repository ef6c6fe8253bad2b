// Label records (schema 2): LabelOf answers from one stored record that every
// write path keeps equal to the first (entity, schema:name, ?) statement in SPO
// order (the smallest label object id), or falls back to the term itself.
// Also ResolveLabeled, ContainsBatch and the in-place upgrade of a schema-1 store.
#include <gtest/gtest.h>
#include <rocksdb/db.h>  // test-only: to build a schema-1 store and inspect records
#include <rocksdb/merge_operator.h>

#include <algorithm>
#include <map>

#include "graph/format.h"
#include "graph/term_codec.h"
#include "tests/graph/test_util.h"
#include "tests/common/read_ok.h"

namespace kg::graph {
namespace {
using namespace testing;

// The label as the schema-1 code computed it, from public reads only: the
// object of the first label statement in SPO order, else the local name.
std::string ReferenceLabel(const Store& store, TermId id) {
  auto c = store.Scan(Pattern{id, *store.Lookup(LabelP()), kNoTerm});
  if (c->Valid()) return store.Resolve(c->Current().o)->value;
  auto t = store.Resolve(id);
  if (!t.ok()) return "";
  if (t->kind == TermKind::kBlank) return "_:" + t->value;
  return t->kind == TermKind::kIri ? std::string(vocab::LocalName(t->value)) : t->value;
}

// Of two label strings, the one LabelOf must pick: the smaller literal id.
std::string Smaller(const std::string& a, const std::string& b) {
  return TermIdOf(Term::String(a)) < TermIdOf(Term::String(b)) ? a : b;
}

// The store's counter merge (graph/rocks_store.cc), so a raw writable open
// can flush the counts column family while recovering the log.
class AddOperator : public rocksdb::AssociativeMergeOperator {
 public:
  bool Merge(const rocksdb::Slice&, const rocksdb::Slice* existing, const rocksdb::Slice& value,
             std::string* new_value, rocksdb::Logger*) const override {
    int64_t a = existing ? format::DecodeCount({existing->data(), existing->size()}) : 0;
    *new_value = format::EncodeCount(a + format::DecodeCount({value.data(), value.size()}));
    return true;
  }
  const char* Name() const override { return format::kAddMergeOperatorName; }
};

// Raw RocksDB access to a closed store (tests only).
class RawDb {
 public:
  explicit RawDb(const std::string& path) {
    std::vector<rocksdb::ColumnFamilyDescriptor> cfds;
    for (const char* n : format::kCfNameList) cfds.emplace_back(n, rocksdb::ColumnFamilyOptions());
    cfds[static_cast<size_t>(format::Cf::kCounts)].options.merge_operator = std::make_shared<AddOperator>();
    rocksdb::DB* db = nullptr;
    ok_ = rocksdb::DB::Open(rocksdb::Options(), path, cfds, &handles_, &db).ok();
    db_.reset(db);
  }
  ~RawDb() {
    for (auto* h : handles_) db_->DestroyColumnFamilyHandle(h);
  }
  bool ok() const { return ok_; }
  rocksdb::ColumnFamilyHandle* cf(format::Cf c) { return handles_[static_cast<size_t>(c)]; }
  std::string Version() {
    std::string v;
    db_->Get(rocksdb::ReadOptions(), cf(format::Cf::kDefault), std::string(format::kMetaSchemaVersion), &v);
    return v;
  }
  void SetVersion(const std::string& v) {
    db_->Put(rocksdb::WriteOptions(), cf(format::Cf::kDefault), std::string(format::kMetaSchemaVersion), v);
  }
  // Every label record as entity id -> (literal id, text).
  std::map<TermId, std::pair<TermId, std::string>> Labels() {
    std::map<TermId, std::pair<TermId, std::string>> out;
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), cf(format::Cf::kTerms)));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      if (it->key().size() != format::kLabelKeyWidth) continue;
      TermId lit = kNoTerm;
      std::string_view text;
      EXPECT_EQ(it->key()[8], 'L');
      EXPECT_TRUE(format::DecodeLabelValue({it->value().data(), it->value().size()}, &lit, &text));
      out[format::GetBe64(it->key().data())] = {lit, std::string(text)};
    }
    return out;
  }
  // Removes the label records: what a schema-1 store holds.
  void DropLabels() {
    for (const auto& [id, unused] : Labels()) {
      db_->Delete(rocksdb::WriteOptions(), cf(format::Cf::kTerms), format::LabelKey(id));
    }
  }

 private:
  bool ok_ = false;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
  std::unique_ptr<rocksdb::DB> db_;
};

DocumentBatch Doc(const std::string& id, const std::string& source, std::vector<Fact> facts) {
  DocumentBatch b;
  b.document = {id, source, "", "", "", "", "", "text of " + id, {}, ""};
  for (auto& f : facts) f.provenance.doc_id = id;
  b.facts = std::move(facts);
  return b;
}

TEST(Labels, RecordWrittenWithTheFirstLabelStatement) {
  TempDir dir;
  {
    auto store = OpenOrDie(dir.path());
    ASSERT_TRUE(store->ImportFacts({F(E("ana"), LabelP(), Term::String("Ana Lima"), "g"),
                                    F(E("ana"), V("met"), E("bo"), "g"), F(E("bo"), TypeP(), V("Person"), "g")},
                                   nullptr)
                    .ok());
    TermId ana = *store->Lookup(E("ana")), bo = *store->Lookup(E("bo"));
    EXPECT_EQ(kg::testing::Ok(store->LabelOf(ana)), "Ana Lima");
    EXPECT_EQ(kg::testing::Ok(store->LabelOf(bo)), "bo");  // no label: local name of urn:kg:entity:bo
    // A second label in a later batch: the one with the smaller literal id wins.
    ASSERT_TRUE(store->WriteDocument(Doc("d1", "a.txt", {F(E("ana"), LabelP(), Term::String("Ana B. Lima"), "")})).ok());
    EXPECT_EQ(kg::testing::Ok(store->LabelOf(ana)), Smaller("Ana Lima", "Ana B. Lima"));
    EXPECT_EQ(kg::testing::Ok(store->LabelOf(ana)), ReferenceLabel(*store, ana));
    // A label for a subject first seen in the same batch.
    ASSERT_TRUE(store->WriteDocument(Doc("d2", "b.txt",
                                         {F(E("cy"), V("met"), E("ana"), ""),
                                          F(E("cy"), LabelP(), Term::String("Cy Dale"), "")}))
                    .ok());
    EXPECT_EQ(kg::testing::Ok(store->LabelOf(*store->Lookup(E("cy")))), "Cy Dale");
  }
  RawDb raw(dir.path());
  ASSERT_TRUE(raw.ok());
  EXPECT_EQ(raw.Version(), "2");
  auto labels = raw.Labels();
  ASSERT_EQ(labels.size(), 2u);  // ana and cy; bo has none
  const std::string first = Smaller("Ana Lima", "Ana B. Lima");
  EXPECT_EQ(labels[TermIdOf(E("ana"))], std::make_pair(TermIdOf(Term::String(first)), first));
  EXPECT_EQ(labels[TermIdOf(E("cy"))], std::make_pair(TermIdOf(Term::String("Cy Dale")), std::string("Cy Dale")));
}

TEST(Labels, ReplacingTheDocumentFallsBackToTheNextLabelThenTheName) {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  // Order the two labels by id so the test removes the winning one first.
  const std::string win = Smaller("Dana Ruiz", "D. Ruiz");
  const std::string other = win == "Dana Ruiz" ? "D. Ruiz" : "Dana Ruiz";
  ASSERT_TRUE(store->WriteDocument(Doc("v1", "one.txt", {F(E("dana"), LabelP(), Term::String(win), "")})).ok());
  ASSERT_TRUE(store->WriteDocument(Doc("w1", "two.txt", {F(E("dana"), LabelP(), Term::String(other), "")})).ok());
  TermId dana = *store->Lookup(E("dana"));
  EXPECT_EQ(kg::testing::Ok(store->LabelOf(dana)), win);
  // one.txt's new version no longer names her: the other label remains.
  auto r = store->WriteDocument(Doc("v2", "one.txt", {F(E("dana"), V("visited"), E("oslo"), "")}));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->replaced);
  EXPECT_EQ(kg::testing::Ok(store->LabelOf(dana)), other);
  // two.txt's new version drops it too: no label statement is left.
  ASSERT_TRUE(store->WriteDocument(Doc("w2", "two.txt", {F(E("dana"), V("met"), E("eli"), "")})).ok());
  EXPECT_TRUE(All(*store, Pattern{dana, *store->Lookup(LabelP()), kNoTerm}).empty());
  EXPECT_EQ(kg::testing::Ok(store->LabelOf(dana)), "dana");
  std::string label;
  auto t = store->ResolveLabeled(dana, &label);
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(label, "dana");
  // A reader sees the same.
  auto reader = OpenOrDie(dir.path(), true);
  EXPECT_EQ(kg::testing::Ok(reader->LabelOf(dana)), "dana");
}

TEST(Labels, BulkImportWritesRecordsAndKeepsASmallerStoredOne) {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  // Stored first: one label each for x and y.
  ASSERT_TRUE(store->ImportFacts({F(E("x"), LabelP(), Term::String("Xavier One"), "g0"),
                                  F(E("y"), LabelP(), Term::String("Yara One"), "g0")},
                                 nullptr)
                  .ok());
  auto import = store->BeginBulkImport({});
  ASSERT_TRUE(import.ok());
  std::vector<Fact> facts = {F(E("x"), LabelP(), Term::String("Xavier Two"), "g1"),
                             F(E("y"), LabelP(), Term::String("Yara Two"), "g1"),
                             F(E("z"), LabelP(), Term::String("Zoe Two"), "g1"),
                             F(E("z"), LabelP(), Term::String("Zoe Three"), "g1"),
                             F(E("z"), LabelP(), Term::String("Zoe Four"), "g1"),
                             F(E("w"), V("met"), E("z"), "g1")};
  // The ids order the candidates so that both branches run: x keeps its
  // stored label, y's imported one replaces it, z's last candidate wins.
  ASSERT_EQ(Smaller("Xavier One", "Xavier Two"), "Xavier One");
  ASSERT_EQ(Smaller("Yara One", "Yara Two"), "Yara Two");
  ASSERT_EQ(Smaller(Smaller("Zoe Two", "Zoe Three"), "Zoe Four"), "Zoe Four");
  for (const auto& f : facts) ASSERT_TRUE((*import)->Add(f).ok());
  ASSERT_TRUE((*import)->Commit().ok());
  EXPECT_EQ(kg::testing::Ok(store->LabelOf(*store->Lookup(E("x")))), Smaller("Xavier One", "Xavier Two"));
  EXPECT_EQ(kg::testing::Ok(store->LabelOf(*store->Lookup(E("y")))), Smaller("Yara One", "Yara Two"));
  EXPECT_EQ(kg::testing::Ok(store->LabelOf(*store->Lookup(E("z")))), Smaller(Smaller("Zoe Two", "Zoe Three"), "Zoe Four"));
  EXPECT_EQ(kg::testing::Ok(store->LabelOf(*store->Lookup(E("w")))), "w");
  for (const char* e : {"x", "y", "z", "w"}) {
    TermId id = *store->Lookup(E(e));
    EXPECT_EQ(kg::testing::Ok(store->LabelOf(id)), ReferenceLabel(*store, id)) << e;
  }
  // Label records are not terms.
  EXPECT_EQ(kg::testing::Ok(store->Counts()).terms, 13u);  // 4 entities, name, met, 7 literals
}

TEST(Labels, SchemaOneStoreIsReadAsIsAndUpgradedByAWriter) {
  TempDir dir;
  {
    auto store = OpenOrDie(dir.path());
    ASSERT_TRUE(store->ImportFacts({F(E("ivo"), LabelP(), Term::String("Ivo Penn"), "g"),
                                    F(E("ivo"), LabelP(), Term::String("I. Penn"), "g"),
                                    F(E("jan"), LabelP(), Term::String("Jan Orr"), "g"),
                                    F(E("kai"), V("met"), E("jan"), "g")},
                                   nullptr)
                    .ok());
  }
  {
    RawDb raw(dir.path());
    ASSERT_TRUE(raw.ok());
    ASSERT_EQ(raw.Labels().size(), 2u);
    raw.DropLabels();
    raw.SetVersion("1");
    ASSERT_TRUE(raw.Labels().empty());
  }
  const TermId ivo = TermIdOf(E("ivo")), jan = TermIdOf(E("jan")), kai = TermIdOf(E("kai"));
  const std::string ivo_label = Smaller("Ivo Penn", "I. Penn");
  {
    // A reader computes labels from SPO and writes nothing.
    auto reader = OpenOrDie(dir.path(), true);
    ASSERT_TRUE(reader);
    EXPECT_EQ(kg::testing::Ok(reader->LabelOf(ivo)), ivo_label);
    EXPECT_EQ(kg::testing::Ok(reader->LabelOf(jan)), "Jan Orr");
    EXPECT_EQ(kg::testing::Ok(reader->LabelOf(kai)), "kai");
    std::string label;
    auto t = reader->ResolveLabeled(jan, &label);
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t->value, "urn:kg:entity:jan");
    EXPECT_EQ(label, "Jan Orr");
  }
  {
    RawDb raw(dir.path());
    EXPECT_EQ(raw.Version(), "1");
    EXPECT_TRUE(raw.Labels().empty());
  }
  {
    auto writer = OpenOrDie(dir.path());  // upgrades
    ASSERT_TRUE(writer);
    EXPECT_EQ(kg::testing::Ok(writer->LabelOf(ivo)), ivo_label);
  }
  {
    RawDb raw(dir.path());
    EXPECT_EQ(raw.Version(), "2");
    auto labels = raw.Labels();
    ASSERT_EQ(labels.size(), 2u);
    EXPECT_EQ(labels[ivo], std::make_pair(TermIdOf(Term::String(ivo_label)), ivo_label));
    EXPECT_EQ(labels[jan].second, "Jan Orr");
  }
  auto reader = OpenOrDie(dir.path(), true);
  EXPECT_EQ(kg::testing::Ok(reader->LabelOf(ivo)), ivo_label);
  EXPECT_EQ(kg::testing::Ok(reader->LabelOf(kai)), "kai");
}

TEST(Labels, ResolveLabeledGivesTermAndLabel) {
  TempDir dir;
  {
    auto store = OpenOrDie(dir.path());
    ASSERT_TRUE(store->ImportFacts({F(E("lea"), LabelP(), Term::String("Lea Moss"), "g"),
                                    F(E("lea"), V("met"), Term::Blank("b7"), "g"),
                                    F(E("lea"), V("age"), Term::Number("41"), "g")},
                                   nullptr)
                    .ok());
  }
  for (bool ro : {false, true}) {
    auto store = OpenOrDie(dir.path(), ro);
    for (int pass = 0; pass < 2; ++pass) {  // the second pass reads the reader's memo
      std::string label = "stale";
      auto lea = store->ResolveLabeled(TermIdOf(E("lea")), &label);
      ASSERT_TRUE(lea.ok());
      EXPECT_EQ(*lea, E("lea"));
      EXPECT_EQ(label, "Lea Moss");
      auto blank = store->ResolveLabeled(TermIdOf(Term::Blank("b7")), &label);
      ASSERT_TRUE(blank.ok());
      EXPECT_EQ(blank->kind, TermKind::kBlank);
      EXPECT_EQ(label, "_:b7");
      auto num = store->ResolveLabeled(TermIdOf(Term::Number("41")), &label);
      ASSERT_TRUE(num.ok());
      EXPECT_EQ(label, "41");
      auto met = store->ResolveLabeled(TermIdOf(V("met")), &label);
      ASSERT_TRUE(met.ok());
      EXPECT_EQ(label, "met");
      auto missing = store->ResolveLabeled(TermIdOf(E("nobody")), &label);
      EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);
      EXPECT_EQ(label, "");
      auto plain = store->ResolveLabeled(TermIdOf(E("lea")), nullptr);
      ASSERT_TRUE(plain.ok());
      EXPECT_EQ(*plain, E("lea"));
      // The label literal itself is unlabelled: its value.
      EXPECT_EQ(kg::testing::Ok(store->LabelOf(TermIdOf(Term::String("Lea Moss")))), "Lea Moss");
    }
  }
}

TEST(Labels, ContainsBatchAnswersInOrder) {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  ASSERT_TRUE(store->ImportFacts({F(E("a"), V("met"), E("b"), "g"), F(E("b"), V("met"), E("c"), "g"),
                                  F(E("a"), TypeP(), V("Person"), "g")},
                                 nullptr)
                  .ok());
  auto ids = [&](const Term& s, const Term& p, const Term& o) {
    return StatementIds{TermIdOf(s), TermIdOf(p), TermIdOf(o)};
  };
  std::vector<StatementIds> q = {ids(E("a"), V("met"), E("b")),    ids(E("b"), V("met"), E("a")),
                                 ids(E("b"), V("met"), E("c")),    ids(E("a"), TypeP(), V("Person")),
                                 ids(E("a"), TypeP(), V("Place")), ids(E("a"), V("met"), E("b")),
                                 StatementIds{kNoTerm, kNoTerm, kNoTerm}};
  const std::vector<uint8_t> want = {1, 0, 1, 1, 0, 1, 0};
  std::vector<uint8_t> found = {9};
  ASSERT_TRUE(store->ContainsBatch(q, &found).ok());
  EXPECT_EQ(found, want);
  ASSERT_TRUE(store->ContainsBatch({}, &found).ok());
  EXPECT_TRUE(found.empty());
  store.reset();
  auto reader = OpenOrDie(dir.path(), true);
  ASSERT_TRUE(reader->ContainsBatch(q, &found).ok());
  EXPECT_EQ(found, want);
}

}  // namespace
}  // namespace kg::graph
