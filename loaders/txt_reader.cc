#include "loaders/txt_reader.h"

#include <cctype>

#include "loaders/headline.h"
#include "loaders/normalize.h"
#include "util/text.h"

namespace kg::loaders {
namespace {

struct Line {
  std::string_view text;
  bool blank = false;
};

bool IsRule(std::string_view t) {  // "---", "***", "___", "===" horizontal rules
  if (t.size() < 3) return false;
  char c = t[0];
  if (c != '-' && c != '*' && c != '_' && c != '=') return false;
  for (char d : t) {
    if (d != c && d != ' ') return false;
  }
  return true;
}

// Strips list, quote and bullet markers; returns the heading level of "# x"
// and whether a list marker was found.
std::string_view StripMarkers(std::string_view t, int* heading, bool* list_item) {
  *heading = 0;
  *list_item = false;
  size_t hashes = 0;
  while (hashes < t.size() && t[hashes] == '#') ++hashes;
  if (hashes >= 1 && hashes <= 6 && hashes < t.size() && t[hashes] == ' ') {
    *heading = static_cast<int>(hashes);
    t.remove_prefix(hashes + 1);
    while (!t.empty() && (t.back() == '#' || t.back() == ' ')) t.remove_suffix(1);
    return t;
  }
  for (bool again = true; again && !t.empty();) {
    again = false;
    while (!t.empty() && (t[0] == ' ' || t[0] == '\t')) t.remove_prefix(1);
    if (t.size() >= 2 && (t[0] == '>' || t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' ') {
      *list_item = *list_item || t[0] != '>';
      t.remove_prefix(2);
      again = true;
      continue;
    }
    for (std::string_view glyph : {"\u2022", "\u25cf", "\u25aa", "\u25e6", "\u00b7", "\u2013", "\u2014", "\u25ba"}) {
      if (t.substr(0, glyph.size()) == glyph) {
        t.remove_prefix(glyph.size());
        again = true;
        *list_item = true;
        break;
      }
    }
    if (!again) {  // "1. " / "2) " ordered list markers
      size_t d = 0;
      while (d < t.size() && d < 3 && std::isdigit(static_cast<unsigned char>(t[d]))) ++d;
      if (d > 0 && d + 1 < t.size() && (t[d] == '.' || t[d] == ')') && t[d + 1] == ' ') {
        t.remove_prefix(d + 2);
        *list_item = true;
      }
    }
  }
  return t;
}

bool IsUrlStart(std::string_view t, size_t i) {
  return t.substr(i, 7) == "http://" || t.substr(i, 8) == "https://" || t.substr(i, 4) == "www.";
}

// HTML character references left in text saved from the web ("&#163;1.8m",
// "&amp;"); returns the characters consumed (0 when `t` holds none at `i`).
size_t DecodeEntity(std::string_view t, size_t i, std::string& out) {
  size_t semi = t.find(';', i);
  if (semi == std::string_view::npos || semi - i > 10 || semi - i < 3) return 0;
  std::string_view name = t.substr(i + 1, semi - i - 1);
  if (name[0] == '#') {
    bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty()) return 0;
    uint32_t cp = 0;
    for (char c : digits) {
      int v = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
              : hex && std::isxdigit(static_cast<unsigned char>(c)) ? (std::tolower(c) - 'a' + 10) : -1;
      if (v < 0) return 0;
      cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(v);
      if (cp > 0x10FFFF) return 0;
    }
    text::AppendUtf8(out, cp);
    return semi - i + 1;
  }
  static const std::pair<std::string_view, uint32_t> kNamed[] = {
      {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", 0xA0},
      {"pound", 0xA3}, {"euro", 0x20AC}, {"yen", 0xA5}, {"copy", 0xA9}, {"mdash", 0x2014},
      {"ndash", 0x2013}, {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"ldquo", 0x201C}, {"rdquo", 0x201D},
      {"hellip", 0x2026}, {"eacute", 0xE9}, {"middot", 0xB7}};
  for (const auto& [n, cp] : kNamed) {
    if (name == n) {
      text::AppendUtf8(out, cp);
      return semi - i + 1;
    }
  }
  return 0;
}

// Markdown inline syntax -> text; counts the characters that were links.
std::string InlineText(std::string_view t, size_t* link_chars) {
  std::string out;
  out.reserve(t.size());
  for (size_t i = 0; i < t.size();) {
    char c = t[i];
    if ((c == '!' && i + 1 < t.size() && t[i + 1] == '[') || c == '[') {
      bool image = c == '!';
      size_t open = image ? i + 1 : i;
      size_t close = t.find(']', open);
      if (close != std::string_view::npos && close + 1 < t.size() && t[close + 1] == '(') {
        size_t paren = t.find(')', close);
        if (paren != std::string_view::npos) {
          if (!image) {
            std::string_view label = t.substr(open + 1, close - open - 1);
            out.append(label);
            *link_chars += label.size();
          }
          i = paren + 1;
          continue;
        }
      }
    }
    if (IsUrlStart(t, i) && (i == 0 || t[i - 1] == ' ' || t[i - 1] == '(' || t[i - 1] == '<')) {
      size_t e = i;
      while (e < t.size() && t[e] != ' ' && t[e] != '>' && t[e] != ')') ++e;
      out.append(t.substr(i, e - i));
      *link_chars += e - i;
      i = e;
      continue;
    }
    if (c == '&') {
      if (size_t used = DecodeEntity(t, i, out)) {
        i += used;
        continue;
      }
    }
    if (c == '*' || c == '`') {  // emphasis and code marks
      ++i;
      continue;
    }
    if (c == '_' && (i == 0 || i + 1 == t.size() || t[i - 1] == ' ' || t[i + 1] == ' ' ||
                     t[i + 1] == '_' || t[i - 1] == '_')) {
      ++i;
      continue;
    }
    out.push_back(c);
    ++i;
  }
  return out;
}

void AddBlock(std::vector<Block>* blocks, std::string_view raw, int heading, bool list_item) {
  size_t link_chars = 0;
  std::string text = NormalizeParagraph(InlineText(raw, &link_chars));
  if (text.empty()) return;
  Block b;
  b.link_density = std::min(1.0, static_cast<double>(link_chars) / static_cast<double>(text.size()));
  b.text = std::move(text);
  b.heading = heading;
  b.list_item = list_item;
  blocks->push_back(std::move(b));
}

// Hard-wrapped text: no long lines, and lines that break off mid-sentence
// (40+ characters, no final punctuation, the paragraph going on below).
bool LooksHardWrapped(const std::vector<Line>& lines) {
  size_t longest = 0, broken = 0, in_groups = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank) continue;
    longest = std::max(longest, lines[i].text.size());
    bool continued = i + 1 < lines.size() && !lines[i + 1].blank;
    if (!continued) continue;
    ++in_groups;
    std::string_view t = lines[i].text;
    char last = t.empty() ? 0 : t.back();
    if (t.size() >= 40 && last != '.' && last != '!' && last != '?' && last != ':' && last != '"') ++broken;
  }
  return longest <= 120 && broken >= 1 && broken * 4 >= in_groups;
}

}  // namespace

std::vector<Block> TextToBlocks(std::string_view text) {
  std::vector<Line> lines;
  for (size_t pos = 0; pos <= text.size();) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view l = text.substr(pos, nl - pos);
    while (!l.empty() && (l.back() == ' ' || l.back() == '\t')) l.remove_suffix(1);
    size_t lead = 0;
    while (lead < l.size() && (l[lead] == ' ' || l[lead] == '\t')) ++lead;
    lines.push_back({l, lead == l.size()});
    pos = nl + 1;
  }
  const bool wrapped = LooksHardWrapped(lines);
  std::vector<Block> blocks;
  std::string para;  // the paragraph being joined (hard-wrapped text only)
  bool para_list = false;
  auto flush = [&]() {
    if (!para.empty()) AddBlock(&blocks, para, 0, para_list);
    para_list = false;
    para.clear();
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (line.blank || IsRule(line.text)) {
      // Setext heading: "Title" underlined with === or ---.
      if (!line.blank && i > 0 && !lines[i - 1].blank && !blocks.empty() && para.empty() &&
          (line.text[0] == '=' || line.text[0] == '-')) {
        blocks.back().heading = line.text[0] == '=' ? 1 : 2;
      }
      flush();
      continue;
    }
    int heading = 0;
    bool list_item = false;
    std::string_view stripped = StripMarkers(line.text, &heading, &list_item);
    bool marker = stripped.size() != line.text.size();
    if (!wrapped || heading || (marker && !para.empty())) {
      flush();
      if (!wrapped || heading) {
        AddBlock(&blocks, stripped, heading, list_item);
        continue;
      }
    }
    if (para.empty()) para_list = list_item;
    if (!para.empty()) para.push_back(' ');
    para.append(stripped);
  }
  flush();
  return blocks;
}

RawArticle ReadText(std::string_view text) {
  std::vector<Block> blocks = TextToBlocks(text);
  ArticleRegion region = FindArticle(blocks);
  RawArticle article;
  int title = DetectTitle(blocks, region);
  if (title >= 0) article.title = blocks[static_cast<size_t>(title)].text;
  // A lead paragraph printed without its full stop, just above the article.
  if (!region.body.empty() && region.first() > 0) {
    size_t lead = region.first() - 1;
    if (static_cast<int>(lead) != title && title >= 0 && LooksLikeStandfirst(blocks[lead])) {
      region.body.insert(region.body.begin(), lead);
    }
  }
  article.published = DetectPublished(blocks, region, title);
  int byline = DetectByline(blocks, region, &article.author, &article.publisher);
  for (size_t i : region.body) {
    if (static_cast<int>(i) == byline || blocks[i].text == article.title) continue;
    article.paragraphs.push_back(blocks[i].text);
  }
  return article;
}

}  // namespace kg::loaders
