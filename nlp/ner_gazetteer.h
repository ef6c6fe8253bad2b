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
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace kg::nlp {

class Gazetteer {
 public:
  enum Kind : uint8_t {
    kPlace = 0, kTitle = 1, kDemonym = 2, kOrgWord = 3, kPlaceWord = 4, kOrg = 5, kNumKinds = 6
  };
  static constexpr int kNumKindsV1 = 5;  // kinds stored by NER model version 1

  // Built-in lists plus iso-codes JSON from `iso_codes_dir`, tzdata's city
  // names and WordNet's proper names (people, places, organisations) from
  // `wordnet_dir` (Debian's wordnet-base: places and organisations). Missing
  // files are skipped.
  static Gazetteer Build(const std::string& iso_codes_dir = "/usr/share/iso-codes/json",
                         const std::string& wordnet_dir = "/usr/share/wordnet");

  // Each phrase is space-separated words, matched case-sensitively.
  void Add(Kind kind, const std::string& phrase);
  const std::vector<std::string>& phrases(Kind kind) const { return phrases_[kind]; }

  // For each token: bit mask over kinds of single-word entries, and for
  // multi-word place phrases a BILU position code (0 none, 1 B, 2 I, 3 L, 4 U)
  // of the longest match starting left-most.
  void Match(const std::vector<std::string>& words, std::vector<uint8_t>* kinds,
             std::vector<uint8_t>* place_pos) const;
  // The same BILU position codes for the phrases of `kind` (kPlace or kOrg; else all 0).
  void MatchPhrases(const std::vector<std::string>& words, Kind kind, std::vector<uint8_t>* pos) const;

 private:
  struct Phrases {
    std::unordered_set<std::string> phrases;   // space-joined words
    std::unordered_set<std::string> prefixes;  // their proper prefixes
    size_t max_words = 1;
  };
  std::vector<std::string> phrases_[kNumKinds];
  std::unordered_map<std::string, uint8_t> word_kinds_;    // single words -> kind bits
  Phrases named_[2];                                       // kPlace, kOrg phrases
};

}  // namespace kg::nlp
