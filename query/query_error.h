// Query-ending errors inside query/: one type per stage, thrown within the
// library and caught by Engine, which turns them into a Status (STYLE.md 4).
// Nothing outside query/ sees these.
#pragma once

#include <stdexcept>
#include <string>

#include "query/ast/source_pos.h"
#include "util/status.h"

namespace kg::query {

class QueryError : public std::runtime_error {
 public:
  QueryError(Status::Code code, std::string message, ast::SourcePos pos, bool has_pos)
      : std::runtime_error(message), code_(code), pos_(pos), has_pos_(has_pos) {}
  Status::Code code() const { return code_; }
  const ast::SourcePos& pos() const { return pos_; }
  bool has_pos() const { return has_pos_; }

 private:
  Status::Code code_;
  ast::SourcePos pos_;
  bool has_pos_;
};

// Malformed text; pos is where the parser stopped.
class ParseError : public QueryError {
 public:
  ParseError(std::string m, ast::SourcePos pos)
      : QueryError(Status::Code::kInvalidArgument, std::move(m), pos, true) {}
};

// Unknown predicate, type or variable misuse.
class BindError : public QueryError {
 public:
  BindError(std::string m, ast::SourcePos pos)
      : QueryError(Status::Code::kInvalidArgument, std::move(m), pos, true) {}
};

// Timeout, row limit, storage failure while running.
class ExecError : public QueryError {
 public:
  ExecError(Status::Code code, std::string m) : QueryError(code, std::move(m), {}, false) {}
};

// Store reads inside query/: the value, or an ExecError carrying the read's
// Status (corruption, I/O) so that no storage error reads as "no match".
template <typename T>
T ReadOrThrow(Result<T> read) {
  if (!read.ok()) throw ExecError(read.status().code(), read.status().message());
  return std::move(read).value();
}
inline void ThrowIfReadFailed(const Status& status) {
  if (!status.ok()) throw ExecError(status.code(), status.message());
}

}  // namespace kg::query
