// Ner: named-entity recogniser for people, organisations and places. A
// BILOU tagger (Viterbi over first-order label history) scored by the sum of one or more averaged
// perceptrons (nlp/parser_weights.h) over word, shape, affix, POS, label-history and
// gazetteer features (nlp/ner_gazetteer.h), word classes learned from
// unlabeled text (nlp/word_clusters.h) and classes of pretrained word
// vectors (nlp/vector_classes.h), plus (model format 7) the weighted
// log-probabilities of a bidirectional LSTM over compressed word vectors
// (nlp/ner_net.h, nlp/word_vectors.h). Trained on GUM named mentions
// (nlp/train_ner.h, nlp/ner_data.h).
// Model file: <models_dir>/ner.bin (the pipeline loads it by that name).
// Reads tokens, sentences and (optionally) "pos"; appends EntitySpans with
// label PERSON, ORG or PLACE to Doc::entities, keeping entities sorted by
// first token. Existing spans are kept; new ones overlapping them are dropped.
// Thread-safety: a loaded Ner is immutable; Process may run concurrently on
// different Docs.
#pragma once

#include <array>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "nlp/component.h"
#include "nlp/ner_gazetteer.h"
#include "nlp/ner_net.h"
#include "nlp/parser_weights.h"
#include "nlp/word_clusters.h"
#include "nlp/word_vectors.h"

namespace kg::nlp {

class Ner : public Component {
 public:
  static constexpr const char* kFileName = "ner.bin";
  static constexpr int kNumClasses = 13;     // O, then B/I/L/U for each of kTypes
  static constexpr int kMaxFeatures = 256;   // Features writes at most this many
  static constexpr int kNonLocal = 8;        // second-stage feature slots per token
  static const char* const kTypes[3];     // "PERSON", "ORG", "PLACE"

  // Loads a model written by Save. IOError if unreadable, Corruption if malformed.
  static Result<std::unique_ptr<Ner>> Load(const std::string& path);
  // Writes the model. IOError on failure.
  Status Save(const std::string& path) const;

  std::string name() const override { return "ner"; }
  std::vector<std::string> requires_layers() const override { return {"tokens", "sentences"}; }
  std::vector<std::string> assigns() const override { return {"ents"}; }
  Status Process(Doc& doc) const override;
  // Spans (Doc token indices) found in tokens [first, last). `cues` (from
  // DocCues(doc)) adds document-level evidence; null means none.
  struct DocContext;
  std::vector<EntitySpan> TagSpan(const Doc& doc, uint32_t first, uint32_t last,
                                  const DocContext* cues = nullptr) const;
  // The contexts (neighbouring words) of every capitalised word form in `doc`,
  // and which words also occur in lower case there.
  static DocContext DocCues(const Doc& doc);

  // --- for training (nlp/train_ner.cc) ---
  struct SentenceFeatures;  // per-token precomputed hashes
  // `clusters` may be null (no cluster or capitalisation features).
  // `vector_classes` (nlp/vector_classes.h) may be null too.
  static void Prepare(const Gazetteer& gaz, const WordClusters* clusters, const Doc& doc, uint32_t first,
                      uint32_t last, const DocContext* cues, SentenceFeatures* out,
                      const WordClusters* vector_classes = nullptr);
  // Features of token i: those that do not depend on the label history
  // (kStatic), those conjoined with the previous class `prev` (-1 at the
  // sentence start; kHistory), or both. Returns the count.
  enum class FeatureSet { kStatic, kHistory, kAll };
  static int Features(const SentenceFeatures& s, int i, int prev, FeatureSet which, uint64_t* out);
  static bool Allowed(int prev, int cur, bool last_token);
  // Viterbi BILOU decoding of one sentence with the summed `weights`; returns
  // a class per token. `scores`, if set, receives each token's class scores
  // given the previous class on the best path.
  using ClassScores = std::array<float, kNumClasses>;
  // `unary`, if set, holds n * kNumClasses scores added to each token's.
  static std::vector<int> Decode(const SentenceFeatures& s, const std::vector<Weights>& weights,
                                 std::vector<ClassScores>* scores = nullptr, const float* unary = nullptr);
  // The same with any scorer (training decodes with the weights being learned):
  // adds the weights of features[0, n) to scores[0, kNumClasses).
  using Scorer = std::function<void(const uint64_t* features, int n, float* scores)>;
  static std::vector<int> Decode(const SentenceFeatures& s, const Scorer& score,
                                 std::vector<ClassScores>* scores = nullptr, const float* unary = nullptr);
  // The network's inputs (nlp/ner_net.h) for tokens [first, last) of `doc`
  // with their features `s`: per token the word vector (zero if unknown),
  // then kNetExtras dense features, the first of them "no word vector".
  // `capitalised`, if set, marks the tokens word dropout may hide.
  static constexpr int kNetExtras = 64;
  static void NetInputs(const WordVectors& vectors, const Doc& doc, uint32_t first, const SentenceFeatures& s,
                        std::vector<float>* inputs, std::vector<uint8_t>* capitalised = nullptr);
  // Adds trained networks (an ensemble over the same vectors) whose mean
  // log-probabilities, raised to at least `floor` and times `weight`, join
  // the perceptron's scores. The floor bounds what one confident mistake of
  // the network can cost a name the perceptron sees.
  static constexpr int kMaxNets = 8;
  static constexpr float kNoFloor = -1e30f;
  void SetNets(WordVectors vectors, std::vector<NerNet> nets, float weight, float floor = kNoFloor);
  void set_net_weight(float weight) { net_weight_ = weight; }
  void set_net_floor(float floor) { net_floor_ = floor; }
  // Second-stage features of every token of `doc` from the first stage's
  // classes (one per doc token): the types and BILOU positions the same
  // capitalised form got at its other occurrences (slots 0 and 1 unused).
  using NonLocal = std::array<uint64_t, kNonLocal>;  // 0 = empty slot
  static std::vector<NonLocal> NonLocalFeatures(const Doc& doc, const std::vector<int>& classes);
  // `weights`: one or more weight sets (an ensemble; their scores are added);
  // `second`: the second stage's (empty: one stage).
  // `vector_classes`: classes from pretrained word vectors (empty: none).
  Ner(Gazetteer gazetteer, WordClusters clusters, std::vector<Weights> weights, std::vector<Weights> second = {},
      WordClusters vector_classes = {});

 private:
  Gazetteer gazetteer_;
  WordClusters clusters_;
  WordClusters vector_classes_;
  std::vector<Weights> weights_;
  std::vector<Weights> second_;
  WordVectors net_vectors_;
  std::vector<NerNet> nets_;
  float net_weight_ = 0.0f;
  float net_floor_ = kNoFloor;
  // The networks' mean log-probabilities times net_weight_ for a sentence (empty without a network).
  std::vector<float> NetScores(const Doc& doc, uint32_t first, const SentenceFeatures& s) const;
};

struct Ner::SentenceFeatures {
  std::vector<uint64_t> lower, shape, prefix, suffix, pos, form;
  std::vector<uint8_t> kinds, place_pos, org_pos, city_pos, caps;  // caps: 1 title-case, 2 all caps, 4 sentence-initial
  std::vector<uint8_t> lower_elsewhere;         // the word also occurs in lower case in the document
  std::vector<std::vector<uint64_t>> doc_cues;  // neighbour words of the form's other occurrences
  std::vector<WordClusters::Ids> clusters;      // unsupervised word classes (nlp/word_clusters.h)
  std::vector<uint8_t> caps_bucket;             // how often the word is capitalised in running text
  std::vector<WordClusters::Ids> vec_classes;   // classes of pretrained word vectors (nlp/vector_classes.h); empty: none
  bool headline = false;                        // most words capitalised (a title)
  std::vector<NonLocal> nonlocal;               // second-stage features; empty in the first stage
  // The capitalised run around each token ("Evergreen Aviation & Space
  // Museum"): index of its last word (the name's likely head, which a
  // left-to-right tagger has not reached when it types the first word) and
  // the token's position in it (0 outside, 1 first, 2 inside, 3 last, 4 alone).
  std::vector<int> run_last;
  std::vector<uint8_t> run_pos;
  // Whether the token is written attached to the previous (bit 1) and the
  // next (bit 2) one, as the parts of "Min-seo" are.
  std::vector<uint8_t> attached;
  // Around a comma between two place names ("Mountain View , California"):
  // role (1 the first name's last word, 2 the comma, 3 the second name's
  // first word) * 4 + Gazetteer::LiesIn of the two; 0 elsewhere.
  std::vector<uint8_t> region_chain;
  // Training only: the annotation scheme of the sentence's corpus (0 = GUM's,
  // as at run time; 1 = Universal NER's). Where it is not 0, Features adds
  // copies of a few features conjoined with it, and the network reads it, so
  // the schemes' differences (titles inside a person's span, plural
  // demonyms as people, products as companies) are learned apart from what
  // the corpora share, and run time follows GUM's.
  uint8_t domain = 0;
  // With a domain: every feature gets a domain-conjoined copy (Daume 2007's
  // feature augmentation) instead of only a few.
  bool domain_copies = false;
};

struct Ner::DocContext {
  struct Occurrence { uint32_t token; uint64_t before, after; };
  std::unordered_map<std::string, std::vector<Occurrence>> by_form;  // capitalised forms only
  std::unordered_set<std::string> lower_forms;                        // lower-case-initial forms
};

}  // namespace kg::nlp
