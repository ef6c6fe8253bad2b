#include "nlp/tokenizer.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace kg::nlp {
namespace {

// Byte length of the white-space character at text[i], or 0.
size_t SpaceLen(std::string_view t, size_t i) {
  unsigned char c = t[i];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c == 0xC2 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xA0) return 2;  // NBSP
  if (c == 0xE2 && i + 2 < t.size()) {
    unsigned char c1 = t[i + 1], c2 = t[i + 2];
    if (c1 == 0x80 && (c2 <= 0x8B || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF)) return 3;  // U+2000-200B, 2028/9, 202F
    if (c1 == 0x81 && c2 == 0x9F) return 3;                                              // U+205F
  }
  if (c == 0xE3 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x80 &&
      static_cast<unsigned char>(t[i + 2]) == 0x80)
    return 3;  // U+3000
  if (c == 0xEF && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xBB &&
      static_cast<unsigned char>(t[i + 2]) == 0xBF)
    return 3;  // BOM
  return 0;
}

bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetterByte(char c) { return IsAlpha(c) || static_cast<unsigned char>(c) >= 0x80; }
bool AllDigits(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), IsDigit); }
bool AllAlpha(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), IsAlpha); }
bool HasLetter(std::string_view s) { return std::any_of(s.begin(), s.end(), IsLetterByte); }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// Opening punctuation split from the front of a chunk (longest first).
constexpr std::array<std::string_view, 20> kPrefixes = {"``", "--", "\"", "'", "\xE2\x80\x9C", "\xE2\x80\x98",
                                                         "\xC2\xAB", "(", "[", "{", "<", ">", "$", "\xC2\xA3",
                                                         "\xE2\x82\xAC", "\xC2\xA5", "\xE2\x80\x94", "\xE2\x80\x93",
                                                         "*", "-"};
// Closing punctuation split from the back (runs of . ! ? are handled apart).
constexpr std::array<std::string_view, 19> kSuffixes = {
    "''", "--", "\"", "'", "\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xBB", ")", "]", "}", ">", ",", ";", ":",
    "%", "\xE2\x80\xA6", "\xE2\x80\x94", "\xE2\x80\x93", "*"};
// Clitics split from the end of a word (checked case-insensitively).
constexpr std::array<std::string_view, 14> kClitics = {
    "n't", "n\xE2\x80\x99t", "'s", "\xE2\x80\x99s", "'ll", "\xE2\x80\x99ll", "'re", "\xE2\x80\x99re",
    "'ve", "\xE2\x80\x99ve", "'d", "\xE2\x80\x99" "d", "'m", "\xE2\x80\x99m"};

// Prefixes that keep their hyphen in EWT ("non-profit", "e-mail").
const std::unordered_set<std::string>& HyphenPrefixes() {
  static const std::unordered_set<std::string> s = {
      "e",     "non",   "pre",   "anti",  "mid",   "re",    "post",  "co",    "pro",   "multi", "ex",
      "sub",   "semi",  "cross", "neo",   "psycho", "socio", "counter", "intra", "micro", "un",   "inter",
      "ultra", "mega",  "bi",    "tri",   "over",  "mis",   "quasi", "pseudo", "extra", "infra", "macro",
      "mini",  "trans", "de",    "dis",   "hyper", "auto",  "x",     "t",     "a"};
  return s;
}

const std::unordered_set<std::string>& Abbreviations() {
  // Lower-cased, without the final period.
  static const std::unordered_set<std::string> s = {
      "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "reps", "sens", "gov", "lt", "col", "maj", "capt",
      "sgt", "adm", "cmdr", "cpl", "pvt", "gens", "st", "ste", "jr", "sr", "inc", "corp", "co", "ltd", "bros",
      "llc", "plc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
      "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "vs", "etc", "ave", "blvd", "mt", "ft", "rd",
      "dept", "univ", "assn", "approx", "fig", "vol", "pp", "rev", "hon", "pres", "supt", "det", "insp",
      "messrs", "mme", "mlle", "cf", "al", "ca", "est", "ext", "attn", "tel", "gov't", "govt", "nos", "esp",
      "min", "max", "jan", "lb", "lbs", "oz", "yrs", "mins", "hrs", "sq", "dist", "div", "mass", "calif",
      "fla", "penn", "wash", "conn", "ariz", "ind", "ill", "mich", "minn", "tenn", "okla", "ore", "wis", "colo",
      "ky", "la", "va", "md", "mo", "ga", "ala", "miss", "nev", "neb", "kan", "del", "vt"};
  return s;
}

const std::unordered_set<std::string>& Titles() {
  static const std::unordered_set<std::string> s = {
      "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "reps", "sens", "gov", "lt", "col", "maj", "capt",
      "sgt", "adm", "cmdr", "cpl", "pvt", "gens", "rev", "hon", "pres", "supt", "det", "insp", "messrs", "mme",
      "mlle", "st", "no", "nos", "vs", "ft", "mt"};
  return s;
}

// "U.S.", "e.g.", "J.", "a.m.": letters each followed by a period.
bool IsDottedLetters(std::string_view w) {
  if (w.size() < 2 || w.back() != '.') return false;
  bool expect_letter = true;
  for (char c : w) {
    if (expect_letter) {
      if (!IsAlpha(c)) return false;
    } else if (c != '.') {
      return false;
    }
    expect_letter = !expect_letter;
  }
  return true;
}

bool IsUrlOrEmail(std::string_view w) {
  std::string l = Lower(w);
  if (StartsWith(l, "http://") || StartsWith(l, "https://") || StartsWith(l, "ftp://") || StartsWith(l, "www."))
    return true;
  size_t at = l.find('@');
  if (at != std::string::npos && at > 0 && l.find('.', at) != std::string::npos && l.find('.', at) + 1 < l.size())
    return true;
  return false;
}

struct Span {
  size_t b, e;
};

class ChunkSplitter {
 public:
  ChunkSplitter(std::string_view text, std::vector<Span>* out) : t_(text), out_(out) {}

  void Split(size_t b, size_t e) {
    std::vector<Span> tail;  // suffix tokens, innermost last
    std::string_view whole = t_.substr(b, e - b);
    if (IsEmoticon(whole) || IsSymbolRun(whole)) {
      out_->push_back({b, e});
      return;
    }
    if (SplitContraction(b, e)) return;
    // Front: opening punctuation.
    while (b < e) {
      std::string_view s = t_.substr(b, e - b);
      if ((IsAlpha(s[0]) && IsUrlOrEmail(s)) || IsClitic(s)) break;
      size_t n = MatchPrefix(s);
      if (n == 0 || n == s.size()) break;
      out_->push_back({b, b + n});
      b += n;
    }
    // Back: closing punctuation, clitics, sentence periods.
    while (b < e) {
      std::string_view s = t_.substr(b, e - b);
      if (IsClitic(s)) break;
      size_t n = MatchSuffix(s);
      if (n == 0 || n == s.size()) break;
      tail.push_back({e - n, e});
      e -= n;
    }
    Infix(b, e);
    for (auto it = tail.rbegin(); it != tail.rend(); ++it) out_->push_back(*it);
  }

 private:
  static bool IsEmoticon(std::string_view s) {
    static const std::unordered_set<std::string_view> e = {":)", ":-)", ":(", ":-(", ";)", ";-)", ":D", ":-D", ":P",
                                                           ":-P", ":p", ":/", ":?", ":o", ":O", "<3", ";-P", "=)"};
    return e.count(s) > 0;
  }
  // "***", "<<", "$$$", "----": one token.
  static bool IsSymbolRun(std::string_view s) {
    if (s.size() < 2 || IsLetterByte(s[0]) || IsDigit(s[0])) return false;
    return std::all_of(s.begin(), s.end(), [&](char c) { return c == s[0]; }) && s[0] != '.' && s[0] != '\'';
  }
  // Web spellings without the apostrophe that EWT still splits ("dont" -> "do" + "nt").
  bool SplitContraction(size_t b, size_t e) {
    static const std::unordered_map<std::string, size_t> c = {
        {"dont", 2}, {"cant", 2}, {"wont", 2}, {"im", 1}, {"ive", 1}, {"thats", 4}, {"havent", 4},
        {"didnt", 3}, {"doesnt", 4}, {"isnt", 2}, {"wasnt", 3}, {"arent", 3}, {"couldnt", 5}, {"wouldnt", 5},
        {"shouldnt", 6}, {"youre", 3}, {"theyre", 4}, {"youve", 3}, {"theyve", 4}, {"whats", 4}, {"alot", 1}};
    auto it = c.find(Lower(t_.substr(b, e - b)));
    if (it == c.end()) return false;
    out_->push_back({b, b + it->second});
    out_->push_back({b + it->second, e});
    return true;
  }
  static bool IsClitic(std::string_view s) {
    std::string l = Lower(s);
    return std::find(kClitics.begin(), kClitics.end(), l) != kClitics.end();
  }

  size_t MatchPrefix(std::string_view s) const {
    if (s[0] == '\'' && s.size() > 1 && IsDigit(s[1])) return 0;  // '90s
    if (s[0] == '#' && s.size() > 1 && IsDigit(s[1])) return 1;    // "#1"
    if (s[0] == '*' || s[0] == '<' || s[0] == '>' || s[0] == '$' || s[0] == '=' || (s[0] == '-' && s.size() > 1 && s[1] == '-'))
      return RunLen(s, 0);
    for (std::string_view p : kPrefixes)
      if (StartsWith(s, p)) return p.size();
    if (StartsWith(s, "...") || StartsWith(s, "\xE2\x80\xA6")) return s[0] == '.' ? RunLen(s, 0) : 3;
    return 0;
  }

  static size_t RunLen(std::string_view s, size_t i) {
    size_t j = i;
    while (j < s.size() && s[j] == s[i]) ++j;
    return j - i;
  }

  size_t MatchSuffix(std::string_view s) const {
    if (IsUrlOrEmail(s)) {
      // Only plain closing punctuation comes off a URL.
      char c = s.back();
      return (c == '.' || c == ',' || c == ';' || c == ':' || c == ')' || c == '!' || c == '?' || c == '"' ||
              c == '\'' || c == '>')
                 ? 1
                 : 0;
    }
    // Runs of . ! ? ("...", "?!", "!!!") come off whole, except an abbreviation's own period.
    char last = s.back();
    if (last == '.' || last == '!' || last == '?') {
      size_t j = s.size();
      while (j > 0 && (s[j - 1] == '.' || s[j - 1] == '!' || s[j - 1] == '?')) --j;
      size_t run = s.size() - j;
      if (run == 1 && last == '.' && Tokenizer::IsAbbreviation(s)) return 0;
      if (run == 2 && last == '.' && Tokenizer::IsAbbreviation(s.substr(0, s.size() - 1))) return 1;  // "Inc.."
      return run;
    }
    std::string l = Lower(s);
    for (std::string_view c : kClitics) {
      if (EndsWith(l, c) && l.size() > c.size()) {
        std::string_view stem = s.substr(0, s.size() - c.size());
        if (!IsLetterByte(stem.back())) continue;
        return c.size();
      }
    }
    for (std::string_view p : kSuffixes)
      if (EndsWith(s, p)) return p.size();
    return 0;
  }

  // Splits the core of a chunk at dashes, hyphens, slashes, commas and ellipses.
  void Infix(size_t b, size_t e) {
    if (b >= e) return;
    std::string_view s = t_.substr(b, e - b);
    if (IsUrlOrEmail(s)) {
      out_->push_back({b, e});
      return;
    }
    std::string l = Lower(s);
    // Number + unit ("10am", "5km", "39K") splits; ordinals and decades ("80th", "1990s") stay.
    size_t d = 0;
    while (d < l.size() && (IsDigit(l[d]) || (l[d] == '.' && d > 0 && d + 1 < l.size() && IsDigit(l[d + 1])))) ++d;
    if (d > 0 && d < l.size() && AllAlpha(std::string_view(l).substr(d))) {
      std::string unit = l.substr(d);
      if (unit != "st" && unit != "nd" && unit != "rd" && unit != "th" && unit != "s") {
        out_->push_back({b, b + d});
        out_->push_back({b + d, e});
        return;
      }
    }
    if (l == "cannot" || l == "gonna" || l == "wanna" || l == "gotta" || l == "outta") {
      out_->push_back({b, b + 3});
      out_->push_back({b + 3, e});
      return;
    }
    size_t start = b;  // start of the current piece
    size_t i = b;
    while (i < e) {
      std::string_view rest = t_.substr(i, e - i);
      size_t cut = 0;  // length of a separator token at i
      if (StartsWith(rest, "\xE2\x80\x94") || StartsWith(rest, "\xE2\x80\x93") || StartsWith(rest, "\xE2\x80\xA6")) {
        cut = 3;
      } else if (StartsWith(rest, "--")) {
        cut = RunLen(rest, 0);
      } else if (StartsWith(rest, "...")) {
        cut = RunLen(rest, 0);
      } else if (rest[0] == '-' && i > start && i + 1 < e) {
        if (!KeepHyphen(start, i, e)) cut = 1;
      } else if ((rest[0] == '/' || rest[0] == ',') && i > start && i + 1 < e) {
        // Between two words ("and/or", "word,word"); digits keep theirs ("11/28/2000", "14,000").
        bool left_alpha = IsLetterByte(t_[i - 1]), right_alpha = IsLetterByte(t_[i + 1]);
        if (rest[0] == ',' ? (left_alpha || right_alpha) : (left_alpha && right_alpha && i - start >= 2 && PieceEnd(i + 1, e) - i - 1 >= 2))
          cut = 1;
      }
      if (cut == 0) {
        ++i;
        continue;
      }
      // Pieces between separators get the full treatment ("corner\"...and").
      if (i > start) Split(start, i);
      out_->push_back({i, i + cut});
      i += cut;
      start = i;
    }
    if (start < e) {
      if (start > b) {
        Split(start, e);
      } else {
        out_->push_back({start, e});
      }
    }
  }

  // End of the alphanumeric piece starting at i.
  size_t PieceEnd(size_t i, size_t e) const {
    while (i < e && (IsLetterByte(t_[i]) || IsDigit(t_[i]))) ++i;
    return i;
  }

  // Whether the hyphen at `h` (inside piece [start, e)) stays inside the word.
  bool KeepHyphen(size_t start, size_t h, size_t e) const {
    std::string_view left = t_.substr(start, h - start);
    size_t re = h + 1;
    while (re < e && t_[re] != '-' && t_[re] != '/') ++re;
    std::string_view right = t_.substr(h + 1, re - h - 1);
    if (right.empty() || left.empty()) return true;
    // Left part since the previous kept hyphen.
    size_t lb = left.rfind('-');
    std::string_view last = lb == std::string_view::npos ? left : left.substr(lb + 1);
    if (AllDigits(last) && AllDigits(right)) {
      // Phone and postal numbers stay whole ("345-9945", "77042-2016", "713-853-3989"); ranges split.
      bool more = re < e && t_[re] == '-';
      return lb != std::string_view::npos || more || (last.size() <= 3 && right.size() >= 4) || last.size() >= 5;
    }
    if (AllAlpha(last) && lb == std::string_view::npos) return HyphenPrefixes().count(Lower(last)) > 0;
    return false;
  }

  std::string_view t_;
  std::vector<Span>* out_;
};

}  // namespace

bool Tokenizer::IsAbbreviation(std::string_view w) {
  if (w.size() < 2 || w.back() != '.') return false;
  if (IsDottedLetters(w)) return true;
  std::string_view core = w.substr(0, w.size() - 1);
  if (core == "No" || core == "Nos") return true;  // "No. 5" (lower-case "no." ends sentences)
  return Abbreviations().count(Lower(core)) > 0 && HasLetter(core);
}

bool Tokenizer::IsTitle(std::string_view w) {
  if (w.size() < 2 || w.back() != '.') return false;
  std::string core = Lower(w.substr(0, w.size() - 1));
  if (core == "no" && w[0] != 'N') return false;
  return Titles().count(core) > 0;
}

void Tokenizer::Tokenize(std::string_view text, std::vector<Token>* out, uint32_t base) const {
  std::vector<Span> spans;
  ChunkSplitter splitter(text, &spans);
  size_t i = 0;
  while (i < text.size()) {
    size_t sl = SpaceLen(text, i);
    if (sl) {
      i += sl;
      continue;
    }
    size_t j = i;
    while (j < text.size() && SpaceLen(text, j) == 0) ++j;
    splitter.Split(i, j);
    i = j;
  }
  out->reserve(out->size() + spans.size());
  for (const Span& s : spans) {
    Token t;
    t.start = base + static_cast<uint32_t>(s.b);
    t.end = base + static_cast<uint32_t>(s.e);
    t.form.assign(text.substr(s.b, s.e - s.b));
    t.space_after = s.e >= text.size() || SpaceLen(text, s.e) > 0;
    out->push_back(std::move(t));
  }
}

Doc Tokenizer::MakeDoc(std::string text) const {
  Doc doc;
  doc.text = std::move(text);
  Tokenize(doc.text, &doc.tokens);
  return doc;
}

}  // namespace kg::nlp
