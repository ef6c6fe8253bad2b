#include "nlp/ner.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <map>
#include <set>

#include "nlp/ner_output_rules.h"
#include "nlp/parser_transitions.h"
#include "nlp/stream_io.h"
#include "util/text.h"

namespace kg::nlp {
namespace {

constexpr uint32_t kMaxString = 4096;  // longest string a model file may hold

// Version 1: no word classes; 2: an ensemble; 3: a second stage.
constexpr char kMagic[8] = {'K', 'G', 'N', 'E', 'R', '0', '0', '3'};
constexpr int kMaxNerFeatures = Ner::kMaxFeatures;
constexpr size_t kMaxDocCues = 12;

inline uint64_t Fmix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}
inline uint64_t H(uint64_t t, uint64_t a, uint64_t b = 0, uint64_t c = 0) {
  uint64_t h = Fmix(t * 0x9E3779B97F4A7C15ULL + 0x51);
  h = Fmix(h ^ (a + 0x632BE59BD9B4E019ULL));
  h = Fmix(h ^ (b * 0xC2B2AE3D27D4EB4FULL + 3));
  return Fmix(h ^ (c * 0x165667B19E3779F9ULL + 5));
}

std::string Shape(const std::string& w) {
  std::string s;
  char last = 0;
  int run = 0;
  for (unsigned char c : w) {
    char k;
    if (c >= 'A' && c <= 'Z') k = 'X';
    else if (c >= 'a' && c <= 'z') k = 'x';
    else if (c >= '0' && c <= '9') k = 'd';
    else if (c >= 0x80) k = 'u';
    else k = static_cast<char>(c);
    if (k == last) {
      if (++run >= 2) continue;
    } else {
      run = 0;
    }
    s += k;
    last = k;
  }
  return s;
}


}  // namespace

const char* const Ner::kTypes[3] = {"PERSON", "ORG", "PLACE"};

Ner::Ner(Gazetteer gazetteer, WordClusters clusters, std::vector<Weights> weights, std::vector<Weights> second)
    : gazetteer_(std::move(gazetteer)),
      clusters_(std::move(clusters)),
      weights_(std::move(weights)),
      second_(std::move(second)) {}

Result<std::unique_ptr<Ner>> Ner::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError("cannot open NER model " + path);
  char magic[8];
  if (!in.read(magic, sizeof(magic)) || std::string(magic, 7) != std::string(kMagic, 7) ||
      magic[7] < '1' || magic[7] > '3') {
    return Status::Corruption("not a kg NER model: " + path);
  }
  const bool has_clusters = magic[7] >= '2';  // version 1 had no word classes
  Gazetteer gaz;
  for (int k = 0; k < (has_clusters ? Gazetteer::kNumKinds : Gazetteer::kNumKindsV1); ++k) {
    uint32_t n = 0;
    if (!in.read(reinterpret_cast<char*>(&n), sizeof(n)) || n > 1000000) return Status::Corruption("bad NER gazetteer: " + path);
    for (uint32_t i = 0; i < n; ++i) {
      std::string s;
      if (!GetString(in, &s, kMaxString)) return Status::Corruption("bad NER gazetteer: " + path);
      gaz.Add(static_cast<Gazetteer::Kind>(k), s);
    }
  }
  WordClusters clusters;
  if (has_clusters) {
    Status st = clusters.Load(in);
    if (!st.ok()) return Status::Corruption(st.message() + ": " + path);
  }
  uint32_t members = 1;  // version 2: an ensemble of weight sets whose scores are added
  if (has_clusters && (!in.read(reinterpret_cast<char*>(&members), sizeof(members)) || members == 0 || members > 16)) {
    return Status::Corruption("bad NER ensemble size: " + path);
  }
  auto read_weights = [&](uint32_t count, std::vector<Weights>* ws) -> Status {
    ws->resize(count);
    for (Weights& w : *ws) {
      Status st = w.Load(in);
      if (!st.ok()) return Status::Corruption(st.message() + ": " + path);
      if (w.n_classes() != kNumClasses) return Status::Corruption("NER classes mismatch: " + path);
    }
    return Status::Ok();
  };
  std::vector<Weights> ws, second;
  KG_RETURN_IF_ERROR(read_weights(members, &ws));
  uint32_t second_members = 0;  // version 3: a second stage (possibly empty)
  if (magic[7] >= '3' &&
      (!in.read(reinterpret_cast<char*>(&second_members), sizeof(second_members)) || second_members > 16)) {
    return Status::Corruption("bad NER second-stage size: " + path);
  }
  KG_RETURN_IF_ERROR(read_weights(second_members, &second));
  return std::make_unique<Ner>(std::move(gaz), std::move(clusters), std::move(ws), std::move(second));
}

Status Ner::Save(const std::string& path) const {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IOError("cannot write NER model " + path);
  char magic[8];
  std::copy(kMagic, kMagic + 8, magic);
  if (second_.empty()) magic[7] = '2';  // one stage: the version-2 format, byte for byte
  out.write(magic, sizeof(magic));
  for (int k = 0; k < Gazetteer::kNumKinds; ++k) {
    const auto& list = gazetteer_.phrases(static_cast<Gazetteer::Kind>(k));
    uint32_t n = static_cast<uint32_t>(list.size());
    out.write(reinterpret_cast<const char*>(&n), sizeof(n));
    for (const std::string& s : list) PutString(out, s);
  }
  KG_RETURN_IF_ERROR(clusters_.Save(out));
  const uint32_t members = static_cast<uint32_t>(weights_.size());
  out.write(reinterpret_cast<const char*>(&members), sizeof(members));
  for (const Weights& w : weights_) KG_RETURN_IF_ERROR(w.Save(out));
  if (!second_.empty()) {
    const uint32_t second_members = static_cast<uint32_t>(second_.size());
    out.write(reinterpret_cast<const char*>(&second_members), sizeof(second_members));
    for (const Weights& w : second_) KG_RETURN_IF_ERROR(w.Save(out));
  }
  out.flush();
  if (!out) return Status::IOError("cannot write NER model " + path);
  return Status::Ok();
}

Ner::DocContext Ner::DocCues(const Doc& doc) {
  DocContext c;
  const size_t n = doc.tokens.size();
  for (size_t i = 0; i < n; ++i) {
    const std::string& f = doc.tokens[i].form;
    if (f.empty()) continue;
    const unsigned char c0 = static_cast<unsigned char>(f[0]);
    if (c0 >= 'a' && c0 <= 'z') {
      c.lower_forms.insert(f);
    } else if (c0 >= 'A' && c0 <= 'Z') {
      const uint64_t before = i == 0 ? 1 : parse::HashString(text::AsciiLower(doc.tokens[i - 1].form));
      const uint64_t after = i + 1 >= n ? 2 : parse::HashString(text::AsciiLower(doc.tokens[i + 1].form));
      c.by_form[f].push_back({static_cast<uint32_t>(i), before, after});
    }
  }
  return c;
}

void Ner::Prepare(const Gazetteer& gaz, const WordClusters* clusters, const Doc& doc, uint32_t first,
                  uint32_t last, const DocContext* cues, SentenceFeatures* s) {
  const size_t n = last - first;
  std::vector<std::string> words(n);
  s->lower.resize(n);
  s->shape.resize(n);
  s->prefix.resize(n);
  s->suffix.resize(n);
  s->pos.resize(n);
  s->form.resize(n);
  s->caps.assign(n, 0);
  s->clusters.assign(n, WordClusters::Ids{0, 0, 0});
  s->caps_bucket.assign(n, 0);
  for (size_t i = 0; i < n; ++i) {
    const Token& t = doc.tokens[first + i];
    if (clusters != nullptr) {
      s->clusters[i] = clusters->Lookup(t.form);
      s->caps_bucket[i] = clusters->CapsBucket(t.form);
    }
    words[i] = t.form;
    const std::string low = text::AsciiLower(t.form);
    s->lower[i] = parse::HashString(low);
    s->form[i] = parse::HashString(t.form);
    s->shape[i] = parse::HashString(Shape(t.form));
    s->prefix[i] = parse::HashString(low.substr(0, 3));
    s->suffix[i] = parse::HashString(low.size() > 3 ? low.substr(low.size() - 3) : low);
    s->pos[i] = parse::HashString(t.upos);
    const unsigned char c0 = t.form.empty() ? 0 : static_cast<unsigned char>(t.form[0]);
    if (c0 >= 'A' && c0 <= 'Z') s->caps[i] |= 1;
    bool all_caps = t.form.size() > 1;
    for (unsigned char c : t.form) all_caps = all_caps && !(c >= 'a' && c <= 'z');
    if (all_caps && c0 >= 'A' && c0 <= 'Z') s->caps[i] |= 2;
    if (i == 0) s->caps[i] |= 4;
  }
  s->lower_elsewhere.assign(n, 0);
  s->doc_cues.assign(n, {});
  size_t alpha = 0, upper = 0;
  for (size_t i = 0; i < n; ++i) {
    const std::string& f = doc.tokens[first + i].form;
    const unsigned char c0 = f.empty() ? 0 : static_cast<unsigned char>(f[0]);
    if ((c0 >= 'a' && c0 <= 'z') || (c0 >= 'A' && c0 <= 'Z')) ++alpha, upper += (c0 <= 'Z');
    if (cues == nullptr || !(s->caps[i] & 1)) continue;
    s->lower_elsewhere[i] = cues->lower_forms.count(text::AsciiLower(f)) ? 1 : 0;
    auto it = cues->by_form.find(f);
    if (it == cues->by_form.end()) continue;
    std::vector<uint64_t>& out = s->doc_cues[i];
    for (const DocContext::Occurrence& o : it->second) {
      if (o.token == first + i) continue;
      const uint64_t b = o.before * 2 + 1, a = o.after * 2;  // keep sides apart
      if (std::find(out.begin(), out.end(), b) == out.end()) out.push_back(b);
      if (std::find(out.begin(), out.end(), a) == out.end()) out.push_back(a);
      if (out.size() >= kMaxDocCues) break;
    }
  }
  s->headline = alpha >= 4 && upper * 10 >= alpha * 7;
  gaz.Match(words, &s->kinds, &s->place_pos);
  gaz.MatchPhrases(words, Gazetteer::kOrg, &s->org_pos);
}

int Ner::Features(const SentenceFeatures& s, int i, int prev, int prev2, uint64_t* f) {
  const int n = static_cast<int>(s.lower.size());
  auto L = [&](int j) -> uint64_t { return j < 0 ? 1 : j >= n ? 2 : s.lower[j]; };
  auto S = [&](int j) -> uint64_t { return j < 0 ? 1 : j >= n ? 2 : s.shape[j]; };
  auto P = [&](int j) -> uint64_t { return j < 0 ? 1 : j >= n ? 2 : s.pos[j]; };
  auto K = [&](int j) -> uint64_t { return j < 0 || j >= n ? 0 : s.kinds[j]; };
  auto G = [&](int j) -> uint64_t { return j < 0 || j >= n ? 9 : s.place_pos[j]; };
  const uint64_t pv = static_cast<uint64_t>(prev + 1), pv2 = static_cast<uint64_t>(prev2 + 1);
  int k = 0;
  f[k++] = H(1, 0);
  f[k++] = H(2, s.form[i]);
  f[k++] = H(3, L(i));
  f[k++] = H(4, S(i));
  f[k++] = H(5, s.prefix[i]);
  f[k++] = H(6, s.suffix[i]);
  f[k++] = H(7, L(i - 1));
  f[k++] = H(8, L(i + 1));
  f[k++] = H(9, L(i - 2));
  f[k++] = H(10, L(i + 2));
  f[k++] = H(11, S(i - 1));
  f[k++] = H(12, S(i + 1));
  f[k++] = H(13, P(i));
  f[k++] = H(14, P(i - 1));
  f[k++] = H(15, P(i + 1));
  f[k++] = H(16, P(i), S(i));
  f[k++] = H(17, pv);
  f[k++] = H(18, pv, pv2);
  f[k++] = H(19, pv, L(i));
  f[k++] = H(20, pv, S(i));
  f[k++] = H(21, pv, P(i));
  f[k++] = H(22, L(i - 1), L(i));
  f[k++] = H(23, L(i), L(i + 1));
  f[k++] = H(24, S(i), s.caps[i]);
  f[k++] = H(25, K(i));
  f[k++] = H(26, K(i - 1));
  f[k++] = H(27, K(i + 1));
  f[k++] = H(28, G(i));
  f[k++] = H(29, G(i - 1), G(i));
  f[k++] = H(30, G(i), G(i + 1));
  f[k++] = H(31, K(i - 1), S(i));
  f[k++] = H(32, K(i + 1), S(i));
  f[k++] = H(33, K(i), pv);
  f[k++] = H(34, G(i), pv);
  f[k++] = H(35, L(i - 1), S(i), pv);
  f[k++] = H(36, S(i - 1), S(i), S(i + 1));
  f[k++] = H(37, P(i - 1), P(i), P(i + 1));
  f[k++] = H(38, K(i + 2));
  f[k++] = H(39, L(i), P(i + 1));
  f[k++] = H(40, s.suffix[i], S(i));
  auto C = [&](int j) -> uint64_t { return j < 0 ? 8 : j >= n ? 9 : s.caps[j] & 3; };
  auto Fm = [&](int j) -> uint64_t { return j < 0 ? 1 : j >= n ? 2 : s.form[j]; };
  f[k++] = H(41, L(i - 1), pv);
  f[k++] = H(42, P(i - 1), P(i));
  f[k++] = H(43, Fm(i + 1));
  f[k++] = H(44, Fm(i - 1));
  f[k++] = H(45, C(i - 1), C(i), C(i + 1));
  f[k++] = H(46, C(i), C(i + 1), C(i + 2));
  f[k++] = H(47, s.lower_elsewhere[i], s.caps[i]);
  f[k++] = H(48, s.headline, S(i), pv);
  f[k++] = H(49, s.headline, L(i));
  for (size_t c = 0; c < s.doc_cues[i].size() && c < kMaxDocCues; ++c) f[k++] = H(50, s.doc_cues[i][c]);
  // Word classes from unlabeled text (0 = unknown word) and capitalisation habits.
  auto W = [&](int j, int l) -> uint64_t { return j < 0 ? 0xfffe : j >= n ? 0xffff : s.clusters[j][l]; };
  auto B = [&](int j) -> uint64_t { return j < 0 ? 8 : j >= n ? 9 : s.caps_bucket[j]; };
  for (int l = 0; l < WordClusters::kLevels; ++l) {
    f[k++] = H(60 + l, W(i, l));
    f[k++] = H(63 + l, W(i - 1, l));
    f[k++] = H(66 + l, W(i + 1, l));
  }
  f[k++] = H(69, W(i, 2), pv);
  f[k++] = H(70, W(i - 1, 1), W(i, 1));
  f[k++] = H(71, W(i, 1), W(i + 1, 1));
  f[k++] = H(72, B(i), s.caps[i]);
  f[k++] = H(73, B(i), S(i), pv);
  f[k++] = H(74, B(i - 1), B(i), B(i + 1));
  // Organisation names (WordNet), as place_pos for places.
  auto Op = [&](int j) -> uint64_t { return j < 0 || j >= n ? 9 : s.org_pos[j]; };
  f[k++] = H(75, Op(i), G(i));
  f[k++] = H(77, Op(i), pv);
  f[k++] = H(79, Op(i - 1), Op(i), Op(i + 1));
  if (!s.nonlocal.empty()) {
    // Conjoined with the gazetteer: how far the other mentions' votes can be
    // trusted depends on whether the word is a known place or organisation.
    const uint64_t gaz = (K(i) & 1) | (G(i) != 0 && G(i) != 9 ? 2 : 0) | (Op(i) != 0 && Op(i) != 9 ? 4 : 0);
    for (uint64_t h : s.nonlocal[i]) {
      if (h != 0) f[k++] = H(90, h, pv == 0 ? 0 : 1, gaz);
    }
  }
  return k;
}

bool Ner::Allowed(int prev, int cur, bool last_token) {
  // prev/cur: 0 = O, 1 + 4t + {0 B, 1 I, 2 L, 3 U}; prev = -1 at sentence start.
  const bool prev_open = prev > 0 && ((prev - 1) % 4 == 0 || (prev - 1) % 4 == 1);
  const int cur_pos = cur == 0 ? -1 : (cur - 1) % 4;
  if (prev_open) {
    const int t = (prev - 1) / 4;
    return cur > 0 && (cur - 1) / 4 == t && (cur_pos == 1 || cur_pos == 2) && !(last_token && cur_pos == 1);
  }
  if (cur_pos == 1 || cur_pos == 2) return false;
  if (last_token && cur_pos == 0) return false;
  return true;
}

std::vector<int> Ner::Decode(const SentenceFeatures& s, const std::vector<Weights>& weights,
                             std::vector<ClassScores>* all_scores) {
  const int n = static_cast<int>(s.lower.size());
  std::vector<int> out(n, 0);
  if (all_scores != nullptr) all_scores->resize(n);
  uint64_t feats[kMaxNerFeatures];
  float scores[kNumClasses];
  int prev = -1, prev2 = -1;
  for (int i = 0; i < n; ++i) {
    const int nf = Features(s, i, prev, prev2, feats);
    std::fill(scores, scores + kNumClasses, 0.0f);
    for (const Weights& w : weights) w.Score(feats, nf, scores);
    int best = -1;
    for (int c = 0; c < kNumClasses; ++c) {
      if (Allowed(prev, c, i + 1 == n) && (best < 0 || scores[c] > scores[best])) best = c;
    }
    out[i] = best;
    if (all_scores != nullptr) std::copy(scores, scores + kNumClasses, (*all_scores)[i].begin());
    prev2 = prev;
    prev = best;
  }
  return out;
}

namespace {

// Spans of a sentence's classes (tokens first + i).
void AppendSpans(const std::vector<int>& classes, uint32_t first, std::vector<EntitySpan>* out) {
  int start = -1;
  for (int i = 0; i < static_cast<int>(classes.size()); ++i) {
    const int best = classes[i];
    const int pos = best == 0 ? -1 : (best - 1) % 4;
    if (pos == 0) start = i;
    if ((pos == 3 || pos == 2) && (pos == 3 || start >= 0)) {
      EntitySpan e;
      e.first_token = first + static_cast<uint32_t>(pos == 3 ? i : start);
      e.last_token = first + static_cast<uint32_t>(i + 1);
      e.label = Ner::kTypes[(best - 1) / 4];
      out->push_back(e);
    }
  }
}

bool Capitalised(const std::string& f) { return !f.empty() && f[0] >= 'A' && f[0] <= 'Z'; }

}  // namespace

std::vector<Ner::NonLocal> Ner::NonLocalFeatures(const Doc& doc, const std::vector<int>& classes) {
  const size_t n = doc.tokens.size();
  std::vector<NonLocal> out(n);
  for (NonLocal& a : out) a.fill(0);
  auto cls = [&](size_t j) -> int { return j < classes.size() ? classes[j] : 0; };
  // Capitalised forms: where they occur.
  std::unordered_map<std::string, std::vector<uint32_t>> at;
  for (size_t i = 0; i < n; ++i) {
    if (Capitalised(doc.tokens[i].form)) at[doc.tokens[i].form].push_back(static_cast<uint32_t>(i));
  }
  auto type_of = [](int c) { return c == 0 ? 3 : (c - 1) / 4; };  // 3 = outside
  for (size_t i = 0; i < n; ++i) {
    NonLocal& a = out[i];
    // (The token's own first-stage class as a feature cost CV F1: the second
    // stage copied it.)
    if (!Capitalised(doc.tokens[i].form)) continue;
    const auto& occ = at.at(doc.tokens[i].form);
    // The types (and BILOU positions) of the same form elsewhere in the document.
    std::array<int, 4> by_type{};
    std::array<std::array<int, 4>, 3> by_pos{};
    int earliest = -1;  // type at the first tagged occurrence before i
    for (uint32_t j : occ) {
      if (j == i) continue;
      const int c = cls(j), t = type_of(c);
      ++by_type[t];
      if (t < 3) {
        ++by_pos[t][(c - 1) % 4];
        if (j < i && earliest < 0) earliest = t;
      }
    }
    const int others = by_type[0] + by_type[1] + by_type[2] + by_type[3];
    if (others == 0) {
      a[2] = H(103, 0);
      continue;
    }
    const int tagged = others - by_type[3];
    int major = 3;
    for (int t = 0; t < 3; ++t) {
      if (by_type[t] > 0 && (major == 3 || by_type[t] > by_type[major])) major = t;
    }
    const uint64_t frac = tagged == 0 ? 0 : tagged * 2 < others ? 1 : tagged < others ? 2 : 3;
    a[2] = H(104, static_cast<uint64_t>(major), frac);
    for (int t = 0; t < 3; ++t) {
      if (by_type[t] > 0) a[3 + t] = H(105 + t, static_cast<uint64_t>(std::min(by_type[t], 3)));
    }
    if (major < 3) {
      const auto& p = by_pos[major];
      const int best_pos = static_cast<int>(std::max_element(p.begin(), p.end()) - p.begin());
      a[6] = H(108, static_cast<uint64_t>(major), static_cast<uint64_t>(best_pos));
    }
    a[7] = H(109, static_cast<uint64_t>(earliest + 1), occ.front() == i ? 1 : 0);
  }
  return out;
}

std::vector<EntitySpan> Ner::TagSpan(const Doc& doc, uint32_t first, uint32_t last, const DocContext* cues) const {
  std::vector<EntitySpan> out;
  if (last <= first) return out;
  SentenceFeatures s;
  Prepare(gazetteer_, &clusters_, doc, first, last, cues, &s);
  AppendSpans(Decode(s, weights_), first, &out);
  return out;
}

namespace {

}  // namespace

Status Ner::Process(Doc& doc) const {
  std::vector<bool> used(doc.tokens.size(), false);
  for (const EntitySpan& e : doc.entities) {
    for (uint32_t i = e.first_token; i < e.last_token && i < used.size(); ++i) used[i] = true;
  }
  std::vector<EntitySpan> found;
  const DocContext cues = DocCues(doc);
  std::vector<SentenceFeatures> feats(doc.sentences.size());
  std::vector<int> classes(doc.tokens.size(), 0);
  std::vector<ClassScores> token_scores(doc.tokens.size());
  std::vector<ClassScores> sc;
  for (size_t k = 0; k < doc.sentences.size(); ++k) {
    const Sentence& sent = doc.sentences[k];
    if (sent.last_token > doc.tokens.size() || sent.first_token > sent.last_token) {
      return Status::InvalidArgument("sentence token range out of bounds");
    }
    if (sent.last_token == sent.first_token) continue;
    Prepare(gazetteer_, &clusters_, doc, sent.first_token, sent.last_token, &cues, &feats[k]);
    const std::vector<int> c = Decode(feats[k], weights_, &sc);
    std::copy(c.begin(), c.end(), classes.begin() + sent.first_token);
    std::copy(sc.begin(), sc.end(), token_scores.begin() + sent.first_token);
  }
  if (!second_.empty()) {
    // Second stage: the first stage's labels of the whole document as features.
    const std::vector<NonLocal> nl = NonLocalFeatures(doc, classes);
    for (size_t k = 0; k < doc.sentences.size(); ++k) {
      const Sentence& sent = doc.sentences[k];
      if (sent.last_token == sent.first_token) continue;
      feats[k].nonlocal.assign(nl.begin() + sent.first_token, nl.begin() + sent.last_token);
      const std::vector<int> c = Decode(feats[k], second_, &sc);
      std::copy(sc.begin(), sc.end(), token_scores.begin() + sent.first_token);
      std::copy(c.begin(), c.end(), classes.begin() + sent.first_token);
    }
  }
  for (const Sentence& sent : doc.sentences) {
    AppendSpans(std::vector<int>(classes.begin() + sent.first_token, classes.begin() + sent.last_token),
                sent.first_token, &found);
  }
  // Document-level output rules (nlp/ner_output_rules.h), in this order.
  ner_rules::VoteOneTypePerName(doc, token_scores, &found);
  ner_rules::RetypeBusinessNames(doc, &found);
  ner_rules::RetypeByHeadWord(gazetteer_, doc, &found);
  ner_rules::JoinQuotedNicknames(doc, &found);
  ner_rules::DropDemonymPartsAndUnpairedQuotes(gazetteer_, doc, &found);
  ner_rules::AddAcronyms(doc, &found);
  ner_rules::AddOrgRepeats(doc, &found);
  for (EntitySpan& e : found) {
    bool clash = false;
    for (uint32_t i = e.first_token; i < e.last_token; ++i) clash = clash || used[i];
    if (!clash) doc.entities.push_back(std::move(e));
  }
  std::stable_sort(doc.entities.begin(), doc.entities.end(),
                   [](const EntitySpan& a, const EntitySpan& b) { return a.first_token < b.first_token; });
  return Status::Ok();
}

}  // namespace kg::nlp
