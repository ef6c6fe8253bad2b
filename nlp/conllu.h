// CoNLL-U reading and writing (Universal Dependencies format), for training
// and evaluating the NLP models. Multi-word token lines (1-2) are kept as
// surface tokens; empty nodes (1.1) are skipped.
// Thread-safety: pure functions.
#pragma once

#include <istream>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "util/status.h"

namespace kg::nlp {

struct ConlluWord {
  std::string form, lemma, upos, xpos, feats;
  int head = 0;  // 1-based head index within the sentence; 0 = root
  std::string deprel, deps, misc;
  bool space_after = true;  // false when MISC has SpaceAfter=No
};

// A multi-word surface token ("don't" -> do + n't) covering words [first, last] (1-based).
struct ConlluMultiword {
  int first = 0, last = 0;
  std::string form;
  bool space_after = true;  // false when the range line's MISC has SpaceAfter=No
};

struct ConlluSentence {
  std::map<std::string, std::string> comments;  // "# key = value" lines ("text", "sent_id", "newdoc id")
  std::vector<ConlluWord> words;                // syntactic words, in order
  std::vector<ConlluMultiword> multiwords;
  std::string Text() const;                     // comments["text"] if present, else rebuilt from forms
};

// Reads every sentence of a CoNLL-U stream. Errors: InvalidArgument naming the line.
Result<std::vector<ConlluSentence>> ReadConllu(std::istream& in);
// Reads a file; IOError if it cannot be opened.
Result<std::vector<ConlluSentence>> ReadConlluFile(const std::string& path);
void WriteConllu(std::ostream& out, const std::vector<ConlluSentence>& sentences);

}  // namespace kg::nlp
