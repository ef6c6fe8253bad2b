// WordClusters: unsupervised word classes for the NER (nlp/ner.h), learned at
// training time from unlabeled text (Ratinov & Roth 2009: cluster features
// carry what a small labelled set cannot see, e.g. that "Barclays" keeps
// company with "Absa" and "Shell"). Each frequent word form gets a class at
// several granularities: spherical k-means over PPMI-weighted vectors of its
// neighbouring words (positions -2..+2). Alongside, each lower-cased word
// gets a capitalisation bucket: how often it is capitalised away from the
// sentence start in that text (proper nouns near 100%, common nouns near 0).
// Stored inside ner.bin (Save/Load), so run time needs no corpus.
// Thread-safety: Learn is a pure function; a built object is immutable and
// lookups are const.
#pragma once

#include <array>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "util/status.h"

namespace kg::nlp {

class WordClusters {
 public:
  static constexpr int kLevels = 3;
  using Ids = std::array<uint16_t, kLevels>;  // 0 = unknown word, else class + 1

  struct Options {
    std::array<int, kLevels> k = {32, 128, 512};  // classes per level
    int min_count = 5;        // words rarer than this get no class
    int context_words = 1500; // most frequent lower-cased words used as context dimensions
    int iterations = 12;      // k-means passes per level
    unsigned seed = 7;
  };

  // Learns from sentences of token forms. Deterministic for equal input.
  static WordClusters Learn(const std::vector<std::vector<std::string>>& sentences, const Options& options);
  // Same with default options.
  static WordClusters Learn(const std::vector<std::vector<std::string>>& sentences) { return Learn(sentences, Options()); }

  // Given classes (each level's ids in 1..65535) and no capitalisation
  // buckets, as learned from word vectors (nlp/vector_classes.h).
  static WordClusters FromClasses(std::unordered_map<std::string, Ids> ids) {
    WordClusters wc;
    wc.ids_ = std::move(ids);
    return wc;
  }

  // Classes of `form` (exact form first, else its lower-case form); all 0 if unknown.
  Ids Lookup(const std::string& form) const;
  // 0 = unseen (or too rare); 1..5 = share of capitalised non-initial occurrences
  // in [0, 5%), [5, 30%), [30, 70%), [70, 95%), [95, 100%].
  uint8_t CapsBucket(const std::string& form) const;
  size_t size() const { return ids_.size(); }

  // Binary round trip (sorted, so equal objects give equal bytes).
  // Save returns IOError on a failed stream; Load returns Corruption on malformed input.
  Status Save(std::ostream& out) const;
  Status Load(std::istream& in);

 private:
  std::unordered_map<std::string, Ids> ids_;
  std::unordered_map<std::string, uint8_t> caps_;  // lower-cased form -> bucket
};

// Sentences of token forms from every *.txt file under `dir` (recursively, in
// sorted path order), cut by the kg tokenizer and sentencizer. IOError if
// `dir` is missing or a file is unreadable.
Result<std::vector<std::vector<std::string>>> ReadTextSentences(const std::string& dir);

}  // namespace kg::nlp
