// SourcePos: where an AST node starts in the script (1-based line and column).
#pragma once

namespace kg::query::ast {

struct SourcePos {
  int line = 1;
  int column = 1;
};

}  // namespace kg::query::ast
