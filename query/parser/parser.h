// ParseStatement: text of one statement -> AST. The only entry to query/parser,
// the sole place that includes ANTLR headers (in its .cc files).
// Throws ParseError (first error only) with a script position; never returns a
// partial tree. Thread-safety: reentrant.
#pragma once

#include <cstddef>
#include <string_view>

#include "query/ast/statement.h"

namespace kg::query::parser {

// The deepest nesting a statement may have: each open parenthesis, each open
// brace (an OPTIONAL group) and each NOT or '!' of a FILTER expression adds
// a level. The
// parser, the AST transformer, the binder and the evaluator recurse once per
// level, so deeper input is refused with a ParseError ("nesting deeper than
// 256 levels") instead of running out of stack.
inline constexpr int kMaxNesting = 256;
// The most tokens a statement may have (a 1,000-pattern query has ~4,000):
// planning and evaluation grow faster than linearly with a statement's size,
// so a statement past it is refused with a ParseError.
inline constexpr size_t kMaxTokens = 20'000;

// `first_line`/`first_column`: where `text` starts in its script (1-based), so
// error positions and AST positions are script positions.
ast::Statement ParseStatement(std::string_view text, int first_line = 1, int first_column = 1);

}  // namespace kg::query::parser
