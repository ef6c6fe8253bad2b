// Training data assembly from the corpora in ../shared/corpora (see its README).
// EWT train = the per-document sources listed in not-to-release/file-lists/
// files.train, concatenated in order; EWT dev = en_ewt-ud-dev.conllu. GUM
// train/dev = the listed documents that exist in not-to-release/sources (the
// non-commercial genres were removed). The test splits are never read here.
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <vector>

#include "nlp/conllu.h"
#include "util/status.h"

namespace kg::nlp::train {

enum class Split { kTrain, kDev };

// Sentences of an EWT split. IOError when a listed file cannot be read.
Result<std::vector<ConlluSentence>> LoadEwt(const std::string& ud_dir, Split split);
// Sentences of the GUM documents of a split that exist. IOError when the file
// list cannot be read.
Result<std::vector<ConlluSentence>> LoadGum(const std::string& gum_dir, Split split);

}  // namespace kg::nlp::train
