#include "loaders/headline.h"

#include <cctype>
#include <cstdio>
#include <ctime>
#include <regex>

#include "loaders/date_parse.h"

namespace kg::loaders {
namespace {

// Headlines do not start with a lower-case word ("iTunes" and "$1m" do count).
bool StartsLikeHeadline(const std::string& t) {
  for (char ch : t) {
    auto c = static_cast<unsigned char>(ch);
    if (ch == ' ') break;
    if (std::isupper(c) || std::isdigit(c) || c >= 0x80 || std::ispunct(c)) return true;
  }
  return false;
}

// A short one-paragraph blurb, as teasers of other stories have.
bool IsBlurb(const Block& b) { return LooksLikeProse(b) && b.text.size() < 250; }

bool HeadlineShaped(const Block& b) {
  const std::string& t = b.text;
  size_t words = WordCount(t);
  if (words < 3 || words > 25 || t.size() > 200 || b.link_density >= 0.5) return false;
  if (!StartsLikeHeadline(t)) return false;
  char last = t.back();
  bool ellipsis = t.size() > 3 && t.compare(t.size() - 3, 3, "...") == 0;
  if ((last == '.' && !ellipsis) || last == ':' || last == ',' || last == ';') return false;
  if (t.find(" / ") != std::string::npos || t.find(" | ") != std::string::npos) return false;
  if (!FindDate(t).empty()) return false;
  if (LooksLikeCallToAction(t) || LooksLikeAuthorBio(t)) return false;
  return t.rfind("By ", 0) != 0;
}

// Whole days from ISO date a to ISO date b (YYYY-MM-DD); 0 if either is malformed.
long DaysBetween(const std::string& a, const std::string& b) {
  auto days = [](const std::string& iso, long* out) {
    int y, m, d;
    if (std::sscanf(iso.c_str(), "%d-%d-%d", &y, &m, &d) != 3) return false;
    std::tm tm{};
    tm.tm_year = y - 1900;
    tm.tm_mon = m - 1;
    tm.tm_mday = d;
    tm.tm_hour = 12;
    *out = static_cast<long>(timegm(&tm) / 86400);
    return true;
  };
  long da = 0, db = 0;
  if (!days(a, &da) || !days(b, &db)) return 0;
  return db - da;
}

}  // namespace

int DetectTitle(const std::vector<Block>& blocks, const ArticleRegion& region) {
  const size_t start = region.body.empty() ? blocks.size() : region.first();
  for (size_t i = 0; i < start; ++i) {
    if (blocks[i].heading == 1) return static_cast<int>(i);
  }
  std::vector<std::string> keys(start);
  for (size_t i = 0; i < start; ++i) keys[i] = RepeatKey(blocks[i].text);
  // A headline the page repeats above the article is the article's own.
  for (size_t i = 0; i < start; ++i) {
    if (!HeadlineShaped(blocks[i]) || keys[i].size() < 8) continue;
    for (size_t j = i + 1; j < start; ++j) {
      const std::string& k = keys[j];
      if (k.size() >= keys[i].size() && k.compare(k.size() - keys[i].size(), keys[i].size(), keys[i]) == 0) {
        return static_cast<int>(i);
      }
    }
  }
  for (size_t i = 0; i < start; ++i) {
    if (!HeadlineShaped(blocks[i])) continue;
    bool teaser = i + 3 < blocks.size() && IsBlurb(blocks[i + 1]) && HeadlineShaped(blocks[i + 2]) &&
                  IsBlurb(blocks[i + 3]);
    if (!teaser) return static_cast<int>(i);
  }
  return -1;
}

std::string DetectPublished(const std::vector<Block>& blocks, const ArticleRegion& region, int title) {
  const size_t start = region.body.empty() ? std::min<size_t>(blocks.size(), 5) : region.first();
  std::string iso;
  for (size_t i = 0; i < start; ++i) {
    if (!IsDateline(blocks[i].text, &iso)) continue;
    // A dateline that other blocks (teasers of other stories) keep apart
    // from the headline is the page's: the day the page was shown, which
    // may be months after the article. When the article's own lead (the
    // caption or standfirst between headline and body) is dated earlier
    // than a week before it, the lead's date is the article's.
    if (title >= 0 && static_cast<size_t>(title) > i + 2 && static_cast<size_t>(title) < start) {
      for (size_t k = static_cast<size_t>(title) + 1; k < start; ++k) {
        std::string lead = FindDate(blocks[k].text);
        if (lead.empty()) continue;
        if (lead > iso || DaysBetween(lead, iso) > 7) return lead;
        break;
      }
    }
    return iso;
  }
  for (size_t i = 0; i < start; ++i) {
    if (std::string d = FindDate(blocks[i].text); !d.empty()) return d;
  }
  return "";
}

int DetectByline(const std::vector<Block>& blocks, const ArticleRegion& region, std::string* author,
                 std::string* publisher) {
  static const std::regex kBy(
      R"(^(?:By|BY|Written by|Words by)\s+([A-Z][^\s,|]*(?:\s+(?:[A-Z][^\s,|]*|and|de|van|von|da|al))*)\s*(?:[,|]\s*(.*))?$)");
  size_t end = region.body.empty() ? std::min<size_t>(blocks.size(), 5) : region.first() + 1;
  for (size_t i = 0; i < end && i < blocks.size(); ++i) {
    const std::string& t = blocks[i].text;
    if (WordCount(t) > 14) continue;
    std::smatch m;
    if (!std::regex_match(t, m, kBy)) continue;
    *author = m[1].str();
    std::string rest = m[2].matched ? m[2].str() : "";
    if (!rest.empty() && WordCount(rest) <= 6 && FindDate(rest).empty() && publisher) *publisher = rest;
    return static_cast<int>(i);
  }
  return -1;
}

}  // namespace kg::loaders
