// Context: everything the extraction rules share while reading one document:
// the analysed Doc, its dependency tree as child lists, the entities found
// (named mentions, resolved pronouns), the events, and the facts collected
// so far. Rules read the Context and call Emit; Finish turns the collected
// facts into graph::Facts with final IRIs (event IRIs depend on a date and
// place that later sentences may supply).
// Thread-safety: one Context per document and thread.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "graph/document_record.h"
#include "graph/statement.h"
#include "nlp/doc.h"

namespace kg::extract {

enum class EntityType { kUnknown, kPerson, kOrganization, kCountry, kPlace, kEvent };

struct Entity {
  EntityType type = EntityType::kUnknown;
  std::string name;                 // canonical surface name ("Tomas Ruiz")
  std::set<std::string> aliases;    // every surface form seen ("Ruiz", "Mr Ruiz")
  std::string event_kind;           // for events: "Visit", "Meeting", ... ("Event" if generic)
  std::string event_noun;           // for events: the noun that named it ("visit")
  std::string event_phrase;         // for events: that noun with its modifiers ("closing gala"), or ""
  std::string event_target;         // for events: what was visited/attended ("Russian Embassy")
  std::string date;                 // for events: ISO date or ""
  int location = -1;                // for events: entity index of the place
  bool named_event = false;         // the event has a proper name ("World Economic Forum")
  bool official = false;            // a person the text gives an office
  char gender = 0;                  // 'm', 'f' or 0
  int mentions = 0;                 // salience for coreference
  int last_sentence = -1;
  uint32_t first_token = 0;
  std::string iri;                  // set by Finish
};

// One reference to an entity in the text.
struct Mention {
  uint32_t first = 0, last = 0;  // tokens [first, last)
  int entity = -1;
  bool demonym = false;          // "Norwegian" used as an adjective
};

// A subject or object of a fact: an entity or a literal.
struct Node {
  int entity = -1;               // entity index, or -1 for a literal
  graph::Term literal;
  bool is_entity() const { return entity >= 0; }
  static Node Of(int e) { Node n; n.entity = e; return n; }
  static Node Lit(graph::Term t) { Node n; n.literal = std::move(t); return n; }
};

// How a fact is qualified: modality and the speaker it is attributed to.
struct Qualifier {
  graph::Modality modality = graph::Modality::kAsserted;
  int attributed_to = -1;  // entity index of the speaker
  float confidence = 1.0f;
};

class Context {
 public:
  Context(const nlp::Doc& doc, const graph::DocumentRecord& record);

  const nlp::Doc& doc() const { return doc_; }
  const graph::DocumentRecord& record() const { return record_; }

  // --- the tree ---
  const nlp::Token& tok(uint32_t i) const { return doc_.tokens[i]; }
  uint32_t size() const { return static_cast<uint32_t>(doc_.tokens.size()); }
  const std::vector<uint32_t>& children(uint32_t i) const { return children_[i]; }
  int head(uint32_t i) const { return doc_.tokens[i].head; }
  int sentence_of(uint32_t i) const { return sentence_of_[i]; }
  // The deprel without its subtype ("nsubj:pass" -> "nsubj").
  std::string_view rel(uint32_t i) const;
  bool HasRel(uint32_t i, std::string_view full) const { return doc_.tokens[i].deprel == full; }
  // Lower-cased form and lemma.
  const std::string& lower(uint32_t i) const { return lower_[i]; }
  const std::string& lemma(uint32_t i) const { return lemma_[i]; }
  // First child with relation `r` (full label or base label), or -1.
  int Child(uint32_t i, std::string_view r) const;
  std::vector<uint32_t> Children(uint32_t i, std::string_view r) const;
  // i and its conjuncts (conj children, recursively), in text order.
  std::vector<uint32_t> Conjuncts(uint32_t i) const;
  // Smallest and largest token of i's subtree, leaving out children whose
  // base relation is in `skip`.
  std::pair<uint32_t, uint32_t> Span(uint32_t i, const std::set<std::string_view>& skip = {}) const;
  std::string Text(uint32_t first, uint32_t last_inclusive) const;
  bool IsVerbLike(uint32_t i) const;

  // --- entities ---
  std::vector<Entity> entities;
  std::vector<Mention> mentions;
  // token -> mention index (-1); token -> resolved entities (pronouns, group anaphors, mentions).
  std::vector<int> token_mention;
  std::vector<std::vector<int>> token_entities;
  int AddEntity(Entity e);
  // Entities a token refers to: its mention, or its resolved pronoun, or a
  // noun with a compound/flat proper-name child ("the Orvane label").
  std::vector<int> EntitiesOf(uint32_t i) const;
  // Entities of i and its conjuncts.
  std::vector<int> EntitiesOfConj(uint32_t i) const;
  bool IsPersonLike(int e) const;
  // The event a token names (event noun/verb/named event) or -1.
  std::vector<int> token_event;
  std::map<int, std::vector<uint32_t>> event_anchors;  // event -> tokens naming it
  std::map<int, std::vector<uint32_t>> event_uses;     // event -> tokens of sentences saying who attended it

  // --- facts ---
  // Records s p o with provenance from the sentence holding `token`.
  void Emit(const Node& s, std::string_view predicate, const Node& o, uint32_t token, std::string_view rule,
            const Qualifier& q = {});
  void EmitType(int e, std::string_view type, uint32_t token, std::string_view rule);
  // Assigns IRIs, adds label/alias/type/date/location facts, and returns all facts.
  std::vector<graph::Fact> Finish();
  size_t pending_facts() const { return pending_.size(); }
  // Makes entity `from` one with `into`: facts, anchors and token links move
  // to `into`, and `from` is left unused (Finish skips it).
  void MergeEntity(int from, int into);
  // Entities recorded (so far) as attending `event`.
  std::vector<int> Attendees(int event) const;
  // Events entity e was recorded (so far) as attending.
  std::vector<int> AttendedEvents(int e) const;
  // How many attended facts name `event` so far.
  int AttendeeCount(int event) const;

 private:
  struct Pending {
    Node s;
    std::string p;
    Node o;
    int sentence;
    std::string rule;
    Qualifier q;
  };
  const nlp::Doc& doc_;
  const graph::DocumentRecord& record_;
  std::vector<std::vector<uint32_t>> children_;
  std::vector<int> sentence_of_;
  std::vector<std::string> lower_, lemma_;
  std::vector<Pending> pending_;
};

// Lower-case ASCII.
std::string LowerAscii(std::string_view s);

}  // namespace kg::extract
