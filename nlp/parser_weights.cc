#include "nlp/parser_weights.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <istream>
#include <ostream>

namespace kg::nlp {
namespace {

inline uint64_t Slot(uint64_t key) { return (key * 0x9E3779B97F4A7C15ULL) >> 17; }
inline uint64_t NonZero(uint64_t key) { return key == 0 ? 1 : key; }

constexpr char kMagic[8] = {'K', 'G', 'W', 'E', 'I', 'G', 'H', '1'};

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
  ++now_;
  if (truth == guess) return;
  for (int f = 0; f < n; ++f) {
    std::vector<Entry>& list = FindOrAdd(feats[f]);
    for (int k = 0; k < 2; ++k) {
      const uint32_t cls = static_cast<uint32_t>(k == 0 ? truth : guess);
      const float delta = k == 0 ? 1.0f : -1.0f;
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
}

Weights TrainWeights::Average(float min_abs) const {
  Weights out;
  out.n_classes_ = n_classes_;
  std::vector<std::pair<uint64_t, uint32_t>> order;
  order.reserve(lists_.size());
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (keys_[i] != 0) order.emplace_back(keys_[i], slots_[i]);
  }
  std::sort(order.begin(), order.end());
  const double total = static_cast<double>(std::max<int64_t>(now_, 1));
  out.offsets_.push_back(0);
  for (const auto& [key, slot] : order) {
    size_t before = out.values_.size();
    std::vector<std::pair<uint8_t, float>> kept;
    for (const Entry& e : lists_[slot]) {
      const double acc = e.acc + static_cast<double>(e.w) * static_cast<double>(now_ - e.stamp);
      const float avg = static_cast<float>(acc / total);
      if (std::fabs(avg) >= min_abs) kept.emplace_back(static_cast<uint8_t>(e.cls), avg);
    }
    if (kept.empty()) continue;
    std::sort(kept.begin(), kept.end());
    for (const auto& [c, v] : kept) {
      out.classes_.push_back(c);
      out.values_.push_back(v);
    }
    (void)before;
    out.feature_keys_.push_back(key);
    out.offsets_.push_back(static_cast<uint32_t>(out.values_.size()));
  }
  out.BuildIndex();
  return out;
}

void Weights::BuildIndex() {
  size_t cap = 16;
  while (cap < feature_keys_.size() * 2) cap *= 2;
  table_keys_.assign(cap, 0);
  table_vals_.assign(cap, 0);
  mask_ = cap - 1;
  for (size_t f = 0; f < feature_keys_.size(); ++f) {
    uint64_t i = Slot(feature_keys_[f]) & mask_;
    while (table_keys_[i] != 0) i = (i + 1) & mask_;
    table_keys_[i] = feature_keys_[f];
    table_vals_[i] = static_cast<uint32_t>(f);
  }
}

void Weights::Score(const uint64_t* feats, int n, float* scores) const {
  if (table_keys_.empty()) return;
  for (int f = 0; f < n; ++f) {
    const uint64_t key = NonZero(feats[f]);
    for (uint64_t i = Slot(key) & mask_;; i = (i + 1) & mask_) {
      const uint64_t k = table_keys_[i];
      if (k == key) {
        const uint32_t feat = table_vals_[i];
        for (uint32_t e = offsets_[feat]; e < offsets_[feat + 1]; ++e) scores[classes_[e]] += values_[e];
        break;
      }
      if (k == 0) break;
    }
  }
}

// Layout: magic, n_classes u32, n_features u64, n_entries u64, scale f32,
// keys u64[n_features], counts u8[n_features], classes u8[n_entries], values i16[n_entries].
Status Weights::Save(std::ostream& out) const {
  out.write(kMagic, sizeof(kMagic));
  float max_abs = 1e-9f;
  for (float v : values_) max_abs = std::max(max_abs, std::fabs(v));
  const float scale = max_abs / 32767.0f;
  Put(out, static_cast<uint32_t>(n_classes_));
  Put(out, static_cast<uint64_t>(feature_keys_.size()));
  Put(out, static_cast<uint64_t>(values_.size()));
  Put(out, scale);
  out.write(reinterpret_cast<const char*>(feature_keys_.data()), feature_keys_.size() * sizeof(uint64_t));
  std::vector<uint8_t> counts(feature_keys_.size());
  for (size_t f = 0; f < counts.size(); ++f) counts[f] = static_cast<uint8_t>(offsets_[f + 1] - offsets_[f]);
  out.write(reinterpret_cast<const char*>(counts.data()), counts.size());
  out.write(reinterpret_cast<const char*>(classes_.data()), classes_.size());
  std::vector<int16_t> q(values_.size());
  for (size_t i = 0; i < q.size(); ++i) q[i] = static_cast<int16_t>(std::lround(values_[i] / scale));
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
      n_classes == 0 || n_classes > 256 || n_features > (1ULL << 32) || n_entries > (1ULL << 32)) {
    return Status::Corruption("bad weights header");
  }
  n_classes_ = static_cast<int>(n_classes);
  feature_keys_.resize(n_features);
  std::vector<uint8_t> counts(n_features);
  classes_.resize(n_entries);
  std::vector<int16_t> q(n_entries);
  in.read(reinterpret_cast<char*>(feature_keys_.data()), n_features * sizeof(uint64_t));
  in.read(reinterpret_cast<char*>(counts.data()), n_features);
  in.read(reinterpret_cast<char*>(classes_.data()), n_entries);
  in.read(reinterpret_cast<char*>(q.data()), n_entries * sizeof(int16_t));
  if (!in) return Status::Corruption("truncated weights");
  offsets_.assign(n_features + 1, 0);
  for (size_t f = 0; f < n_features; ++f) offsets_[f + 1] = offsets_[f] + counts[f];
  if (offsets_[n_features] != n_entries) return Status::Corruption("weights entry count mismatch");
  for (uint8_t c : classes_) {
    if (c >= n_classes) return Status::Corruption("weights class out of range");
  }
  values_.resize(n_entries);
  for (size_t i = 0; i < n_entries; ++i) values_[i] = static_cast<float>(q[i]) * scale;
  BuildIndex();
  return Status::Ok();
}

}  // namespace kg::nlp
