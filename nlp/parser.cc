#include "nlp/parser.h"

#include <fstream>

#include "nlp/parser_transitions.h"
#include "nlp/stream_io.h"

namespace kg::nlp {
namespace {

constexpr char kMagic[8] = {'K', 'G', 'P', 'A', 'R', 'S', 'E', '1'};

void PutStrings(std::ostream& out, const std::vector<std::string>& v) {
  uint32_t n = static_cast<uint32_t>(v.size());
  out.write(reinterpret_cast<const char*>(&n), sizeof(n));
  for (const std::string& s : v) PutString(out, s);
}

bool GetStrings(std::istream& in, std::vector<std::string>* v) {
  uint32_t n = 0;
  if (!in.read(reinterpret_cast<char*>(&n), sizeof(n)) || n > 100000) return false;
  v->resize(n);
  for (std::string& s : *v) {
    if (!GetString(in, &s, 1000)) return false;
  }
  return true;
}

int IndexOf(const std::vector<std::string>& v, const std::string& s) {
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i] == s) return static_cast<int>(i);
  }
  return 0;
}

}  // namespace

Parser::Parser(std::vector<std::string> labels, std::vector<std::string> tags, bool use_xpos, Weights weights)
    : labels_(std::move(labels)), tags_(std::move(tags)), use_xpos_(use_xpos), weights_(std::move(weights)) {
  dep_label_ = IndexOf(labels_, "dep");
  punct_label_ = IndexOf(labels_, "punct");
  root_label_ = IndexOf(labels_, "root");
}

Result<std::unique_ptr<Parser>> Parser::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError("cannot open parser model " + path);
  char magic[8];
  if (!in.read(magic, sizeof(magic)) || std::string(magic, 8) != std::string(kMagic, 8)) {
    return Status::Corruption("not a kg parser model: " + path);
  }
  std::vector<std::string> labels, tags;
  uint8_t use_xpos = 1;
  if (!GetStrings(in, &labels) || !GetStrings(in, &tags) ||
      !in.read(reinterpret_cast<char*>(&use_xpos), 1) || labels.empty() ||
      labels.size() > static_cast<size_t>(parse::kMaxLabels)) {
    return Status::Corruption("bad parser model header: " + path);
  }
  Weights w;
  Status st = w.Load(in);
  if (!st.ok()) return Status::Corruption(st.message() + ": " + path);
  if (w.n_classes() != static_cast<int>(2 + 2 * labels.size())) return Status::Corruption("parser classes mismatch: " + path);
  return std::make_unique<Parser>(std::move(labels), std::move(tags), use_xpos != 0, std::move(w));
}

Status Parser::Save(const std::string& path) const {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IOError("cannot write parser model " + path);
  out.write(kMagic, sizeof(kMagic));
  PutStrings(out, labels_);
  PutStrings(out, tags_);
  const uint8_t use_xpos = use_xpos_ ? 1 : 0;
  out.write(reinterpret_cast<const char*>(&use_xpos), 1);
  KG_RETURN_IF_ERROR(weights_.Save(out));
  out.flush();
  if (!out) return Status::IOError("cannot write parser model " + path);
  return Status::Ok();
}

uint32_t Parser::TagId(const Token& t) const {
  const std::string& tag = use_xpos_ && !t.xpos.empty() ? t.xpos : t.upos;
  for (size_t i = 0; i < tags_.size(); ++i) {
    if (tags_[i] == tag) return static_cast<uint32_t>(i + 3);
  }
  return 1;
}

void Parser::ParseSpan(Doc& doc, uint32_t first, uint32_t last) const {
  if (last <= first) return;
  const int n = static_cast<int>(last - first);
  parse::SentenceInput in;
  in.n = n;
  in.word.resize(n + 1);
  in.suffix.resize(n + 1);
  in.tag.resize(n + 1);
  in.upos.resize(n + 1);
  in.upos[0] = parse::HashString("<ROOT>");
  in.word[0] = parse::HashString("<ROOT>");
  in.suffix[0] = 0;
  in.tag[0] = 2;
  std::vector<bool> is_punct(n + 1, false);
  for (int i = 1; i <= n; ++i) {
    const Token& t = doc.tokens[first + i - 1];
    in.word[i] = parse::WordKey(t.form);
    in.suffix[i] = parse::SuffixKey(t.form);
    in.tag[i] = TagId(t);
    in.upos[i] = parse::HashString(t.upos);
    is_punct[i] = t.upos == "PUNCT";
  }
  const int n_actions = weights_.n_classes();
  std::vector<float> scores(n_actions);
  uint64_t feats[parse::kMaxFeatures];
  parse::State state(n);
  while (!state.Terminal()) {
    const int nf = state.Features(in, feats);
    std::fill(scores.begin(), scores.end(), 0.0f);
    weights_.Score(feats, nf, scores.data());
    int best = parse::kShift;
    float best_score = -1e30f;
    for (int a = 0; a < n_actions; ++a) {
      if (scores[a] > best_score && state.Valid(a)) {
        best = a;
        best_score = scores[a];
      }
    }
    state.Apply(best);
  }
  state.FinishTree(is_punct, dep_label_, punct_label_, root_label_);
  for (int i = 1; i <= n; ++i) {
    Token& t = doc.tokens[first + i - 1];
    const int h = state.heads()[i];
    t.head = h == 0 ? -1 : static_cast<int>(first) + h - 1;
    const int l = state.labels()[i];
    t.deprel = l >= 0 && l < static_cast<int>(labels_.size()) ? labels_[l] : "dep";
  }
}

Status Parser::Process(Doc& doc) const {
  for (const Sentence& s : doc.sentences) {
    if (s.last_token > doc.tokens.size() || s.first_token > s.last_token) {
      return Status::InvalidArgument("sentence token range out of bounds");
    }
    ParseSpan(doc, s.first_token, s.last_token);
  }
  return Status::Ok();
}

}  // namespace kg::nlp
