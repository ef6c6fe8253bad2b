// Word lists the extraction rules share: general English knowledge (office
// titles, honorifics, kinship nouns, event nouns, speech verbs, modality
// cues) and a country/demonym table. Nothing here names a particular story.
// Thread-safety: immutable tables built on first use; safe from any thread.
#pragma once

#include <string>
#include <string_view>

namespace kg::extract::lex {

// Lower-cased word tests.
bool IsTitleNoun(std::string_view w);      // minister, president, chairman, executive, ...
bool IsLeaderTitle(std::string_view w);    // leader, president, chairman, head, chief, boss, king ...
bool IsTitleAbbreviation(std::string_view w);  // pm, gen, lt, col, sgt, gov, sen ... (with or without '.')
bool IsPostNominal(std::string_view w);        // mp, mep, qc, obe ...: written after the name ("Ana Ruiz MP")
bool IsTitleModifier(std::string_view w);  // vice, deputy, chief, senior, foreign, defence, prime, ...
bool IsHonorific(std::string_view w);      // mr, ms, mrs, dr, sir, dame (with or without '.')
char HonorificGender(std::string_view w);  // 'm', 'f' or 0
bool IsOrgWord(std::string_view w);        // committee, party, ministry, embassy, bank, group ...
bool IsPlaceWord(std::string_view w);      // city, province, region, river, island ...
bool IsTimeNoun(std::string_view w);  // day, week, month, morning, monday ... (a span of time; not seasons)

// Kinship: returns "child", "parent", "spouse" or "" (daughter/son -> child, ...).
std::string_view KinRelation(std::string_view w);
char KinGender(std::string_view w);        // daughter -> 'f', son -> 'm', ...

// Event nouns (the NOUN entries of extract/data/event_triggers.tsv): the
// Event subtype ("Visit", "Meeting", "Ceremony", ...) or "".
std::string_view EventKind(std::string_view lemma);
// Words inside a proper name that make it an event ("Forum", "Awards", "Games").
std::string_view NamedEventKind(std::string_view word);

bool IsSpeechVerb(std::string_view lemma);
// Tests `pred` on a verb's lemma, then on its form with inflection stripped
// ("cancelled" -> "cancel", "underscoring" -> "underscore"), for lemmas the
// lemmatizer got wrong. Returns the base that matched, or "".
std::string MatchVerb(std::string_view lemma, std::string_view lower_form, bool (*pred)(std::string_view));     // say, tell, state, add, warn, ...
bool IsReportVerb(std::string_view lemma);     // report, claim, allege (attribution)
bool IsPlanVerb(std::string_view lemma);       // plan, intend, expect, schedule, prepare ...
bool IsHopeVerb(std::string_view lemma);       // hope, want, try, seek, consider, happy/ready (to) (hypothetical)
bool IsNegatingVerb(std::string_view lemma);   // cancel, miss, skip, deny, refuse, fail ...
bool IsHypotheticalAux(std::string_view w);    // could, might, may, would, should
bool IsFutureAux(std::string_view w);          // will, shall, 'll
bool IsNegationWord(std::string_view w);       // not, n't, never, no

// Person pronouns: gender 'm'/'f', 'p' plural (they/their), 0 if not one.
char PronounGender(std::string_view w);
bool IsGroupAnaphor(std::string_view w);   // pair, couple, two, duo, brothers, sisters

// Countries: canonical country name for a country name or demonym ("Russian"
// -> "Russia", "UK" -> "United Kingdom"), or "" if unknown. Multi-word keys
// use single spaces ("north korean").
std::string CountryOf(std::string_view lower_phrase);

}  // namespace kg::extract::lex
