#include "nlp/ner_data.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>

namespace kg::nlp {
namespace {

struct RawMention { int first, last; std::string type; };

// Parses "(3-organization-...(5-place-...)" / "3)" sequences of every word.
std::vector<RawMention> RawMentions(const ConlluSentence& s) {
  std::vector<RawMention> out;
  // Open mentions by entity id. A stack per id: GUM nests coreferent mentions
  // under one id ("Ann Lee, known as Queen Ann" holds "Queen Ann"), and a
  // closing id ends the innermost open one.
  std::map<std::string, std::vector<std::pair<int, std::string>>> open;
  for (int i = 0; i < static_cast<int>(s.words.size()); ++i) {
    const std::string& misc = s.words[i].misc;
    size_t p = misc.find("Entity=");
    if (p == std::string::npos) continue;
    p += 7;
    size_t end = misc.find('|', p);
    const std::string e = misc.substr(p, end == std::string::npos ? std::string::npos : end - p);
    size_t k = 0;
    while (k < e.size()) {
      if (e[k] == '(') {
        size_t j = k + 1;
        while (j < e.size() && e[j] != '(' && e[j] != ')') ++j;
        const std::string body = e.substr(k + 1, j - k - 1);
        const size_t d1 = body.find('-');
        const size_t d2 = d1 == std::string::npos ? std::string::npos : body.find('-', d1 + 1);
        const std::string id = body.substr(0, d1);
        const std::string type = d1 == std::string::npos ? "" : body.substr(d1 + 1, d2 == std::string::npos ? std::string::npos : d2 - d1 - 1);
        if (j < e.size() && e[j] == ')') {
          out.push_back({i, i, type});
          k = j + 1;
        } else {
          open[id].push_back({i, type});
          k = j;
        }
      } else if (std::isdigit(static_cast<unsigned char>(e[k]))) {
        size_t j = k;
        while (j < e.size() && std::isdigit(static_cast<unsigned char>(e[j]))) ++j;
        const std::string id = e.substr(k, j - k);
        if (j < e.size() && e[j] == ')') {
          auto it = open.find(id);
          if (it != open.end() && !it->second.empty()) {
            out.push_back({it->second.back().first, i, it->second.back().second});
            it->second.pop_back();
          }
          ++j;
        }
        k = j;
      } else {
        ++k;
      }
    }
  }
  return out;
}

bool CutLeft(const ConlluWord& w) {
  const std::string& r = w.deprel;
  if (r == "det" || r == "det:poss" || r == "nmod:poss" || r == "nummod" || r == "advmod" || r == "punct" ||
      r == "case" || r == "cc" || r == "acl" || r == "appos" || r == "conj" || r == "obl" || r == "dep") {
    return true;
  }
  return (r == "amod" || r == "nmod" || r == "compound") && w.upos != "PROPN" && w.upos != "NUM" &&
         !(w.form.size() > 0 && std::isupper(static_cast<unsigned char>(w.form[0])));
}

bool CutRight(const ConlluWord& w, const std::string& type) {
  const std::string& r = w.deprel;
  if (r == "acl" || r == "acl:relcl" || r == "appos" || r == "conj" || r == "cc" || r == "punct" ||
      r == "parataxis" || r == "advmod" || r == "amod" || r == "case" || r == "det" || r == "dep" ||
      r == "nmod:poss" || r == "obl") {
    return true;
  }
  return r.rfind("nmod", 0) == 0 && type == "person";
}

// A modifier that places the named thing somewhere ("Fisht Stadium in Sochi",
// "Ohio State University in Columbus", "Groningen, in the Netherlands"): an
// nmod of the head marked by a locative preposition. Not part of the name.
bool LocativeModifier(const ConlluSentence& s, int t) {
  if (s.words[t].deprel.rfind("nmod", 0) != 0) return false;
  for (const ConlluWord& c : s.words) {
    if (c.head - 1 != t || c.deprel != "case") continue;
    std::string f = c.form;
    for (char& ch : f) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (f == "in" || f == "at" || f == "near" || f == "from" || f == "on" || f == "inside" || f == "outside") return true;
  }
  return false;
}

}  // namespace

std::vector<EntitySpan> GoldNamedMentions(const ConlluSentence& s) {
  std::vector<EntitySpan> spans;
  const int n = static_cast<int>(s.words.size());
  for (const RawMention& m : RawMentions(s)) {
    std::string label;
    if (m.type == "person") label = "PERSON";
    else if (m.type == "place") label = "PLACE";
    else if (m.type == "organization") label = "ORG";
    else continue;
    int head = -1;
    for (int i = m.first; i <= m.last; ++i) {
      const int h = s.words[i].head - 1;
      if (h < m.first || h > m.last) { head = i; break; }
    }
    if (head < 0 || s.words[head].upos != "PROPN") continue;
    // Top child under `head` of each word (or -1 when not under head).
    auto top = [&](int i) {
      int x = i;
      for (int steps = 0; steps <= n && x >= 0; ++steps) {
        const int h = s.words[x].head - 1;
        if (h == head) return x;
        x = h;
      }
      return -1;
    };
    int first = m.first, last = m.last;
    for (int i = head - 1; i >= m.first; --i) {
      const int t = top(i);
      if (t < 0 || CutLeft(s.words[t])) { first = i + 1; break; }
    }
    for (int i = head + 1; i <= m.last; ++i) {
      const int t = top(i);
      if (t < 0 || CutRight(s.words[t], m.type) || LocativeModifier(s, t)) { last = i - 1; break; }
    }
    // Never end on punctuation or start with it.
    while (last > head && s.words[last].upos == "PUNCT") --last;
    while (first < head && s.words[first].upos == "PUNCT") ++first;
    EntitySpan e;
    e.first_token = static_cast<uint32_t>(first);
    e.last_token = static_cast<uint32_t>(last + 1);
    e.label = label;
    spans.push_back(e);
  }
  std::stable_sort(spans.begin(), spans.end(), [](const EntitySpan& a, const EntitySpan& b) {
    return a.last_token - a.first_token > b.last_token - b.first_token;
  });
  std::vector<EntitySpan> kept;
  std::vector<bool> used(n, false);
  for (const EntitySpan& e : spans) {
    bool clash = false;
    for (uint32_t i = e.first_token; i < e.last_token; ++i) clash = clash || used[i];
    if (clash) continue;
    for (uint32_t i = e.first_token; i < e.last_token; ++i) used[i] = true;
    kept.push_back(e);
  }
  std::sort(kept.begin(), kept.end(),
            [](const EntitySpan& a, const EntitySpan& b) { return a.first_token < b.first_token; });
  return kept;
}

}  // namespace kg::nlp
