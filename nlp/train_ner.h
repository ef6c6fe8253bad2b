// Training entry point for the named-entity recogniser (nlp/ner.h), called by
// `kg train`. Reads the GUM train documents (nlp/train/corpus.h: the
// official split, absent fiction/wikiHow files skipped), takes named person/place/organization mentions (mentions whose
// head token is PROPN) from the MISC Entity annotation, learns word classes
// from unlabeled text (nlp/word_clusters.h) and, if given word vectors, from
// those (nlp/vector_classes.h), trains an ensemble of BILOU
// taggers, reports dev P/R/F1 to `log`, and writes <models_dir>/ner.bin.
// With train_on_dev (the default of `kg train`) the licence-clean GUM dev
// documents are training data too. Gazetteers come from Debian's iso-codes,
// tzdata and wordnet-base files when present. Test sentences are never read.
// Thread-safety: a pure function; uses one thread.
#pragma once

#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "nlp/component.h"
#include "nlp/conllu.h"
#include "nlp/ner.h"
#include "nlp/ner_net.h"
#include "nlp/vector_classes.h"
#include "util/status.h"

namespace kg::nlp {

struct NerTrainOptions {
  std::string gum_dir;          // the gum folder (holds not-to-release/)
  std::string models_dir;       // output folder; ner.bin is written there
  const Component* tagger = nullptr;  // if set, assigns "pos" to the training words; else gold tags
  int epochs = 10;
  // Example-order seed of the first ensemble member. 21 had the best 5-fold
  // cross-validation F1 on GUM train among 1, 11, 21, 31 (spread about 1 point).
  unsigned seed = 21;
  std::ostream* log = nullptr;  // progress lines and the dev score; may be null
  // Jackknifing as in ParserTrainOptions: if set, training sentences are
  // tagged by taggers trained with it on the other folds (GUM train folds are
  // passed; the function may add other data such as EWT).
  std::function<std::unique_ptr<Component>(const std::vector<ConlluSentence>&)> train_tagger;
  int jackknife_folds = 5;
  // Share of training tokens whose personal-name and town list features are
  // hidden in each pass, so the model also learns the context of names the
  // lists lack (most foreign names) instead of leaning on the lists.
  double list_dropout = 0.5;
  // Share of capitalised training tokens whose word identity (form, lower
  // case, word classes) is hidden in each pass: most names at run time are
  // words the model never saw, so it must learn to type them from context.
  double word_dropout = 0.2;
  // Weights of the summed ensemble below this magnitude are dropped (model
  // size). Pruning the sum rather than each member keeps small weights the
  // members agree on: at 1.5, a quarter smaller than pruning each member at
  // 0.5, at equal accuracy.
  float min_weight = 1.5f;
  // Unlabeled text for the word classes (nlp/word_clusters.h): every *.txt
  // under this folder, plus the training sentences themselves. Empty or
  // missing: no word classes.
  std::string text_dir;
  // Pretrained word vectors in GloVe's text format for a second set of word
  // classes (nlp/vector_classes.h). Empty: none.
  std::string word_vectors;
  VectorClassOptions vector_classes;
  // With word vectors: also train the network (nlp/ner_net.h), whose
  // log-probabilities times `net_weight` join the perceptron's scores.
  bool net = true;
  // Chosen by 5-fold cross-validation on GUM train (models/README.md):
  // 100 components at 4 bits (75.61) matched them at 8 bits (75.60) at half
  // the size, and beat 64 (75.28) and 32 (75.24); 150,000 words instead of
  // 50,000 gained nothing at 32 components; two members gained 0.2 at twice
  // the run time. Weights 60-160 all scored within 0.6 of the best, 130.
  // net_options.hidden: 32 units tie with 64 (75.53 / 75.61) at twice the speed.
  size_t net_words = 50000;  // the vector file's first (most frequent) words the network knows
  int net_dims = 100;        // principal components of the vectors kept
  int net_bits = 4;          // bits a value (8 or 4)
  int net_members = 1;       // networks trained on different seeds, their log-probabilities averaged
  float net_weight = 130.0f;
  float net_floor = Ner::kNoFloor;  // log-probabilities below are raised to it (nlp/ner.h SetNets)
  NerNet::Options net_options;
  std::vector<float> cv_net_weights;  // cross-validation also scores these weights
  std::vector<float> cv_net_floors;   // ... with each of these floors (empty: net_floor)
  // Also train on the licence-clean GUM dev documents (the final model, after
  // choices were made on dev); the dev score printed is then not held out.
  bool train_on_dev = false;
  // If > 1: report k-fold cross-validation over the training documents
  // instead of writing a model (for choosing features without dev/test).
  int cv_folds = 0;
  std::ostream* cv_errors = nullptr;  // if set, cross-validation lists its errors here (ScoreNer)
  // Number of weight sets trained on different example orders (seeds
  // seed, seed + 1, ...) whose scores the model adds.
  int ensemble = 5;
  // If > 1: train a second stage (nlp/ner.h) on first-stage labels
  // jackknifed over this many folds of the training documents (the first
  // stage's ensemble is trained once per fold), with `second_ensemble` weight sets.
  int stack_folds = 0;
  int second_ensemble = 1;
  // IOB2 files with gold PER/LOC/ORG spans (nlp/iob2.h; the Universal NER
  // dev file of EWT) trained on beside GUM, each sentence `iob2_repeat` times
  // per pass. Their words are tagged by `tagger`; cross-validation keeps
  // them in every fold's training and scores GUM only.
  std::vector<std::string> iob2_files;
  int iob2_repeat = 1;
  // Mark their sentences as another annotation scheme (SentenceFeatures::domain).
  bool iob2_domain = false;
  // ... with a domain-conjoined copy of every feature rather than of a few.
  bool iob2_domain_copies = false;
  // Train the network on them too (false: the perceptron only).
  bool iob2_net = true;
};

// The BILOU class (nlp/ner.h: 0 = O, then B/I/L/U of each of Ner::kTypes)
// of each of `n` tokens under the non-overlapping `spans`.
std::vector<int> NerGoldClasses(const std::vector<EntitySpan>& spans, size_t n);

// Reads the IOB2 `paths` into *sentences (their words tagged by `tagger`,
// if set) and their spans into *spans (one list per sentence). A file not
// starting with a "newdoc id" comment starts a document anyway. IOError if
// a file cannot be read; InvalidArgument naming the file if it is malformed.
Status LoadIob2Training(const std::vector<std::string>& paths, const Component* tagger,
                        std::vector<ConlluSentence>* sentences, std::vector<std::vector<EntitySpan>>* spans);

// Trains and saves. Returns IOError if a corpus file can't be read or the
// model can't be written, InvalidArgument for a malformed corpus.
Status TrainNer(const NerTrainOptions& options);

}  // namespace kg::nlp
