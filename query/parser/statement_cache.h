// StatementCache: parsed statements by shape, so a query that differs from an
// earlier one only in its quoted strings ("Person 1" / "Person 2") skips the
// ANTLR parse (most of a short query's fixed cost): the cached statement is
// copied and the new strings are put in place. Database engines call this
// auto-parameterisation.
//
// A shape is cached only after its first parse agreed with the literal scan
// (string_literals.h) on every string literal's position and value; a copy
// gets the new strings and every position after a string whose width changed
// moved along its line, so it equals a fresh parse of the new text.
// Thread-safety: all methods may be called concurrently.
//
// Complete: an entry is a whole parse of a statement's shape. Invalidation:
// none needed: a parse depends on the text only, never on the store; entries
// beyond the capacity are dropped.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "query/ast/statement.h"

namespace kg::query::parser {

class StatementCache {
 public:
  explicit StatementCache(size_t capacity = 512) : capacity_(capacity) {}

  // As ParseStatement (parser.h): throws ParseError for malformed text. Sets
  // *from_cache to whether the statement came from the cache.
  ast::Statement Parse(std::string_view text, int first_line, int first_column, bool* from_cache);

 private:
  struct Entry {
    ast::Statement statement;
    std::vector<ast::SourcePos> literal_pos;  // the first text's literals: where and how wide
    std::vector<int> literal_width;
    std::vector<std::pair<size_t, size_t>> slots;  // (index in ast::Terms order, literal index)
  };

  size_t capacity_;
  std::mutex mu_;
  std::unordered_map<std::string, std::shared_ptr<const Entry>> entries_;
};

}  // namespace kg::query::parser
