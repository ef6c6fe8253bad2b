// The event trigger lexicon: which verbs and nouns state or name an event,
// the Event subtype they create and the frame that maps their arguments to
// our predicates (attended, met, visited, organized). The table is the data
// file extract/data/event_triggers.tsv, compiled into the binary; the
// format and how to add a trigger are in docs/extraction.md.
// Thread-safety: the table is built once on first use; safe from any thread.
#pragma once

#include <string>
#include <string_view>

namespace kg::extract::lex {

// How a trigger's arguments become facts (see the data file's header).
enum class Frame { kNone, kAttend, kTakePart, kHost, kOrganize, kReceive, kMeet, kMeetWith, kGather, kVisit, kTravel, kEvent, kOwnEvent, kAttendee };

struct Trigger {
  std::string_view kind;      // Event subtype ("Meeting", "Visit", ...)
  Frame frame = Frame::kNone;
};

// The trigger for a lower-cased lemma used as a verb (verb = true) or a
// noun, or nullptr.
const Trigger* FindTrigger(std::string_view lemma, bool verb);
// The trigger of a verb token: by its lemma, else by its lower-cased form
// with inflection stripped, for lemmas the lemmatizer got wrong ("touring"
// -> "toure", "chaired" -> "chaire"); nullptr if none.
const Trigger* FindVerbTrigger(std::string_view lemma, std::string_view lower_form);
// The trigger word FindVerbTrigger found ("chair" for "chaired" lemmatized
// "chaire"), or "" if none.
std::string VerbTriggerBase(std::string_view lemma, std::string_view lower_form);

// Parses trigger lines ("word<TAB>VERB|NOUN<TAB>Kind<TAB>frame", '#'
// comments); returns the number of entries, or -1 and the 1-based line
// number of the first malformed line in *bad_line. Exposed for tests.
int CountTriggerLines(std::string_view text, int* bad_line);

}  // namespace kg::extract::lex
