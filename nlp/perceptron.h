// Perceptron: a multi-class averaged perceptron over hashed features, the
// shared learner of the tagger, parser and NER.
//
// Features are 64-bit hashes built with FeatureKey(); a component makes a
// std::vector<uint64_t> of them per decision and asks Score()/Predict(). The
// weight table maps a feature to a short sparse row of (class, weight) pairs,
// so scoring costs one hash probe per feature plus a few adds, and unused
// classes cost nothing in memory or on disk.
//
// Training: call Update(features, truth, guess) once per decision (it advances
// the averaging clock even when truth == guess), or AddWeights()+Tick() for
// other update rules, then Average() once at the end; after that the model is
// compact, read-only, and Save()able.
//
// Thread-safety: Score/Predict are const and safe from many threads once
// training is over; Update/AddWeights/Tick/Average need exclusive access.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "nlp/model_io.h"
#include "util/status.h"

namespace kg::nlp {

// 64-bit finaliser (splitmix64): spreads the bits of `x`.
inline uint64_t Mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}
// Hash of a string (FNV-1a, then mixed). Stable across runs and machines:
// saved models depend on it, so never change it without bumping the versions.
inline uint64_t HashString(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
  return Mix64(h);
}
// A feature: template id `templ` (one per feature kind, e.g. "suffix3") with
// one or two value hashes.
inline uint64_t FeatureKey(uint32_t templ, uint64_t v) { return Mix64(v + 0x9e3779b97f4a7c15ULL * (templ + 1)); }
inline uint64_t FeatureKey(uint32_t templ, uint64_t a, uint64_t b) {
  return FeatureKey(templ, Mix64(a) ^ (b * 0xff51afd7ed558ccdULL));
}

class Perceptron {
 public:
  Perceptron() = default;
  explicit Perceptron(int num_classes) : num_classes_(num_classes) {}

  int num_classes() const { return num_classes_; }
  size_t num_features() const { return num_rows_; }
  bool trained() const { return compact_; }

  // Sets scores[0..num_classes) to the summed weights of `features`
  // (current weights while training, averaged ones after Average()).
  // REQUIRES: `scores` holds num_classes() floats.
  void Score(std::span<const uint64_t> features, float* scores) const;
  // The best-scoring class (lowest index on ties); 0 when there are no classes.
  int Predict(std::span<const uint64_t> features) const;

  // Standard update: when truth != guess, +1 to truth and -1 to guess on every
  // feature; always advances the averaging clock by one.
  // REQUIRES: !trained(); 0 <= truth, guess < num_classes().
  void Update(std::span<const uint64_t> features, int truth, int guess);
  // Adds `delta` to class `cls` on every feature without advancing the clock.
  void AddWeights(std::span<const uint64_t> features, int cls, float delta);
  // Advances the averaging clock by one decision.
  void Tick() { ++clock_; }
  // Replaces each weight by its average over the clock, drops weights whose
  // magnitude is below `min_abs`, and switches to the compact read-only form.
  void Average(float min_abs = 1e-3f);

  // Appends the averaged model to `w` (weights quantised to 16 bits).
  // REQUIRES: trained().
  void Save(BinaryWriter& w) const;
  // Replaces this model with one read from `r`. Corruption on bad data.
  Status Load(BinaryReader& r);

 private:
  struct TrainEntry {
    uint16_t cls;
    uint32_t stamp;  // clock when `w` last changed
    float w;
    double total;    // sum of w over the clock up to `stamp`
  };
  // Open-addressing slot index for `key` (an existing or the empty slot).
  size_t Find(uint32_t key) const;
  uint32_t RowFor(uint64_t feature);  // creates the row while training
  int64_t Lookup(uint64_t feature) const;  // row index or -1
  void Grow();
  void AddEntry(uint32_t row, int cls, float delta);

  int num_classes_ = 0;
  bool compact_ = false;
  uint32_t clock_ = 0;
  size_t num_rows_ = 0;
  // Hash table: folded 32-bit feature key (never 0) -> row index.
  std::vector<uint32_t> keys_;
  std::vector<uint32_t> slot_rows_;
  // Training form.
  std::vector<std::vector<TrainEntry>> train_rows_;
  // Compact form: one probe finds key, offset and count together, and the
  // row's (class, weight) pairs sit next to each other: two cache misses
  // per feature.
  struct Slot {
    uint32_t key = 0;  // 0 = empty
    uint32_t offset = 0;
    uint32_t count = 0;
  };
  struct Entry {
    uint16_t cls;
    float w;
  };
  const Slot* FindSlot(uint64_t feature) const;
  void BuildSlots(const std::vector<std::pair<uint32_t, std::pair<uint32_t, uint32_t>>>& key_rows);
  std::vector<Slot> slots_;
  std::vector<Entry> entries_;
};

}  // namespace kg::nlp
