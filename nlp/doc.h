// nlp::Doc: the analysed text. The Doc owns the text; tokens, sentences and
// entity spans are offset views into it, so every later stage (and every
// extracted fact) can cite exact character offsets for free.
// Thread-safety: a Doc is used by one thread at a time.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::nlp {

struct Token {
  uint32_t start = 0, end = 0;  // byte offsets into Doc::text, [start, end)
  std::string form;             // normalised surface form (usually text[start,end))
  std::string upos, xpos, lemma;
  int head = -1;                // index of the head token within the Doc (-1 = root)
  std::string deprel;           // UD relation ("nsubj", "obj", "root", ...)
  bool space_after = true;
};

struct Sentence {
  uint32_t first_token = 0, last_token = 0;  // token indices, [first, last)
  uint32_t start = 0, end = 0;               // byte offsets into Doc::text
};

// A named entity, date or quantity mention.
struct EntitySpan {
  uint32_t first_token = 0, last_token = 0;  // [first, last)
  std::string label;       // "PERSON", "ORG", "PLACE" (GPE/LOC), "DATE", "TIME", "QUANTITY", "NUMBER"
  std::string normalized;  // ISO 8601 for dates ("2025-05-09", "2025-05"), number for quantities
};

struct Doc {
  std::string text;
  std::string reference_date;  // ISO date used to resolve relative dates ("" = unknown)
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<EntitySpan> entities;

  std::string_view TextOf(uint32_t start, uint32_t end) const {
    return std::string_view(text).substr(start, end - start);
  }
  std::string_view TokenText(size_t i) const { return TextOf(tokens[i].start, tokens[i].end); }
};

}  // namespace kg::nlp
