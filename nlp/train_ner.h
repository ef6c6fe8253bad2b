// Training entry point for the named-entity recogniser (nlp/ner.h), called by
// `kg train`. Reads the GUM train documents (not-to-release/sources, listed in
// not-to-release/file-lists/files.train; absent fiction/wikiHow files are
// skipped), takes named person/place/organization mentions (mentions whose
// head token is PROPN) from the MISC Entity annotation, trains a BILOU tagger,
// reports dev P/R/F1 to `log`, and writes <models_dir>/ner.bin.
// Gazetteers come from Debian's iso-codes JSON (country names) when present.
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

struct NerTrainOptions {
  std::string gum_dir;          // the gum folder (holds not-to-release/)
  std::string models_dir;       // output folder; ner.bin is written there
  const Component* tagger = nullptr;  // if set, assigns "pos" to the training words; else gold tags
  int epochs = 10;
  unsigned seed = 1;
  std::ostream* log = nullptr;  // progress lines and the dev score; may be null
  // Jackknifing as in ParserTrainOptions: if set, training sentences are
  // tagged by taggers trained with it on the other folds (GUM train folds are
  // passed; the function may add other data such as EWT).
  std::function<std::unique_ptr<Component>(const std::vector<ConlluSentence>&)> train_tagger;
  int jackknife_folds = 5;
  float min_weight = 0.0f;      // averaged weights below this magnitude are dropped (model size)
};

// Trains and saves. Returns IOError if a corpus file can't be read or the
// model can't be written, InvalidArgument for a malformed corpus.
Status TrainNer(const NerTrainOptions& options);

}  // namespace kg::nlp
