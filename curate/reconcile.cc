#include "curate/reconcile.h"

#include <set>

#include "curate/identity_map.h"
#include "curate/records.h"
#include "curate/surname_links.h"
#include "graph/fact_codec.h"
#include "graph/term_codec.h"
#include "graph/vocabulary.h"
#include "util/text.h"

namespace kg::curate {
namespace {

using graph::Fact;
using graph::Term;

constexpr uint64_t kFactsHashSeed = 0x6b67637572617431;  // "kgcurat1"

std::string HashOf(const std::vector<Fact>& facts) {
  return std::to_string(graph::Hash64(graph::EncodeFacts(facts), kFactsHashSeed));
}

bool StartsWith(const std::string& s, std::string_view prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

// Words that, leading an alias, say the entity is a person ("Mr X").
bool IsHonorific(const std::string& word) {
  static const std::set<std::string> kHonorifics = {"mr", "mrs", "ms",   "miss", "mx",
                                                    "dr", "sir", "dame", "lord", "lady"};
  return kHonorifics.count(text::NameKey(word)) > 0;
}

// The persons a document's extracted facts name, and its non-persons.
void CollectNames(const std::vector<Fact>& facts, std::vector<PersonName>* persons, NonPersons* non_persons) {
  static const std::string person = graph::vocab::VocabIri("Person");
  static const std::string official = graph::vocab::VocabIri("Official");
  static const std::string title = graph::vocab::VocabIri("title");
  static const std::string said = graph::vocab::VocabIri("said");
  static const std::string event = graph::vocab::VocabIri("Event");
  std::set<std::string> typed_person, typed_other, typed_event, evidence;
  for (const Fact& f : facts) {
    if (f.p.value == graph::vocab::kRdfType && f.o.value == event) typed_event.insert(f.s.value);
    if (f.p.value == graph::vocab::kRdfType) {
      (f.o.value == person || f.o.value == official ? typed_person : typed_other).insert(f.s.value);
      if (f.o.value == official) evidence.insert(f.s.value);
    } else if (f.p.value == title || f.p.value == said) {
      evidence.insert(f.s.value);
    } else if (f.p.value == graph::vocab::kAlias && f.o.is_literal() &&
               IsHonorific(f.o.value.substr(0, f.o.value.find(' ')))) {
      evidence.insert(f.s.value);
    }
    if (!f.provenance.attributed_to.empty()) evidence.insert(f.provenance.attributed_to);
  }
  for (const Fact& f : facts) {
    if (f.p.value != graph::vocab::kLabel || !f.o.is_literal()) continue;
    // An event's label describes it ("talks between A and B"): its words name
    // its participants, not another thing that shares a surname.
    if (typed_event.count(f.s.value)) continue;
    if (typed_other.count(f.s.value)) {
      non_persons->iris.insert(f.s.value);
      // Every word of its name: "Velmar" of "Velmar Rovers" is no surname either.
      size_t i = 0;
      while (i < f.o.value.size()) {
        size_t j = f.o.value.find(' ', i);
        if (j == std::string::npos) j = f.o.value.size();
        std::string word = text::NameKey(std::string_view(f.o.value).substr(i, j - i));
        if (word.size() >= 2) non_persons->words.insert(std::move(word));
        i = j + 1;
      }
    } else if (typed_person.count(f.s.value)) {
      persons->push_back({f.s.value, f.o.value, evidence.count(f.s.value) > 0});
    }
  }
}

// What the curations themselves state: one node per curation, and the new
// label of each renamed entity (the last rename of an entity wins).
std::vector<Fact> CurationFacts(const std::vector<Curation>& curations, const IdentityMap& map) {
  const std::string graph_iri(kCurationsGraph);
  std::vector<Fact> out;
  auto add = [&](const std::string& s, const std::string& p, Term o, const Curation& c) {
    Fact f{Term::Iri(s), Term::Iri(p), std::move(o), {}};
    f.provenance.doc_id = graph_iri;
    f.provenance.extractor = "curation:" + c.Id();
    out.push_back(std::move(f));
  };
  std::map<std::string, const Curation*> last_rename;
  for (const Curation& c : curations) {
    if (c.kind == CurationKind::kRename) last_rename[map.Canonical(c.entity)] = &c;
  }
  using graph::vocab::VocabIri;
  for (const Curation& c : curations) {
    const std::string node = "urn:kg:curation:" + c.Id();
    add(node, std::string(graph::vocab::kRdfType), Term::Iri(VocabIri("Curation")), c);
    add(node, VocabIri("action"), Term::String(std::string(KindName(c.kind))), c);
    add(node, VocabIri("curatedBy"), Term::String(c.by), c);
    add(node, VocabIri("curatedAt"), Term::String(c.at), c);
    add(node, VocabIri("command"), Term::String(c.text), c);
    switch (c.kind) {
      case CurationKind::kMerge:
        add(node, VocabIri("kept"), Term::Iri(c.entity), c);
        add(node, VocabIri("merged"), Term::Iri(c.other), c);
        break;
      case CurationKind::kRename:
        add(node, VocabIri("renamed"), Term::Iri(c.entity), c);
        add(node, VocabIri("newLabel"), Term::String(c.label), c);
        if (last_rename[map.Canonical(c.entity)] == &c) {
          add(map.Canonical(c.entity), std::string(graph::vocab::kLabel), Term::String(c.label), c);
        }
        break;
      case CurationKind::kReject:
        break;
    }
  }
  return out;
}

std::string EncodeLinks(const std::map<std::string, std::string>& links) {
  std::string out;
  for (const auto& [from, into] : links) out.append(from).append("\t").append(into).append("\n");
  return out;
}

}  // namespace

Result<std::vector<Curation>> LoadCurations(const graph::Store& store,
                                            const std::vector<graph::RecordWrite>& pending) {
  std::map<std::string, std::string> records;
  KG_RETURN_IF_ERROR(store.ForEachRecord(std::string(kCurationPrefix), [&](const std::string& k, const std::string& v) {
    records[k] = v;
    return true;
  }));
  for (const auto& w : pending) {
    if (!StartsWith(w.key, kCurationPrefix)) continue;
    if (w.value) {
      records[w.key] = *w.value;
    } else {
      records.erase(w.key);
    }
  }
  std::vector<Curation> out;
  for (const auto& [k, v] : records) {
    Curation c;
    if (DecodeCuration(v, &c)) out.push_back(std::move(c));
  }
  return out;
}

Result<std::map<std::string, std::string>> LoadDerivedLinks(const graph::Store& store) {
  std::map<std::string, std::string> links;
  auto record = store.GetRecord(std::string(kDerivedLinksKey));
  if (!record.ok()) return record.status();
  const std::optional<std::string>& text = *record;
  if (!text) return links;
  size_t i = 0;
  while (i < text->size()) {
    size_t nl = text->find('\n', i);
    if (nl == std::string::npos) nl = text->size();
    std::string line = text->substr(i, nl - i);
    size_t tab = line.find('\t');
    if (tab != std::string::npos) links.emplace(line.substr(0, tab), line.substr(tab + 1));
    i = nl + 1;
  }
  return links;
}

Result<ReconcileSummary> Reconcile(graph::Store& store, const std::vector<graph::RecordWrite>& pending) {
  ReconcileSummary summary;
  graph::StoreEdit edit;
  edit.records = pending;

  // Pass 1: which documents have extracted facts, and the persons they name.
  std::vector<std::string> doc_ids;
  KG_RETURN_IF_ERROR(store.ForEachRecord(std::string(kExtractedPrefix), [&](const std::string& k, const std::string&) {
    doc_ids.push_back(k.substr(kExtractedPrefix.size()));
    return true;
  }));
  std::vector<std::string> live;
  std::vector<PersonName> persons;
  NonPersons non_persons;
  for (const std::string& id : doc_ids) {
    auto document = store.GetDocument(id);
    if (!document.ok()) return document.status();
    if (!document->has_value()) {  // replaced or retracted since: its records go
      edit.records.push_back({ExtractedKey(id), std::nullopt});
      edit.records.push_back({CuratedKey(id), std::nullopt});
      continue;
    }
    auto bytes = store.GetRecord(ExtractedKey(id));
    if (!bytes.ok()) return bytes.status();
    std::vector<Fact> facts;
    if (!bytes->has_value() || !graph::DecodeFacts(**bytes, &facts)) {
      return Status::Corruption("the extracted facts of document " + id + " cannot be read");
    }
    CollectNames(facts, &persons, &non_persons);
    live.push_back(id);
  }

  // The identity: derived links first, then the user's curations in order.
  IdentityMap map;
  const auto links = LinkLoneSurnames(persons, non_persons);
  summary.derived_links = links.size();
  for (const auto& [from, into] : links) map.Merge(from, into);
  auto loaded = LoadCurations(store, pending);
  if (!loaded.ok()) return loaded.status();
  const std::vector<Curation>& curations = *loaded;
  for (const Curation& c : curations) {
    if (c.kind == CurationKind::kMerge) map.Merge(c.other, c.entity);
    if (c.kind == CurationKind::kRename) map.Rename(c.entity);
    if (c.kind == CurationKind::kReject) map.Reject(c.pattern);
  }

  // Pass 2: each document's facts under that identity, rewritten where they changed.
  auto rewrite = [&](const std::string& doc_id, std::vector<Fact> want,
                     const std::string& as_written_if_no_record) -> Status {
    const std::string hash = HashOf(want);
    auto stored = store.GetRecord(CuratedKey(doc_id));
    if (!stored.ok()) return stored.status();
    const std::string current = stored->has_value() ? **stored : as_written_if_no_record;
    if (hash == current) return Status::Ok();
    edit.replacements.push_back({doc_id, std::move(want)});
    if (hash == as_written_if_no_record) {
      edit.records.push_back({CuratedKey(doc_id), std::nullopt});
    } else {
      edit.records.push_back({CuratedKey(doc_id), hash});
    }
    ++summary.documents_rewritten;
    return Status::Ok();
  };
  for (const std::string& id : live) {
    auto bytes = store.GetRecord(ExtractedKey(id));
    if (!bytes.ok()) return bytes.status();
    std::vector<Fact> facts;
    if (!bytes->has_value() || !graph::DecodeFacts(**bytes, &facts)) {
      return Status::Corruption("the extracted facts of document " + id + " cannot be read");
    }
    // Stored as extracted and nothing to change: the common case costs no hashing.
    if (!map.Changes(facts)) {
      auto curated = store.GetRecord(CuratedKey(id));
      if (!curated.ok()) return curated.status();
      if (!curated->has_value()) continue;
    }
    const std::string extracted_hash = HashOf(facts);
    KG_RETURN_IF_ERROR(rewrite(id, map.Apply(facts), extracted_hash));
  }
  KG_RETURN_IF_ERROR(rewrite(std::string(kCurationsGraph), CurationFacts(curations, map), HashOf({})));

  const std::string links_text = EncodeLinks(links);
  auto stored_links = store.GetRecord(std::string(kDerivedLinksKey));
  if (!stored_links.ok()) return stored_links.status();
  if (stored_links->value_or("") != links_text) {
    edit.records.push_back({std::string(kDerivedLinksKey), links_text});
  }
  if (edit.replacements.empty() && edit.records.empty()) return summary;
  KG_RETURN_IF_ERROR(store.ApplyEdit(edit));
  return summary;
}

}  // namespace kg::curate
