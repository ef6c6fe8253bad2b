// The extraction rules, one per file under extract/rules/. Each reads the
// Context (mentions, coreference, events already resolved) and calls
// Context::Emit for what it finds, with its rule name in the provenance.
// Order matters only for title_rule, which runs first (it marks officials and
// learns "real name" aliases that later rules see).
// Thread-safety: each works on one Context.
#pragma once

#include "extract/context.h"

namespace kg::extract {

void TitleRule(Context& ctx);        // title, leaderOf, memberOf, nationality; Official type
void FamilyRule(Context& ctx);       // childOf, parentOf, spouseOf
void NationalityRule(Context& ctx);  // nationality from "Norwegian woman X", "X is a Brazilian national"
// met, attended, organized from predicates and the trigger lexicon (attend,
// meet, host, receive, gather, talks with, at the summit, among the guests ...)
void EventRule(Context& ctx);
void VisitRule(Context& ctx);        // visited (verb visit/tour, noun visit/trip to, be in)
void AttendanceRule(Context& ctx);   // attended (lists, "present", speeches at E), accompanied
void SaidRule(Context& ctx);         // said (speech verbs with quotes or reported speech)
void OpenRelationRule(Context& ctx); // every other subject-verb-object under the verb's lemma

}  // namespace kg::extract
