// WordVectors: pretrained word vectors (GloVe, Pennington et al. 2014) kept
// compactly for the NER's network (nlp/ner_net.h): unit length, projected on
// their first principal components (fewer dimensions, most of the variance)
// and quantised per dimension to 8 or 4 bits a value.
// Thread-safety: immutable once built or loaded.
#pragma once

#include <cstdint>
#include <istream>
#include <ostream>
#include <string>
#include <unordered_map>
#include <vector>

#include "util/status.h"

namespace kg::nlp {

class WordVectors {
 public:
  // Reads the first `max_words` vectors of `path` (GloVe text format, most
  // frequent words first) and keeps `dims` principal components (0: all),
  // each quantised to `bits` (8 or 4) a value. IOError if unreadable,
  // InvalidArgument if malformed or `bits` is neither.
  static Result<WordVectors> Read(const std::string& path, size_t max_words, int dims, int bits = 8);

  int dims() const { return dims_; }
  int bits() const { return bits_; }
  size_t size() const { return index_.size(); }
  // Writes the vector of `form` (looked up as written, then in lower case)
  // to out[0, dims()) and returns true; false (out untouched) if unknown.
  bool Lookup(const std::string& form, float* out) const;

  // Binary round trip; Load returns Corruption on malformed input.
  Status Save(std::ostream& out) const;
  Status Load(std::istream& in);

 private:
  int dims_ = 0;
  int bits_ = 8;
  std::vector<float> scales_;  // per dimension: value = level * scale
  std::unordered_map<std::string, uint32_t> index_;
  std::vector<std::string> words_;  // row order, for Save
  std::vector<int8_t> values_;      // size() * dims_ levels (4 bits: -7..7, two a byte on disk)
};

}  // namespace kg::nlp
