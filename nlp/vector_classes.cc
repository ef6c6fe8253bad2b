#include "nlp/vector_classes.h"

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <unordered_map>
#include <utility>
#include <vector>

#include "nlp/spherical_kmeans.h"

namespace kg::nlp {

Status ReadUnitVectors(const std::string& path, size_t max_words, std::vector<std::string>* words,
                   std::vector<SparseVec>* rows, uint32_t* dims_out) {
  std::ifstream in(path);
  if (!in) return Status::IOError("cannot read word vectors " + path);
  uint32_t dims = 0;
  size_t kept = 0;
  std::string line;
  for (size_t line_no = 1; kept < max_words && std::getline(in, line); ++line_no) {
    const size_t space = line.find(' ');
    if (space == 0 || space == std::string::npos) {
      return Status::InvalidArgument(path + ":" + std::to_string(line_no) + ": expected a word and its values");
    }
    SparseVec v;
    const char* p = line.c_str() + space;
    const char* end = line.c_str() + line.size();
    while (p < end) {
      char* next = nullptr;
      const float x = std::strtof(p, &next);
      if (next == p) break;
      v.dim.push_back(static_cast<uint32_t>(v.dim.size()));
      v.val.push_back(x);
      p = next;
    }
    while (p < end && (*p == ' ' || *p == '\r')) ++p;
    if (p != end || v.val.empty()) {
      return Status::InvalidArgument(path + ":" + std::to_string(line_no) + ": malformed vector");
    }
    if (dims == 0) dims = static_cast<uint32_t>(v.val.size());
    if (v.val.size() != dims) {
      return Status::InvalidArgument(path + ":" + std::to_string(line_no) + ": " + std::to_string(v.val.size()) +
                                     " values, expected " + std::to_string(dims));
    }
    double norm = 0;
    for (float x : v.val) norm += static_cast<double>(x) * x;
    norm = std::sqrt(norm);
    if (norm <= 0) continue;  // a zero vector has no direction to cluster
    ++kept;
    if (rows == nullptr) continue;
    for (float& x : v.val) x = static_cast<float>(x / norm);
    words->push_back(line.substr(0, space));
    rows->push_back(std::move(v));
  }
  if (in.bad()) return Status::IOError("cannot read word vectors " + path);
  if (kept == 0) return Status::InvalidArgument("no word vectors in " + path);
  if (dims_out != nullptr) *dims_out = dims;
  return Status::Ok();
}

Status CheckWordVectors(const std::string& path, size_t max_words) {
  return ReadUnitVectors(path, max_words, nullptr, nullptr, nullptr);
}

Result<WordClusters> LearnVectorClasses(const std::string& path, const VectorClassOptions& o) {
  std::vector<std::string> words;
  std::vector<SparseVec> rows;
  uint32_t dims = 0;
  KG_RETURN_IF_ERROR(ReadUnitVectors(path, o.max_words, &words, &rows, &dims));
  std::vector<std::vector<uint16_t>> levels;
  for (int l = 0; l < WordClusters::kLevels; ++l) {
    levels.push_back(SphericalKMeans(rows, dims, o.k[l], o.iterations, o.seed + static_cast<unsigned>(l)));
  }
  std::unordered_map<std::string, WordClusters::Ids> ids;
  for (size_t i = 0; i < words.size(); ++i) {
    WordClusters::Ids c;
    for (int l = 0; l < WordClusters::kLevels; ++l) c[l] = static_cast<uint16_t>(levels[l][i] + 1);
    ids.emplace(words[i], c);  // the first (most frequent) line of a repeated word wins
  }
  return WordClusters::FromClasses(std::move(ids));
}

}  // namespace kg::nlp
