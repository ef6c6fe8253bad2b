// The predicate-argument layer between the dependency parse and the
// vocabulary, in the spirit of PredPatt over Universal Dependencies. A
// Predicate is a verb, an event noun or a copular nominal, with its
// arguments and their roles already normalised across constructions:
//   - coordination: "A and B met" gives both subjects; "met A and B" both objects;
//   - relative clauses and participles: "the envoy who met X", "X, meeting Y";
//   - control and raising: "agreed to meet", "is expected to attend" take the
//     governing clause's subject;
//   - passives: "was received by X" makes X the subject and the passive
//     subject the object (active voice roles);
//   - nouns: the possessor is the subject ("X's visit"), nominal modifiers are
//     obliques by preposition ("talks with Y", "a meeting between A and B"),
//     and the verb the noun depends on is its governor ("held talks",
//     "at the summit, X said").
// The relations are then frames in the trigger lexicon (event_lexicon.h);
// the event rule (rules/event_rule.cc) reads predicates, never the raw parse.
// Thread-safety: pure functions over a Context.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/context.h"

namespace kg::extract {

// kIndirectObject: "promised Y that ...", "gave Y the book" (UD iobj).
enum class Role { kSubject, kObject, kOblique, kIndirectObject };
enum class PredicateKind { kVerb, kNoun, kCopula };

struct Argument {
  Role role = Role::kSubject;
  std::string marker;         // preposition of an oblique ("with", "between", "to"), else ""
  int token = -1;             // head token of the phrase; -1 when read off the surface
  std::vector<int> entities;  // entities it names, through conjuncts, lists and appositions
};

struct Predicate {
  uint32_t head = 0;
  PredicateKind kind = PredicateKind::kVerb;
  std::string lemma;
  bool passive = false;
  std::string marker;          // a nominal's own preposition ("among" in "was among the guests")
  std::vector<Argument> args;
  int governor = -1;           // nouns: the word the noun is an argument of, or -1
  std::string governor_role;   // "obj", "iobj", "nsubj", or the preposition of an oblique ("at", "during", "after")

  // Entities of all arguments with role `r` (and preposition `marker` when
  // given), without duplicates, in text order of the arguments.
  std::vector<int> Entities(Role r, std::string_view marker = {}) const;
  // The first argument with role `r` (and `marker`), or nullptr.
  const Argument* Find(Role r, std::string_view marker = {}) const;
};

// The predicate of verb token v (active-voice roles; see above).
Predicate VerbPredicate(const Context& ctx, uint32_t v);
// The predicate of noun token n (possessor subject, obliques, governor).
Predicate NounPredicate(const Context& ctx, uint32_t n);
// The predicate of a nominal with a copula ("X was among the guests"): the
// subject and the nominal's own preposition; false when n has no copula.
bool CopulaPredicate(const Context& ctx, uint32_t n, Predicate* out);

}  // namespace kg::extract
