#include "loaders/boilerplate.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "loaders/date_parse.h"
#include "util/text.h"

namespace kg::loaders {
namespace {

std::string FirstWordLower(std::string_view text) {
  std::string w;
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (std::isalpha(u)) {
      w.push_back(static_cast<char>(std::tolower(u)));
    } else if (!w.empty() || (c != '"' && c != '\'' && c != '(' && c != '*')) {
      break;
    }
  }
  return w;
}

bool ContainsWordCi(std::string_view haystack_lower, std::string_view word) {
  for (size_t pos = haystack_lower.find(word); pos != std::string_view::npos;
       pos = haystack_lower.find(word, pos + 1)) {
    bool left = pos == 0 || !std::isalnum(static_cast<unsigned char>(haystack_lower[pos - 1]));
    size_t e = pos + word.size();
    bool right = e >= haystack_lower.size() || !std::isalnum(static_cast<unsigned char>(haystack_lower[e]));
    if (left && right) return true;
  }
  return false;
}

std::string AsciiLower(std::string_view s) {
  std::string r(s);
  for (auto& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

// Share of words after the first that start with an upper-case letter.
double CapitalisedShare(std::string_view text) {
  size_t words = 0, caps = 0;
  bool at_start = true, first = true;
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (std::isspace(u)) {
      at_start = true;
      continue;
    }
    if (at_start) {
      at_start = false;
      if (first) {
        first = false;
        continue;
      }
      if (std::isalpha(u)) {
        ++words;
        caps += std::isupper(u) ? 1 : 0;
      }
    }
  }
  return words == 0 ? 1.0 : static_cast<double>(caps) / static_cast<double>(words);
}

// The last character that is not a closing quote, bracket or space.
char LastSignificant(std::string_view t) {
  for (size_t i = t.size(); i-- > 0;) {
    auto c = static_cast<unsigned char>(t[i]);
    if (c == '"' || c == '\'' || c == ')' || c == ']' || c == ' ' || c >= 0x80) continue;
    return static_cast<char>(c);
  }
  return 0;
}

// "Rivals of the new console..." (a teaser) or a quote cut short.
bool EndsWithEllipsis(std::string_view t) {
  while (!t.empty() && (t.back() == '\'' || t.back() == '"' || t.back() == ' ')) t.remove_suffix(1);
  return (t.size() >= 3 && t.substr(t.size() - 3) == "...") || (t.size() >= 3 && t.substr(t.size() - 3) == "\u2026");
}

struct Run {
  size_t first_block = 0, last_block = 0;  // block indices of its first and last prose block
  size_t units = 0, chars = 0;
};

}  // namespace

size_t WordCount(std::string_view text) {
  size_t n = 0;
  bool in_word = false, has_alnum = false;
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (std::isspace(u)) {
      if (in_word && has_alnum) ++n;
      in_word = has_alnum = false;
    } else {
      in_word = true;
      if (std::isalnum(u) || u >= 0x80) has_alnum = true;
    }
  }
  if (in_word && has_alnum) ++n;
  return n;
}

bool EndsSentence(std::string_view t) {
  // Strip closing quotes and brackets: ASCII and ” ’ » (UTF-8).
  while (!t.empty()) {
    char c = t.back();
    if (c == '"' || c == '\'' || c == ')' || c == ']' || c == ' ') {
      t.remove_suffix(1);
    } else if (t.size() >= 3 && (t.substr(t.size() - 3) == "\u201d" || t.substr(t.size() - 3) == "\u2019")) {
      t.remove_suffix(3);
    } else if (t.size() >= 2 && t.substr(t.size() - 2) == "\u00bb") {
      t.remove_suffix(2);
    } else {
      break;
    }
  }
  if (t.empty()) return false;
  char c = t.back();
  if (c == '.' || c == '!' || c == '?') return true;
  return t.size() >= 3 && t.substr(t.size() - 3) == "\u2026";
}

bool LooksLikeProse(const Block& b) {
  if (b.heading != 0 || b.link_density >= 0.5) return false;
  size_t words = WordCount(b.text);
  if (b.list_item && words >= 5 && CapitalisedShare(b.text) < 0.7) return true;
  if (words >= 40) return true;
  if (words < 5 || !EndsSentence(b.text)) return false;
  char last = LastSignificant(b.text);
  return !((last == '?' || last == '!' || EndsWithEllipsis(b.text)) && words <= 12);
}

bool LooksLikeStandfirst(const Block& b) {
  if (b.heading != 0 || b.link_density >= 0.3 || b.list_item) return false;
  size_t words = WordCount(b.text);
  if (words < 8 || words > 60) return false;
  if (b.text.find(" / ") != std::string::npos || b.text.find(" | ") != std::string::npos) return false;
  if (!b.text.empty() && b.text.back() == ')') return false;  // "(Reuters)" photo credits
  if (!FindDate(b.text).empty()) return false;                // captions carry dates
  return CapitalisedShare(b.text) < 0.5 && !LooksLikeCallToAction(b.text);
}

bool LooksLikeCallToAction(std::string_view text) {
  size_t words = WordCount(text);
  if (words > 30) return false;
  std::string lower = AsciiLower(text);
  // Page furniture whatever the verb.
  for (const char* cue : {"newsletter", "all rights reserved", "cookies", "privacy policy"}) {
    if (lower.find(cue) != std::string::npos) return true;
  }
  // An imperative addressed to the reader, about the web page itself.
  static const std::unordered_set<std::string> kVerbs = {
      "subscribe", "sign", "click", "tap", "follow", "share", "download", "join", "watch",
      "listen", "register", "log", "read", "continue", "leave", "comment", "get", "download",
      "check", "explore", "discover", "see", "visit", "contact", "email", "send", "support",
      "donate", "become", "try", "start"};
  if (!kVerbs.count(FirstWordLower(text))) return false;
  static const char* kWebCues[] = {"email", "e-mail", "subscribe", "subscription", "sign up",
                                   "app", "facebook", "twitter", "instagram", "youtube", "tiktok",
                                   "linkedin", "whatsapp", "telegram", "podcast", "here", "below",
                                   "link", "website", "our", "us", "comments", "reply", "today's",
                                   "inbox", "free", "account", "more stories", "full article"};
  for (const char* cue : kWebCues) {
    if (ContainsWordCi(lower, cue)) return true;
  }
  return false;
}

bool LooksLikeAuthorBio(std::string_view text) {
  if (WordCount(text) > 90) return false;
  // "<Capitalised Name> is|has|writes|covers|reports ..." in the first words.
  std::string lower = AsciiLower(text);
  size_t is = lower.find(" is ");
  if (is == std::string::npos || is > 40) return false;
  std::string_view name = text.substr(0, is);
  size_t name_words = WordCount(name);
  if (name_words < 2 || name_words > 4) return false;
  for (size_t i = 0; i < name.size(); ++i) {  // every word of the name starts upper-case
    if ((i == 0 || name[i - 1] == ' ') && !std::isupper(static_cast<unsigned char>(name[i]))) return false;
  }
  static const char* kRoles[] = {"correspondent", "reporter", "journalist", "editor", "writer",
                                 "columnist", "contributor", "freelance", "based in", "reports on",
                                 "covers", "writes about", "bureau", "author of", "anchor",
                                 "producer", "analyst for"};
  for (const char* role : kRoles) {
    if (ContainsWordCi(lower, role)) return true;
  }
  return false;
}

std::string RepeatKey(std::string_view text) { return text::NameKey(text); }

ArticleRegion FindArticle(const std::vector<Block>& blocks) {
  const size_t n = blocks.size();
  // Repetition: a block equal to an earlier one, or a non-prose line ending
  // with an earlier headline ("WorldSome Headline" after "Some Headline").
  std::vector<bool> repeated(n, false);
  std::vector<std::string> keys(n);
  std::unordered_set<std::string> seen;
  std::vector<size_t> short_lines;  // earlier non-prose lines of 4+ words
  for (size_t i = 0; i < n; ++i) {
    keys[i] = RepeatKey(blocks[i].text);
    if (keys[i].size() >= 8 && !seen.insert(keys[i]).second) repeated[i] = true;
    bool prose = LooksLikeProse(blocks[i]);
    if (!prose && !repeated[i]) {
      for (size_t j : short_lines) {
        const std::string& k = keys[j];
        if (keys[i].size() > k.size() && keys[i].size() - k.size() <= 40 &&
            keys[i].compare(keys[i].size() - k.size(), k.size(), k) == 0) {
          repeated[i] = true;
          break;
        }
      }
      if (WordCount(blocks[i].text) >= 4) short_lines.push_back(i);
    }
  }

  // Runs of consecutive prose blocks.
  std::vector<Run> runs;
  std::vector<size_t> gap_before;  // non-prose blocks between a run and the previous one
  size_t gap = 0;
  bool in_run = false;
  for (size_t i = 0; i < n; ++i) {
    bool prose = LooksLikeProse(blocks[i]) && !repeated[i];
    if (!prose) {
      ++gap;
      in_run = false;
      continue;
    }
    if (!in_run) {
      runs.push_back({i, i, 0, 0});
      gap_before.push_back(runs.size() == 1 ? 0 : gap);
      in_run = true;
    }
    Run& r = runs.back();
    r.last_block = i;
    r.units += 1;
    r.chars += blocks[i].text.size();
    gap = 0;
  }

  ArticleRegion region;
  if (runs.empty()) {
    for (size_t i = 0; i < n; ++i) {
      if (!repeated[i] && blocks[i].link_density < 0.5 && WordCount(blocks[i].text) >= 4 &&
          !LooksLikeCallToAction(blocks[i].text)) {
        region.body.push_back(i);
      }
    }
    return region;
  }

  // Join runs across one non-prose line when both sides are substantial:
  // teaser blurbs are single short paragraphs, article sections are not.
  std::vector<Run> merged;
  for (size_t k = 0; k < runs.size(); ++k) {
    const Run& r = runs[k];
    if (!merged.empty() && gap_before[k] == 1) {
      Run& m = merged.back();
      bool substantial = std::min(m.units, r.units) >= 2 || std::min(m.chars, r.chars) >= 250;
      if (substantial) {
        m.last_block = r.last_block;
        m.units += r.units;
        m.chars += r.chars;
        continue;
      }
    }
    merged.push_back(r);
  }
  const Run& best = *std::max_element(merged.begin(), merged.end(),
                                      [](const Run& a, const Run& b) { return a.chars < b.chars; });
  // Short sentences ("He declined to comment.") belong to the article when
  // they sit inside it or right next to it.
  auto short_sentence = [&](size_t i) {
    const Block& b = blocks[i];
    size_t words = WordCount(b.text);
    return !repeated[i] && b.heading == 0 && b.link_density < 0.5 && words >= 3 && words < 5 &&
           LastSignificant(b.text) == '.' && !EndsWithEllipsis(b.text) && !LooksLikeCallToAction(b.text);
  };
  size_t first = best.first_block, last = best.last_block;
  while (first > 0 && short_sentence(first - 1)) --first;
  while (last + 1 < n && short_sentence(last + 1)) ++last;
  for (size_t i = first; i <= last; ++i) {
    if ((LooksLikeProse(blocks[i]) && !repeated[i]) || short_sentence(i)) region.body.push_back(i);
  }
  // Trim the edges: calls to action at either end, author bios at the end.
  while (region.body.size() > 1 && LooksLikeCallToAction(blocks[region.body.front()].text)) {
    region.body.erase(region.body.begin());
  }
  while (region.body.size() > 1) {
    const std::string& t = blocks[region.body.back()].text;
    if (!LooksLikeCallToAction(t) && !LooksLikeAuthorBio(t)) break;
    region.body.pop_back();
  }
  return region;
}

}  // namespace kg::loaders
