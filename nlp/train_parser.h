// Training entry point for the dependency parser (nlp/parser.h), called by
// `kg train`. Reads the UD English EWT train split and, with gum_dir, GUM
// train (nlp/train/corpus.h), optionally re-tags it with
// the trained tagger so the parser learns from the tags it will see at run
// time, trains, reports dev LAS/UAS to `log`, and writes <models_dir>/parser.bin.
// The test split is never read.
// Thread-safety: a pure function; uses one thread.
#pragma once

#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "nlp/component.h"
#include "nlp/conllu.h"
#include "util/status.h"

namespace kg::nlp {

struct ParserTrainOptions {
  std::string ud_dir;           // the ud-english-ewt folder (holds not-to-release/ and the dev file)
  std::string models_dir;       // output folder; parser.bin is written there
  std::string gum_dir;          // optional: GUM train documents (same UD scheme) join the training data
                                // (+0.55 LAS on EWT dev)
  const Component* tagger = nullptr;  // if set, assigns "pos" to training/dev words; else gold tags
  int epochs = 12;              // passes over the training data
  unsigned seed = 1;            // exploration / shuffling seed (output is deterministic per seed)
  int members = 1;              // models trained with seeds seed, seed+1, ... summed into one weight set
                                // (min_weight then applies to the mean weight)
  std::ostream* log = nullptr;  // progress lines and the dev score; may be null
  // Jackknifing: if set, the training words are tagged by taggers trained
  // (with this function) on the other `jackknife_folds` folds, so the parser
  // learns from tags as noisy as at run time; `tagger` then tags dev only.
  std::function<std::unique_ptr<Component>(const std::vector<ConlluSentence>&)> train_tagger;
  int jackknife_folds = 10;
  bool eval_each_epoch = false; // also log dev scores after every epoch (slower)
  // Averaged weights below this magnitude are dropped: at 0.8 the EWT+GUM model
  // shrinks from 31 to 21 MB and parses faster for -0.1 LAS on EWT dev.
  float min_weight = 0.8f;
};

// Trains and saves. Returns IOError if a corpus file can't be read or the
// model can't be written, InvalidArgument for a malformed corpus.
Status TrainParser(const ParserTrainOptions& options);

}  // namespace kg::nlp
