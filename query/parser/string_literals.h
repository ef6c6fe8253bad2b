// String literals of a statement's text, found without ANTLR: the statement
// cache (statement_cache.h) keys statements by their text with the literals'
// contents removed, so "Person 1" and "Person 2" queries share one parse.
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "query/ast/source_pos.h"

namespace kg::query::parser {

struct StringLiteral {
  std::string_view token;  // with its quotes, as written
  ast::SourcePos pos;      // script position of the opening quote
  int width = 0;           // code points, quotes included
};

// The text of a STRING token without quotes, with \-escapes resolved (the
// grammar's STRING rule: '"' (~["\\\r\n] | '\\' .)* '"').
std::string UnquoteString(std::string_view token);

// Splits `text` into its shape (the text with every string literal emptied to
// "") and its literals, skipping comments and <IRIs> as the lexer does.
// Returns false when the text has something the scan does not model (an
// unterminated string, an escaped line break): such text is not cached.
// The scan may be wrong where the grammar is subtler; the cache checks its
// literals against the parser's before trusting a shape.
bool ScanStringLiterals(std::string_view text, int first_line, int first_column, std::string* shape,
                        std::vector<StringLiteral>* literals);

}  // namespace kg::query::parser
