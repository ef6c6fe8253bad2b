#include "loaders/date_parse.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <regex>
#include <unordered_set>

namespace kg::loaders {
namespace {

constexpr const char* kMonthAlt =
    "(january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";

int MonthNumber(std::string m) {
  for (auto& c : m) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const std::array<const char*, 12> kPrefix = {"jan", "feb", "mar", "apr", "may", "jun",
                                                      "jul", "aug", "sep", "oct", "nov", "dec"};
  for (size_t i = 0; i < kPrefix.size(); ++i) {
    if (m.compare(0, 3, kPrefix[i]) == 0) return static_cast<int>(i) + 1;
  }
  return 0;
}

std::string Iso(int y, int m, int d) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return "";
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (m == 2 && d == 29 && !leap) return "";
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

struct Match {
  size_t pos = std::string::npos, len = 0;
  std::string iso;
};

Match FindDateMatch(std::string_view s) {
  static const std::regex kIso(R"((^|[^\d])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))");
  static const std::regex kMonthFirst(std::string(R"(\b)") + kMonthAlt +
                                          R"(\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b)",
                                      std::regex::icase);
  static const std::regex kDayFirst(std::string(R"(\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)") +
                                        kMonthAlt + R"(\.?,?\s+(\d{4})\b)",
                                    std::regex::icase);
  std::string str(s.substr(0, 4096));
  Match best;
  auto consider = [&](const std::regex& re, int yi, int mi, int di, bool month_name, size_t skip_group) {
    for (auto it = std::sregex_iterator(str.begin(), str.end(), re); it != std::sregex_iterator(); ++it) {
      const std::smatch& m = *it;
      int month = month_name ? MonthNumber(m[mi].str()) : std::stoi(m[mi].str());
      std::string iso = Iso(std::stoi(m[yi].str()), month, std::stoi(m[di].str()));
      if (iso.empty()) continue;
      size_t pos = static_cast<size_t>(m.position(0)) + (skip_group ? m[skip_group].length() : 0);
      if (pos < best.pos) best = {pos, static_cast<size_t>(m.length(0)) - (skip_group ? m[skip_group].length() : 0), iso};
      break;
    }
  };
  consider(kIso, 2, 3, 4, false, 1);
  consider(kMonthFirst, 3, 1, 2, true, 0);
  consider(kDayFirst, 3, 2, 1, true, 0);
  return best;
}

}  // namespace

std::string FindDate(std::string_view s) { return FindDateMatch(s).iso; }

bool IsDateline(std::string_view line, std::string* iso) {
  if (line.size() > 100) return false;
  Match m = FindDateMatch(line);
  if (m.iso.empty()) return false;
  std::string rest(line.substr(0, m.pos));
  rest += ' ';
  rest += line.substr(m.pos + m.len);
  static const std::unordered_set<std::string> kAllowed = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
      "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "published", "updated", "posted",
      "last", "modified", "on", "at", "am", "pm", "a", "m", "p", "utc", "gmt", "et", "est", "edt",
      "pt", "pst", "pdt", "ct", "cst", "cdt", "cet", "cest", "bst", "kst", "jst", "ist", "msk",
      "z", "t", "date", "time", "and", "hrs", "h"};
  std::string word;
  auto flush = [&]() {
    if (word.empty()) return true;
    bool ok = kAllowed.count(word) > 0;
    bool digits_only = word.find_first_not_of("0123456789") == std::string::npos;
    word.clear();
    return ok || digits_only;  // digits: parts of clock times and zone offsets
  };
  size_t digits_run = 0;
  for (char ch : rest) {
    auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c)) {
      // "T09" and "10am" split into letters and digits.
      if (!word.empty() && (std::isdigit(c) != 0) != (std::isdigit(static_cast<unsigned char>(word.back())) != 0) &&
          !flush()) {
        return false;
      }
      word.push_back(static_cast<char>(std::tolower(c)));
      digits_run = std::isdigit(c) ? digits_run + 1 : 0;
      if (digits_run > 2) return false;  // a second year or other figures: not a dateline
    } else {
      digits_run = 0;
      if (!flush()) return false;
    }
  }
  if (!flush()) return false;
  if (iso) *iso = m.iso;
  return true;
}

}  // namespace kg::loaders
