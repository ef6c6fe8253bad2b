#include "nlp/dates.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include "util/text.h"

namespace kg::nlp {
namespace {

bool AllDigits(const std::string& s, size_t from = 0, size_t to = std::string::npos) {
  to = std::min(to, s.size());
  if (from >= to) return false;
  for (size_t i = from; i < to; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

int MonthOf(const std::string& form) {
  static const char* const kFull[] = {"january", "february", "march",     "april",   "may",      "june",
                                      "july",    "august",   "september", "october", "november", "december"};
  static const char* const kAbbr[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                      "jul", "aug", "sep", "oct", "nov", "dec"};
  if (form.empty() || !(form[0] >= 'A' && form[0] <= 'Z')) return 0;
  std::string l = text::AsciiLower(form);
  for (int m = 0; m < 12; ++m) {
    if (l == kFull[m]) return m + 1;
  }
  if (!l.empty() && l.back() == '.') l.pop_back();
  if (l == "sept") return 9;
  for (int m = 0; m < 12; ++m) {
    if (l == kAbbr[m] && (form.back() == '.' || m == 4)) return m + 1;
  }
  return 0;
}

int WeekdayOf(const std::string& form) {  // 1 = Monday .. 7 = Sunday
  static const char* const kFull[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  static const char* const kAbbr[] = {"mon.", "tue.", "wed.", "thu.", "fri.", "sat.", "sun."};
  if (form.empty() || !(form[0] >= 'A' && form[0] <= 'Z')) return 0;
  const std::string l = text::AsciiLower(form);
  for (int d = 0; d < 7; ++d) {
    if (l == kFull[d] || l == kAbbr[d]) return d + 1;
  }
  if (l == "tues." || l == "tues") return 2;
  if (l == "thurs." || l == "thurs") return 4;
  return 0;
}

int DayOf(const std::string& form) {
  size_t k = 0;
  while (k < form.size() && form[k] >= '0' && form[k] <= '9') ++k;
  if (k == 0 || k > 2) return 0;
  const std::string rest = text::AsciiLower(form.substr(k));
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return 0;
  const int d = std::atoi(form.substr(0, k).c_str());
  return d >= 1 && d <= 31 ? d : 0;
}

int YearOf(const std::string& form) {
  if (form.size() != 4 || !AllDigits(form)) return 0;
  const int y = std::atoi(form.c_str());
  return y >= 1000 && y <= 2199 ? y : 0;
}

int SmallNumber(const std::string& l) {
  static const char* const kWords[] = {"zero", "one", "two",   "three",  "four",   "five",  "six",
                                       "seven", "eight", "nine", "ten", "eleven", "twelve"};
  if (l == "a" || l == "an") return 1;
  for (int i = 0; i <= 12; ++i) {
    if (l == kWords[i]) return i;
  }
  if (AllDigits(l) && l.size() <= 3) return std::atoi(l.c_str());
  return -1;
}

std::string Ymd(int y, int m, int d) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", y, m, d);
  return buf;
}
std::string Ym(int y, int m) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%04d-%02d", y, m);
  return buf;
}
std::string Y(int y) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%04d", y);
  return buf;
}

bool IsIn(const std::string& w, std::initializer_list<const char*> list) {
  for (const char* x : list) {
    if (w == x) return true;
  }
  return false;
}

struct Match {
  uint32_t first = 0, last = 0;  // [first, last)
  std::string label, value;
};

class SentenceDates {
 public:
  SentenceDates(const Doc& doc, uint32_t first, uint32_t last, bool has_ref, int ry, int rm, int rd)
      : doc_(doc), first_(first), last_(last), has_ref_(has_ref), ry_(ry), rm_(rm), rd_(rd) {
    ref_days_ = has_ref ? DaysFromCivil(ry, rm, rd) : 0;
    for (uint32_t i = first; i < last; ++i) {
      const std::string l = text::AsciiLower(doc.tokens[i].form);
      if (l == "will" || l == "'ll" || l == "shall" || l == "wo" || l == "going") future_ = true;
    }
  }

  bool At(uint32_t i, Match* m) const {
    return Iso(i, m) || MonthDate(i, m) || Weekday(i, m) || Relative(i, m) || Ago(i, m) || Year(i, m) ||
           Time(i, m);
  }

 private:
  const std::string& F(uint32_t i) const { return doc_.tokens[i].form; }
  std::string L(uint32_t i) const { return i >= first_ && i < last_ ? text::AsciiLower(doc_.tokens[i].form) : std::string(); }
  bool Has(uint32_t i) const { return i >= first_ && i < last_; }

  std::string FromDays(long z) const {
    int y, m, d;
    CivilFromDays(z, &y, &m, &d);
    return Ymd(y, m, d);
  }

  bool Iso(uint32_t i, Match* m) const {
    int y, mo, d;
    if (!ParseIsoDate(F(i), &y, &mo, &d)) return false;
    *m = {i, i + 1, "DATE", F(i)};
    return true;
  }

  // Month-day resolved to the year that puts it nearest the reference.
  std::string NearestDay(int mo, int d) const {
    if (!has_ref_) {
      char buf[32];
      std::snprintf(buf, sizeof(buf), "--%02d-%02d", mo, d);
      return buf;
    }
    int best_y = ry_;
    long best = -1;
    for (int y = ry_ - 1; y <= ry_ + 1; ++y) {
      const long dist = std::labs(DaysFromCivil(y, mo, d) - ref_days_);
      if (best < 0 || dist < best) { best = dist; best_y = y; }
    }
    return Ymd(best_y, mo, d);
  }

  std::string NearestMonth(int mo) const {
    if (!has_ref_) {
      char buf[32];
      std::snprintf(buf, sizeof(buf), "--%02d", mo);
      return buf;
    }
    int best_y = ry_;
    int best = -1;
    for (int y = ry_ - 1; y <= ry_ + 1; ++y) {
      const int dist = std::abs((y * 12 + mo) - (ry_ * 12 + rm_));
      if (best < 0 || dist < best) { best = dist; best_y = y; }
    }
    return Ym(best_y, mo);
  }

  bool MonthDate(uint32_t i, Match* m) const {
    const int mo = MonthOf(F(i));
    if (mo == 0) return false;
    // "May 9[, 2024]"
    if (Has(i + 1) && DayOf(F(i + 1))) {
      const int d = DayOf(F(i + 1));
      uint32_t j = i + 2;
      if (Has(j) && F(j) == "," && Has(j + 1) && YearOf(F(j + 1))) ++j;
      if (Has(j) && YearOf(F(j))) {
        *m = {i, j + 1, "DATE", Ymd(YearOf(F(j)), mo, d)};
      } else {
        *m = {i, i + 2, "DATE", NearestDay(mo, d)};
      }
      return true;
    }
    // "9 May [2024]" (the day token sits before the month)
    if (i > first_ && DayOf(F(i - 1)) && AllDigits(F(i - 1), 0, 1)) {
      const int d = DayOf(F(i - 1));
      if (Has(i + 1) && YearOf(F(i + 1))) {
        *m = {i - 1, i + 2, "DATE", Ymd(YearOf(F(i + 1)), mo, d)};
      } else {
        *m = {i - 1, i + 1, "DATE", NearestDay(mo, d)};
      }
      return true;
    }
    // "June 2024", "June of 2024"
    if (Has(i + 1) && YearOf(F(i + 1))) {
      *m = {i, i + 2, "DATE", Ym(YearOf(F(i + 1)), mo)};
      return true;
    }
    if (Has(i + 2) && L(i + 1) == "of" && YearOf(F(i + 2))) {
      *m = {i, i + 3, "DATE", Ym(YearOf(F(i + 2)), mo)};
      return true;
    }
    // A bare month; "May" only after a word that introduces a time.
    if (mo == 5 && !IsIn(L(i - 1), {"in", "since", "until", "till", "by", "during", "of", "early", "late", "mid",
                                    "last", "next", "this", "from", "to", "through", "before", "after", "since"})) {
      return false;
    }
    *m = {i, i + 1, "DATE", NearestMonth(mo)};
    return true;
  }

  bool Weekday(uint32_t i, Match* m) const {
    const int wd = WeekdayOf(F(i));
    if (wd == 0) return false;
    uint32_t start = i, end = i + 1;
    const std::string prev = i > first_ ? L(i - 1) : "";
    const bool last = prev == "last", next = prev == "next" || prev == "this" || prev == "coming";
    if (last || next) start = i - 1;
    // "Saturday, May 9": the explicit date wins.
    uint32_t j = end;
    if (Has(j) && F(j) == ",") ++j;
    Match date;
    if (Has(j) && MonthOf(F(j)) && MonthDate(j, &date) && date.first == j) {
      *m = {start, date.last, "DATE", date.value};
      return true;
    }
    if (Has(end) && IsIn(L(end), {"morning", "afternoon", "evening", "night"})) ++end;
    std::string value;
    if (has_ref_) {
      const int ref_wd = static_cast<int>(((ref_days_ % 7) + 7 + 3) % 7) + 1;  // 1970-01-01 was a Thursday
      const int back = (ref_wd - wd + 7) % 7, fwd = (wd - ref_wd + 7) % 7;
      long z;
      if (last) z = ref_days_ - (back == 0 ? 7 : back);
      else if (prev == "next") z = ref_days_ + (fwd == 0 ? 7 : fwd);
      else if (next || future_) z = ref_days_ + fwd;
      else z = ref_days_ - back;
      value = FromDays(z);
    }
    *m = {start, end, "DATE", value};
    return true;
  }

  bool Relative(uint32_t i, Match* m) const {
    const std::string l = L(i);
    int delta = 0;
    if (l == "today" || l == "tonight") delta = 0;
    else if (l == "yesterday") delta = -1;
    else if (l == "tomorrow") delta = 1;
    else delta = 99;
    if (delta != 99) {
      *m = {i, i + 1, "DATE", has_ref_ ? FromDays(ref_days_ + delta) : ""};
      return true;
    }
    if (!IsIn(l, {"this", "last", "next", "past"}) || !Has(i + 1)) return false;
    const std::string unit = L(i + 1);
    const int step = l == "last" || l == "past" ? -1 : l == "next" ? 1 : 0;
    std::string value;
    if (unit == "week" || unit == "weekend") {
      if (has_ref_) {
        int y, mo, d;
        CivilFromDays(ref_days_ + 7 * step, &y, &mo, &d);
        value = IsoWeek(y, mo, d);
      }
    } else if (unit == "month") {
      if (has_ref_) {
        const int idx = ry_ * 12 + (rm_ - 1) + step;
        value = Ym(idx / 12, idx % 12 + 1);
      }
    } else if (unit == "year") {
      if (has_ref_) value = Y(ry_ + step);
    } else {
      return false;
    }
    *m = {i, i + 2, "DATE", value};
    return true;
  }

  bool Ago(uint32_t i, Match* m) const {
    if (!Has(i + 2) || L(i + 2) != "ago") return false;
    const int n = SmallNumber(L(i));
    if (n < 0) return false;
    std::string unit = L(i + 1);
    if (!unit.empty() && unit.back() == 's') unit.pop_back();
    std::string value;
    if (unit == "day") {
      if (has_ref_) value = FromDays(ref_days_ - n);
    } else if (unit == "week") {
      if (has_ref_) {
        int y, mo, d;
        CivilFromDays(ref_days_ - 7L * n, &y, &mo, &d);
        value = IsoWeek(y, mo, d);
      }
    } else if (unit == "month") {
      if (has_ref_) {
        const int idx = ry_ * 12 + (rm_ - 1) - n;
        value = Ym(idx / 12, idx % 12 + 1);
      }
    } else if (unit == "year") {
      if (has_ref_) value = Y(ry_ - n);
    } else {
      return false;
    }
    *m = {i, i + 3, "DATE", value};
    return true;
  }

  bool Year(uint32_t i, Match* m) const {
    const std::string& f = F(i);
    if (f.size() == 5 && f[4] == 's' && AllDigits(f, 0, 4) && f[3] == '0') {  // "1990s"
      *m = {i, i + 1, "DATE", f.substr(0, 3)};
      return true;
    }
    const int y = YearOf(f);
    if (y == 0) return false;
    const std::string prev = i > first_ ? L(i - 1) : "";
    if (!IsIn(prev, {"in", "since", "by", "until", "till", "of", "from", "during", "before", "after", "to",
                     "between", "and", "early", "late", "mid", "around", "summer", "spring", "autumn", "fall",
                     "winter", "through", "year", "-"})) {
      return false;
    }
    *m = {i, i + 1, "DATE", Y(y)};
    return true;
  }

  bool Time(uint32_t i, Match* m) const {
    const std::string l = L(i);
    if (l == "noon" || l == "midday") { *m = {i, i + 1, "TIME", "T12:00"}; return true; }
    if (l == "midnight") { *m = {i, i + 1, "TIME", "T00:00"}; return true; }
    std::string num = l, suffix;
    uint32_t end = i + 1;
    for (const char* s : {"a.m.", "p.m.", "am", "pm"}) {
      const size_t n = std::strlen(s);
      if (num.size() > n && num.compare(num.size() - n, n, s) == 0) {
        suffix = s;
        num = num.substr(0, num.size() - n);
        break;
      }
    }
    if (suffix.empty() && Has(i + 1) && IsIn(L(i + 1), {"a.m.", "p.m.", "am", "pm", "a.m", "p.m"})) {
      suffix = L(i + 1);
      end = i + 2;
    }
    int h = -1, mi = 0;
    const size_t colon = num.find(':');
    if (colon != std::string::npos) {
      if (!AllDigits(num, 0, colon) || colon > 2 || num.size() != colon + 3 || !AllDigits(num, colon + 1)) return false;
      h = std::atoi(num.substr(0, colon).c_str());
      mi = std::atoi(num.substr(colon + 1).c_str());
    } else if (!suffix.empty() && AllDigits(num) && num.size() <= 2) {
      h = std::atoi(num.c_str());
    } else {
      return false;
    }
    if (h < 0 || h > 23 || mi > 59) return false;
    if (!suffix.empty()) {
      if (h > 12 || h == 0) return false;
      if (suffix[0] == 'p' && h != 12) h += 12;
      if (suffix[0] == 'a' && h == 12) h = 0;
    }
    char buf[32];
    std::snprintf(buf, sizeof(buf), "T%02d:%02d", h, mi);
    *m = {i, end, "TIME", buf};
    return true;
  }

  const Doc& doc_;
  uint32_t first_, last_;
  bool has_ref_;
  int ry_, rm_, rd_;
  long ref_days_ = 0;
  bool future_ = false;
};

}  // namespace

long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + static_cast<unsigned>(d) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

void CivilFromDays(long z, int* y, int* m, int* d) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  *d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  *m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  *y = static_cast<int>(yoe) + static_cast<int>(era) * 400 + (*m <= 2);
}

bool ParseIsoDate(const std::string& s, int* y, int* m, int* d) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !AllDigits(s, 0, 4) || !AllDigits(s, 5, 7) ||
      !AllDigits(s, 8, 10)) {
    return false;
  }
  *y = std::atoi(s.substr(0, 4).c_str());
  *m = std::atoi(s.substr(5, 2).c_str());
  *d = std::atoi(s.substr(8, 2).c_str());
  if (*m < 1 || *m > 12 || *d < 1 || *d > 31) return false;
  int yy, mm, dd;
  CivilFromDays(DaysFromCivil(*y, *m, *d), &yy, &mm, &dd);
  return yy == *y && mm == *m && dd == *d;
}

std::string IsoWeek(int y, int m, int d) {
  const long z = DaysFromCivil(y, m, d);
  const int wd = static_cast<int>(((z % 7) + 7 + 3) % 7);  // 0 = Monday
  const long thursday = z - wd + 3;                        // the week belongs to its Thursday's year
  int ty, tm, td;
  CivilFromDays(thursday, &ty, &tm, &td);
  const long week = (thursday - DaysFromCivil(ty, 1, 1)) / 7 + 1;
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%04d-W%02ld", ty, week);
  return buf;
}

Status DateTagger::Process(Doc& doc) const {
  int ry = 0, rm = 0, rd = 0;
  const bool has_ref = ParseIsoDate(doc.reference_date.substr(0, 10), &ry, &rm, &rd);
  std::vector<bool> used(doc.tokens.size(), false);
  for (const EntitySpan& e : doc.entities) {
    for (uint32_t i = e.first_token; i < e.last_token && i < used.size(); ++i) used[i] = true;
  }
  for (const Sentence& s : doc.sentences) {
    if (s.last_token > doc.tokens.size() || s.first_token > s.last_token) {
      return Status::InvalidArgument("sentence token range out of bounds");
    }
    SentenceDates dates(doc, s.first_token, s.last_token, has_ref, ry, rm, rd);
    for (uint32_t i = s.first_token; i < s.last_token; ++i) {
      Match m;
      if (used[i] || !dates.At(i, &m)) continue;
      bool clash = false;
      for (uint32_t k = m.first; k < m.last; ++k) clash = clash || used[k];
      if (clash) continue;
      for (uint32_t k = m.first; k < m.last; ++k) used[k] = true;
      EntitySpan e;
      e.first_token = m.first;
      e.last_token = m.last;
      e.label = m.label;
      e.normalized = m.value;
      doc.entities.push_back(std::move(e));
      i = m.last - 1;
    }
  }
  std::stable_sort(doc.entities.begin(), doc.entities.end(),
                   [](const EntitySpan& a, const EntitySpan& b) { return a.first_token < b.first_token; });
  return Status::Ok();
}

}  // namespace kg::nlp
