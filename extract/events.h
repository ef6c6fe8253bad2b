// Events: nodes for visits, meetings, talks, summits, ceremonies, speeches,
// conferences ... named by a noun ("the visit"), a verb ("visited", "met")
// or a proper name ("World Economic Forum"). Within a document a definite
// or possessive mention ("the visit", "his embassy visit") or one with the
// same target joins the earlier event of its kind. Date and place come from
// the sentences that mention the event; the IRI from kind + date + place
// (extract/entity_resolver.h), so reports of one event in several documents
// meet in one node.
// Thread-safety: works on one Context.
#pragma once

#include <string_view>
#include <vector>

#include "extract/context.h"
#include "extract/dates.h"

namespace kg::extract {

// Creates events for every event noun, named event and intransitive
// meeting/gathering verb, in text order (fills ctx.token_event).
void DetectEvents(Context& ctx);
// The event named by token i, creating one for an event verb of `kind`
// ("Visit" for visited); -1 if none. `target` is the visited/met entity or -1.
int EventFor(Context& ctx, uint32_t i, std::string_view kind = "", int target = -1);
// The event named by argument token t: an event noun, a named event, "the
// event"; -1 if none.
int EventArgument(Context& ctx, uint32_t t);
// The event the passage around `token` is about: one named in its sentence,
// else, within the six sentences before, the one most people attend (then
// the most recent); -1 if none.
int SalientEvent(const Context& ctx, uint32_t token);
// The named gathering (forum, summit, ceremony ...) of the passage around
// `token`: the one named most often within the ten sentences before, then
// the latest; -1 if none.
int SalientGathering(const Context& ctx, uint32_t token);
// Fills date and location of each event from the sentences mentioning it.
void DecorateEvents(Context& ctx, const std::vector<DateMention>& dates);
// One event, one node: within the document, an unnamed event joins an
// earlier unnamed one of the same kind when their dates and places do not differ
// and its attendees are among the earlier one's ("a meeting with X in Z"
// ... "the meeting in Z" ... "met X"). Run after DecorateEvents.
void MergeDocumentEvents(Context& ctx);

}  // namespace kg::extract
