// The reconcile pass on both stores: links between documents that do not
// depend on the order or the runs in which documents arrive, and curations
// that survive new documents and can be undone.
#include "curate/reconcile.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>

#include "curate/curation_log.h"
#include "curate/records.h"
#include "graph/memory_store.h"
#include "graph/vocabulary.h"
#include "tests/common/read_ok.h"

namespace kg::curate {
namespace {

using graph::Fact;
using graph::Term;

const std::string kName(graph::vocab::kLabel);
const std::string kType(graph::vocab::kRdfType);
const std::string kPerson = graph::vocab::VocabIri("Person");
const std::string kSaid = graph::vocab::VocabIri("said");
const std::string kTitle = graph::vocab::VocabIri("title");

// An invented article: each person named, typed and saying one thing.
struct Person {
  std::string iri, label, said;
};
graph::DocumentBatch Doc(const std::string& id, const std::vector<Person>& persons) {
  graph::DocumentBatch b;
  b.document.id = id;
  b.document.source = id + ".txt";
  b.document.text = "text of " + id;
  auto add = [&](const std::string& s, const std::string& p, Term o) {
    Fact f{Term::Iri(s), Term::Iri(p), std::move(o), {}};
    f.provenance.doc_id = id;
    f.provenance.start = 0;
    f.provenance.end = 4;
    f.provenance.extractor = "test";
    b.facts.push_back(std::move(f));
  };
  for (const auto& p : persons) {
    add(p.iri, kType, Term::Iri(kPerson));
    add(p.iri, kName, Term::String(p.label));
    if (!p.said.empty()) add(p.iri, kSaid, Term::String(p.said));
  }
  b.records = IngestedDocumentRecords(b);
  return b;
}

const Person kDara{"urn:kg:entity:dara-okonkwo", "Dara Okonkwo", ""};
const Person kLone{"urn:kg:entity:okonkwo", "Okonkwo", "the harbour opens in spring"};
const Person kChidi{"urn:kg:entity:chidi-okonkwo", "Chidi Okonkwo", ""};
const Person kFerrand{"urn:kg:entity:tomas-ferrand", "Tomas Ferrand", "we agree"};

// Every statement with its provenance, as sorted text: equal dumps, equal stores.
std::vector<std::string> Dump(const graph::Store& store) {
  std::vector<std::string> out;
  auto cursor = store.Scan({});
  for (; cursor->Valid(); cursor->Next()) {
    auto st = cursor->Current();
    std::string line =
        store.Resolve(st.s)->value + " " + store.Resolve(st.p)->value + " " + store.Resolve(st.o)->value;
    for (const auto& p : kg::testing::Ok(store.ProvenanceOf(st))) {
      line += " | " + p.doc_id + " " + p.extractor + " " + p.attributed_to;
    }
    out.push_back(line);
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool Has(const std::vector<std::string>& dump, const std::string& prefix) {
  return std::any_of(dump.begin(), dump.end(), [&](const std::string& l) { return l.rfind(prefix, 0) == 0; });
}

class ReconcileTest : public ::testing::TestWithParam<bool> {
 protected:
  void TearDown() override {
    for (const auto& d : dirs_) std::filesystem::remove_all(d);
  }
  std::unique_ptr<graph::Store> NewStore() {
    if (!GetParam()) return std::make_unique<graph::MemoryStore>();
    auto dir = std::filesystem::temp_directory_path() /
               ("kg_reconcile_" + std::to_string(::getpid()) + "_" + std::to_string(dirs_.size()));
    std::filesystem::remove_all(dir);
    dirs_.push_back(dir);
    auto s = graph::Store::Open(dir.string(), graph::StoreOptions());
    EXPECT_TRUE(s.ok()) << s.status().message();
    return std::move(*s);
  }
  // Writes the documents, then reconciles (one kg ingest run).
  void Run(graph::Store& store, const std::vector<graph::DocumentBatch>& docs) {
    for (const auto& d : docs) ASSERT_TRUE(store.WriteDocument(d).ok());
    auto r = Reconcile(store);
    ASSERT_TRUE(r.ok()) << r.status().message();
  }
  std::vector<std::filesystem::path> dirs_;
};

TEST_P(ReconcileTest, LoneSurnameJoinsTheFullNameInAnyOrderAndRuns) {
  const auto full = Doc("doc-full", {kDara, kFerrand});
  const auto lone = Doc("doc-lone", {kLone});
  auto one = NewStore(), forward = NewStore(), backward = NewStore();
  Run(*one, {full, lone});
  Run(*forward, {full});
  Run(*forward, {lone});
  Run(*backward, {lone});
  Run(*backward, {full});
  const auto dump = Dump(*one);
  EXPECT_TRUE(Has(dump, "urn:kg:entity:dara-okonkwo " + kSaid + " the harbour opens in spring"));
  EXPECT_TRUE(Has(dump, "urn:kg:entity:dara-okonkwo " + std::string(graph::vocab::kAlias) + " Okonkwo"));
  EXPECT_FALSE(Has(dump, "urn:kg:entity:okonkwo "));
  EXPECT_EQ(Dump(*forward), dump);
  EXPECT_EQ(Dump(*backward), dump);
  EXPECT_EQ(kg::testing::Ok(LoadDerivedLinks(*one)).at("urn:kg:entity:okonkwo"), "urn:kg:entity:dara-okonkwo");
  EXPECT_EQ(kg::testing::Ok(one->Counts()).statements, dump.size());
}

TEST_P(ReconcileTest, ASecondFullNameWithTheSurnameUndoesTheLink) {
  auto linked = NewStore(), all = NewStore();
  Run(*linked, {Doc("doc-full", {kDara}), Doc("doc-lone", {kLone})});
  Run(*linked, {Doc("doc-chidi", {kChidi})});
  Run(*all, {Doc("doc-chidi", {kChidi}), Doc("doc-lone", {kLone}), Doc("doc-full", {kDara})});
  const auto dump = Dump(*linked);
  EXPECT_TRUE(Has(dump, "urn:kg:entity:okonkwo " + kSaid + " the harbour opens in spring"));
  EXPECT_FALSE(Has(dump, "urn:kg:entity:dara-okonkwo " + kSaid));
  EXPECT_TRUE(kg::testing::Ok(LoadDerivedLinks(*linked)).empty());
  EXPECT_EQ(Dump(*all), dump);
}

TEST_P(ReconcileTest, AWordOfAnOrganisationsNameIsNoSurname) {
  auto store = NewStore();
  const Person lone{"urn:kg:entity:velmar", "Velmar", "we won"};  // the club, typed Person by mistake
  auto club = Doc("doc-club", {lone});
  Fact org{Term::Iri("urn:kg:entity:velmar-rovers"),
           Term::Iri(kType),
           Term::Iri(graph::vocab::VocabIri("Organization")),
           {}};
  org.provenance.doc_id = "doc-club";
  Fact org_name{
      Term::Iri("urn:kg:entity:velmar-rovers"), Term::Iri(kName), Term::String("Velmar Rovers"), {}};
  org_name.provenance.doc_id = "doc-club";
  club.facts.push_back(org);
  club.facts.push_back(org_name);
  club.records = IngestedDocumentRecords(club);
  Run(*store, {club, Doc("doc-person", {{"urn:kg:entity:ilse-velmar", "Ilse Velmar", ""}})});
  EXPECT_TRUE(kg::testing::Ok(LoadDerivedLinks(*store)).empty());
  EXPECT_TRUE(Has(Dump(*store), "urn:kg:entity:velmar " + kSaid + " we won"));
}

// An event's label names its participants ("talks between Dara Okonkwo and
// Tomas Ferrand"): its words are no other thing's name, so they do not stop
// the lone surname from linking.
TEST_P(ReconcileTest, AWordOfAnEventsLabelStillLinks) {
  auto store = NewStore();
  auto full = Doc("doc-full", {kDara, kFerrand});
  const std::string talks = "urn:kg:entity:event-meeting-talks";
  for (const auto& [p, o] : std::vector<std::pair<std::string, Term>>{
           {kType, Term::Iri(graph::vocab::VocabIri("Event"))},
           {kType, Term::Iri(graph::vocab::VocabIri("Meeting"))},
           {kName, Term::String("talks between Dara Okonkwo and Tomas Ferrand")}}) {
    Fact f{Term::Iri(talks), Term::Iri(p), o, {}};
    f.provenance.doc_id = "doc-full";
    full.facts.push_back(f);
  }
  full.records = IngestedDocumentRecords(full);
  Run(*store, {full, Doc("doc-lone", {kLone})});
  EXPECT_EQ(kg::testing::Ok(LoadDerivedLinks(*store)).count("urn:kg:entity:okonkwo"), 1u);
  EXPECT_TRUE(Has(Dump(*store), "urn:kg:entity:dara-okonkwo " + kSaid + " the harbour opens in spring"));
}

TEST_P(ReconcileTest, CurationsHoldForDocumentsAddedLaterAndUndoRestores) {
  auto store = NewStore();
  Run(*store, {Doc("doc-a", {kFerrand, kChidi})});
  const auto before = Dump(*store);
  Curation reject;
  reject.kind = CurationKind::kReject;
  reject.pattern = {kFerrand.iri, kSaid, "", ""};
  reject.text = "reject";
  auto stored = AddCuration(*store, reject);
  ASSERT_TRUE(stored.ok()) << stored.status().message();
  EXPECT_EQ(stored->number, 1u);
  EXPECT_FALSE(Has(Dump(*store), kFerrand.iri + " " + kSaid));
  // A later article says the rejected thing again: it is not stored.
  Run(*store, {Doc("doc-b", {kFerrand})});
  EXPECT_FALSE(Has(Dump(*store), kFerrand.iri + " " + kSaid));

  Curation merge;
  merge.kind = CurationKind::kMerge;
  merge.entity = kChidi.iri;
  merge.other = kFerrand.iri;
  merge.by = "tester";
  ASSERT_TRUE(AddCuration(*store, merge).ok());
  auto merged = Dump(*store);
  EXPECT_FALSE(Has(merged, kFerrand.iri + " "));
  EXPECT_TRUE(Has(merged, kChidi.iri + " " + std::string(graph::vocab::kAlias) + " Tomas Ferrand"));
  EXPECT_TRUE(Has(merged, "urn:kg:curation:c2 " + graph::vocab::VocabIri("curatedBy") + " tester | " +
                              std::string(kCurationsGraph)));
  ASSERT_EQ(kg::testing::Ok(LoadCurations(*store)).size(), 2u);

  ASSERT_TRUE(UndoCuration(*store, 2).ok());
  ASSERT_TRUE(UndoCuration(*store, 1).ok());
  EXPECT_EQ(UndoCuration(*store, 1).status().code(), Status::Code::kNotFound);
  EXPECT_TRUE(kg::testing::Ok(LoadCurations(*store)).empty());
  auto fresh = NewStore();
  Run(*fresh, {Doc("doc-a", {kFerrand, kChidi}), Doc("doc-b", {kFerrand})});
  EXPECT_EQ(Dump(*store), Dump(*fresh));
  EXPECT_NE(Dump(*store), before);  // doc-b is there now
}

TEST_P(ReconcileTest, RenameGivesTheNewLabelAndKeepsTheOldAsAlias) {
  auto store = NewStore();
  Run(*store, {Doc("doc-a", {kFerrand})});
  Curation rename;
  rename.kind = CurationKind::kRename;
  rename.entity = kFerrand.iri;
  rename.label = "Tomas Ferrand-Lyle";
  ASSERT_TRUE(AddCuration(*store, rename).ok());
  auto id = kg::testing::StoredId(*store, Term::Iri(kFerrand.iri));
  ASSERT_TRUE(id);
  EXPECT_EQ(kg::testing::Ok(store->LabelOf(*id)), "Tomas Ferrand-Lyle");
  EXPECT_TRUE(
      Has(Dump(*store), kFerrand.iri + " " + std::string(graph::vocab::kAlias) + " Tomas Ferrand | doc-a"));
}

TEST_P(ReconcileTest, AReplacedDocumentsRecordsGo) {
  auto store = NewStore();
  Run(*store, {Doc("doc-v1", {kLone})});
  auto v2 = Doc("doc-v2", {kFerrand});
  v2.document.source = "doc-v1.txt";  // a new version at the same source
  v2.records = IngestedDocumentRecords(v2);
  Run(*store, {v2});
  EXPECT_FALSE(kg::testing::Ok(store->GetRecord(ExtractedKey("doc-v1"))));
  EXPECT_TRUE(kg::testing::Ok(store->GetRecord(ExtractedKey("doc-v2"))));
  EXPECT_FALSE(Has(Dump(*store), kLone.iri));
}

TEST_P(ReconcileTest, AFailedEditWritesNothing) {
  auto store = NewStore();
  Run(*store, {Doc("doc-a", {kFerrand})});
  const auto before = Dump(*store);
  graph::StoreEdit edit;
  edit.records.push_back({"curation-next", "7"});
  Fact wrong{Term::Iri(kFerrand.iri), Term::Iri(kTitle), Term::String("Admiral"), {}};
  wrong.provenance.doc_id = "another-doc";
  edit.replacements.push_back({"doc-a", {wrong}});
  EXPECT_EQ(store->ApplyEdit(edit).code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(Dump(*store), before);
  EXPECT_FALSE(kg::testing::Ok(store->GetRecord("curation-next")));
}

INSTANTIATE_TEST_SUITE_P(Stores, ReconcileTest, ::testing::Values(false, true),
                         [](const auto& info) { return info.param ? "Rocks" : "Memory"; });

}  // namespace
}  // namespace kg::curate
