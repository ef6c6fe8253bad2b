// Spherical k-means (cosine similarity, unit-length centroids) over sparse
// rows, the clustering step of both kinds of word classes: context vectors
// counted in text (nlp/word_clusters.h) and pretrained word vectors
// (nlp/vector_classes.h). Seeded with k-means++ from a fixed seed, so equal
// input gives equal classes.
// Thread-safety: a pure function.
#pragma once

#include <cstdint>
#include <vector>

namespace kg::nlp {

// A sparse row: sorted dimensions and their values (unit length for cosine).
struct SparseVec {
  std::vector<uint32_t> dim;
  std::vector<float> val;
};

// Each row's class in [0, min(k, rows)); stops early once no row moves.
std::vector<uint16_t> SphericalKMeans(const std::vector<SparseVec>& rows, uint32_t dims, int k, int iterations,
                                      unsigned seed);

}  // namespace kg::nlp
