#include "nlp/parser_weights.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <istream>
#include <ostream>
#include <tuple>

namespace kg::nlp {
namespace {

inline uint64_t Slot(uint64_t key) { return (key * 0x9E3779B97F4A7C15ULL) >> 17; }
inline uint64_t NonZero(uint64_t key) { return key == 0 ? 1 : key; }

constexpr char kMagic[8] = {'K', 'G', 'W', 'E', 'I', 'G', 'H', '2'};

// Run-time keys are 32 bits (half the model size; with ~2M features about a
// hundred pairs collide, which costs nothing measurable). Never 0 (= empty).
inline uint32_t Key32(uint64_t key) {
  const uint32_t k = static_cast<uint32_t>(key >> 32) ^ static_cast<uint32_t>(key);
  return k == 0 ? 1 : k;
}
inline uint64_t Slot32(uint32_t key) { return (static_cast<uint64_t>(key) * 0x9E3779B97F4A7C15ULL) >> 24; }

template <typename T>
void Put(std::ostream& out, const T& v) { out.write(reinterpret_cast<const char*>(&v), sizeof(T)); }
template <typename T>
bool Get(std::istream& in, T* v) { return static_cast<bool>(in.read(reinterpret_cast<char*>(v), sizeof(T))); }

}  // namespace

TrainWeights::TrainWeights(int n_classes) : n_classes_(n_classes) {
  keys_.assign(1 << 16, 0);
  slots_.assign(1 << 16, 0);
}

std::vector<TrainWeights::Entry>* TrainWeights::Find(uint64_t key) const {
  key = NonZero(key);
  const uint64_t mask = keys_.size() - 1;
  for (uint64_t i = Slot(key) & mask;; i = (i + 1) & mask) {
    if (keys_[i] == key) return const_cast<std::vector<Entry>*>(&lists_[slots_[i]]);
    if (keys_[i] == 0) return nullptr;
  }
}

void TrainWeights::Grow() {
  std::vector<uint64_t> old_keys;
  std::vector<uint32_t> old_slots;
  old_keys.swap(keys_);
  old_slots.swap(slots_);
  keys_.assign(old_keys.size() * 2, 0);
  slots_.assign(old_keys.size() * 2, 0);
  const uint64_t mask = keys_.size() - 1;
  for (size_t j = 0; j < old_keys.size(); ++j) {
    if (old_keys[j] == 0) continue;
    uint64_t i = Slot(old_keys[j]) & mask;
    while (keys_[i] != 0) i = (i + 1) & mask;
    keys_[i] = old_keys[j];
    slots_[i] = old_slots[j];
  }
}

std::vector<TrainWeights::Entry>& TrainWeights::FindOrAdd(uint64_t key) {
  key = NonZero(key);
  if ((lists_.size() + 1) * 2 > keys_.size()) Grow();
  const uint64_t mask = keys_.size() - 1;
  uint64_t i = Slot(key) & mask;
  for (;; i = (i + 1) & mask) {
    if (keys_[i] == key) return lists_[slots_[i]];
    if (keys_[i] == 0) break;
  }
  keys_[i] = key;
  slots_[i] = static_cast<uint32_t>(lists_.size());
  lists_.emplace_back();
  return lists_.back();
}

void TrainWeights::Score(const uint64_t* feats, int n, float* scores) const {
  for (int f = 0; f < n; ++f) {
    const std::vector<Entry>* list = Find(feats[f]);
    if (list == nullptr) continue;
    for (const Entry& e : *list) scores[e.cls] += e.w;
  }
}

void TrainWeights::Update(const uint64_t* feats, int n, int truth, int guess) {
  Tick();
  if (truth == guess) return;
  Add(feats, n, truth, 1.0f);
  Add(feats, n, guess, -1.0f);
}

void TrainWeights::Add(const uint64_t* feats, int n, int cls_in, float delta) {
  const uint32_t cls = static_cast<uint32_t>(cls_in);
  for (int f = 0; f < n; ++f) {
    std::vector<Entry>& list = FindOrAdd(feats[f]);
    Entry* e = nullptr;
    for (Entry& x : list) {
      if (x.cls == cls) { e = &x; break; }
    }
    if (e == nullptr) {
      list.push_back(Entry{cls, static_cast<int32_t>(now_), 0.0f, 0.0});
      e = &list.back();
    }
    e->acc += static_cast<double>(e->w) * static_cast<double>(now_ - e->stamp);
    e->stamp = static_cast<int32_t>(now_);
    e->w += delta;
  }
}

Weights TrainWeights::Average(float min_abs) const {
  // Averaged weights keyed by the 32-bit run-time key; 64-bit keys that fold
  // to the same 32 bits (rare) share one feature and their weights add up.
  std::vector<std::tuple<uint32_t, uint32_t, float>> flat;  // key32, class, weight
  const double total = static_cast<double>(std::max<int64_t>(now_, 1));
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (keys_[i] == 0) continue;
    const uint32_t k32 = Key32(keys_[i]);
    for (const Entry& e : lists_[slots_[i]]) {
      const double acc = e.acc + static_cast<double>(e.w) * static_cast<double>(now_ - e.stamp);
      const float avg = static_cast<float>(acc / total);
      if (avg != 0.0f) flat.emplace_back(k32, e.cls, avg);
    }
  }
  return Weights::FromTriples(std::move(flat), n_classes_, min_abs);
}

Weights Weights::FromTriples(std::vector<std::tuple<uint32_t, uint32_t, float>> flat, int n_classes, float min_abs) {
  std::sort(flat.begin(), flat.end());
  Weights out;
  out.n_classes_ = n_classes;
  for (size_t i = 0; i < flat.size();) {
    const uint32_t key = std::get<0>(flat[i]);
    const size_t before = out.entries_.size();
    while (i < flat.size() && std::get<0>(flat[i]) == key) {
      const uint32_t cls = std::get<1>(flat[i]);
      float w = 0;
      while (i < flat.size() && std::get<0>(flat[i]) == key && std::get<1>(flat[i]) == cls) w += std::get<2>(flat[i++]);
      if (std::fabs(w) >= min_abs && w != 0.0f) out.entries_.push_back({cls, w});
    }
    if (out.entries_.size() == before) continue;
    out.feature_keys_.push_back(key);
    out.offsets_.push_back(static_cast<uint32_t>(out.entries_.size()));
  }
  out.BuildIndex();
  return out;
}

Weights Weights::Sum(const std::vector<Weights>& parts) {
  std::vector<std::tuple<uint32_t, uint32_t, float>> flat;  // key, class, weight
  int n_classes = 0;
  for (const Weights& w : parts) {
    n_classes = std::max(n_classes, w.n_classes_);
    for (size_t f = 0; f < w.feature_keys_.size(); ++f) {
      for (uint32_t e = w.offsets_[f]; e < w.offsets_[f + 1]; ++e) {
        flat.emplace_back(w.feature_keys_[f], w.entries_[e].cls, w.entries_[e].w);
      }
    }
  }
  return FromTriples(std::move(flat), n_classes, 0.0f);
}

void Weights::Prune(float min_abs) {
  std::vector<uint32_t> keys, offsets = {0};
  std::vector<Entry> entries;
  for (size_t f = 0; f < feature_keys_.size(); ++f) {
    const size_t before = entries.size();
    for (uint32_t e = offsets_[f]; e < offsets_[f + 1]; ++e) {
      if (std::fabs(entries_[e].w) >= min_abs) entries.push_back(entries_[e]);
    }
    if (entries.size() == before) continue;
    keys.push_back(feature_keys_[f]);
    offsets.push_back(static_cast<uint32_t>(entries.size()));
  }
  feature_keys_.swap(keys);
  offsets_.swap(offsets);
  entries_.swap(entries);
  BuildIndex();
}

void Weights::BuildIndex() {
  size_t cap = 16;
  while (cap < feature_keys_.size() * 2) cap *= 2;
  table_.assign(cap, Slot{0, 0, 0});
  mask_ = cap - 1;
  for (size_t f = 0; f < feature_keys_.size(); ++f) {
    uint64_t i = Slot32(feature_keys_[f]) & mask_;
    while (table_[i].key != 0) i = (i + 1) & mask_;
    table_[i] = Slot{feature_keys_[f], offsets_[f], offsets_[f + 1] - offsets_[f]};
  }
}

void Weights::Score(const uint64_t* feats, int n, float* scores) const {
  if (feature_keys_.empty()) return;
  constexpr int kBatch = 128;
  uint32_t keys[kBatch];
  uint64_t slots[kBatch];
  for (int base = 0; base < n; base += kBatch) {
    const int m = std::min(kBatch, n - base);
    // Look-ups miss the cache: issue them all first.
    for (int f = 0; f < m; ++f) {
      keys[f] = Key32(feats[base + f]);
      slots[f] = Slot32(keys[f]) & mask_;
      __builtin_prefetch(&table_[slots[f]]);
    }
    for (int f = 0; f < m; ++f) {
      for (uint64_t i = slots[f];; i = (i + 1) & mask_) {
        const Slot& s = table_[i];
        if (s.key == keys[f]) {
          const Entry* e = &entries_[s.start];
          for (uint32_t k = 0; k < s.count; ++k) scores[e[k].cls] += e[k].w;
          break;
        }
        if (s.key == 0) break;
      }
    }
  }
}

// Layout: magic, n_classes u32, n_features u64, n_entries u64, scale f32,
// keys u32[n_features], counts u8[n_features], classes u8[n_entries], values i16[n_entries].
Status Weights::Save(std::ostream& out) const {
  out.write(kMagic, sizeof(kMagic));
  float max_abs = 1e-9f;
  for (const Entry& e : entries_) max_abs = std::max(max_abs, std::fabs(e.w));
  const float scale = max_abs / 32767.0f;
  Put(out, static_cast<uint32_t>(n_classes_));
  Put(out, static_cast<uint64_t>(feature_keys_.size()));
  Put(out, static_cast<uint64_t>(entries_.size()));
  Put(out, scale);
  out.write(reinterpret_cast<const char*>(feature_keys_.data()), feature_keys_.size() * sizeof(uint32_t));
  std::vector<uint8_t> counts(feature_keys_.size());
  for (size_t f = 0; f < counts.size(); ++f) counts[f] = static_cast<uint8_t>(offsets_[f + 1] - offsets_[f]);
  out.write(reinterpret_cast<const char*>(counts.data()), counts.size());
  std::vector<uint8_t> classes(entries_.size());
  std::vector<int16_t> q(entries_.size());
  for (size_t i = 0; i < entries_.size(); ++i) {
    classes[i] = static_cast<uint8_t>(entries_[i].cls);
    q[i] = static_cast<int16_t>(std::lround(entries_[i].w / scale));
  }
  out.write(reinterpret_cast<const char*>(classes.data()), classes.size());
  out.write(reinterpret_cast<const char*>(q.data()), q.size() * sizeof(int16_t));
  if (!out) return Status::IOError("cannot write weights");
  return Status::Ok();
}

Status Weights::Load(std::istream& in) {
  char magic[8];
  if (!in.read(magic, sizeof(magic)) || std::memcmp(magic, kMagic, sizeof(kMagic)) != 0) {
    return Status::Corruption("not a kg weights block");
  }
  uint32_t n_classes = 0;
  uint64_t n_features = 0, n_entries = 0;
  float scale = 0;
  if (!Get(in, &n_classes) || !Get(in, &n_features) || !Get(in, &n_entries) || !Get(in, &scale) ||
      n_classes == 0 || n_classes > 255 || n_features > (1ULL << 31) || n_entries > (1ULL << 31)) {
    return Status::Corruption("bad weights header");
  }
  n_classes_ = static_cast<int>(n_classes);
  feature_keys_.resize(n_features);
  std::vector<uint8_t> counts(n_features), classes(n_entries);
  std::vector<int16_t> q(n_entries);
  in.read(reinterpret_cast<char*>(feature_keys_.data()), n_features * sizeof(uint32_t));
  in.read(reinterpret_cast<char*>(counts.data()), n_features);
  in.read(reinterpret_cast<char*>(classes.data()), n_entries);
  in.read(reinterpret_cast<char*>(q.data()), n_entries * sizeof(int16_t));
  if (!in) return Status::Corruption("truncated weights");
  offsets_.assign(n_features + 1, 0);
  for (size_t f = 0; f < n_features; ++f) {
    if (feature_keys_[f] == 0) return Status::Corruption("weights key 0");
    offsets_[f + 1] = offsets_[f] + counts[f];
  }
  if (offsets_[n_features] != n_entries) return Status::Corruption("weights entry count mismatch");
  entries_.resize(n_entries);
  for (size_t i = 0; i < n_entries; ++i) {
    if (classes[i] >= n_classes) return Status::Corruption("weights class out of range");
    entries_[i] = Entry{classes[i], static_cast<float>(q[i]) * scale};
  }
  BuildIndex();
  return Status::Ok();
}

}  // namespace kg::nlp
