// Named person/place/organization mentions from GUM's MISC Entity annotation
// (Entity=(id-type-infstat-salience-centering-minspan-link-identity ... id)),
// used to train (nlp/train_ner.cc) and score (`kg eval-ner`) the NER.
//
// What counts as a named mention: a person/place/organization mention whose
// syntactic head (the span word whose head lies outside the span) is PROPN.
// Its span is trimmed to the name: leading determiners, possessors and
// adjectives, and trailing relative clauses, appositions, conjuncts,
// locative modifiers ("Fisht Stadium in Sochi"), punctuation and possessive
// markers are cut (GUM mentions are full noun
// phrases: "the Marquis de Lafayette, who ..." -> "Marquis de Lafayette").
// Overlaps are resolved by keeping longer spans first.
// Thread-safety: pure functions.
#pragma once

#include <vector>

#include "nlp/conllu.h"
#include "nlp/doc.h"

namespace kg::nlp {

// Gold named mentions of `s` as spans over its word indices, label PERSON /
// PLACE / ORG, sorted by position and non-overlapping.
std::vector<EntitySpan> GoldNamedMentions(const ConlluSentence& s);

}  // namespace kg::nlp
