// Quotations of one document, found over its whole text rather than sentence
// by sentence: a quotation often runs over several sentences ('"We are
// ready. The rest is up to them," she said.'), and a sentence splitter puts
// its closing mark in a sentence of its own, where a sentence-local reader
// mistakes the closing mark for an opening one and quotes the narration
// after it. Curly marks have a direction; a straight mark (") opens when no
// quotation is open and closes otherwise. A paragraph break closes an open
// quotation (news style re-opens it in the next paragraph).
// Thread-safety: pure functions over a Context.
#pragma once

#include <cstdint>
#include <vector>

#include "extract/context.h"

namespace kg::extract {

struct Quotation {
  uint32_t first = 0, last = 0;  // the quoted tokens, [first, last), marks excluded
  int paragraph = 0;             // paragraph of the first quoted token (0-based)
  bool Contains(uint32_t t) const { return t >= first && t < last; }
};

// Every quotation of at least `min_words` tokens, in text order; a quotation
// the text never closes ends before the paragraph break (or the text's end),
// trailing punctuation left out.
std::vector<Quotation> FindQuotations(const Context& ctx, uint32_t min_words = 3);

// Paragraph index of every token: a new paragraph starts after a line break
// in the text between two tokens.
std::vector<int> ParagraphsOf(const Context& ctx);

}  // namespace kg::extract
