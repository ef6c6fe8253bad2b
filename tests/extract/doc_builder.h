// Test helper: an nlp::Doc from compact hand-written CoNLL-U. One token per
// line: "ID FORM LEMMA UPOS HEAD DEPREL [SpaceAfter=No] [NER=B-PERSON]
// [XPOS=VBN]" (whitespace-separated; XPOS defaults to the UPOS); a blank line
// ends a sentence. Character offsets come from the forms joined by single
// spaces (none after SpaceAfter=No); NER=B-/I- tags become Doc::entities. A
// line "#newpar" starts a paragraph (a blank line in the text).
#pragma once

#include <string>

#include "nlp/doc.h"

namespace kg::extract::testing {

nlp::Doc BuildDoc(const std::string& conllu, const std::string& reference_date = "");

}  // namespace kg::extract::testing
