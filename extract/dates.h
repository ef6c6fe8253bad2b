// Dates: date expressions in the Doc normalised against the article's date.
// Uses the NER's DATE spans when they carry a normalised value, and finds
// "May 9", "9 May 2025", "June 5, 2025", "April 2025", "in 2024", weekday
// names ("on Tuesday" = the last such day on or before the article date, or
// the next on or after it in a clause about the future: "will meet on
// Tuesday"), "yesterday", "today", "tomorrow" itself. Dates of a report
// ("reported Saturday", "a Sunday report") are left out: they do not date
// the events the report tells of.
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <vector>

#include "extract/context.h"

namespace kg::extract {

struct DateMention {
  uint32_t first = 0, last = 0;  // tokens [first, last)
  std::string iso;               // "2025-05-09", "2025-04" or "2024"
};

// In text order. `reference` is the article's ISO date ("" = unknown).
std::vector<DateMention> FindDates(const Context& ctx, const std::string& reference);

// ISO date for `days` after the ISO date `iso` (YYYY-MM-DD); "" if malformed.
std::string AddDays(const std::string& iso, int days);

}  // namespace kg::extract
