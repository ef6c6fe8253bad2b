#include "nlp/word_vectors.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "nlp/sorted_words.h"
#include "nlp/vector_classes.h"
#include "util/text.h"

namespace kg::nlp {
namespace {

constexpr uint32_t kMagic = 0x57564331;  // "WVC1"
constexpr uint32_t kMaxWords = 5000000;

// Eigenvectors of the symmetric n x n matrix `a` (row-major; destroyed) by
// cyclic Jacobi rotations, as the columns of the returned matrix, sorted by
// descending eigenvalue.
std::vector<double> Eigenvectors(std::vector<double> a, int n) {
  std::vector<double> v(static_cast<size_t>(n) * n, 0.0);
  for (int i = 0; i < n; ++i) v[static_cast<size_t>(i) * n + i] = 1.0;
  auto at = [n](std::vector<double>& m, int r, int c) -> double& { return m[static_cast<size_t>(r) * n + c]; };
  for (int sweep = 0; sweep < 50; ++sweep) {
    double off = 0;
    for (int p = 0; p < n; ++p) {
      for (int q = p + 1; q < n; ++q) off += at(a, p, q) * at(a, p, q);
    }
    if (off < 1e-18) break;
    for (int p = 0; p < n; ++p) {
      for (int q = p + 1; q < n; ++q) {
        const double apq = at(a, p, q);
        if (std::abs(apq) < 1e-30) continue;
        const double theta = (at(a, q, q) - at(a, p, p)) / (2 * apq);
        const double t = (theta >= 0 ? 1.0 : -1.0) / (std::abs(theta) + std::sqrt(theta * theta + 1));
        const double c = 1 / std::sqrt(t * t + 1), s = t * c;
        for (int k = 0; k < n; ++k) {  // columns p, q
          const double akp = at(a, k, p), akq = at(a, k, q);
          at(a, k, p) = c * akp - s * akq;
          at(a, k, q) = s * akp + c * akq;
        }
        for (int k = 0; k < n; ++k) {  // rows p, q
          const double apk = at(a, p, k), aqk = at(a, q, k);
          at(a, p, k) = c * apk - s * aqk;
          at(a, q, k) = s * apk + c * aqk;
        }
        for (int k = 0; k < n; ++k) {
          const double vkp = at(v, k, p), vkq = at(v, k, q);
          at(v, k, p) = c * vkp - s * vkq;
          at(v, k, q) = s * vkp + c * vkq;
        }
      }
    }
  }
  std::vector<int> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int x, int y) { return at(a, x, x) > at(a, y, y); });
  std::vector<double> sorted(static_cast<size_t>(n) * n);
  for (int k = 0; k < n; ++k) {
    for (int c = 0; c < n; ++c) sorted[static_cast<size_t>(k) * n + c] = at(v, k, order[c]);
  }
  return sorted;
}

}  // namespace

Result<WordVectors> WordVectors::Read(const std::string& path, size_t max_words, int dims, int bits) {
  if (bits != 8 && bits != 4) return Status::InvalidArgument("word vectors take 8 or 4 bits a value");
  std::vector<std::string> words;
  std::vector<SparseVec> rows;
  uint32_t in_dims = 0;
  KG_RETURN_IF_ERROR(ReadUnitVectors(path, max_words, &words, &rows, &in_dims));
  const int n = static_cast<int>(in_dims);
  const int k = dims <= 0 || dims > n ? n : dims;
  // Principal components: eigenvectors of the covariance of the unit vectors.
  std::vector<double> mean(n, 0.0), cov(static_cast<size_t>(n) * n, 0.0);
  for (const SparseVec& r : rows) {
    for (int i = 0; i < n; ++i) mean[i] += r.val[i];
  }
  for (double& m : mean) m /= static_cast<double>(rows.size());
  std::vector<double> centred(n);
  for (const SparseVec& r : rows) {
    for (int i = 0; i < n; ++i) centred[i] = r.val[i] - mean[i];
    for (int i = 0; i < n; ++i) {
      for (int j = i; j < n; ++j) cov[static_cast<size_t>(i) * n + j] += centred[i] * centred[j];
    }
  }
  for (int i = 0; i < n; ++i) {
    for (int j = 0; j < i; ++j) cov[static_cast<size_t>(i) * n + j] = cov[static_cast<size_t>(j) * n + i];
  }
  const std::vector<double> basis = Eigenvectors(std::move(cov), n);
  std::vector<float> projected(rows.size() * static_cast<size_t>(k));
  double norms = 0;
  for (size_t w = 0; w < rows.size(); ++w) {
    double norm2 = 0;
    for (int c = 0; c < k; ++c) {
      double s = 0;
      for (int i = 0; i < n; ++i) s += (rows[w].val[i] - mean[i]) * basis[static_cast<size_t>(i) * n + c];
      projected[w * k + c] = static_cast<float>(s);
      norm2 += s * s;
    }
    norms += std::sqrt(norm2);
  }
  // Scaled to a mean length of 3, a comfortable input range for the network.
  const double to_three = rows.empty() || norms <= 0 ? 1.0 : 3.0 * static_cast<double>(rows.size()) / norms;
  for (float& x : projected) x = static_cast<float>(x * to_three);
  WordVectors wv;
  wv.dims_ = k;
  wv.bits_ = bits;
  wv.scales_.assign(k, 1.0f);
  // 8 bits: the largest value of a dimension is level 127. 4 bits: uniform
  // steps of a third of the dimension's standard deviation (close to the
  // best 16-level quantiser of a Gaussian); the rare larger values clip.
  const int top = bits == 8 ? 127 : 7;
  for (int c = 0; c < k; ++c) {
    double max_abs = 0, sq = 0;
    for (size_t w = 0; w < rows.size(); ++w) {
      const double x = projected[w * k + c];
      max_abs = std::max(max_abs, std::abs(x));
      sq += x * x;
    }
    const double sd = rows.empty() ? 0 : std::sqrt(sq / static_cast<double>(rows.size()));
    const double scale = bits == 8 ? max_abs / top : sd / 3.0;
    if (scale > 0) wv.scales_[c] = static_cast<float>(scale);
  }
  wv.values_.resize(projected.size());
  for (size_t i = 0; i < projected.size(); ++i) {
    const long level = std::lround(projected[i] / wv.scales_[i % k]);
    wv.values_[i] = static_cast<int8_t>(std::clamp<long>(level, -top, top));
  }
  for (size_t w = 0; w < words.size(); ++w) {
    // Words longer than 255 bytes (never useful) are not stored, as repeats are not.
    if (words[w].size() <= 255 && wv.index_.emplace(words[w], static_cast<uint32_t>(wv.words_.size())).second) {
      wv.words_.push_back(words[w]);
    } else {  // a repeated word: the first (most frequent) line wins; drop this row
      wv.values_.erase(wv.values_.begin() + static_cast<long>(wv.words_.size()) * k,
                       wv.values_.begin() + static_cast<long>(wv.words_.size() + 1) * k);
    }
  }
  return wv;
}

bool WordVectors::Lookup(const std::string& form, float* out) const {
  auto it = index_.find(form);
  if (it == index_.end()) it = index_.find(text::AsciiLower(form));
  if (it == index_.end()) return false;
  const int8_t* v = values_.data() + static_cast<size_t>(it->second) * dims_;
  for (int i = 0; i < dims_; ++i) out[i] = v[i] * scales_[i];
  return true;
}

Status WordVectors::Save(std::ostream& out) const {
  const uint32_t header[4] = {kMagic, static_cast<uint32_t>(dims_), static_cast<uint32_t>(words_.size()),
                              static_cast<uint32_t>(bits_)};
  out.write(reinterpret_cast<const char*>(header), sizeof(header));
  out.write(reinterpret_cast<const char*>(scales_.data()), static_cast<std::streamsize>(scales_.size() * sizeof(float)));
  // Rows in the order of the sorted words, which are front-coded.
  std::vector<uint32_t> order(words_.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return words_[a] < words_[b]; });
  std::vector<std::string> sorted;
  std::vector<int8_t> rows;
  sorted.reserve(order.size());
  rows.reserve(values_.size());
  for (uint32_t r : order) {
    sorted.push_back(words_[r]);
    rows.insert(rows.end(), values_.begin() + static_cast<long>(r) * dims_, values_.begin() + static_cast<long>(r + 1) * dims_);
  }
  PutSortedWords(out, sorted);
  if (bits_ == 8) {
    out.write(reinterpret_cast<const char*>(rows.data()), static_cast<std::streamsize>(rows.size()));
  } else {  // two levels a byte, each stored as level + 8 in 1..15
    std::vector<uint8_t> packed((rows.size() + 1) / 2, 0);
    for (size_t i = 0; i < rows.size(); ++i) {
      packed[i / 2] |= static_cast<uint8_t>((rows[i] + 8) << (i % 2 == 0 ? 0 : 4));
    }
    out.write(reinterpret_cast<const char*>(packed.data()), static_cast<std::streamsize>(packed.size()));
  }
  if (!out) return Status::IOError("cannot write word vectors");
  return Status::Ok();
}

Status WordVectors::Load(std::istream& in) {
  uint32_t header[4];
  if (!in.read(reinterpret_cast<char*>(header), sizeof(header)) || header[0] != kMagic || header[1] > 1024 ||
      header[2] > kMaxWords || (header[3] != 8 && header[3] != 4)) {
    return Status::Corruption("bad word vectors header");
  }
  WordVectors wv;
  wv.dims_ = static_cast<int>(header[1]);
  wv.bits_ = static_cast<int>(header[3]);
  wv.scales_.resize(wv.dims_);
  if (!in.read(reinterpret_cast<char*>(wv.scales_.data()), static_cast<std::streamsize>(wv.dims_ * sizeof(float)))) {
    return Status::Corruption("bad word vectors header");
  }
  for (float x : wv.scales_) {
    if (!std::isfinite(x)) return Status::Corruption("bad word vectors header");
  }
  if (!GetSortedWords(in, kMaxWords, &wv.words_) || wv.words_.size() != header[2]) {
    return Status::Corruption("bad word vectors");
  }
  for (uint32_t i = 0; i < header[2]; ++i) wv.index_.emplace(wv.words_[i], i);
  wv.values_.resize(static_cast<size_t>(header[2]) * wv.dims_);
  if (wv.bits_ == 8) {
    if (!in.read(reinterpret_cast<char*>(wv.values_.data()), static_cast<std::streamsize>(wv.values_.size()))) {
      return Status::Corruption("bad word vectors");
    }
  } else {
    std::vector<uint8_t> packed((wv.values_.size() + 1) / 2);
    if (!in.read(reinterpret_cast<char*>(packed.data()), static_cast<std::streamsize>(packed.size()))) {
      return Status::Corruption("bad word vectors");
    }
    for (size_t i = 0; i < wv.values_.size(); ++i) {
      const int nibble = (packed[i / 2] >> (i % 2 == 0 ? 0 : 4)) & 15;
      wv.values_[i] = static_cast<int8_t>(nibble - 8);
    }
  }
  *this = std::move(wv);
  return Status::Ok();
}

}  // namespace kg::nlp
