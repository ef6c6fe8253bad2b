// Word classes from pretrained word vectors (GloVe, Pennington et al. 2014),
// a second set of word classes for the NER (nlp/ner.h) beside the ones
// counted in our own news text (nlp/word_clusters.h). Vectors trained on
// billions of words of encyclopedia and newswire know far more names than
// the labelled GUM documents or the 0.7 M words of BBC text: "tsinghua"
// sits with other universities, "wesleyan" with colleges. Following Guo et
// al. (2014), the vectors are clustered (spherical k-means at three
// granularities) and the NER uses the classes as discrete features, so the
// model stores a class per word, not the vectors.
// Thread-safety: a pure function.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "nlp/spherical_kmeans.h"
#include "nlp/word_clusters.h"
#include "util/status.h"

namespace kg::nlp {

struct VectorClassOptions {
  // Classes per level: {128, 512, 2048} and {64, 256, 1024} tie in NER
  // cross-validation (means of two k-means seeds 73.06 and 72.96).
  std::array<int, WordClusters::kLevels> k = {128, 512, 2048};
  size_t max_words = 150000;  // the file's first (most frequent) words that get classes
  int iterations = 10;        // k-means passes per level
  // k-means seed: of 7 and 17, 7 had the better NER cross-validation F1
  // with these class counts (73.16 against 72.96).
  unsigned seed = 7;
};

// Reads `path` in GloVe's text format (one word per line, then its values,
// space-separated; most frequent words first, as GloVe and word2vec write
// them) and returns the classes of its first `max_words` words, keyed by the
// word as written (GloVe's vocabularies are lower-case). IOError if the file
// can't be read, InvalidArgument if a line is malformed or the lines'
// dimensions differ. Deterministic for equal input.
Result<WordClusters> LearnVectorClasses(const std::string& path, const VectorClassOptions& options);

// Reads the first `max_words` vectors of `path`, normalised to unit length
// (zero vectors are skipped), into *words / *rows, and their dimension into
// *dims (if rows is null, only checks the file). Errors as below.
Status ReadUnitVectors(const std::string& path, size_t max_words, std::vector<std::string>* words,
                       std::vector<SparseVec>* rows, uint32_t* dims);

// Reads the first `max_words` lines of `path` as LearnVectorClasses does and
// returns the same errors, without keeping the vectors: `kg train` checks
// the file before spending minutes on the other models.
Status CheckWordVectors(const std::string& path, size_t max_words);

}  // namespace kg::nlp
