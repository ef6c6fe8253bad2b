#include "nlp/word_clusters.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <istream>
#include <ostream>
#include <random>
#include <sstream>

#include "nlp/sentencizer.h"
#include "nlp/spherical_kmeans.h"
#include "nlp/sorted_words.h"
#include "nlp/stream_io.h"
#include "nlp/tokenizer.h"
#include "util/text.h"

namespace kg::nlp {
namespace {

constexpr uint32_t kMaxString = 4096;  // longest string a model file may hold

// Version 2 front-codes the sorted words (nlp/sorted_words.h); version 1 files still load.
constexpr char kMagic[8] = {'K', 'G', 'W', 'C', 'L', '0', '0', '2'};
constexpr size_t kMaxStoredWord = 255;  // longer words (never useful classes) are not stored
constexpr size_t kMaxVocabulary = 40000;

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

}  // namespace

WordClusters WordClusters::Learn(const std::vector<std::vector<std::string>>& sentences, const Options& o) {
  WordClusters wc;
  // Vocabulary: frequent exact forms, most frequent first (ties by string).
  std::unordered_map<std::string, uint32_t> counts, ctx_counts;
  struct Caps { uint32_t cap = 0, total = 0; };
  std::unordered_map<std::string, Caps> caps;
  for (const auto& s : sentences) {
    for (size_t i = 0; i < s.size(); ++i) {
      const std::string& w = s[i];
      ++counts[w];
      const std::string low = text::AsciiLower(w);
      ++ctx_counts[low];
      if (w.empty() || !(IsUpper(w[0]) || IsLower(w[0]))) continue;
      // Capitalisation away from positions where any word is capitalised.
      if (i == 0) continue;
      const std::string& p = s[i - 1];
      if (p == "\"" || p == "\u201c" || p == ":" || p == "'" || p == "(" || p == "-" || p == "--") continue;
      Caps& c = caps[low];
      c.cap += IsUpper(w[0]);
      ++c.total;
    }
  }
  auto by_count = [](const std::unordered_map<std::string, uint32_t>& m, uint32_t min, size_t max) {
    std::vector<std::pair<uint32_t, std::string>> v;
    for (const auto& [w, c] : m) {
      if (c >= min) v.emplace_back(c, w);
    }
    std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    if (v.size() > max) v.resize(max);
    return v;
  };
  const auto vocab = by_count(counts, static_cast<uint32_t>(o.min_count), kMaxVocabulary);
  const auto ctx = by_count(ctx_counts, 1, static_cast<size_t>(o.context_words));
  std::unordered_map<std::string, uint32_t> word_id, ctx_id;
  for (size_t i = 0; i < vocab.size(); ++i) word_id[vocab[i].second] = static_cast<uint32_t>(i);
  for (size_t i = 0; i < ctx.size(); ++i) ctx_id[ctx[i].second] = static_cast<uint32_t>(i);
  const uint32_t per_pos = static_cast<uint32_t>(ctx.size()) + 5;  // + capitalised, number, other, <s>, </s>
  const uint32_t dims = per_pos * 4;
  auto context = [&](const std::vector<std::string>& s, long j) -> uint32_t {
    if (j < 0) return per_pos - 2;
    if (j >= static_cast<long>(s.size())) return per_pos - 1;
    const std::string& w = s[static_cast<size_t>(j)];
    auto it = ctx_id.find(text::AsciiLower(w));
    if (it != ctx_id.end()) return it->second;
    if (!w.empty() && IsUpper(w[0])) return per_pos - 5;
    if (!w.empty() && w[0] >= '0' && w[0] <= '9') return per_pos - 4;
    return per_pos - 3;
  };
  // Co-occurrence pairs (word << 32 | dimension), counted after sorting.
  std::vector<uint64_t> pairs;
  for (const auto& s : sentences) {
    for (size_t i = 0; i < s.size(); ++i) {
      auto it = word_id.find(s[i]);
      if (it == word_id.end()) continue;
      const long li = static_cast<long>(i);
      const long offsets[4] = {-2, -1, 1, 2};
      for (uint32_t p = 0; p < 4; ++p) {
        pairs.push_back(static_cast<uint64_t>(it->second) << 32 | (p * per_pos + context(s, li + offsets[p])));
      }
    }
  }
  std::sort(pairs.begin(), pairs.end());
  std::vector<double> row_total(vocab.size(), 0), col_total(dims, 0);
  for (uint64_t x : pairs) ++row_total[x >> 32], ++col_total[x & 0xffffffffu];
  // PPMI with context-distribution smoothing (Levy et al. 2015: counts^0.75).
  double col_sum = 0, all = static_cast<double>(pairs.size());
  for (double& c : col_total) c = std::pow(c, 0.75), col_sum += c;
  std::vector<SparseVec> rows(vocab.size());
  for (size_t a = 0; a < pairs.size();) {
    size_t b = a;
    while (b < pairs.size() && pairs[b] == pairs[a]) ++b;
    const uint32_t w = static_cast<uint32_t>(pairs[a] >> 32), d = static_cast<uint32_t>(pairs[a] & 0xffffffffu);
    const double pmi = std::log((static_cast<double>(b - a) / all) / ((row_total[w] / all) * (col_total[d] / col_sum)));
    if (pmi > 0) rows[w].dim.push_back(d), rows[w].val.push_back(static_cast<float>(pmi));
    a = b;
  }
  for (SparseVec& r : rows) {
    double norm = 0;
    for (float v : r.val) norm += static_cast<double>(v) * v;
    norm = std::sqrt(norm);
    if (norm > 0) {
      for (float& v : r.val) v = static_cast<float>(v / norm);
    }
  }
  std::vector<std::vector<uint16_t>> levels;
  for (int l = 0; l < kLevels; ++l) levels.push_back(SphericalKMeans(rows, dims, o.k[l], o.iterations, o.seed + static_cast<unsigned>(l)));
  for (size_t i = 0; i < vocab.size(); ++i) {
    Ids ids;
    for (int l = 0; l < kLevels; ++l) ids[l] = static_cast<uint16_t>(levels[l][i] + 1);
    wc.ids_[vocab[i].second] = ids;
  }
  for (const auto& [w, c] : caps) {
    if (c.total < 3) continue;
    const double r = static_cast<double>(c.cap) / c.total;
    wc.caps_[w] = r < 0.05 ? 1 : r < 0.3 ? 2 : r < 0.7 ? 3 : r < 0.95 ? 4 : 5;
  }
  return wc;
}

WordClusters::Ids WordClusters::Lookup(const std::string& form) const {
  auto it = ids_.find(form);
  if (it != ids_.end()) return it->second;
  std::string low = text::AsciiLower(form);
  it = ids_.find(low);
  if (it != ids_.end()) return it->second;
  if (!low.empty() && IsLower(low[0])) {
    low[0] = static_cast<char>(low[0] - 'a' + 'A');  // "BARCLAYS" -> "Barclays"
    it = ids_.find(low);
    if (it != ids_.end()) return it->second;
  }
  return Ids{0, 0, 0};
}

uint8_t WordClusters::CapsBucket(const std::string& form) const {
  auto it = caps_.find(text::AsciiLower(form));
  return it == caps_.end() ? 0 : it->second;
}

Status WordClusters::Save(std::ostream& out) const {
  out.write(kMagic, sizeof(kMagic));
  std::vector<const std::pair<const std::string, Ids>*> ids;
  for (const auto& e : ids_) {
    if (e.first.size() <= kMaxStoredWord) ids.push_back(&e);
  }
  std::sort(ids.begin(), ids.end(), [](auto* a, auto* b) { return a->first < b->first; });
  std::vector<std::string> words;
  for (const auto* e : ids) words.push_back(e->first);
  PutSortedWords(out, words);
  for (const auto* e : ids) out.write(reinterpret_cast<const char*>(e->second.data()), sizeof(uint16_t) * kLevels);
  std::vector<const std::pair<const std::string, uint8_t>*> caps;
  for (const auto& e : caps_) {
    if (e.first.size() <= kMaxStoredWord) caps.push_back(&e);
  }
  std::sort(caps.begin(), caps.end(), [](auto* a, auto* b) { return a->first < b->first; });
  words.clear();
  for (const auto* e : caps) words.push_back(e->first);
  PutSortedWords(out, words);
  for (const auto* e : caps) out.write(reinterpret_cast<const char*>(&e->second), 1);
  if (!out) return Status::IOError("cannot write word clusters");
  return Status::Ok();
}

Status WordClusters::Load(std::istream& in) {
  ids_.clear();
  caps_.clear();
  char magic[8];
  if (!in.read(magic, sizeof(magic)) || std::string(magic, 7) != std::string(kMagic, 7) ||
      (magic[7] != '1' && magic[7] != '2')) {
    return Status::Corruption("bad word clusters header");
  }
  if (magic[7] == '2') {
    std::vector<std::string> words;
    if (!GetSortedWords(in, 10000000, &words)) return Status::Corruption("bad word clusters");
    ids_.reserve(words.size());
    for (const std::string& w : words) {
      Ids ids;
      if (!in.read(reinterpret_cast<char*>(ids.data()), sizeof(uint16_t) * kLevels)) {
        return Status::Corruption("bad word clusters");
      }
      ids_[w] = ids;
    }
    if (!GetSortedWords(in, 10000000, &words)) return Status::Corruption("bad word clusters");
    caps_.reserve(words.size());
    for (const std::string& w : words) {
      char b = 0;
      if (!in.read(&b, 1) || b < 0 || b > 5) return Status::Corruption("bad word clusters");
      caps_[w] = static_cast<uint8_t>(b);
    }
    return Status::Ok();
  }
  uint32_t n = 0;  // version 1: a length-prefixed string per word
  if (!in.read(reinterpret_cast<char*>(&n), sizeof(n)) || n > 10000000) return Status::Corruption("bad word clusters");
  ids_.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    std::string w;
    Ids ids;
    if (!GetString(in, &w, kMaxString) || !in.read(reinterpret_cast<char*>(ids.data()), sizeof(uint16_t) * kLevels)) {
      return Status::Corruption("bad word clusters");
    }
    ids_[w] = ids;
  }
  if (!in.read(reinterpret_cast<char*>(&n), sizeof(n)) || n > 10000000) return Status::Corruption("bad word clusters");
  caps_.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    std::string w;
    char b = 0;
    if (!GetString(in, &w, kMaxString) || !in.read(&b, 1) || b < 0 || b > 5) return Status::Corruption("bad word clusters");
    caps_[w] = static_cast<uint8_t>(b);
  }
  return Status::Ok();
}

Result<std::vector<std::vector<std::string>>> ReadTextSentences(const std::string& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return Status::IOError("no text folder " + dir);
  std::vector<std::string> files;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, ec); !ec && it != std::filesystem::recursive_directory_iterator();
       it.increment(ec)) {
    if (it->is_regular_file() && it->path().extension() == ".txt") files.push_back(it->path().string());
  }
  if (ec) return Status::IOError("cannot list " + dir + ": " + ec.message());
  std::sort(files.begin(), files.end());
  std::vector<std::vector<std::string>> out;
  const Tokenizer tokenizer;
  const Sentencizer sentencizer;
  for (const std::string& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) return Status::IOError("cannot read " + f);
    std::stringstream ss;
    ss << in.rdbuf();
    Doc doc = tokenizer.MakeDoc(ss.str());
    KG_RETURN_IF_ERROR(sentencizer.Process(doc));
    for (const Sentence& s : doc.sentences) {
      std::vector<std::string> words;
      for (uint32_t i = s.first_token; i < s.last_token; ++i) words.push_back(doc.tokens[i].form);
      if (!words.empty()) out.push_back(std::move(words));
    }
  }
  return out;
}

}  // namespace kg::nlp
