// Citation order: which of a fact's supporting sentences states it most
// directly. A row's citations are grouped by the fact they support (in the
// order the row's patterns matched them), and within a fact the sentence that
// names both ends of the statement, as asserted, by the most confident rule,
// in the speaker's own voice, comes first.
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <vector>

#include "query/result/row.h"

namespace kg::query {

// A fact end's name as util/text.h NameKey: whole, and its last word when
// the name has several ("okonkwo" for "Dara Okonkwo"; "" otherwise).
struct EndKeys {
  std::string whole, last;
};
EndKeys KeysOf(const Value& end);

// How much of a fact the sentence (as NameKey) names: 2 for each end whose
// name it contains, 1 for an end named only by its last word (3+ letters).
int MentionScore(const std::string& sentence_key, const EndKeys& subject, const EndKeys& object);
// The same from the sentence and the fact themselves.
int MentionScore(const std::string& sentence, const CitedFact& fact);

// Sorts `citations` by (fact group, directness), stable for equal ones, and
// drops repeats of one (fact, document, sentence): several rules reading one
// sentence leave the most confident. `fact_order` lists the facts' statements
// in the order the row used them; a citation of a symmetric statement's
// reverse counts as its forward one. `mentions` (optional, parallel to
// `citations`) holds their MentionScores when the caller has them already.
void OrderCitations(const std::vector<graph::StatementIds>& fact_order, std::vector<RowCitation>* citations,
                    const std::vector<int>* mentions = nullptr);

}  // namespace kg::query
