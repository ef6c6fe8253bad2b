// Scoring the NER against gold named mentions (nlp/ner_data.h): exact span
// and label match, per type and overall. Used by `kg eval-ner` and training.
// Thread-safety: pure functions.
#pragma once

#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "nlp/component.h"
#include "nlp/conllu.h"
#include "nlp/ner.h"

namespace kg::nlp {

struct PrfCounts {
  size_t gold = 0, predicted = 0, correct = 0;
  double precision() const { return predicted ? 100.0 * correct / predicted : 0.0; }
  double recall() const { return gold ? 100.0 * correct / gold : 0.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

struct NerScores {
  std::map<std::string, PrfCounts> by_type;  // PERSON, ORG, PLACE
  PrfCounts overall;
};

// Tags each sentence's gold tokens with `tagger` (if not null; else gold POS
// is kept), runs `ner`, and compares with GoldNamedMentions. If `errors` is
// set, every missed gold span ("FN") and wrong prediction ("FP") is written
// there as one line: kind, document id, label, span text, sentence text.
// If `tagged` is set (same words as `gold`, other tags), the NER reads its
// tags instead of gold's (and `tagger` is not used).
// If `gold_spans` is set (one list per sentence of `gold`, as an IOB2 file
// gives them), those are the gold mentions instead of GoldNamedMentions.
Result<NerScores> ScoreNer(const Ner& ner, const Component* tagger, const std::vector<ConlluSentence>& gold,
                           std::ostream* errors = nullptr, const std::vector<ConlluSentence>* tagged = nullptr,
                           const std::vector<std::vector<EntitySpan>>* gold_spans = nullptr);

// "type precision recall f1 gold predicted" lines, overall last.
void PrintNerScores(std::ostream& out, const NerScores& scores);
// One JSON line: {"precision","recall","f1","gold","predicted"} overall, and
// the same per type under "types" (percentages rounded to 2 decimals).
std::string NerScoresJson(const NerScores& scores);

}  // namespace kg::nlp
