#include "nlp/ner.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <limits>
#include <map>
#include <set>

#include "nlp/ner_output_rules.h"
#include "nlp/parser_transitions.h"
#include "nlp/stream_io.h"
#include "util/text.h"

namespace kg::nlp {
namespace {

constexpr uint32_t kMaxString = 4096;  // longest string a model file may hold

// Version 1: no word classes; 2: an ensemble; 3: a second stage; 4: personal
// names in the gazetteer; 5: classes of pretrained word vectors; 6: the
// places' region codes (Gazetteer::LiesIn); 7: networks over word vectors
// (nlp/ner_net.h) with their weight and floor.
constexpr char kMagic[8] = {'K', 'G', 'N', 'E', 'R', '0', '0', '7'};
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

// "Łódź" -> "Xx", "U.S." -> "X.X.", "1990s" -> "dx": character classes (any
// script), runs longer than two shortened.
std::string Shape(const std::string& w) {
  std::string s;
  char last = 0;
  int run = 0;
  for (size_t i = 0; i < w.size();) {
    const uint32_t cp = text::NextCodePoint(w, &i);
    char k = text::LetterClass(cp);
    if (k == 0) k = cp < 0x80 ? static_cast<char>(cp) : 'u';
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

// A word without lower-case letters and with at least two letters ("NASA", "U.S.").
bool AllCapitals(const std::string& w) {
  int letters = 0;
  for (size_t i = 0; i < w.size();) {
    const char k = text::LetterClass(text::NextCodePoint(w, &i));
    if (k == 'x') return false;
    letters += k == 'X';
  }
  return letters >= 2;
}

// Lower-case words that join the capitalised words of one name ("Museum of
// Flight", "Evergreen Aviation & Space Museum", "Charles de Gaulle").
bool NameConnector(const std::string& w) {
  return w == "of" || w == "and" || w == "&" || w == "for" || w == "the" || w == "de" || w == "-" ||
         w == "on" || w == "du" || w == "von" || w == "van" || w == "der" || w == "la" || w == "le";
}

// Fills s->run_last / s->run_pos from s->caps (set before).
void MarkCapitalisedRuns(const Doc& doc, uint32_t first, Ner::SentenceFeatures* s) {
  const int n = static_cast<int>(s->caps.size());
  s->run_last.assign(n, -1);
  s->run_pos.assign(n, 0);
  for (int i = 0; i < n;) {
    // A capitalised sentence-initial word starts a run only as a proper noun
    // ("Veteran Ana Lind and ...": the run is "Ana Lind").
    const bool starts = (s->caps[i] & 1) && (i > 0 || doc.tokens[first].upos == "PROPN");
    if (!starts) { ++i; continue; }
    int last = i;
    for (int j = i + 1; j < n; ++j) {
      if (s->caps[j] & 1) { last = j; continue; }
      // The lower-case part of a hyphenated word ("Han Min-seo") belongs to it.
      const Token& before = doc.tokens[first + j - 1];
      if (j >= 2 && before.form == "-" && !before.space_after && !doc.tokens[first + j - 2].space_after) {
        last = j;
        continue;
      }
      if (!NameConnector(doc.tokens[first + j].form)) break;
    }
    for (int j = i; j <= last; ++j) {
      s->run_last[j] = last;
      s->run_pos[j] = i == last ? 4 : j == i ? 1 : j == last ? 3 : 2;
    }
    i = last + 1;
  }
}

}  // namespace

const char* const Ner::kTypes[3] = {"PERSON", "ORG", "PLACE"};

Ner::Ner(Gazetteer gazetteer, WordClusters clusters, std::vector<Weights> weights, std::vector<Weights> second,
         WordClusters vector_classes)
    : gazetteer_(std::move(gazetteer)),
      clusters_(std::move(clusters)),
      vector_classes_(std::move(vector_classes)),
      weights_(std::move(weights)),
      second_(std::move(second)) {}

Result<std::unique_ptr<Ner>> Ner::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError("cannot open NER model " + path);
  char magic[8];
  if (!in.read(magic, sizeof(magic)) || std::string(magic, 7) != std::string(kMagic, 7) ||
      magic[7] < '1' || magic[7] > '7') {
    return Status::Corruption("not a kg NER model: " + path);
  }
  const bool has_clusters = magic[7] >= '2';  // version 1 had no word classes
  Gazetteer gaz;
  const int kinds = magic[7] >= '4' ? Gazetteer::kNumKinds : has_clusters ? Gazetteer::kNumKindsV3 : Gazetteer::kNumKindsV1;
  for (int k = 0; k < kinds; ++k) {
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
  WordClusters vector_classes;
  if (magic[7] >= '5') {
    Status st = vector_classes.Load(in);
    if (!st.ok()) return Status::Corruption(st.message() + ": " + path);
  }
  if (magic[7] >= '6') {  // version 6: the places' region codes
    Status st = gaz.LoadRegions(in);
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
  auto ner = std::make_unique<Ner>(std::move(gaz), std::move(clusters), std::move(ws), std::move(second),
                                   std::move(vector_classes));
  // Version 7: networks (nlp/ner_net.h) over one set of word vectors; 0 or more.
  uint8_t nets = 0;
  if (magic[7] >= '7') {
    if (!in.read(reinterpret_cast<char*>(&nets), 1) || nets > kMaxNets) {
      return Status::Corruption("bad NER network count: " + path);
    }
  }
  if (nets > 0) {
    float weight = 0, floor = 0;
    WordVectors vectors;
    if (!in.read(reinterpret_cast<char*>(&weight), sizeof(weight)) || !std::isfinite(weight) ||
        !in.read(reinterpret_cast<char*>(&floor), sizeof(floor)) || !std::isfinite(floor)) {
      return Status::Corruption("bad NER network weight: " + path);
    }
    Status st = vectors.Load(in);
    if (!st.ok()) return Status::Corruption(st.message() + ": " + path);
    std::vector<NerNet> loaded(nets);
    for (NerNet& net : loaded) {
      st = net.Load(in);
      if (!st.ok()) return Status::Corruption(st.message() + ": " + path);
      if (net.vector_dims() != vectors.dims() || net.input_dims() != vectors.dims() + kNetExtras ||
          net.classes() != kNumClasses) {
        return Status::Corruption("NER network dimensions mismatch: " + path);
      }
    }
    ner->SetNets(std::move(vectors), std::move(loaded), weight, floor);
  }
  return ner;
}

Status Ner::Save(const std::string& path) const {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IOError("cannot write NER model " + path);
  out.write(kMagic, sizeof(kMagic));
  for (int k = 0; k < Gazetteer::kNumKinds; ++k) {
    const auto& list = gazetteer_.phrases(static_cast<Gazetteer::Kind>(k));
    uint32_t n = static_cast<uint32_t>(list.size());
    out.write(reinterpret_cast<const char*>(&n), sizeof(n));
    for (const std::string& s : list) PutString(out, s);
  }
  KG_RETURN_IF_ERROR(clusters_.Save(out));
  KG_RETURN_IF_ERROR(vector_classes_.Save(out));
  KG_RETURN_IF_ERROR(gazetteer_.SaveRegions(out));
  const uint32_t members = static_cast<uint32_t>(weights_.size());
  out.write(reinterpret_cast<const char*>(&members), sizeof(members));
  for (const Weights& w : weights_) KG_RETURN_IF_ERROR(w.Save(out));
  const uint32_t second_members = static_cast<uint32_t>(second_.size());
  out.write(reinterpret_cast<const char*>(&second_members), sizeof(second_members));
  for (const Weights& w : second_) KG_RETURN_IF_ERROR(w.Save(out));
  const uint8_t nets = static_cast<uint8_t>(nets_.size());
  out.write(reinterpret_cast<const char*>(&nets), 1);
  if (nets > 0) {
    out.write(reinterpret_cast<const char*>(&net_weight_), sizeof(net_weight_));
    out.write(reinterpret_cast<const char*>(&net_floor_), sizeof(net_floor_));
    KG_RETURN_IF_ERROR(net_vectors_.Save(out));
    for (const NerNet& net : nets_) KG_RETURN_IF_ERROR(net.Save(out));
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
    const char k = text::FirstLetterClass(f);
    if (k == 'x') {
      c.lower_forms.insert(f);
    } else if (k == 'X') {
      const uint64_t before = i == 0 ? 1 : parse::HashString(text::AsciiLower(doc.tokens[i - 1].form));
      const uint64_t after = i + 1 >= n ? 2 : parse::HashString(text::AsciiLower(doc.tokens[i + 1].form));
      c.by_form[f].push_back({static_cast<uint32_t>(i), before, after});
    }
  }
  return c;
}

void Ner::Prepare(const Gazetteer& gaz, const WordClusters* clusters, const Doc& doc, uint32_t first,
                  uint32_t last, const DocContext* cues, SentenceFeatures* s, const WordClusters* vector_classes) {
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
  // Left empty without vector classes, so Features adds none of theirs.
  const bool has_vectors = vector_classes != nullptr && vector_classes->size() > 0;
  s->vec_classes.assign(has_vectors ? n : 0, WordClusters::Ids{0, 0, 0});
  for (size_t i = 0; i < n; ++i) {
    const Token& t = doc.tokens[first + i];
    if (has_vectors) s->vec_classes[i] = vector_classes->Lookup(t.form);
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
    const bool upper = text::StartsUpper(t.form);
    if (upper) s->caps[i] |= 1;
    if (upper && AllCapitals(t.form)) s->caps[i] |= 2;
    if (i == 0) s->caps[i] |= 4;
  }
  s->lower_elsewhere.assign(n, 0);
  s->doc_cues.assign(n, {});
  size_t alpha = 0, upper = 0;
  for (size_t i = 0; i < n; ++i) {
    const std::string& f = doc.tokens[first + i].form;
    const char k = text::FirstLetterClass(f);
    if (k == 'x' || k == 'X') ++alpha, upper += k == 'X';
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
  MarkCapitalisedRuns(doc, first, s);
  s->attached.assign(n, 0);
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && !doc.tokens[first + i - 1].space_after) s->attached[i] |= 1;
    if (i + 1 < n && !doc.tokens[first + i].space_after) s->attached[i] |= 2;
  }
  s->region_chain.assign(n, 0);
  for (size_t i = 1; i + 1 < n; ++i) {
    if (words[i] != ",") continue;
    // The longest names (up to four words) ending before and starting after the comma.
    std::string inner, outer;
    for (size_t len = 1; len <= 4 && len <= i; ++len) {
      std::string p = words[i - len];
      for (size_t j = i - len + 1; j < i; ++j) p += " " + words[j];
      if (gaz.HasRegion(p)) inner = p;
    }
    for (size_t len = 1; len <= 4 && i + len < n; ++len) {
      std::string p = words[i + 1];
      for (size_t j = i + 2; j <= i + len; ++j) p += " " + words[j];
      if (gaz.HasRegion(p)) outer = p;
    }
    if (inner.empty() || outer.empty()) continue;
    const int code = gaz.LiesIn(inner, outer);
    s->region_chain[i - 1] = static_cast<uint8_t>(4 + code);
    s->region_chain[i] = static_cast<uint8_t>(8 + code);
    s->region_chain[i + 1] = static_cast<uint8_t>(12 + code);
  }
  gaz.Match(words, &s->kinds, &s->place_pos);
  gaz.MatchPhrases(words, Gazetteer::kOrg, &s->org_pos);
  gaz.MatchPhrases(words, Gazetteer::kCity, &s->city_pos);
}

int Ner::Features(const SentenceFeatures& s, int i, int prev, FeatureSet which, uint64_t* f) {
  const bool st = which != FeatureSet::kHistory, hi = which != FeatureSet::kStatic;
  const int n = static_cast<int>(s.lower.size());
  auto L = [&](int j) -> uint64_t { return j < 0 ? 1 : j >= n ? 2 : s.lower[j]; };
  auto S = [&](int j) -> uint64_t { return j < 0 ? 1 : j >= n ? 2 : s.shape[j]; };
  auto P = [&](int j) -> uint64_t { return j < 0 ? 1 : j >= n ? 2 : s.pos[j]; };
  // Kinds other than personal names (those have features of their own below).
  constexpr uint8_t kNameBits = (1u << Gazetteer::kGivenName) | (1u << Gazetteer::kSurname);
  auto K = [&](int j) -> uint64_t { return j < 0 || j >= n ? 0 : s.kinds[j] & ~kNameBits; };
  auto N = [&](int j) -> uint64_t { return j < 0 || j >= n ? 8 : (s.kinds[j] & kNameBits) >> Gazetteer::kGivenName; };
  auto G = [&](int j) -> uint64_t { return j < 0 || j >= n ? 9 : s.place_pos[j]; };
  const uint64_t pv = static_cast<uint64_t>(prev + 1);
  int k = 0;
  if (st) f[k++] = H(1, 0);
  if (st) f[k++] = H(2, s.form[i]);
  if (st) f[k++] = H(3, L(i));
  if (st) f[k++] = H(4, S(i));
  if (st) f[k++] = H(5, s.prefix[i]);
  if (st) f[k++] = H(6, s.suffix[i]);
  if (st) f[k++] = H(7, L(i - 1));
  if (st) f[k++] = H(8, L(i + 1));
  if (st) f[k++] = H(9, L(i - 2));
  if (st) f[k++] = H(10, L(i + 2));
  if (st) f[k++] = H(11, S(i - 1));
  if (st) f[k++] = H(12, S(i + 1));
  if (st) f[k++] = H(13, P(i));
  if (st) f[k++] = H(14, P(i - 1));
  if (st) f[k++] = H(15, P(i + 1));
  if (st) f[k++] = H(16, P(i), S(i));
  if (hi) f[k++] = H(17, pv);
  if (hi) f[k++] = H(19, pv, L(i));
  if (hi) f[k++] = H(20, pv, S(i));
  if (hi) f[k++] = H(21, pv, P(i));
  if (st) f[k++] = H(22, L(i - 1), L(i));
  if (st) f[k++] = H(23, L(i), L(i + 1));
  if (st) f[k++] = H(24, S(i), s.caps[i]);
  if (st) f[k++] = H(25, K(i));
  if (st) f[k++] = H(26, K(i - 1));
  if (st) f[k++] = H(27, K(i + 1));
  if (st) f[k++] = H(28, G(i));
  if (st) f[k++] = H(29, G(i - 1), G(i));
  if (st) f[k++] = H(30, G(i), G(i + 1));
  if (st) f[k++] = H(31, K(i - 1), S(i));
  if (st) f[k++] = H(32, K(i + 1), S(i));
  if (hi) f[k++] = H(33, K(i), pv);
  if (hi) f[k++] = H(34, G(i), pv);
  if (hi) f[k++] = H(35, L(i - 1), S(i), pv);
  if (st) f[k++] = H(36, S(i - 1), S(i), S(i + 1));
  if (st) f[k++] = H(37, P(i - 1), P(i), P(i + 1));
  if (st) f[k++] = H(38, K(i + 2));
  if (st) f[k++] = H(39, L(i), P(i + 1));
  if (st) f[k++] = H(40, s.suffix[i], S(i));
  auto C = [&](int j) -> uint64_t { return j < 0 ? 8 : j >= n ? 9 : s.caps[j] & 3; };
  auto Fm = [&](int j) -> uint64_t { return j < 0 ? 1 : j >= n ? 2 : s.form[j]; };
  if (hi) f[k++] = H(41, L(i - 1), pv);
  if (st) f[k++] = H(42, P(i - 1), P(i));
  if (st) f[k++] = H(43, Fm(i + 1));
  if (st) f[k++] = H(44, Fm(i - 1));
  if (st) f[k++] = H(45, C(i - 1), C(i), C(i + 1));
  if (st) f[k++] = H(46, C(i), C(i + 1), C(i + 2));
  if (st) f[k++] = H(47, s.lower_elsewhere[i], s.caps[i]);
  if (hi) f[k++] = H(48, s.headline, S(i), pv);
  if (st) f[k++] = H(49, s.headline, L(i));
  if (st) for (size_t c = 0; c < s.doc_cues[i].size() && c < kMaxDocCues; ++c) f[k++] = H(50, s.doc_cues[i][c]);
  // Word classes from unlabeled text (0 = unknown word) and capitalisation habits.
  auto W = [&](int j, int l) -> uint64_t { return j < 0 ? 0xfffe : j >= n ? 0xffff : s.clusters[j][l]; };
  auto B = [&](int j) -> uint64_t { return j < 0 ? 8 : j >= n ? 9 : s.caps_bucket[j]; };
  for (int l = 0; l < WordClusters::kLevels; ++l) {
    if (st) f[k++] = H(60 + l, W(i, l));
    if (st) f[k++] = H(63 + l, W(i - 1, l));
    if (st) f[k++] = H(66 + l, W(i + 1, l));
  }
  if (hi) f[k++] = H(69, W(i, 2), pv);
  if (st) f[k++] = H(70, W(i - 1, 1), W(i, 1));
  if (st) f[k++] = H(71, W(i, 1), W(i + 1, 1));
  if (st) f[k++] = H(72, B(i), s.caps[i]);
  if (hi) f[k++] = H(73, B(i), S(i), pv);
  if (st) f[k++] = H(74, B(i - 1), B(i), B(i + 1));
  // Classes of pretrained word vectors (0 = not in their vocabulary).
  auto V = [&](int j, int l) -> uint64_t { return j < 0 ? 0xfffe : j >= n ? 0xffff : s.vec_classes[j][l]; };
  if (!s.vec_classes.empty()) {
    for (int l = 0; l < WordClusters::kLevels; ++l) {
      if (st) f[k++] = H(100 + l, V(i, l), s.caps[i] & 3);
      if (st) f[k++] = H(103 + l, V(i - 1, l));
      if (st) f[k++] = H(106 + l, V(i + 1, l));
    }
    if (hi) f[k++] = H(109, V(i, 1), pv);
    if (st) f[k++] = H(110, V(i - 1, 0), V(i, 1));
    if (st) f[k++] = H(111, V(i, 1), V(i + 1, 0));
  }
  // Organisation names (WordNet), as place_pos for places.
  auto Op = [&](int j) -> uint64_t { return j < 0 || j >= n ? 9 : s.org_pos[j]; };
  if (st) f[k++] = H(75, Op(i), G(i));
  if (hi) f[k++] = H(77, Op(i), pv);
  if (st) f[k++] = H(79, Op(i - 1), Op(i), Op(i + 1));
  // Given names and surnames: of the word, with its neighbours', with its capitalisation.
  // Only presence is evidence: a name missing from the lists (most foreign
  // names) must not count against a person.
  if (N(i) != 0 && N(i) != 8) {
    if (st) f[k++] = H(85, N(i), s.caps[i] & 3);
    if (hi) f[k++] = H(87, N(i), pv);
    if (st) f[k++] = H(88, N(i), K(i));
  }
  if (st) if ((N(i - 1) | N(i) | N(i + 1)) & 3) f[k++] = H(86, N(i - 1), N(i), N(i + 1));
  // Towns (GeoNames), apart from the other place lists.
  auto Cp = [&](int j) -> uint64_t { return j < 0 || j >= n ? 9 : s.city_pos[j]; };
  if (st) f[k++] = H(96, Cp(i), s.caps[i] & 3);
  if (st) f[k++] = H(97, Cp(i), G(i), N(i));
  if (hi) f[k++] = H(98, Cp(i), pv);
  // A place followed by the region it lies in, after a comma ("Mountain
  // View , California"): GUM takes the chain as one place name.
  {
    static const uint64_t kComma = parse::HashString(",");
    auto placey_end = [&](int j) -> uint64_t {
      if (j < 0 || j >= n) return 0;
      return ((K(j) & 1) ? 1 : 0) | ((G(j) == 3 || G(j) == 4) ? 2 : 0) | ((Cp(j) == 3 || Cp(j) == 4) ? 4 : 0) |
             ((s.caps[j] & 1) ? 8 : 0);
    };
    auto placey_start = [&](int j) -> uint64_t {
      if (j < 0 || j >= n) return 0;
      return ((K(j) & 1) ? 1 : 0) | ((G(j) == 1 || G(j) == 4) ? 2 : 0) | ((Cp(j) == 1 || Cp(j) == 4) ? 4 : 0) |
             ((s.caps[j] & 1) ? 8 : 0);
    };
    if (L(i) == kComma && hi) f[k++] = H(113, placey_end(i - 1), placey_start(i + 1), pv);
    if (L(i - 1) == kComma && hi) f[k++] = H(114, placey_end(i - 2), placey_start(i), pv);
  }
  if (s.region_chain[i] != 0) {
    if (st) f[k++] = H(115, s.region_chain[i]);
    if (hi) f[k++] = H(116, s.region_chain[i], pv);
  }
  // Parts of one written word ("Min-seo", "U.S.-based").
  auto A = [&](int j) -> uint64_t { return j < 0 || j >= n ? 4 : s.attached[j]; };
  if (st) f[k++] = H(89, A(i), S(i), C(i - 1));
  if (st) f[k++] = H(91, A(i - 1) * 8 + A(i), A(i + 1), S(i));
  if (hi) f[k++] = H(92, A(i), S(i), pv);
  // The last word of the capitalised run: the head that types the name.
  if (s.run_last[i] >= 0) {
    const int h = s.run_last[i];
    const uint64_t rp = s.run_pos[i];
    if (st) f[k++] = H(81, L(h), rp);
    if (st) f[k++] = H(82, W(h, 1), rp);
    if (st && !s.vec_classes.empty()) f[k++] = H(112, V(h, 2), rp);
    if (st) f[k++] = H(83, K(h), G(h), rp);
    if (hi) f[k++] = H(84, L(h), pv);
  }
  if (!s.nonlocal.empty()) {
    // Conjoined with the gazetteer: how far the other mentions' votes can be
    // trusted depends on whether the word is a known place or organisation.
    const uint64_t gaz = (K(i) & 1) | (G(i) != 0 && G(i) != 9 ? 2 : 0) | (Op(i) != 0 && Op(i) != 9 ? 4 : 0);
    for (uint64_t h : s.nonlocal[i]) {
      if (hi && h != 0) f[k++] = H(90, h, pv == 0 ? 0 : 1, gaz);
    }
  }
  // The corpus's annotation scheme (training only; 0 at run time).
  if (s.domain != 0 && s.domain_copies) {
    for (int j = 0, base = k; j < base && k < kMaxNerFeatures; ++j) {
      f[k++] = Fmix(f[j] ^ (0xD5A61266F0C9392CULL * s.domain));
    }
    return k;
  }
  if (s.domain != 0) {
    const uint64_t d = s.domain;
    if (st) f[k++] = H(200, d);
    if (st) f[k++] = H(202, d, L(i));
    if (st) f[k++] = H(203, d, S(i));
    if (st) f[k++] = H(204, d, C(i - 1) * 16 + C(i) * 4 + C(i + 1));
    if (st) f[k++] = H(205, d, L(i - 1));
    if (st) f[k++] = H(206, d, L(i + 1));
    if (st) f[k++] = H(207, d, K(i), P(i));
    if (hi) f[k++] = H(201, d, pv);
    if (hi) f[k++] = H(208, d, S(i), pv);
    if (hi) f[k++] = H(209, d, L(i - 1), pv);
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
                             std::vector<ClassScores>* all_scores, const float* unary) {
  return Decode(
      s, [&](const uint64_t* f, int nf, float* scores) { for (const Weights& w : weights) w.Score(f, nf, scores); },
      all_scores, unary);
}

std::vector<int> Ner::Decode(const SentenceFeatures& s, const Scorer& score, std::vector<ClassScores>* all_scores,
                             const float* unary) {
  // Viterbi over BILOU classes with first-order history: the label-free
  // features are scored once per token, the history features once per
  // (token, previous class).
  const int n = static_cast<int>(s.lower.size());
  std::vector<int> out(n, 0);
  if (all_scores != nullptr) all_scores->resize(n);
  if (n == 0) return out;
  constexpr float kNone = -std::numeric_limits<float>::infinity();
  constexpr int C = kNumClasses;
  constexpr int kBeam = 7;
  std::vector<std::array<float, C>> best(n), local(n * (C + 1));  // local[i * (C + 1) + prev + 1]
  std::vector<std::array<int8_t, C>> from(n);
  uint64_t feats[kMaxNerFeatures];
  float stat[C];
  for (int i = 0; i < n; ++i) {
    const bool last = i + 1 == n;
    int nf = Features(s, i, -1, FeatureSet::kStatic, feats);
    if (unary != nullptr) {
      std::copy(unary + static_cast<size_t>(i) * C, unary + static_cast<size_t>(i + 1) * C, stat);
    } else {
      std::fill(stat, stat + C, 0.0f);
    }
    score(feats, nf, stat);
    best[i].fill(kNone);
    // Only the kBeam best previous classes are extended: the history
    // features cost one scoring per previous class, and the rest almost
    // never win.
    int prevs[C], n_prev = 0;
    if (i == 0) {
      prevs[n_prev++] = -1;
    } else {
      for (int p = 0; p < C; ++p) {
        if (best[i - 1][p] != kNone) prevs[n_prev++] = p;
      }
      const auto& b = best[i - 1];
      if (n_prev > kBeam) {
        std::partial_sort(prevs, prevs + kBeam, prevs + n_prev, [&](int x, int y) { return b[x] > b[y]; });
        n_prev = kBeam;
      }
    }
    for (int q = 0; q < n_prev; ++q) {
      const int p = prevs[q];
      const float base = i == 0 ? 0.0f : best[i - 1][p];
      std::array<float, C>& l = local[i * (C + 1) + p + 1];
      std::copy(stat, stat + C, l.begin());
      nf = Features(s, i, p, FeatureSet::kHistory, feats);
      score(feats, nf, l.data());
      for (int c = 0; c < C; ++c) {
        if (!Allowed(p, c, last)) continue;
        const float v = base + l[c];
        if (v > best[i][c]) {
          best[i][c] = v;
          from[i][c] = static_cast<int8_t>(p);
        }
      }
    }
  }
  int c = static_cast<int>(std::max_element(best[n - 1].begin(), best[n - 1].end()) - best[n - 1].begin());
  for (int i = n - 1; i >= 0; --i) {
    out[i] = c;
    c = from[i][c];
  }
  if (all_scores != nullptr) {
    for (int i = 0; i < n; ++i) (*all_scores)[i] = local[i * (C + 1) + (i == 0 ? -1 : out[i - 1]) + 1];
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

}  // namespace

std::vector<Ner::NonLocal> Ner::NonLocalFeatures(const Doc& doc, const std::vector<int>& classes) {
  const size_t n = doc.tokens.size();
  std::vector<NonLocal> out(n);
  for (NonLocal& a : out) a.fill(0);
  auto cls = [&](size_t j) -> int { return j < classes.size() ? classes[j] : 0; };
  // Capitalised forms: where they occur.
  std::unordered_map<std::string, std::vector<uint32_t>> at;
  for (size_t i = 0; i < n; ++i) {
    if (text::StartsUpper(doc.tokens[i].form)) at[doc.tokens[i].form].push_back(static_cast<uint32_t>(i));
  }
  auto type_of = [](int c) { return c == 0 ? 3 : (c - 1) / 4; };  // 3 = outside
  for (size_t i = 0; i < n; ++i) {
    NonLocal& a = out[i];
    // (The token's own first-stage class as a feature cost CV F1: the second
    // stage copied it.)
    if (!text::StartsUpper(doc.tokens[i].form)) continue;
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

void Ner::NetInputs(const WordVectors& vectors, const Doc& doc, uint32_t first, const SentenceFeatures& s,
                    std::vector<float>* inputs, std::vector<uint8_t>* capitalised) {
  const int n = static_cast<int>(s.lower.size());
  const int V = vectors.dims(), D = V + kNetExtras;
  inputs->assign(static_cast<size_t>(n) * D, 0.0f);
  if (capitalised != nullptr) capitalised->assign(n, 0);
  static const char* const kUpos[] = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
                                      "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};
  for (int i = 0; i < n; ++i) {
    const Token& t = doc.tokens[first + i];
    float* x = inputs->data() + static_cast<size_t>(i) * D;
    float* e = x + V;
    if (!vectors.Lookup(t.form, x)) e[0] = 1;
    if (capitalised != nullptr) (*capitalised)[i] = s.caps[i] & 1;
    e[1] = s.caps[i] & 1;
    e[2] = (s.caps[i] & 2) ? 1 : 0;
    e[3] = (s.caps[i] & 4) ? 1 : 0;
    e[4] = s.lower_elsewhere[i];
    e[5] = s.attached[i] & 1;
    e[6] = (s.attached[i] & 2) ? 1 : 0;
    for (int k = 0; k < Gazetteer::kNumWordKinds; ++k) e[7 + k] = (s.kinds[i] >> k) & 1;  // 7..14
    auto one_hot = [&](int base, int value, int size) {
      if (value > 0) e[base + std::min(value, size) - 1] = 1;
    };
    one_hot(15, s.place_pos[i], 4);   // 15..18
    one_hot(19, s.org_pos[i], 4);     // 19..22
    one_hot(23, s.city_pos[i], 4);    // 23..26
    one_hot(27, s.run_pos[i], 4);     // 27..30
    one_hot(31, s.caps_bucket[i], 5); // 31..35
    if (s.region_chain[i] != 0) {
      one_hot(36, s.region_chain[i] / 4, 3);  // 36..38
      e[39] = (s.region_chain[i] % 4) != 0;
    }
    e[40] = s.headline ? 1 : 0;
    for (int k = 0; k < 17; ++k) {
      if (t.upos == kUpos[k]) e[41 + k] = 1;  // 41..57
    }
    bool digit = false, hyphen = false;
    for (char ch : t.form) digit = digit || (ch >= '0' && ch <= '9'), hyphen = hyphen || ch == '-';
    e[58] = digit;
    e[59] = hyphen;
    e[60] = s.doc_cues[i].empty() ? 0 : 1;  // the form occurs elsewhere in the document
    e[61] = s.domain;                        // the annotation scheme (training only; 0 at run time)
  }
}

void Ner::SetNets(WordVectors vectors, std::vector<NerNet> nets, float weight, float floor) {
  net_floor_ = floor;
  net_vectors_ = std::move(vectors);
  nets_ = std::move(nets);
  if (nets_.size() > kMaxNets) nets_.resize(kMaxNets);
  net_weight_ = weight;
}

std::vector<float> Ner::NetScores(const Doc& doc, uint32_t first, const SentenceFeatures& s) const {
  std::vector<float> out;
  if (nets_.empty() || net_weight_ == 0.0f || s.lower.empty()) return out;
  std::vector<float> x;
  NetInputs(net_vectors_, doc, first, s, &x);
  const int n = static_cast<int>(s.lower.size());
  out.assign(static_cast<size_t>(n) * kNumClasses, 0.0f);
  std::vector<float> one(out.size());
  for (const NerNet& net : nets_) {
    net.LogProbs(x.data(), n, one.data());
    for (size_t i = 0; i < out.size(); ++i) out[i] += one[i];
  }
  const float mean = 1.0f / static_cast<float>(nets_.size());
  for (float& v : out) v = std::max(v * mean, net_floor_) * net_weight_;
  return out;
}

std::vector<EntitySpan> Ner::TagSpan(const Doc& doc, uint32_t first, uint32_t last, const DocContext* cues) const {
  std::vector<EntitySpan> out;
  if (last <= first) return out;
  SentenceFeatures s;
  Prepare(gazetteer_, &clusters_, doc, first, last, cues, &s, &vector_classes_);
  const std::vector<float> net = NetScores(doc, first, s);
  AppendSpans(Decode(s, weights_, nullptr, net.empty() ? nullptr : net.data()), first, &out);
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
    Prepare(gazetteer_, &clusters_, doc, sent.first_token, sent.last_token, &cues, &feats[k], &vector_classes_);
    const std::vector<float> net = NetScores(doc, sent.first_token, feats[k]);
    const std::vector<int> c = Decode(feats[k], weights_, &sc, net.empty() ? nullptr : net.data());
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
  ner_rules::CompleteHyphenatedNames(doc, &found);
  ner_rules::StartNamesAtHonorifics(doc, &found);
  ner_rules::TakeRegnalAndGenerationalSuffixes(doc, &found);
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
