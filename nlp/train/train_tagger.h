// Trains the part-of-speech tagger (nlp/tagger.h) on CoNLL-U sentences and
// scores it. Deterministic for a given seed.
// Thread-safety: pure functions; one thread.
#pragma once

#include <memory>
#include <ostream>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/tagger.h"

namespace kg::nlp::train {

struct TaggerTrainOptions {
  int iterations = 8;         // passes over the training sentences
  unsigned seed = 1;          // shuffling seed
  int dict_min_count = 20;    // tag dictionary: words seen at least this often...
  double dict_min_share = 0.995;  // ...with one tag at least this share of the time
  int lexicon_min_count = 2;   // ambiguity classes for words seen at least this often
  std::ostream* log = nullptr;    // one line per iteration (+ dev scores); may be null
};

// Returns the trained tagger; `dev` (may be empty) is only scored, never learned from.
std::unique_ptr<Tagger> TrainTagger(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>& dev,
                                    const TaggerTrainOptions& options);

struct TagScores {
  double upos = 0, xpos = 0;  // accuracy in percent over words
  size_t words = 0;
};
TagScores ScoreTagger(const Tagger& tagger, const std::vector<ConlluSentence>& gold);

}  // namespace kg::nlp::train
