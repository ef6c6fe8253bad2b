#include "nlp/conllu.h"

#include <fstream>
#include <sstream>

namespace kg::nlp {
namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  size_t b = 0;
  while (true) {
    size_t e = line.find('\t', b);
    out.push_back(line.substr(b, e == std::string::npos ? std::string::npos : e - b));
    if (e == std::string::npos) break;
    b = e + 1;
  }
  return out;
}

}  // namespace

std::string ConlluSentence::Text() const {
  auto it = comments.find("text");
  if (it != comments.end()) return it->second;
  std::string out;
  for (const auto& w : words) {
    out += w.form;
    if (w.space_after) out += ' ';
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

Result<std::vector<ConlluSentence>> ReadConllu(std::istream& in) {
  std::vector<ConlluSentence> out;
  ConlluSentence cur;
  std::string line;
  size_t lineno = 0;
  auto flush = [&] {
    // A multiword token's SpaceAfter lives on the range line: its inner words
    // have no space after them, its last word takes the range line's value.
    for (const auto& mw : cur.multiwords) {
      if (mw.first < 1 || mw.last > static_cast<int>(cur.words.size()) || mw.first > mw.last) continue;
      for (int i = mw.first; i < mw.last; ++i) cur.words[i - 1].space_after = false;
      cur.words[mw.last - 1].space_after = mw.space_after;
    }
    if (!cur.words.empty()) out.push_back(std::move(cur));
    cur = ConlluSentence();
  };
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) { flush(); continue; }
    if (line[0] == '#') {
      auto eq = line.find('=');
      std::string key, value;
      if (eq == std::string::npos) {
        key = line.substr(1);
      } else {
        key = line.substr(1, eq - 1);
        value = line.substr(eq + 1);
      }
      auto trim = [](std::string s) {
        size_t b = s.find_first_not_of(" \t");
        size_t e = s.find_last_not_of(" \t");
        return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
      };
      cur.comments[trim(key)] = trim(value);
      continue;
    }
    auto f = SplitTabs(line);
    if (f.size() != 10) {
      return Status::InvalidArgument("CoNLL-U line " + std::to_string(lineno) + ": expected 10 columns, found " +
                                     std::to_string(f.size()));
    }
    const std::string& id = f[0];
    if (id.find('.') != std::string::npos) continue;  // empty node
    auto dash = id.find('-');
    if (dash != std::string::npos) {
      ConlluMultiword mw;
      mw.first = std::atoi(id.substr(0, dash).c_str());
      mw.last = std::atoi(id.substr(dash + 1).c_str());
      mw.form = f[1];
      mw.space_after = f[9].find("SpaceAfter=No") == std::string::npos;
      cur.multiwords.push_back(mw);
      continue;
    }
    ConlluWord w;
    w.form = f[1];
    w.lemma = f[2];
    w.upos = f[3];
    w.xpos = f[4];
    w.feats = f[5];
    w.head = f[6] == "_" ? 0 : std::atoi(f[6].c_str());
    w.deprel = f[7];
    w.deps = f[8];
    w.misc = f[9];
    w.space_after = w.misc.find("SpaceAfter=No") == std::string::npos;
    cur.words.push_back(std::move(w));
  }
  flush();
  return out;
}

Result<std::vector<ConlluSentence>> ReadConlluFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::IOError("cannot open " + path);
  return ReadConllu(in);
}

void WriteConllu(std::ostream& out, const std::vector<ConlluSentence>& sentences) {
  for (const auto& s : sentences) {
    for (const auto& [k, v] : s.comments) out << "# " << k << " = " << v << "\n";
    size_t mw = 0;
    for (size_t i = 0; i < s.words.size(); ++i) {
      while (mw < s.multiwords.size() && s.multiwords[mw].first == static_cast<int>(i + 1)) {
        out << s.multiwords[mw].first << "-" << s.multiwords[mw].last << "\t" << s.multiwords[mw].form
            << "\t_\t_\t_\t_\t_\t_\t_\t" << (s.multiwords[mw].space_after ? "_" : "SpaceAfter=No") << "\n";
        ++mw;
      }
      const auto& w = s.words[i];
      out << (i + 1) << "\t" << w.form << "\t" << w.lemma << "\t" << w.upos << "\t" << w.xpos << "\t" << w.feats
          << "\t" << w.head << "\t" << w.deprel << "\t" << w.deps << "\t" << w.misc << "\n";
    }
    out << "\n";
  }
}

}  // namespace kg::nlp
