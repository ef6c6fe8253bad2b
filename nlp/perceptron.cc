#include "nlp/perceptron.h"

#include <algorithm>
#include <cmath>

namespace kg::nlp {
namespace {

// Tables are keyed by a 32-bit fold of the feature hash: with a million
// features only ~100 pairs collide, which costs nothing measurable and halves
// the key memory and file size.
inline uint32_t Fold(uint64_t f) {
  uint32_t k = static_cast<uint32_t>(f ^ (f >> 32));
  return k == 0 ? 1 : k;
}
constexpr uint32_t kVersion = 1;

}  // namespace

size_t Perceptron::Find(uint32_t key) const {
  size_t mask = keys_.size() - 1;
  size_t i = (key * 0x9e3779b1u) & mask;
  while (keys_[i] != 0 && keys_[i] != key) i = (i + 1) & mask;
  return i;
}

int64_t Perceptron::Lookup(uint64_t feature) const {
  if (keys_.empty()) return -1;
  size_t i = Find(Fold(feature));
  return keys_[i] == 0 ? -1 : static_cast<int64_t>(slot_rows_[i]);
}

void Perceptron::Grow() {
  std::vector<uint32_t> old_keys = std::move(keys_), old_rows = std::move(slot_rows_);
  size_t n = std::max<size_t>(1024, old_keys.size() * 2);
  keys_.assign(n, 0);
  slot_rows_.assign(n, 0);
  for (size_t i = 0; i < old_keys.size(); ++i) {
    if (old_keys[i] == 0) continue;
    size_t j = Find(old_keys[i]);
    keys_[j] = old_keys[i];
    slot_rows_[j] = old_rows[i];
  }
}

uint32_t Perceptron::RowFor(uint64_t feature) {
  if ((num_rows_ + 1) * 2 > keys_.size()) Grow();
  uint32_t key = Fold(feature);
  size_t i = Find(key);
  if (keys_[i] == 0) {
    keys_[i] = key;
    slot_rows_[i] = static_cast<uint32_t>(num_rows_++);
    train_rows_.emplace_back();
  }
  return slot_rows_[i];
}

const Perceptron::Slot* Perceptron::FindSlot(uint64_t feature) const {
  uint32_t key = Fold(feature);
  size_t mask = slots_.size() - 1;
  size_t i = (key * 0x9e3779b1u) & mask;
  while (slots_[i].key != 0) {
    if (slots_[i].key == key) return &slots_[i];
    i = (i + 1) & mask;
  }
  return nullptr;
}

void Perceptron::BuildSlots(const std::vector<std::pair<uint32_t, std::pair<uint32_t, uint32_t>>>& key_rows) {
  size_t n = 1024;
  while (n < key_rows.size() * 2 + 2) n *= 2;
  slots_.assign(n, Slot());
  size_t mask = n - 1;
  for (const auto& [key, range] : key_rows) {
    size_t i = (key * 0x9e3779b1u) & mask;
    while (slots_[i].key != 0) i = (i + 1) & mask;
    slots_[i] = Slot{key, range.first, range.second};
  }
}

void Perceptron::Score(std::span<const uint64_t> features, float* scores) const {
  std::fill(scores, scores + num_classes_, 0.0f);
  if (compact_) {
    if (slots_.empty()) return;
    // Two passes: prefetch every feature's home slot, then probe, so the
    // cache misses of one decision overlap instead of queueing.
    constexpr size_t kBatch = 64;
    uint32_t home[kBatch];
    const size_t mask = slots_.size() - 1;
    for (size_t base = 0; base < features.size(); base += kBatch) {
      size_t n = std::min(kBatch, features.size() - base);
      for (size_t j = 0; j < n; ++j) {
        home[j] = static_cast<uint32_t>((Fold(features[base + j]) * 0x9e3779b1u) & mask);
        __builtin_prefetch(&slots_[home[j]]);
      }
      for (size_t j = 0; j < n; ++j) {
        uint32_t key = Fold(features[base + j]);
        size_t i = home[j];
        while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & mask;
        const Slot& s = slots_[i];
        if (s.key == 0) continue;
        const Entry* e = entries_.data() + s.offset;
        for (uint32_t k = 0; k < s.count; ++k) scores[e[k].cls] += e[k].w;
      }
    }
    return;
  }
  for (uint64_t f : features) {
    int64_t r = Lookup(f);
    if (r < 0) continue;
    for (const TrainEntry& e : train_rows_[r]) scores[e.cls] += e.w;
  }
}

int Perceptron::Predict(std::span<const uint64_t> features) const {
  if (num_classes_ == 0) return 0;
  float stack_scores[256];
  std::vector<float> heap_scores;
  float* scores = stack_scores;
  if (num_classes_ > 256) {
    heap_scores.resize(num_classes_);
    scores = heap_scores.data();
  }
  Score(features, scores);
  return static_cast<int>(std::max_element(scores, scores + num_classes_) - scores);
}

void Perceptron::AddEntry(uint32_t row, int cls, float delta) {
  auto& entries = train_rows_[row];
  for (TrainEntry& e : entries) {
    if (e.cls == cls) {
      e.total += static_cast<double>(clock_ - e.stamp) * e.w;
      e.stamp = clock_;
      e.w += delta;
      return;
    }
  }
  entries.push_back(TrainEntry{static_cast<uint16_t>(cls), clock_, delta, 0.0});
}

void Perceptron::AddWeights(std::span<const uint64_t> features, int cls, float delta) {
  for (uint64_t f : features) AddEntry(RowFor(f), cls, delta);
}

void Perceptron::Update(std::span<const uint64_t> features, int truth, int guess) {
  ++clock_;
  if (truth == guess) return;
  for (uint64_t f : features) {
    uint32_t r = RowFor(f);
    AddEntry(r, truth, 1.0f);
    AddEntry(r, guess, -1.0f);
  }
}

void Perceptron::Average(float min_abs) {
  if (compact_) return;
  double clock = std::max<uint32_t>(clock_, 1);
  // Rows in key order, so that equal training gives equal bytes.
  std::vector<std::pair<uint32_t, uint32_t>> key_row;
  for (size_t i = 0; i < keys_.size(); ++i)
    if (keys_[i] != 0) key_row.emplace_back(keys_[i], slot_rows_[i]);
  std::sort(key_row.begin(), key_row.end());
  entries_.clear();
  std::vector<std::pair<uint32_t, std::pair<uint32_t, uint32_t>>> kept;
  for (auto [key, row] : key_row) {
    auto& entries = train_rows_[row];
    std::sort(entries.begin(), entries.end(), [](const TrainEntry& a, const TrainEntry& b) { return a.cls < b.cls; });
    uint32_t before = static_cast<uint32_t>(entries_.size());
    for (const TrainEntry& e : entries) {
      double total = e.total + static_cast<double>(clock_ - e.stamp) * e.w;
      float avg = static_cast<float>(total / clock);
      if (std::fabs(avg) < min_abs) continue;
      entries_.push_back(Entry{e.cls, avg});
    }
    uint32_t count = static_cast<uint32_t>(entries_.size()) - before;
    if (count) kept.push_back({key, {before, count}});
  }
  train_rows_.clear();
  train_rows_.shrink_to_fit();
  keys_.clear();
  keys_.shrink_to_fit();
  slot_rows_.clear();
  slot_rows_.shrink_to_fit();
  num_rows_ = kept.size();
  BuildSlots(kept);
  compact_ = true;
}

void Perceptron::Save(BinaryWriter& w) const {
  // Rows in key order so that equal models give equal bytes.
  std::vector<const Slot*> rows;
  rows.reserve(num_rows_);
  for (const Slot& s : slots_)
    if (s.key != 0) rows.push_back(&s);
  std::sort(rows.begin(), rows.end(), [](const Slot* a, const Slot* b) { return a->key < b->key; });
  float max_abs = 0;
  for (const Entry& e : entries_) max_abs = std::max(max_abs, std::fabs(e.w));
  float scale = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  w.Str("perceptron");
  w.U32(kVersion);
  w.U32(static_cast<uint32_t>(num_classes_));
  w.U32(static_cast<uint32_t>(rows.size()));
  w.F32(scale);
  for (const Slot* s : rows) {
    w.U32(s->key);
    w.U16(static_cast<uint16_t>(s->count));
    for (uint32_t x = 0; x < s->count; ++x) {
      const Entry& e = entries_[s->offset + x];
      w.U16(e.cls);
      w.I16(static_cast<int16_t>(std::lround(e.w / scale)));
    }
  }
}

Status Perceptron::Load(BinaryReader& r) {
  std::string tag;
  uint32_t version = 0, classes = 0, rows = 0;
  float scale = 1;
  if (!r.Str(&tag) || tag != "perceptron") return Status::Corruption("perceptron: bad section tag");
  if (!r.U32(&version) || version != kVersion) return Status::Corruption("perceptron: unsupported version");
  if (!r.U32(&classes) || !r.U32(&rows) || !r.F32(&scale)) return r.status("perceptron");
  if (classes > 65535) return Status::Corruption("perceptron: too many classes");
  Perceptron p(static_cast<int>(classes));
  std::vector<std::pair<uint32_t, std::pair<uint32_t, uint32_t>>> kept;
  kept.reserve(rows);
  uint32_t prev_key = 0;
  for (uint32_t i = 0; i < rows; ++i) {
    uint32_t key = 0;
    uint16_t count = 0;
    if (!r.U32(&key) || !r.U16(&count)) return r.status("perceptron");
    if (key <= prev_key) return Status::Corruption("perceptron: keys out of order");
    prev_key = key;
    uint32_t offset = static_cast<uint32_t>(p.entries_.size());
    for (uint16_t c = 0; c < count; ++c) {
      uint16_t cls = 0;
      int16_t q = 0;
      if (!r.U16(&cls) || !r.I16(&q)) return r.status("perceptron");
      if (cls >= classes) return Status::Corruption("perceptron: class out of range");
      p.entries_.push_back(Entry{cls, q * scale});
    }
    kept.push_back({key, {offset, count}});
  }
  p.BuildSlots(kept);
  p.num_rows_ = rows;
  p.compact_ = true;
  *this = std::move(p);
  return Status::Ok();
}

}  // namespace kg::nlp
