// Sparse multi-class averaged perceptron over hashed features, used by the
// dependency parser and the NER tagger. Features are 64-bit hashes computed by
// the caller (no strings in the hot loop); each feature keeps only the classes
// it was ever updated for, so the model stays compact.
//
// TrainWeights: mutable, for training (current weights + averaging state).
// Weights: the frozen averaged model used at run time; Load/Save round-trip.
// Thread-safety: Weights is immutable after Load/Build, safe to share across
// threads; TrainWeights is single-threaded.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <tuple>
#include <vector>

#include "util/status.h"

namespace kg::nlp {

class Weights;

class TrainWeights {
 public:
  explicit TrainWeights(int n_classes);
  int n_classes() const { return n_classes_; }
  // scores[c] += sum of current weights of `feats` for class c (scores has n_classes entries).
  void Score(const uint64_t* feats, int n, float* scores) const;
  // One perceptron step: +1 to `truth`, -1 to `guess` for every feature. No-op if equal.
  void Update(const uint64_t* feats, int n, int truth, int guess);
  // For structured updates (several feature sets per step): Tick starts a
  // step, Add changes the weight of class `cls` of every feature by `delta`.
  void Tick() { ++now_; }
  void Add(const uint64_t* feats, int n, int cls, float delta);
  // Freezes the averaged weights; drops |w| < min_abs and features left empty.
  Weights Average(float min_abs) const;

 private:
  struct Entry { uint32_t cls; int32_t stamp; float w; double acc; };
  std::vector<Entry>* Find(uint64_t key) const;
  std::vector<Entry>& FindOrAdd(uint64_t key);
  void Grow();
  int n_classes_;
  int64_t now_ = 0;
  std::vector<uint64_t> keys_;     // open addressing; 0 = empty
  std::vector<uint32_t> slots_;    // index into lists_
  std::vector<std::vector<Entry>> lists_;
};

class Weights {
 public:
  Weights() = default;
  int n_classes() const { return n_classes_; }
  size_t n_features() const { return feature_keys_.size(); }
  void Score(const uint64_t* feats, int n, float* scores) const;
  // One weight set scoring as the sum of `parts` (an ensemble of linear
  // models is one linear model: scoring it once costs a third of three).
  static Weights Sum(const std::vector<Weights>& parts);
  // Drops weights with |w| < min_abs (and features left empty): smaller model.
  void Prune(float min_abs);
  // Binary form: 32-bit feature keys, int16-quantised weights.
  // Returns IOError/Corruption on failure.
  Status Save(std::ostream& out) const;
  Status Load(std::istream& in);

 private:
  friend class TrainWeights;
  // Weights from (32-bit key, class, weight) triples: equal (key, class)
  // pairs add up; sums below min_abs (and zeros) are dropped.
  static Weights FromTriples(std::vector<std::tuple<uint32_t, uint32_t, float>> triples, int n_classes,
                             float min_abs);
  struct Slot { uint32_t key, start, count; };   // open-addressing table entry; key 0 = empty
  struct Entry { uint32_t cls; float w; };
  void BuildIndex();
  int n_classes_ = 0;
  // Features sorted by 32-bit key; feature i owns entries [offsets_[i], offsets_[i+1]).
  std::vector<uint32_t> feature_keys_;
  std::vector<uint32_t> offsets_ = {0};
  std::vector<Entry> entries_;
  std::vector<Slot> table_;
  uint64_t mask_ = 0;
};

}  // namespace kg::nlp
