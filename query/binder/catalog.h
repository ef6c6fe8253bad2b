// Catalog: the predicate and type names the store uses, indexed by lower-cased
// local name, loaded once per Engine (PredicateCounts/TypeCounts), plus the
// type hierarchy of CONTRACT.md section 3.
// Thread-safety: immutable after Load.
//
// Complete: names and counts are read in full when the Catalog is built, and
// MatchPredicate's memo is a pure function of them. Invalidation: none; an
// Engine (and its Catalog) lives on one store handle, and query commands open
// stores read-only, so a later ingest is seen only by a new Engine.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/store.h"

namespace kg::query::binder {

class Catalog {
 public:
  // Reads predicate and type names from `store`. REQUIRES: store outlives the Catalog.
  explicit Catalog(const graph::Store* store);

  // Stored predicates whose local name equals `lower_name` (case-insensitive).
  const std::vector<graph::TermId>& PredicatesNamed(const std::string& lower_name) const;
  // Stored types whose local name equals `lower_name`, with their statement counts.
  const std::vector<graph::TermId>& TypesNamed(const std::string& lower_name) const;
  // Local names (as stored) of every predicate / type, for suggestions.
  const std::vector<std::string>& predicate_names() const { return predicate_names_; }
  const std::vector<std::string>& type_names() const { return type_names_; }
  uint64_t PredicateCount(graph::TermId id) const;

  // What a written predicate name (any inflection, case-insensitive) resolves
  // to; memoized, so not thread-safe (one Engine per thread).
  struct PredicateMatch {
    std::vector<graph::TermId> ids;  // sorted, unique
    bool symmetric = false;          // met/meet, spouseOf: match both directions
    bool core = false;               // a CONTRACT section 3 name (never "unknown")
  };
  const PredicateMatch& MatchPredicate(const std::string& written) const;

  graph::TermId rdf_type() const { return rdf_type_; }
  graph::TermId label() const { return label_; }
  graph::TermId alias() const { return alias_; }

  // Names of the subtypes of a type name, itself included ("person" -> person, official).
  static std::vector<std::string> WithSubtypes(const std::string& lower_type);
  // Names of the supertypes of a type local name ("Official" -> "Person").
  static std::vector<std::string> Supertypes(std::string_view type);
  // True for predicates that match in both directions (met, spouseOf).
  static bool IsSymmetric(std::string_view lower_local_name);

 private:
  std::unordered_map<std::string, std::vector<graph::TermId>> predicates_, types_;
  std::unordered_map<graph::TermId, uint64_t> predicate_counts_;
  std::vector<std::string> predicate_names_, type_names_;
  mutable std::unordered_map<std::string, PredicateMatch> predicate_matches_;
  graph::TermId rdf_type_ = graph::kNoTerm, label_ = graph::kNoTerm, alias_ = graph::kNoTerm;
};

// Lower-cases ASCII letters.
std::string LowerAscii(std::string_view s);
// Levenshtein distance, case-insensitive.
size_t EditDistance(std::string_view a, std::string_view b);
// The closest of `names` to `word` if within a small distance, else "".
std::string ClosestName(std::string_view word, const std::vector<std::string>& names);

}  // namespace kg::query::binder
