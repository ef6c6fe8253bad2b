// IOB2 named-entity files (the Universal NER format): "# key = value"
// comment lines, one token per line as tab-separated columns "ID FORM TAG
// ..." with TAG one of O, B-TYPE, I-TYPE, and a blank line after each
// sentence. Types map to the NER's labels: PER -> PERSON, LOC -> PLACE,
// ORG -> ORG; other types (MISC) are not scored and are left out.
// Thread-safety: pure functions.
#pragma once

#include <istream>
#include <string>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/doc.h"
#include "util/status.h"

namespace kg::nlp {

struct Iob2Corpus {
  std::vector<ConlluSentence> sentences;         // forms only (no tags, no tree)
  std::vector<std::vector<EntitySpan>> entities;  // per sentence, over its word indices
};

// Errors: InvalidArgument naming the line for a malformed token line or tag
// (an I- continuing nothing counts as a B-, as the IOB2 convention allows).
Result<Iob2Corpus> ReadIob2(std::istream& in);
// IOError if the file cannot be opened.
Result<Iob2Corpus> ReadIob2File(const std::string& path);

}  // namespace kg::nlp
