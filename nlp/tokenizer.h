// Tokenizer: rule-based English tokenisation following UD English EWT
// conventions, with byte offsets into the original text.
//
// Text is cut at white space, then each chunk loses opening punctuation from
// the front and closing punctuation, clitics ("n't", "'s", "'ll", ...) and
// sentence periods from the back, and is split inside at dashes, hyphens
// (except after prefixes such as "non-", "e-", "co-"), slashes between
// words and ellipses. Kept whole: abbreviations ("U.S.", "Mr.", "Gen.",
// "e.g.", initials "J."), numbers ("14,000", "3.5", "80th"), phone numbers,
// dates ("11/28/2000"), URLs and e-mail addresses. "cannot", "gonna",
// "wanna", "gotta" are split as EWT does ("can" + "not").
// Thread-safety: stateless apart from immutable tables; safe from any thread.
#pragma once

#include <string_view>
#include <vector>

#include "nlp/doc.h"

namespace kg::nlp {

class Tokenizer {
 public:
  Tokenizer() = default;
  // Appends the tokens of `text` to `out` (form = the text's bytes,
  // space_after = followed by white space or the end). Offsets are
  // relative to `text` plus `base`. Never fails: invalid UTF-8 bytes just
  // become part of tokens.
  void Tokenize(std::string_view text, std::vector<Token>* out, uint32_t base = 0) const;
  // Makes a Doc owning `text` with its tokens (no sentences yet).
  Doc MakeDoc(std::string text) const;

  // True if `word` (ending in '.') is an abbreviation whose period belongs to it.
  static bool IsAbbreviation(std::string_view word);
  // True for titles that are never the last word of a sentence ("Mr.", "Dr.", "Gen.").
  static bool IsTitle(std::string_view word);
};

}  // namespace kg::nlp
