// DateTagger: rule-based recognition of dates and times, normalised to ISO
// 8601 relative to Doc::reference_date ("YYYY-MM-DD"; may be empty):
//   "on May 9" -> 2025-05-09 (the year that puts it nearest the reference),
//   "9 May 2024", "May 9, 2024", "2024-05-09" -> 2024-05-09,
//   "in June 2024" -> 2024-06, "in June" -> 2025-06, "in 2024" -> 2024,
//   "Saturday" -> the Saturday before the reference (after it when the
//   sentence says "will"/"next"), "last week" -> 2025-W18 (ISO week),
//   "yesterday", "today", "tomorrow", "this/last/next month|year",
//   "three days ago", "the 1990s" -> 199 (decade);
//   times "3 p.m.", "10:30" -> TIME "T15:00".
// Without a reference date, relative expressions are left unnormalised
// ("" value) and yearless dates use ISO's "--MM-DD".
// Appends DATE / TIME EntitySpans to Doc::entities, skipping tokens already
// covered by an entity, and keeps entities sorted by first token.
// Not a trained model: the pipeline constructs it directly (no model file).
// Thread-safety: stateless; Process may run concurrently on different Docs.
#pragma once

#include <string>
#include <vector>

#include "nlp/component.h"

namespace kg::nlp {

class DateTagger : public Component {
 public:
  std::string name() const override { return "dates"; }
  std::vector<std::string> requires_layers() const override { return {"tokens", "sentences"}; }
  std::vector<std::string> assigns() const override { return {"ents"}; }
  Status Process(Doc& doc) const override;
};

// Calendar helpers (proleptic Gregorian), exposed for tests.
// Days since 1970-01-01 of y-m-d; and back.
long DaysFromCivil(int y, int m, int d);
void CivilFromDays(long z, int* y, int* m, int* d);
// Parses "YYYY-MM-DD"; false if malformed.
bool ParseIsoDate(const std::string& s, int* y, int* m, int* d);
// "YYYY-Www" of the ISO week containing y-m-d.
std::string IsoWeek(int y, int m, int d);

}  // namespace kg::nlp
