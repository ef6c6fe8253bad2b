// Helpers shared by the parser and NER trainers and `kg eval-ner`: CoNLL-U
// sentence <-> Doc conversion (words become tokens).
// Thread-safety: pure functions.
#pragma once

#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "nlp/component.h"
#include "nlp/conllu.h"
#include "nlp/doc.h"
#include "util/status.h"

namespace kg::nlp {

// One Doc per sentence: text = forms joined by their spacing, one token per
// syntactic word (gold upos/xpos/lemma/head/deprel copied), one Sentence.
Doc SentenceToDoc(const ConlluSentence& s);
// Several sentences in one Doc (sentences separated by a space), e.g. a document.
Doc SentencesToDoc(const ConlluSentence* sentences, size_t count);

// Runs `tagger` (if not null) over each sentence and copies its upos/xpos
// into the words. Returns the tagger's first error.
Status Retag(const Component* tagger, std::vector<ConlluSentence>* sentences);

// Jackknifing: splits `sentences` into `folds` contiguous folds and re-tags
// each with a tagger trained (by `train`) on the other folds, so training data
// carries run-time-like tagging errors. Returns InvalidArgument if `train`
// returns null, else the taggers' first error.
using TaggerTrainer = std::function<std::unique_ptr<Component>(const std::vector<ConlluSentence>&)>;
Status JackknifeRetag(const TaggerTrainer& train, int folds, std::vector<ConlluSentence>* sentences,
                      std::ostream* log);

}  // namespace kg::nlp
