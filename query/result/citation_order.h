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

// How much of the fact `sentence` names: 2 for each end whose label (or a
// literal's value) it contains, 1 for an end only named by its last word
// ("Okonkwo" for "Dara Okonkwo"), compared by util/text.h NameKey.
int MentionScore(const std::string& sentence, const CitedFact& fact);

// Sorts `citations` by (fact group, directness), stable for equal ones, and
// drops repeats of one (fact, document, sentence): several rules reading one
// sentence leave the most confident. `fact_order` lists the facts' statements
// in the order the row used them; a citation of a symmetric statement's
// reverse counts as its forward one.
void OrderCitations(const std::vector<graph::StatementIds>& fact_order, std::vector<RowCitation>* citations);

}  // namespace kg::query
