// Training data assembly from the corpora in ../shared/corpora (see its README).
// EWT train = the per-document sources listed in not-to-release/file-lists/
// files.train, concatenated in order; EWT dev = en_ewt-ud-dev.conllu.
// GUM: the official en_gum-ud-{dev,test}.conllu files define the split by
// their `# newdoc id`s (the shipped file lists are from an older release and
// put 4 test and 4 dev documents in train, and miss 13 newer train
// documents). GUM dev = the official dev documents that exist in
// not-to-release/sources (the non-commercial genres were removed); GUM train
// = every other source document that is not a test document, by name. Test
// sentences are never returned: the test file is read for its ids only.
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
// Sentences of the GUM documents of a split that exist (see above). IOError
// when the official dev/test files or the sources folder cannot be read.
Result<std::vector<ConlluSentence>> LoadGum(const std::string& gum_dir, Split split);

}  // namespace kg::nlp::train
