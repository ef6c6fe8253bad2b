// Curation: one correction a user made (kg merge / rename / reject), kept as
// its own record with who made it and when, re-applied to every document's
// facts as extracted after each write (curate/reconcile.h), so it survives
// re-ingesting and holds for documents added later.
// Thread-safety: value types and pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kg::curate {

// On disk: do not renumber.
enum class CurationKind : uint8_t { kMerge = 1, kRename = 2, kReject = 3 };

// A statement pattern a user rejected; an empty position matches anything.
// s and o_entity are entity IRIs (compared after merges); p is a predicate
// IRI; o_text, when o_entity is empty, matches a literal of the same NameKey.
struct RejectPattern {
  std::string s, p, o_entity, o_text;
};

struct Curation {
  uint64_t number = 0;  // shown as "c<number>"
  CurationKind kind = CurationKind::kMerge;
  std::string by, at;     // who, and when (ISO 8601 UTC)
  std::string entity;     // merge: the entity kept; rename: the entity renamed
  std::string other;      // merge: the entity merged into `entity`
  std::string label;      // rename: the new label
  RejectPattern pattern;  // reject
  std::string text;       // the command as the user gave it, for listings

  std::string Id() const;
};

std::string_view KindName(CurationKind kind);  // "merge", "rename", "reject"

std::string EncodeCuration(const Curation& c);
// False if `bytes` is not an encoding of a curation.
bool DecodeCuration(std::string_view bytes, Curation* c);

// "c12" -> 12; 0 if `id` is not a curation id.
uint64_t ParseCurationId(std::string_view id);

}  // namespace kg::curate
