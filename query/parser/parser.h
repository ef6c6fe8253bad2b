// ParseStatement: text of one statement -> AST. The only entry to query/parser,
// the sole place that includes ANTLR headers (in its .cc files).
// Throws ParseError (first error only) with a script position; never returns a
// partial tree. Thread-safety: reentrant.
#pragma once

#include <string_view>

#include "query/ast/statement.h"

namespace kg::query::parser {

// `first_line`/`first_column`: where `text` starts in its script (1-based), so
// error positions and AST positions are script positions.
ast::Statement ParseStatement(std::string_view text, int first_line = 1, int first_column = 1);

}  // namespace kg::query::parser
