#include "nlp/lemmatizer.h"

#include <algorithm>
#include <map>

#include "nlp/model_io.h"

namespace kg::nlp {
namespace {

constexpr uint32_t kVersion = 2;
constexpr size_t kMaxSuffix = 5;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

std::string Key(std::string_view a, std::string_view b) {
  std::string k;
  k.reserve(a.size() + b.size() + 1);
  k.append(a);
  k.push_back('\t');
  k.append(b);
  return k;
}

bool IsProperXpos(std::string_view xpos) { return xpos == "NNP"; }

}  // namespace

std::unique_ptr<Lemmatizer> Lemmatizer::Build(const std::vector<ConlluSentence>& sentences) {
  // Most frequent lemma per (form, xpos), exact and lower-cased.
  std::map<std::string, std::map<std::string, int>> exact, lower;
  for (const auto& s : sentences)
    for (const auto& w : s.words) {
      if (w.lemma == "_" || w.form.empty()) continue;
      ++exact[Key(w.form, w.xpos)][w.lemma];
      ++lower[Key(Lower(w.form), w.xpos)][w.lemma];
    }
  auto best = [](const std::map<std::string, int>& m) {
    return std::max_element(m.begin(), m.end(), [](auto& a, auto& b) { return a.second < b.second; })->first;
  };
  auto lem = std::make_unique<Lemmatizer>();
  for (const auto& [k, m] : lower) lem->lower_.emplace(k, best(m));
  // Exact-case entries only where they differ from the lower-cased one.
  for (const auto& [k, m] : exact) {
    size_t tab = k.find('\t');
    std::string lk = Key(Lower(std::string_view(k).substr(0, tab)), std::string_view(k).substr(tab + 1));
    std::string b = best(m);
    if (lem->lower_[lk] != b) lem->exact_.emplace(k, b);
  }
  // Suffix rules from word types: which rewrite turns form into lemma.
  std::map<std::string, std::map<std::pair<int, std::string>, int>> rule_counts;
  for (const auto& [k, m] : lower) {
    size_t tab = k.find('\t');
    std::string form = k.substr(0, tab), xpos = k.substr(tab + 1);
    if (IsProperXpos(xpos)) continue;
    std::string lemma = Lower(best(m));
    size_t cp = 0;
    while (cp < form.size() && cp < lemma.size() && form[cp] == lemma[cp]) ++cp;
    if (form.size() - cp > 255) continue;
    std::pair<int, std::string> rule(static_cast<int>(form.size() - cp), lemma.substr(cp));
    for (size_t n = 0; n <= std::min(kMaxSuffix, form.size()); ++n)
      ++rule_counts[Key(xpos, std::string_view(form).substr(form.size() - n))][rule];
  }
  for (const auto& [k, m] : rule_counts) {
    auto b = std::max_element(m.begin(), m.end(), [](auto& a, auto& c) { return a.second < c.second; });
    lem->rules_.emplace(k, Rule{static_cast<uint8_t>(b->first.first), b->first.second});
  }
  return lem;
}

std::string Lemmatizer::Lemma(std::string_view form, std::string_view upos, std::string_view xpos) const {
  std::string key = Key(form, xpos);
  if (auto it = exact_.find(key); it != exact_.end()) return it->second;
  std::string lower = Lower(form);
  if (auto it = lower_.find(Key(lower, xpos)); it != lower_.end()) return it->second;
  if (IsProperXpos(xpos) || xpos == "ADD" || upos == "X" || upos == "SYM") return std::string(form);
  // Proper nouns (NNPS) keep their case; the rule rewrites only the ending.
  bool keep_case = upos == "PROPN";
  if (upos == "NUM" && std::any_of(form.begin(), form.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    std::string out;
    for (char c : form)
      if (c != ',') out.push_back(c);
    return out;
  }
  // Longest known suffix rule. Suffixes, cuts and appended endings fall on
  // character boundaries only: the rules are learned over bytes, and a rule
  // applied inside a multi-byte character wrote invalid UTF-8 ("ʌst").
  auto continuation = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; };
  std::string rk = Key(xpos, "");
  for (size_t n = std::min(kMaxSuffix, lower.size());; --n) {
    if (n > 0 && continuation(lower[lower.size() - n])) continue;  // mid-character
    rk.resize(xpos.size() + 1);
    rk.append(lower, lower.size() - n, n);
    auto it = rules_.find(rk);
    if (it != rules_.end() && it->second.strip <= lower.size() &&
        (it->second.strip == lower.size() || !continuation(lower[lower.size() - it->second.strip])) &&
        (it->second.append.empty() || !continuation(it->second.append[0]))) {
      std::string out = (keep_case ? std::string(form) : lower).substr(0, lower.size() - it->second.strip);
      out += it->second.append;
      return out.empty() ? (keep_case ? std::string(form) : lower) : out;
    }
    if (n == 0) break;
  }
  return keep_case ? std::string(form) : lower;
}

Status Lemmatizer::Process(Doc& doc) const {
  for (Token& t : doc.tokens) t.lemma = Lemma(t.form, t.upos, t.xpos);
  return Status::Ok();
}

Status Lemmatizer::Save(const std::string& path) const {
  BinaryWriter w;
  w.Header("lemmatizer", kVersion);
  for (const auto* map : {&exact_, &lower_}) {
    std::vector<std::pair<std::string, std::string>> table(map->begin(), map->end());
    std::sort(table.begin(), table.end());
    w.U32(static_cast<uint32_t>(table.size()));
    for (const auto& [k, v] : table) {
      w.Str(k);
      w.Str(v);
    }
  }
  std::vector<std::pair<std::string, Rule>> rules(rules_.begin(), rules_.end());
  std::sort(rules.begin(), rules.end(), [](auto& a, auto& b) { return a.first < b.first; });
  w.U32(static_cast<uint32_t>(rules.size()));
  for (const auto& [k, r] : rules) {
    w.Str(k);
    w.U8(r.strip);
    w.Str(r.append);
  }
  return w.Finish(path);
}

Result<std::unique_ptr<Lemmatizer>> Lemmatizer::Load(const std::string& path) {
  auto rr = BinaryReader::Open(path);
  if (!rr.ok()) return rr.status();
  BinaryReader& r = rr.value();
  KG_RETURN_IF_ERROR(r.Header("lemmatizer", kVersion));
  auto lem = std::make_unique<Lemmatizer>();
  uint32_t n = 0;
  for (auto* map : {&lem->exact_, &lem->lower_}) {
    if (!r.U32(&n)) return r.status("lemmatizer");
    map->reserve(n);
    for (uint32_t i = 0; i < n; ++i) {
      std::string k, v;
      if (!r.Str(&k) || !r.Str(&v)) return r.status("lemmatizer");
      map->emplace(std::move(k), std::move(v));
    }
  }
  if (!r.U32(&n)) return r.status("lemmatizer");
  for (uint32_t i = 0; i < n; ++i) {
    std::string k;
    Rule rule;
    if (!r.Str(&k) || !r.U8(&rule.strip) || !r.Str(&rule.append)) return r.status("lemmatizer");
    lem->rules_.emplace(std::move(k), std::move(rule));
  }
  return lem;
}

}  // namespace kg::nlp
