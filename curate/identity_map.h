// IdentityMap: which entity each entity IRI stands for after merges (derived
// links and user merges), which entities the user renamed and which
// statements the user rejected; Apply turns a document's facts as extracted
// into the facts to store.
//   - every IRI (subject, object, speaker) becomes its entity's canonical IRI;
//   - a label of an entity merged into another, or of a renamed entity,
//     becomes an alias (the kept entity's, or the new, label stays the label);
//   - a statement a merge turned into a self-link goes, and so does every
//     statement matching a rejected pattern.
// Thread-safety: const methods may run in parallel.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "curate/curation.h"
#include "graph/statement.h"

namespace kg::curate {

class IdentityMap {
 public:
  // `from` (and everything merged into it) becomes one entity with `into`,
  // whose canonical IRI stays. No effect if they are one already.
  void Merge(const std::string& from, const std::string& into);
  void Rename(const std::string& iri) { renamed_.insert(iri); }
  void Reject(const RejectPattern& pattern) { rejected_.push_back(pattern); }

  std::string Canonical(const std::string& iri) const;
  bool IsRenamed(const std::string& canonical_iri) const;
  bool IsRejected(const graph::Fact& canonical_fact) const;

  std::vector<graph::Fact> Apply(const std::vector<graph::Fact>& extracted) const;
  // False when Apply(extracted) == extracted for certain (no IRI in it is
  // merged or renamed, and nothing is rejected); true when it may differ.
  bool Changes(const std::vector<graph::Fact>& extracted) const;

 private:
  std::map<std::string, std::string> parent_;  // IRI -> the IRI it was merged into
  std::set<std::string> renamed_;
  std::vector<RejectPattern> rejected_;
};

}  // namespace kg::curate
