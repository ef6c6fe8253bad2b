#include "nlp/spherical_kmeans.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace kg::nlp {

// Spherical k-means: returns each row's class in [0, k).
std::vector<uint16_t> SphericalKMeans(const std::vector<SparseVec>& rows, uint32_t dims, int k, int iterations,
                                      unsigned seed) {
  const size_t n = rows.size();
  std::vector<uint16_t> assign(n, 0);
  if (n == 0) return assign;
  k = static_cast<int>(std::min<size_t>(static_cast<size_t>(k), n));
  // Centroids stored transposed (dimension-major) so scoring one row against
  // every centroid is a run of contiguous multiply-adds.
  std::vector<float> ct(static_cast<size_t>(dims) * k, 0.0f);
  auto set_centroid = [&](int c, const std::vector<float>& dense) {
    for (uint32_t d = 0; d < dims; ++d) ct[static_cast<size_t>(d) * k + c] = dense[d];
  };
  // k-means++ seeding (deterministic: fixed seed, fixed row order).
  std::mt19937 rng(seed);
  std::vector<double> best_sim(n, -1.0);
  size_t pick = rng() % n;
  std::vector<float> dense(dims);
  for (int c = 0; c < k; ++c) {
    std::fill(dense.begin(), dense.end(), 0.0f);
    const SparseVec& r = rows[pick];
    for (size_t j = 0; j < r.dim.size(); ++j) dense[r.dim[j]] = r.val[j];
    set_centroid(c, dense);
    double total = 0;
    for (size_t i = 0; i < n; ++i) {
      double s = 0;
      for (size_t j = 0; j < rows[i].dim.size(); ++j) s += rows[i].val[j] * dense[rows[i].dim[j]];
      best_sim[i] = std::max(best_sim[i], s);
      total += 1.0 - best_sim[i];
    }
    if (total <= 0) break;
    double x = std::uniform_real_distribution<double>(0.0, total)(rng);
    pick = n - 1;
    for (size_t i = 0; i < n; ++i) {
      x -= 1.0 - best_sim[i];
      if (x <= 0) { pick = i; break; }
    }
  }
  std::vector<float> scores(k);
  std::vector<double> sums(static_cast<size_t>(k) * dims);
  for (int it = 0; it < iterations; ++it) {
    size_t changed = 0;
    for (size_t i = 0; i < n; ++i) {
      std::fill(scores.begin(), scores.end(), 0.0f);
      const SparseVec& r = rows[i];
      for (size_t j = 0; j < r.dim.size(); ++j) {
        const float v = r.val[j];
        const float* c = &ct[static_cast<size_t>(r.dim[j]) * k];
        for (int q = 0; q < k; ++q) scores[q] += v * c[q];
      }
      const uint16_t best = static_cast<uint16_t>(std::max_element(scores.begin(), scores.end()) - scores.begin());
      changed += best != assign[i] || it == 0;
      assign[i] = best;
    }
    if (changed == 0) break;
    std::fill(sums.begin(), sums.end(), 0.0);
    std::vector<size_t> members(k, 0);
    for (size_t i = 0; i < n; ++i) {
      ++members[assign[i]];
      const SparseVec& r = rows[i];
      for (size_t j = 0; j < r.dim.size(); ++j) sums[static_cast<size_t>(assign[i]) * dims + r.dim[j]] += r.val[j];
    }
    for (int c = 0; c < k; ++c) {
      if (members[c] == 0) continue;  // an empty class keeps its old centroid
      double norm = 0;
      for (uint32_t d = 0; d < dims; ++d) norm += sums[static_cast<size_t>(c) * dims + d] * sums[static_cast<size_t>(c) * dims + d];
      norm = std::sqrt(norm);
      if (norm <= 0) continue;
      for (uint32_t d = 0; d < dims; ++d) {
        ct[static_cast<size_t>(d) * k + c] = static_cast<float>(sums[static_cast<size_t>(c) * dims + d] / norm);
      }
    }
  }
  return assign;
}

}  // namespace kg::nlp
