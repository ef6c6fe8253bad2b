// Word lists for the NER's gazetteer features: place names from Debian's
// iso-codes (countries, their common and official names, subdivisions),
// and short hand-written lists of general English knowledge: personal
// titles, demonyms, organisation and place head words; proper names of
// places and organisations from WordNet (Debian wordnet-base). The lists are built
// once at training time and stored inside ner.bin, so run time needs no
// iso-codes files.
// Thread-safety: immutable after construction; lookups are const.
#pragma once

#include <cstdint>
#include <istream>
#include <ostream>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "util/status.h"

namespace kg::nlp {

class Gazetteer {
 public:
  enum Kind : uint8_t {
    kPlace = 0, kTitle = 1, kDemonym = 2, kOrgWord = 3, kPlaceWord = 4, kOrg = 5, kGivenName = 6, kSurname = 7,
    // Phrase-only kinds (matched by MatchPhrases; not in Match's one-byte mask of single words):
    kCity = 8,
    kNumKinds = 9
  };
  static constexpr int kNumWordKinds = 8;  // kinds Match reports as bits
  static constexpr int kNumKindsV1 = 5;  // kinds stored by NER model version 1
  static constexpr int kNumKindsV3 = 6;  // ... by versions 2 and 3 (no personal names)

  // Built-in lists plus iso-codes JSON from `iso_codes_dir`, tzdata's city
  // names, WordNet's proper names of places and organisations from
  // `wordnet_dir` (Debian's wordnet-base), and given names and surnames from
  // the person-name lists of `person_names_dir` (Debian's python3-fake-factory:
  // census-derived names of about 50 locales; only Latin-script names are
  // taken). Missing files are skipped.
  // `cities_file`: GeoNames' cities15000.txt (Debian's libtimezonemap-data:
  // the ~23k towns of 15,000 people or more), whose names are kCity phrases.
  static Gazetteer Build(const std::string& iso_codes_dir = "/usr/share/iso-codes/json",
                         const std::string& wordnet_dir = "/usr/share/wordnet",
                         const std::string& person_names_dir = kPersonNamesDir,
                         const std::string& cities_file = kCitiesFile);
  static constexpr const char* kPersonNamesDir = "/usr/lib/python3/dist-packages/faker/providers/person";
  static constexpr const char* kCitiesFile = "/usr/share/libtimezonemap/ui/cities15000.txt";
  // Adds the names (and ASCII names) of a GeoNames dump's lines as kCity.
  void AddGeoNamesCities(std::istream& tab_separated);

  // Adds the given names and surnames listed in one person-name provider
  // (a Python source: `first_names... = (...)` / `last_names... = (...)`
  // blocks of quoted names, possibly with weights).
  void AddPersonNames(std::istream& python_source);

  // Region codes of a place name: "=FR" / "=US-CA" for the ISO 3166 country
  // or subdivision it names, "FR" / "US-CA" for one it lies in (a town's
  // country and "<country>-<GeoNames admin1>", a subdivision's country and parent).
  void AddRegion(const std::string& name, const std::string& code);
  // Whether some place called `inner` lies in some place called `outer`
  // ("Mountain View" in "California", "Paris" in "France"): 0 unknown (a
  // name without codes), 1 no, 2 yes.
  int LiesIn(const std::string& inner, const std::string& outer) const;
  bool HasRegion(const std::string& name) const { return regions_.count(name) > 0; }
  // The region codes as a block of a model file (sorted, so the bytes do not
  // depend on hash order). Load returns Corruption on malformed input.
  Status SaveRegions(std::ostream& out) const;
  Status LoadRegions(std::istream& in);

  // Each phrase is space-separated words, matched case-sensitively.
  void Add(Kind kind, const std::string& phrase);
  const std::vector<std::string>& phrases(Kind kind) const { return phrases_[kind]; }

  // For each token: bit mask over kinds of single-word entries, and for
  // multi-word place phrases a BILU position code (0 none, 1 B, 2 I, 3 L, 4 U)
  // of the longest match starting left-most.
  void Match(const std::vector<std::string>& words, std::vector<uint8_t>* kinds,
             std::vector<uint8_t>* place_pos) const;
  // The same BILU position codes for the phrases of `kind` (kPlace, kOrg or kCity; else all 0).
  void MatchPhrases(const std::vector<std::string>& words, Kind kind, std::vector<uint8_t>* pos) const;

 private:
  struct Phrases {
    std::unordered_set<std::string> phrases;   // space-joined words
    std::unordered_set<std::string> prefixes;  // their proper prefixes
    size_t max_words = 1;
  };
  std::vector<std::string> phrases_[kNumKinds];
  std::unordered_map<std::string, uint8_t> word_kinds_;    // single words -> kind bits
  Phrases named_[3];                                       // kPlace, kOrg, kCity phrases
  std::unordered_map<std::string, std::vector<std::string>> regions_;  // name -> region codes
};

}  // namespace kg::nlp
