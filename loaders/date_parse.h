// Dates in articles: normalising written dates to ISO and recognising datelines.
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>

namespace kg::loaders {

// The first full calendar date written in `s`, as ISO "YYYY-MM-DD", or "".
// Understands ISO 8601 timestamps ("2025-09-20T09:15:00+02:00", "2025/09/20"),
// month-first ("Jun 5, 2025", "Friday, December 5, 2025", "Sept. 3rd 2024")
// and day-first ("5 December 2025", "05 Dec 2025 10:00:00 GMT") forms.
// Purely numeric day/month orders other than year-first are ambiguous: ignored.
std::string FindDate(std::string_view s);

// True when `line` is a dateline: a date plus only weekday names, clock times,
// time zones and words like "Published"/"Updated". Sets *iso to the date.
bool IsDateline(std::string_view line, std::string* iso);

}  // namespace kg::loaders
