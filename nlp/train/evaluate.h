// Scoring the pipeline against CoNLL-U gold data, as `kg eval-nlp` prints it.
// Gold tokens: the pipeline tags/parses the gold words of each sentence.
// Raw: the sentences' `# text` are joined per document (space within a
// paragraph, blank line between paragraphs), re-tokenised and re-split, and
// words are aligned by character span as in the CoNLL 2018 shared task
// (attribute scores are then F1 over aligned words). LAS compares the
// universal part of the relation ("obl" for "obl:tmod"), as CoNLL 2018 does.
// Thread-safety: pure functions over a const Pipeline.
#pragma once

#include <optional>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/pipeline.h"

namespace kg::nlp::train {

struct NlpScores {
  size_t words = 0, sentences = 0;  // gold counts
  double tokens = 100, upos = 0, xpos = 0, lemma = 0;  // percent
  std::optional<double> uas, las;                      // absent without a parser
  double tokens_per_s = 0;
  // Raw mode only.
  std::optional<double> tokens_f1, sentences_f1;
};

// InvalidArgument-free: gold data is taken as given. Errors come from the pipeline.
Result<NlpScores> EvaluateGoldTokens(const Pipeline& pipeline, const std::vector<ConlluSentence>& gold);
Result<NlpScores> EvaluateRaw(const Pipeline& pipeline, const std::vector<ConlluSentence>& gold);

}  // namespace kg::nlp::train
