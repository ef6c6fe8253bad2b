#include "extract/context.h"

#include <algorithm>

#include "extract/entity_resolver.h"
#include "graph/vocabulary.h"

namespace kg::extract {
namespace {

// The IRI of a relation stored under a verb lemma. A few lemmas ("name",
// "label", "type", "alias") spell vocabulary terms that the contract reserves
// for labels, aliases and types (urn:kg:vocab:name means schema:name), so a
// verb with that lemma is stored under its participle instead ("named").
std::string OpenPredicateIri(const std::string& lemma) {
  namespace vocab = graph::vocab;
  std::string iri = vocab::VocabIri(lemma);
  if (vocab::CanonicalizePredicate(iri).iri == iri) return iri;
  std::string participle = lemma;
  if (!participle.empty() && participle.back() == 'e') participle.pop_back();
  return vocab::VocabIri(participle + "ed");
}

}  // namespace

using graph::Term;
namespace vocab = graph::vocab;

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

Context::Context(const nlp::Doc& doc, const graph::DocumentRecord& record) : doc_(doc), record_(record) {
  size_t n = doc.tokens.size();
  children_.resize(n);
  sentence_of_.assign(n, -1);
  lower_.resize(n);
  lemma_.resize(n);
  token_mention.assign(n, -1);
  token_entities.resize(n);
  token_event.assign(n, -1);
  for (size_t i = 0; i < n; ++i) {
    const auto& t = doc.tokens[i];
    if (t.head >= 0 && static_cast<size_t>(t.head) < n) children_[t.head].push_back(static_cast<uint32_t>(i));
    lower_[i] = LowerAscii(t.form);
    lemma_[i] = t.lemma.empty() ? lower_[i] : LowerAscii(t.lemma);
  }
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    for (uint32_t i = doc.sentences[s].first_token; i < doc.sentences[s].last_token && i < n; ++i) {
      sentence_of_[i] = static_cast<int>(s);
    }
  }
}

std::string_view Context::rel(uint32_t i) const {
  std::string_view r = doc_.tokens[i].deprel;
  size_t colon = r.find(':');
  return colon == std::string_view::npos ? r : r.substr(0, colon);
}

int Context::Child(uint32_t i, std::string_view r) const {
  for (uint32_t c : children_[i]) {
    if (doc_.tokens[c].deprel == r || rel(c) == r) return static_cast<int>(c);
  }
  return -1;
}

std::vector<uint32_t> Context::Children(uint32_t i, std::string_view r) const {
  std::vector<uint32_t> out;
  for (uint32_t c : children_[i]) {
    if (doc_.tokens[c].deprel == r || rel(c) == r) out.push_back(c);
  }
  return out;
}

std::vector<uint32_t> Context::Conjuncts(uint32_t i) const {
  std::vector<uint32_t> out = {i};
  for (size_t k = 0; k < out.size() && k < 64; ++k) {
    for (uint32_t c : children_[out[k]]) {
      if (rel(c) == "conj") out.push_back(c);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::pair<uint32_t, uint32_t> Context::Span(uint32_t i, const std::set<std::string_view>& skip) const {
  uint32_t lo = i, hi = i;
  std::vector<uint32_t> stack = {i};
  while (!stack.empty()) {
    uint32_t t = stack.back();
    stack.pop_back();
    lo = std::min(lo, t);
    hi = std::max(hi, t);
    for (uint32_t c : children_[t]) {
      if (!skip.count(rel(c)) && !skip.count(doc_.tokens[c].deprel)) stack.push_back(c);
    }
  }
  return {lo, hi};
}

std::string Context::Text(uint32_t first, uint32_t last_inclusive) const {
  if (first > last_inclusive || last_inclusive >= size()) return "";
  return std::string(doc_.TextOf(doc_.tokens[first].start, doc_.tokens[last_inclusive].end));
}

bool Context::IsVerbLike(uint32_t i) const {
  const auto& u = doc_.tokens[i].upos;
  return u == "VERB" || (u == "AUX" && rel(i) == "root");
}

int Context::AddEntity(Entity e) {
  entities.push_back(std::move(e));
  return static_cast<int>(entities.size()) - 1;
}

std::vector<int> Context::EntitiesOf(uint32_t i) const {
  if (!token_entities[i].empty()) return token_entities[i];
  if (token_event[i] >= 0) return {token_event[i]};
  // A common noun naming its referent through a proper-name modifier.
  const auto& u = doc_.tokens[i].upos;
  static const std::set<std::string_view> kNameHeads = {"label", "firm", "brand", "operator", "subsidiary", "unit",
                                                        "carrier", "maker", "giant", "broadcaster", "newspaper",
                                                        "studio", "chain", "airline", "retailer", "bank", "company"};
  if (u == "NOUN" && kNameHeads.count(lemma_[i])) {
    for (uint32_t c : children_[i]) {
      auto r = rel(c);
      if ((r == "compound" || r == "flat") && !token_entities[c].empty()) {
        int e = token_entities[c][0];
        auto t = entities[e].type;
        if (t == EntityType::kOrganization || t == EntityType::kPlace) return {e};
      }
    }
  }
  return {};
}

std::vector<int> Context::EntitiesOfConj(uint32_t i) const {
  std::vector<int> out;
  for (uint32_t c : Conjuncts(i)) {
    for (int e : EntitiesOf(c)) {
      if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
    }
  }
  return out;
}

bool Context::IsPersonLike(int e) const {
  return e >= 0 && (entities[e].type == EntityType::kPerson);
}

void Context::Emit(const Node& s, std::string_view predicate, const Node& o, uint32_t token, std::string_view rule,
                   const Qualifier& q) {
  if (s.is_entity() && o.is_entity() && s.entity == o.entity) return;
  if (!s.is_entity() && s.literal.value.empty()) return;
  if (!o.is_entity() && o.literal.value.empty()) return;
  int sent = token < size() ? sentence_of_[token] : -1;
  for (const auto& p : pending_) {  // the same fact from the same sentence once
    if (p.sentence == sent && p.p == predicate && p.s.entity == s.entity && p.o.entity == o.entity &&
        p.s.literal == s.literal && p.o.literal == o.literal) {
      return;
    }
  }
  pending_.push_back({s, std::string(predicate), o, sent, "rule:" + std::string(rule), q});
  if (predicate == "attended" && o.is_entity()) event_uses[o.entity].push_back(token);  // keeps the event salient
}

std::vector<int> Context::AttendedEvents(int e) const {
  std::vector<int> out;
  for (const auto& p : pending_) {
    if (p.p == "attended" && p.s.entity == e && p.o.is_entity()) out.push_back(p.o.entity);
  }
  return out;
}

void Context::MergeEntity(int from, int into) {
  if (from == into) return;
  for (auto& p : pending_) {
    if (p.s.entity == from) p.s.entity = into;
    if (p.o.entity == from) p.o.entity = into;
  }
  // The same fact from the same sentence once.
  std::vector<Pending> kept;
  for (auto& p : pending_) {
    bool dup = false;
    for (const auto& k : kept) {
      dup |= k.sentence == p.sentence && k.p == p.p && k.s.entity == p.s.entity && k.o.entity == p.o.entity &&
             k.s.literal == p.s.literal && k.o.literal == p.o.literal;
    }
    if (!dup) kept.push_back(std::move(p));
  }
  pending_ = std::move(kept);
  for (auto* table : {&event_anchors, &event_uses}) {
    auto it = table->find(from);
    if (it == table->end()) continue;
    auto& to = (*table)[into];
    to.insert(to.end(), it->second.begin(), it->second.end());
    table->erase(from);
  }
  for (auto& t : token_event) {
    if (t == from) t = into;
  }
  for (auto& list : token_entities) {
    for (auto& e : list) {
      if (e == from) e = into;
    }
  }
  for (auto& m : mentions) {
    if (m.entity == from) m.entity = into;
  }
  Entity& a = entities[into];
  const Entity& b = entities[from];
  a.aliases.insert(b.aliases.begin(), b.aliases.end());
  if (a.date.empty()) a.date = b.date;
  if (a.location < 0) a.location = b.location;
  if (a.event_target.empty()) a.event_target = b.event_target;
  a.mentions += b.mentions;
  a.first_token = std::min(a.first_token, b.first_token);
}

std::vector<int> Context::Attendees(int event) const {
  std::vector<int> out;
  for (const auto& p : pending_) {
    if (p.p == "attended" && p.o.entity == event && p.s.is_entity() &&
        std::find(out.begin(), out.end(), p.s.entity) == out.end()) {
      out.push_back(p.s.entity);
    }
  }
  return out;
}

int Context::AttendeeCount(int event) const {
  int n = 0;
  for (const auto& p : pending_) n += p.p == "attended" && p.o.entity == event;
  return n;
}

void Context::EmitType(int e, std::string_view type, uint32_t token, std::string_view rule) {
  Emit(Node::Of(e), "rdf:type", Node::Lit(Term::String(std::string(type))), token, rule);
}

std::vector<graph::Fact> Context::Finish() {
  // Entities that take part in any fact, plus every named mention.
  for (auto& e : entities) e.iri = ResolveIri(*this, e);
  std::vector<graph::Fact> out;
  auto prov = [&](int sentence, const std::string& rule, const Qualifier& q) {
    graph::Provenance p;
    p.doc_id = record_.id;
    if (sentence >= 0 && static_cast<size_t>(sentence) < doc_.sentences.size()) {
      p.start = doc_.sentences[sentence].start;
      p.end = doc_.sentences[sentence].end;
    } else {
      p.start = 0;
      p.end = static_cast<uint32_t>(doc_.text.size());
    }
    p.extractor = rule;
    p.confidence = q.confidence;
    p.modality = q.modality;
    if (q.attributed_to >= 0) p.attributed_to = entities[q.attributed_to].iri;
    return p;
  };
  std::set<int> used;
  for (const auto& f : pending_) {
    if (f.s.is_entity()) used.insert(f.s.entity);
    if (f.o.is_entity()) used.insert(f.o.entity);
  }
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (mentions[i].entity >= 0 && !mentions[i].demonym) used.insert(mentions[i].entity);
  }
  std::set<std::string> seen_type;
  for (int id : used) {
    Entity& e = entities[id];
    int sent = e.first_token < size() ? sentence_of_[e.first_token] : -1;
    Qualifier q;
    Term subj = Term::Iri(e.iri);
    std::string label = e.type == EntityType::kEvent ? EventLabel(*this, e) : e.name;
    out.push_back({subj, Term::Iri(std::string(vocab::kLabel)), Term::String(label), prov(sent, "rule:mention", q)});
    for (const auto& a : e.aliases) {
      if (a != label) {
        out.push_back({subj, Term::Iri(std::string(vocab::kAlias)), Term::String(a), prov(sent, "rule:mention", q)});
      }
    }
    std::vector<std::string> types;
    switch (e.type) {
      case EntityType::kPerson: types.push_back("Person"); if (e.official) types.push_back("Official"); break;
      case EntityType::kOrganization: types.push_back("Organization"); break;
      case EntityType::kCountry: types.push_back("Country"); types.push_back("Place"); break;
      case EntityType::kPlace: types.push_back("Place"); break;
      case EntityType::kEvent:
        types.push_back("Event");
        if (!e.event_kind.empty() && e.event_kind != "Event") types.push_back(e.event_kind);
        break;
      case EntityType::kUnknown: break;
    }
    for (const auto& t : types) {
      out.push_back({subj, Term::Iri(std::string(vocab::kRdfType)), Term::Iri(vocab::VocabIri(t)),
                     prov(sent, "rule:mention", q)});
    }
    if (e.type == EntityType::kEvent) {
      if (!e.date.empty()) {
        out.push_back({subj, Term::Iri(vocab::VocabIri("date")), Term::Date(e.date), prov(sent, "rule:event", q)});
      }
      if (e.location >= 0) {
        out.push_back({subj, Term::Iri(vocab::VocabIri("location")), Term::Iri(entities[e.location].iri),
                       prov(sent, "rule:event", q)});
      }
    }
  }
  for (const auto& f : pending_) {
    Term s = f.s.is_entity() ? Term::Iri(entities[f.s.entity].iri) : f.s.literal;
    Term o = f.o.is_entity() ? Term::Iri(entities[f.o.entity].iri) : f.o.literal;
    Term p = Term::Iri(OpenPredicateIri(f.p));
    if (f.p == "rdf:type") {
      p = Term::Iri(std::string(vocab::kRdfType));
      o = Term::Iri(vocab::VocabIri(f.o.literal.value));
    }
    out.push_back({s, p, o, prov(f.sentence, f.rule, f.q)});
  }
  return out;
}

}  // namespace kg::extract
