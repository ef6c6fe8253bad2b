#include "extract/dates.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <ctime>

#include "extract/lexicon.h"

namespace kg::extract {
namespace {

int MonthOf(const std::string& w) {
  static const char* const kMonths[] = {"january", "february", "march", "april", "may", "june", "july",
                                        "august", "september", "october", "november", "december"};
  std::string s = w;
  if (!s.empty() && s.back() == '.') s.pop_back();
  for (int m = 0; m < 12; ++m) {
    std::string full = kMonths[m];
    if (s == full) return m + 1;
    if (s.size() >= 3 && s.size() <= 4 && full.compare(0, s.size(), s) == 0 && s != "mar" && s != "may") {
      return m + 1;
    }
    if (s == "sept") return 9;
  }
  return 0;
}

int WeekdayOf(const std::string& w) {
  static const char* const kDays[] = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
  for (int d = 0; d < 7; ++d) {
    if (w == kDays[d]) return d;
  }
  return -1;
}

bool AllDigits(const std::string& s, size_t lo, size_t hi) {
  if (s.size() < lo || s.size() > hi) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

int Day(const std::string& w) {
  std::string s = w;
  for (const char* suf : {"st", "nd", "rd", "th"}) {
    if (s.size() > 2 && s.compare(s.size() - 2, 2, suf) == 0) s.resize(s.size() - 2);
  }
  if (!AllDigits(s, 1, 2)) return 0;
  int d = std::atoi(s.c_str());
  return d >= 1 && d <= 31 ? d : 0;
}

int Year(const std::string& w) {
  if (!AllDigits(w, 4, 4)) return 0;
  int y = std::atoi(w.c_str());
  return y >= 1800 && y <= 2100 ? y : 0;
}

std::string Iso(int y, int m, int d) {
  char buf[16];
  if (d) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  else if (m) std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  else std::snprintf(buf, sizeof buf, "%04d", y);
  return buf;
}

bool ParseIso(const std::string& iso, std::tm* tm) {
  int y, m, d;
  if (std::sscanf(iso.c_str(), "%d-%d-%d", &y, &m, &d) != 3) return false;
  *tm = std::tm{};
  tm->tm_year = y - 1900;
  tm->tm_mon = m - 1;
  tm->tm_mday = d;
  tm->tm_hour = 12;
  return true;
}

// The token governing a date span: the head of its head token, or -1.
int GovernorOf(const Context& ctx, uint32_t first, uint32_t last) {
  for (uint32_t k = first; k < last && k < ctx.size(); ++k) {
    int h = ctx.head(k);
    if (h < 0) return -1;
    if (static_cast<uint32_t>(h) < first || static_cast<uint32_t>(h) >= last) return h;
  }
  return -1;
}

// "reported Saturday", "said on Monday", "a Sunday report": the date of a
// report, not of what it reports (an event in the same sentence must not take it).
bool DatesAReport(const Context& ctx, const DateMention& d) {
  int g = GovernorOf(ctx, d.first, d.last);
  if (g < 0) return false;
  const std::string& l = ctx.lemma(static_cast<uint32_t>(g));
  const std::string& u = ctx.tok(static_cast<uint32_t>(g)).upos;
  if (u == "VERB") return lex::IsSpeechVerb(l) || lex::IsReportVerb(l) || l == "quote";
  if (u == "NOUN") {
    return l == "report" || l == "statement" || l == "interview" || l == "announcement" || l == "broadcast" ||
           l == "bulletin" || l == "editorial" || l == "dispatch";
  }
  return false;
}

// Whether the clause a token belongs to speaks of the future: "will travel
// on Friday", "is due to arrive on Friday", "plans to meet on Monday".
bool InFutureClause(const Context& ctx, uint32_t t) {
  int v = ctx.head(t);
  for (int step = 0; step < 3 && v >= 0 && !ctx.IsVerbLike(static_cast<uint32_t>(v)); ++step)
    v = ctx.head(static_cast<uint32_t>(v));
  if (v < 0) return false;
  uint32_t vu = static_cast<uint32_t>(v);
  for (uint32_t c : ctx.children(vu)) {
    if (ctx.rel(c) == "aux" && lex::IsFutureAux(ctx.lower(c))) return true;
  }
  // "due to travel", "expected to arrive": an infinitive under a planning word.
  if (ctx.Child(vu, "mark") >= 0 && ctx.head(vu) >= 0) {
    uint32_t g = static_cast<uint32_t>(ctx.head(vu));
    if (lex::IsPlanVerb(ctx.lemma(g)) || lex::IsPlanVerb(ctx.lower(g))) return true;
  }
  return false;
}

}  // namespace

std::string AddDays(const std::string& iso, int days) {
  std::tm tm;
  if (!ParseIso(iso, &tm)) return "";
  tm.tm_mday += days;
  std::time_t t = timegm(&tm);
  std::tm out;
  gmtime_r(&t, &out);
  return Iso(out.tm_year + 1900, out.tm_mon + 1, out.tm_mday);
}

std::vector<DateMention> FindDates(const Context& ctx, const std::string& reference) {
  std::vector<DateMention> out;
  std::vector<char> taken(ctx.size(), 0);
  int ref_year = reference.size() >= 4 ? std::atoi(reference.substr(0, 4).c_str()) : 0;
  int ref_month = reference.size() >= 7 ? std::atoi(reference.substr(5, 2).c_str()) : 0;
  uint32_t n = ctx.size();
  auto word = [&](uint32_t k) -> const std::string& { static const std::string empty; return k < n ? ctx.lower(k) : empty; };
  for (uint32_t i = 0; i < n; ++i) {
    if (taken[i]) continue;
    const std::string& w = ctx.lower(i);
    int m = MonthOf(w);
    bool cap = !ctx.tok(i).form.empty() && std::isupper(static_cast<unsigned char>(ctx.tok(i).form[0]));
    if (m && cap) {
      // Month Day[,] [Year] | Month Year | Day Month [Year]
      int d = Day(word(i + 1)), y = 0;
      uint32_t end = i + 1;
      if (d) {
        end = i + 2;
        uint32_t k = i + 2;
        if (word(k) == ",") ++k;
        if ((y = Year(word(k)))) end = k + 1;
      } else if ((y = Year(word(i + 1)))) {
        end = i + 2;
      }
      uint32_t start = i;
      if (!d && i > 0 && Day(word(i - 1)) && !taken[i - 1]) {
        d = Day(word(i - 1));
        start = i - 1;
        if ((y = Year(word(i + 1)))) end = i + 2;
      }
      if (!d && !y) continue;  // a bare month name ("may" as a verb) is no date
      if (!y) {
        if (!ref_year) continue;
        y = ref_year;
        // "in December" read in January: last year; "will meet in March" read
        // in December: next year.
        if (InFutureClause(ctx, i)) {
          if (ref_month && m < ref_month) ++y;
        } else if (ref_month && m > ref_month + 1) {
          --y;
        }
      }
      out.push_back({start, end, Iso(y, m, d)});
      for (uint32_t k = start; k < end; ++k) taken[k] = 1;
      i = end - 1;
      continue;
    }
    int wd = WeekdayOf(w);
    if (wd >= 0 && cap && !reference.empty()) {
      std::tm tm;
      if (ParseIso(reference, &tm)) {
        timegm(&tm);
        // The last such day on or before the article's date, or the next
        // one on or after it when the clause speaks of the future.
        int shift = InFutureClause(ctx, i) ? (wd - tm.tm_wday + 7) % 7 : -((tm.tm_wday - wd + 7) % 7);
        // A following "Day Month" is handled by the month branch.
        if (!MonthOf(word(i + 1)) && !MonthOf(word(i + 2)))
          out.push_back({i, i + 1, AddDays(reference, shift)});
        continue;
      }
    }
    if (!reference.empty() && (w == "yesterday" || w == "today" || w == "tomorrow")) {
      out.push_back({i, i + 1, AddDays(reference, w == "yesterday" ? -1 : (w == "today" ? 0 : 1))});
      continue;
    }
    if (int y = Year(w); y && i > 0 && (word(i - 1) == "in" || word(i - 1) == "since" || word(i - 1) == "of")) {
      out.push_back({i, i + 1, Iso(y, 0, 0)});
    }
  }
  for (const auto& d : out) {
    for (uint32_t k = d.first; k < d.last && k < ctx.size(); ++k) taken[k] = 1;
  }
  // The NER's DATE spans fill in what the patterns above do not cover (news
  // dates without a year are read as past or present, which the patterns do).
  for (const auto& span : ctx.doc().entities) {
    if (span.label != "DATE" || span.normalized.empty() || span.normalized[0] < '1' || span.normalized[0] > '2') continue;
    bool overlap = false;
    for (uint32_t k = span.first_token; k < span.last_token && k < ctx.size(); ++k) overlap |= taken[k] != 0;
    if (!overlap) out.push_back({span.first_token, span.last_token, span.normalized});
  }
  std::sort(out.begin(), out.end(), [](const DateMention& a, const DateMention& b) { return a.first < b.first; });
  out.erase(
      std::remove_if(out.begin(), out.end(), [&](const DateMention& d) { return DatesAReport(ctx, d); }),
      out.end());
  return out;
}

}  // namespace kg::extract
