// NameRegistry: full person names seen so far in one ingest run, shared by
// the documents of the run, so that "Putin" alone in one article becomes the
// "Vladimir Putin" of another (a surname maps to a full name only while
// exactly one full name with that surname has been seen).
// Order matters: a document read before any document with the full name
// keeps its short name.
// Thread-safety: all methods may be called concurrently.
#pragma once

#include <map>
#include <set>
#include <shared_mutex>
#include <string>
#include <string_view>

namespace kg::extract {

class NameRegistry {
 public:
  // Records a person's full name (two words or more; others are ignored).
  void AddFullName(std::string_view name);
  // The one full name recorded whose last word is `surname` (compared by
  // PersonKey), or "" when none or several, or when some recorded name
  // starts with that word (surname-first names make it ambiguous).
  std::string FullNameFor(std::string_view surname) const;

 private:
  mutable std::shared_mutex mu_;
  std::map<std::string, std::map<std::string, std::string>> by_surname_;  // surname key -> full key -> name
  std::set<std::string> first_words_;  // "Kim" of "Kim Jong Un": a surname written first
};

}  // namespace kg::extract
