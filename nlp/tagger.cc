#include "nlp/tagger.h"

#include <algorithm>

namespace kg::nlp {
namespace {

constexpr uint32_t kVersion = 2;
constexpr uint64_t kNone = 0x5a5a5a5a5a5a5a5aULL;  // hash of "no word" beyond the sentence

// Feature templates (never renumber: saved models depend on them).
enum Templ : uint32_t {
  kBias, kNorm, kPre1, kPre2, kSuf1, kSuf2, kSuf3, kSuf4, kShape, kFlags, kFirstCap,
  kPrev, kPrev2, kPrevPrev2, kPrevNorm, kPrevSuf3, kNextNorm, kNextSuf3, kPrev2Norm, kNext2Norm,
  kPrevWordNorm, kNextShape, kPrevShapeNorm, kNormNextNorm, kPrevTagNextNorm, kLowerRaw,
  kAmb, kAmbNext, kAmbNext2, kAmbPairNext, kPrevTagAmb, kAmbPrev,
};

inline char CharClass(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (c >= 0x80) return 'u';
  return static_cast<char>(c);
}

}  // namespace

Tagger::Tagger(std::vector<std::string> upos, std::vector<std::string> xpos, Perceptron model,
               TagDict tag_dict)
    : upos_(std::move(upos)), xpos_(std::move(xpos)), model_(std::move(model)), tag_dict_(std::move(tag_dict)) {}

void Tagger::Prepare(const std::vector<std::string_view>& words, std::vector<Word>* out) const {
  out->resize(words.size());
  std::string lower, norm, shape;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view w = words[i];
    lower.clear();
    norm.clear();
    shape.clear();
    uint8_t flags = 0;
    bool all_upper = true;
    char last_class = 0;
    int run = 0;
    for (unsigned char c : w) {
      char lc = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
      lower.push_back(lc);
      norm.push_back((c >= '0' && c <= '9') ? '0' : lc);
      if (c >= 'A' && c <= 'Z') flags |= 1;
      if (c >= 'a' && c <= 'z') all_upper = false;
      if (c >= '0' && c <= '9') flags |= 2;
      if (c == '-') flags |= 4;
      if (c >= 0x80 && c < 0xC0) continue;  // UTF-8 continuation byte: one class per character
      char cls = CharClass(c);
      run = (cls == last_class) ? run + 1 : 1;
      last_class = cls;
      if (run <= 3) shape.push_back(cls);
    }
    if (all_upper && (flags & 1)) flags |= 8;
    Word& o = (*out)[i];
    size_t n = lower.size();
    o.norm = HashString(norm);
    o.lower_raw = HashString(lower);
    o.pre1 = HashString(std::string_view(lower).substr(0, 1));
    o.pre2 = HashString(std::string_view(lower).substr(0, 2));
    o.suf1 = HashString(std::string_view(lower).substr(n - std::min<size_t>(n, 1)));
    o.suf2 = HashString(std::string_view(lower).substr(n - std::min<size_t>(n, 2)));
    o.suf3 = HashString(std::string_view(lower).substr(n - std::min<size_t>(n, 3)));
    o.suf4 = HashString(std::string_view(lower).substr(n - std::min<size_t>(n, 4)));
    o.shape = HashString(shape);
    o.flags = flags;
    auto amb = lexicon_.find(lower);
    o.amb = amb == lexicon_.end() ? 0 : amb->second;
  }
}

void Tagger::Features(const std::vector<Word>& ws, size_t i, int prev, int prev2, std::vector<uint64_t>* out) {
  out->clear();
  const Word& w = ws[i];
  auto at = [&](long j) -> const Word* { return (j >= 0 && j < static_cast<long>(ws.size())) ? &ws[j] : nullptr; };
  const Word* p1 = at(static_cast<long>(i) - 1);
  const Word* p2 = at(static_cast<long>(i) - 2);
  const Word* n1 = at(static_cast<long>(i) + 1);
  const Word* n2 = at(static_cast<long>(i) + 2);
  uint64_t p1n = p1 ? p1->norm : kNone, p2n = p2 ? p2->norm : kNone;
  uint64_t n1n = n1 ? n1->norm : kNone, n2n = n2 ? n2->norm : kNone;
  uint64_t tp = static_cast<uint64_t>(prev + 2), tp2 = static_cast<uint64_t>(prev2 + 2);
  out->push_back(FeatureKey(kBias, 0));
  out->push_back(FeatureKey(kNorm, w.norm));
  out->push_back(FeatureKey(kPre1, w.pre1));
  out->push_back(FeatureKey(kPre2, w.pre2));
  out->push_back(FeatureKey(kSuf1, w.suf1));
  out->push_back(FeatureKey(kSuf2, w.suf2));
  out->push_back(FeatureKey(kSuf3, w.suf3));
  out->push_back(FeatureKey(kSuf4, w.suf4));
  out->push_back(FeatureKey(kShape, w.shape));
  out->push_back(FeatureKey(kFlags, w.flags));
  out->push_back(FeatureKey(kFirstCap, i == 0, w.flags & 1));
  out->push_back(FeatureKey(kLowerRaw, w.lower_raw, w.flags & 9));
  out->push_back(FeatureKey(kPrev, tp));
  out->push_back(FeatureKey(kPrev2, tp2));
  out->push_back(FeatureKey(kPrevPrev2, tp, tp2));
  out->push_back(FeatureKey(kPrevNorm, tp, w.norm));
  out->push_back(FeatureKey(kPrevSuf3, p1 ? p1->suf3 : kNone));
  out->push_back(FeatureKey(kNextNorm, n1n));
  out->push_back(FeatureKey(kNextSuf3, n1 ? n1->suf3 : kNone));
  out->push_back(FeatureKey(kPrev2Norm, p2n));
  out->push_back(FeatureKey(kNext2Norm, n2n));
  out->push_back(FeatureKey(kPrevWordNorm, p1n));
  out->push_back(FeatureKey(kNextShape, n1 ? n1->shape : kNone));
  out->push_back(FeatureKey(kPrevShapeNorm, p1n, w.norm));
  out->push_back(FeatureKey(kNormNextNorm, w.norm, n1n));
  out->push_back(FeatureKey(kPrevTagNextNorm, tp, n1n));
  uint64_t n1a = n1 ? n1->amb : kNone;
  out->push_back(FeatureKey(kAmb, w.amb));
  out->push_back(FeatureKey(kAmbNext, n1a));
  out->push_back(FeatureKey(kAmbNext2, n2 ? n2->amb : kNone));
  out->push_back(FeatureKey(kAmbPairNext, w.amb, n1a));
  out->push_back(FeatureKey(kPrevTagAmb, tp, w.amb));
  out->push_back(FeatureKey(kAmbPrev, p1 ? p1->amb : kNone, w.amb));
}

void Tagger::Tag(const std::vector<std::string_view>& words, std::vector<int>* tags) const {
  tags->assign(words.size(), 0);
  std::vector<Word> prepared;
  Prepare(words, &prepared);
  std::vector<uint64_t> feats;
  feats.reserve(32);
  int prev = -1, prev2 = -1;
  for (size_t i = 0; i < words.size(); ++i) {
    int tag;
    auto it = tag_dict_.find(words[i]);
    if (it != tag_dict_.end()) {
      tag = it->second;
    } else {
      Features(prepared, i, prev, prev2, &feats);
      tag = model_.Predict(feats);
    }
    (*tags)[i] = tag;
    prev2 = prev;
    prev = tag;
  }
}

Status Tagger::Process(Doc& doc) const {
  std::vector<std::string_view> words;
  std::vector<int> tags;
  for (const Sentence& s : doc.sentences) {
    words.clear();
    for (uint32_t t = s.first_token; t < s.last_token; ++t) words.push_back(doc.tokens[t].form);
    Tag(words, &tags);
    for (uint32_t t = s.first_token; t < s.last_token; ++t) {
      doc.tokens[t].upos = upos_[tags[t - s.first_token]];
      doc.tokens[t].xpos = xpos_[tags[t - s.first_token]];
    }
  }
  return Status::Ok();
}

Status Tagger::Save(const std::string& path) const {
  BinaryWriter w;
  w.Header("tagger", kVersion);
  w.U32(static_cast<uint32_t>(upos_.size()));
  for (size_t i = 0; i < upos_.size(); ++i) {
    w.Str(upos_[i]);
    w.Str(xpos_[i]);
  }
  // Sorted so that the same model always gives the same bytes.
  std::vector<std::pair<std::string, int>> dict(tag_dict_.begin(), tag_dict_.end());
  std::sort(dict.begin(), dict.end());
  w.U32(static_cast<uint32_t>(dict.size()));
  for (const auto& [form, tag] : dict) {
    w.Str(form);
    w.U16(static_cast<uint16_t>(tag));
  }
  std::vector<std::pair<std::string, uint64_t>> lex(lexicon_.begin(), lexicon_.end());
  std::sort(lex.begin(), lex.end());
  w.U32(static_cast<uint32_t>(lex.size()));
  for (const auto& [form, amb] : lex) {
    w.Str(form);
    w.U64(amb);
  }
  model_.Save(w);
  return w.Finish(path);
}

Result<std::unique_ptr<Tagger>> Tagger::Load(const std::string& path) {
  auto rr = BinaryReader::Open(path);
  if (!rr.ok()) return rr.status();
  BinaryReader& r = rr.value();
  KG_RETURN_IF_ERROR(r.Header("tagger", kVersion));
  uint32_t n = 0;
  if (!r.U32(&n)) return r.status("tagger");
  std::vector<std::string> upos(n), xpos(n);
  for (uint32_t i = 0; i < n; ++i)
    if (!r.Str(&upos[i]) || !r.Str(&xpos[i])) return r.status("tagger");
  uint32_t nd = 0;
  if (!r.U32(&nd)) return r.status("tagger");
  TagDict dict;
  dict.reserve(nd);
  for (uint32_t i = 0; i < nd; ++i) {
    std::string form;
    uint16_t tag = 0;
    if (!r.Str(&form) || !r.U16(&tag)) return r.status("tagger");
    if (tag >= n) return Status::Corruption("tagger: tag out of range");
    dict.emplace(std::move(form), tag);
  }
  uint32_t nl = 0;
  if (!r.U32(&nl)) return r.status("tagger");
  Lexicon lex;
  lex.reserve(nl);
  for (uint32_t i = 0; i < nl; ++i) {
    std::string form;
    uint64_t amb = 0;
    if (!r.Str(&form) || !r.U64(&amb)) return r.status("tagger");
    lex.emplace(std::move(form), amb);
  }
  Perceptron model;
  KG_RETURN_IF_ERROR(model.Load(r));
  if (model.num_classes() != static_cast<int>(n)) return Status::Corruption("tagger: class count mismatch");
  auto tagger = std::make_unique<Tagger>(std::move(upos), std::move(xpos), std::move(model), std::move(dict));
  tagger->set_lexicon(std::move(lex));
  return tagger;
}

}  // namespace kg::nlp
