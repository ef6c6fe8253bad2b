// The NER's output rules: document-level corrections applied, in this order,
// to the spans the tagger decoded (Ner::Process). Each rule states the
// evidence it rests on and what it bought in cross-validation on GUM train
// (models/README.md). Each takes the spans found so far and edits them in
// place; spans keep their relative order unless a rule adds spans (at the end).
#pragma once

#include <vector>

#include "nlp/doc.h"
#include "nlp/ner.h"
#include "nlp/ner_gazetteer.h"

namespace kg::nlp::ner_rules {

// One type per name and document: each name takes the type its mentions vote
// for, each mention weighted by its score margin. `scores`: per doc token.
void VoteOneTypePerName(const Doc& doc, const std::vector<Ner::ClassScores>& scores, std::vector<EntitySpan>* found);
// A one-word PERSON without a full name in the document that stands next to a
// business word ("bank Barclays", "Shell boss") is an ORG.
void RetypeBusinessNames(const Doc& doc, std::vector<EntitySpan>* found);
// A PERSON ending in an organisation or place head word is an ORG or PLACE.
void RetypeByHeadWord(const Gazetteer& gaz, const Doc& doc, std::vector<EntitySpan>* found);
// A quoted nickname between a given name and a PERSON joins the person's span
// (Earvin "Magic" Johnson); spans inside the grown one are dropped.
void JoinQuotedNicknames(const Doc& doc, std::vector<EntitySpan>* found);
// A full name (two or more words) that stops inside a hyphenated word
// ("Park Ji" of "Park Ji-hoon", whose lower-case part the tagger may read as
// an English word) takes the rest of the word, unless the hyphenated word modifies a
// following noun ("the Dara Okonkwo-led government").
void CompleteHyphenatedNames(const Doc& doc, std::vector<EntitySpan>* found);
// An honorific ("Mr", "Dr", ...) inside a PERSON span starts the name: the
// words before it belong to something else ("in California Mr Torvalds said").
void StartNamesAtHonorifics(const Doc& doc, std::vector<EntitySpan>* found);
// A PERSON directly followed by a regnal number or a generational suffix
// takes it ("Queen Elizabeth II", "Sammy Davis Jr."). "I" only counts when
// punctuation, "of", "'s" or the sentence end follows ("Tsar Aleksei I,"),
// or when the parser made the name and the "I" two subjects of one verb
// ("Queen Elizabeth I ruled"); not before a verb otherwise ("... Smith I
// think"), and a PERSON ending in such an "I" loses it ("When I met Mary I
// was happy").
void TakeRegnalAndGenerationalSuffixes(const Doc& doc, std::vector<EntitySpan>* found);
// Drops a name part directly before an adjectival demonym ("North" of "North
// Korean leader"), a demonym alone before a common noun ("a Moroccan
// official") and spans with an unpaired quote inside.
void DropDemonymPartsAndUnpairedQuotes(const Gazetteer& gaz, const Doc& doc, std::vector<EntitySpan>* found);
// Adds ORG spans for acronyms spelling the initials of an ORG in the document.
void AddAcronyms(const Doc& doc, std::vector<EntitySpan>* found);
// Adds ORG spans for untagged standalone repeats of a name tagged ORG.
void AddOrgRepeats(const Doc& doc, std::vector<EntitySpan>* found);

}  // namespace kg::nlp::ner_rules
