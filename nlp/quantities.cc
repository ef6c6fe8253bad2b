#include "nlp/quantities.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include "util/text.h"

namespace kg::nlp {
namespace {

bool In(const std::string& w, std::initializer_list<const char*> list) {
  for (const char* x : list) {
    if (w == x) return true;
  }
  return false;
}

// Abbreviations ("£5m", "$2bn") count only after a currency sign: "5000m" is metres.
double Multiplier(const std::string& l, bool currency) {
  if (l == "hundred") return 1e2;
  if (l == "thousand" || (currency && l == "k")) return 1e3;
  if (l == "million" || (currency && (l == "m" || l == "mn"))) return 1e6;
  if (l == "billion" || (currency && l == "bn")) return 1e9;
  if (l == "trillion" || (currency && l == "tn")) return 1e12;
  return 0;
}

int WordValue(const std::string& l) {
  static const char* const kUnits[] = {"zero",    "one",     "two",       "three",    "four",
                                       "five",    "six",     "seven",     "eight",    "nine",
                                       "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                       "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  static const char* const kTens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  for (int i = 0; i < 20; ++i) {
    if (l == kUnits[i]) return i;
  }
  for (int i = 0; i < 8; ++i) {
    if (l == kTens[i]) return 20 + 10 * i;
  }
  return -1;
}

bool IsYearLike(const std::string& f) {
  return f.size() == 4 && std::all_of(f.begin(), f.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
         f >= "1900" && f <= "2100";
}

}  // namespace

bool ParseNumber(const std::string& text, double* value) {
  if (text.empty()) return false;
  const std::string l = text::AsciiLower(text);
  const int w = WordValue(l);
  if (w >= 0) {
    *value = w;
    return true;
  }
  const size_t dash = l.find('-');
  if (dash != std::string::npos) {  // "twenty-five"
    const int a = WordValue(l.substr(0, dash)), b = WordValue(l.substr(dash + 1));
    if (a >= 20 && a % 10 == 0 && b > 0 && b < 10) {
      *value = a + b;
      return true;
    }
    return false;
  }
  std::string digits;
  bool seen_digit = false, seen_dot = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      digits += c;
      seen_digit = true;
    } else if (c == ',' && seen_digit && !seen_dot) {
      // thousands separator: exactly three digits, then the end, ',' or '.'
      for (size_t k = 1; k <= 3; ++k) {
        if (i + k >= text.size() || text[i + k] < '0' || text[i + k] > '9') return false;
      }
      if (i + 4 < text.size() && text[i + 4] != ',' && text[i + 4] != '.') return false;
    } else if (c == '.' && !seen_dot && i + 1 < text.size()) {
      digits += c;
      seen_dot = true;
    } else {
      return false;
    }
  }
  if (!seen_digit) return false;
  *value = std::strtod(digits.c_str(), nullptr);
  return true;
}

std::string FormatNumber(double v) {
  char buf[64];
  if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e15) {
    std::snprintf(buf, sizeof(buf), "%.0f", v);
  } else {
    std::snprintf(buf, sizeof(buf), "%.6f", v);
    std::string s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
  }
  return buf;
}

namespace {

// A number starting at token i: digits or words, optional multiplier
// ("1.5 million", "two hundred"). Returns tokens consumed (0 if none).
uint32_t NumberAt(const Doc& doc, uint32_t i, uint32_t last, bool currency, double* value) {
  if (i >= last) return 0;
  std::string f = doc.tokens[i].form;
  double v;
  if (!ParseNumber(f, &v)) {
    if (text::AsciiLower(f) == "a" && i + 1 < last && Multiplier(text::AsciiLower(doc.tokens[i + 1].form), currency) >= 1e3) {
      v = 1;
    } else {
      return 0;
    }
  }
  uint32_t n = 1;
  while (i + n < last) {
    const double mul = Multiplier(text::AsciiLower(doc.tokens[i + n].form), currency);
    if (mul == 0) break;
    v *= mul;
    ++n;
  }
  *value = v;
  return n;
}

bool IsUnitNoun(const Token& t) {
  if (!t.upos.empty()) return t.upos == "NOUN" || t.upos == "SYM";
  if (t.form.empty()) return false;
  for (char c : t.form) {
    if (!((c >= 'a' && c <= 'z') || c == '-')) return false;
  }
  return !In(t.form, {"and", "or", "to", "of", "in", "on", "at", "the", "a", "an", "for", "with", "from", "by",
                      "than", "is", "are", "was", "were", "has", "have", "had", "will", "who", "which", "that"});
}

}  // namespace

Status QuantityTagger::Process(Doc& doc) const {
  std::vector<bool> used(doc.tokens.size(), false);
  for (const EntitySpan& e : doc.entities) {
    for (uint32_t i = e.first_token; i < e.last_token && i < used.size(); ++i) used[i] = true;
  }
  for (const Sentence& s : doc.sentences) {
    if (s.last_token > doc.tokens.size() || s.first_token > s.last_token) {
      return Status::InvalidArgument("sentence token range out of bounds");
    }
    for (uint32_t i = s.first_token; i < s.last_token; ++i) {
      if (used[i]) continue;
      uint32_t start = i, j = i;
      // Approximators that belong to the quantity ("over", "more than", "about").
      const std::string l0 = text::AsciiLower(doc.tokens[i].form);
      const std::string l1 = i + 1 < s.last_token ? text::AsciiLower(doc.tokens[i + 1].form) : "";
      if (In(l0, {"more", "fewer", "less"}) && l1 == "than") j = i + 2;
      else if (l0 == "at" && In(l1, {"least", "most"})) j = i + 2;
      else if (l0 == "up" && l1 == "to") j = i + 2;
      else if (In(l0, {"over", "about", "around", "nearly", "almost", "roughly", "approximately", "some",
                       "under", "just", "only", "estimated", "between"})) j = i + 1;
      bool currency = false;
      if (j < s.last_token && In(doc.tokens[j].form, {"$", "£", "€", "US$", "¥"})) {
        currency = true;
        ++j;
      }
      double lo = 0;
      const uint32_t n = j < s.last_token && !used[j] ? NumberAt(doc, j, s.last_token, currency, &lo) : 0;
      if (n == 0) continue;  // modifiers alone are not quantities
      uint32_t end = j + n;
      const bool word_number = !(doc.tokens[j].form[0] >= '0' && doc.tokens[j].form[0] <= '9');
      // "one" is mostly a pronoun/determiner: keep it only with a multiplier or a unit.
      std::string value = FormatNumber(lo);
      // Ranges: "10,000 to 12,000", "10,000-12,000".
      if (end + 1 < s.last_token && In(text::AsciiLower(doc.tokens[end].form), {"to", "-", "–", "and"}) &&
          !(text::AsciiLower(doc.tokens[end].form) == "and" && !(start < j && text::AsciiLower(doc.tokens[start].form) == "between"))) {
        double hi = 0;
        uint32_t k = end + 1;
        if (currency && k < s.last_token && In(doc.tokens[k].form, {"$", "£", "€"})) ++k;
        const uint32_t m = NumberAt(doc, k, s.last_token, currency, &hi);
        if (m > 0 && !used[k] && hi > lo) {
          // "10 to 12 million": the multiplier applies to both ends.
          if (n == 1 && m > 1) {
            double base = 0;
            ParseNumber(doc.tokens[k].form, &base);
            if (base > 0) lo *= hi / base;
          }
          value = FormatNumber(lo) + ".." + FormatNumber(hi);
          end = k + m;
        }
      }
      std::string label = "NUMBER";
      if (currency) label = "QUANTITY";
      if (end < s.last_token) {
        const std::string u = text::AsciiLower(doc.tokens[end].form);
        if (u == "%" || u == "percent") {
          label = "QUANTITY";
          ++end;
        } else if (u == "per" && end + 1 < s.last_token && text::AsciiLower(doc.tokens[end + 1].form) == "cent") {
          label = "QUANTITY";
          end += 2;
        } else if (!used[end] && IsUnitNoun(doc.tokens[end])) {
          label = "QUANTITY";
          ++end;
        }
      }
      // A bare year-like number is not a quantity, and a lone "one" is a pronoun.
      if (n == 1 && end == j + 1 && IsYearLike(doc.tokens[j].form)) continue;
      // "the 2024 election": a year-like number before a singular noun modifies it.
      if (n == 1 && end == j + 2 && label == "QUANTITY" && !currency && IsYearLike(doc.tokens[j].form) &&
          doc.tokens[j + 1].form.back() != 's') {
        continue;
      }
      if (label == "NUMBER" && word_number && n == 1 && text::AsciiLower(doc.tokens[j].form) == "one") continue;
      if (label == "NUMBER") start = j;  // approximators only introduce quantities
      bool clash = false;
      for (uint32_t k = start; k < end; ++k) clash = clash || used[k];
      if (clash) continue;
      for (uint32_t k = start; k < end; ++k) used[k] = true;
      EntitySpan e;
      e.first_token = start;
      e.last_token = end;
      e.label = label;
      e.normalized = value;
      doc.entities.push_back(std::move(e));
      i = end - 1;
    }
  }
  std::stable_sort(doc.entities.begin(), doc.entities.end(),
                   [](const EntitySpan& a, const EntitySpan& b) { return a.first_token < b.first_token; });
  return Status::Ok();
}

}  // namespace kg::nlp
