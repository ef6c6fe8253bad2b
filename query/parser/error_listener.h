// ErrorListener: turns the first ANTLR syntax error into a ParseError with a
// script position and a message of the form "expected WHERE, found 'WHEN'".
// Only query/parser/*.cc include this (it names ANTLR types).
#pragma once

#include <antlr4-runtime.h>

namespace kg::query::parser {

class ErrorListener : public antlr4::BaseErrorListener {
 public:
  ErrorListener(int first_line, int first_column) : first_line_(first_line), first_column_(first_column) {}
  void syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending, size_t line,
                   size_t char_position, const std::string& msg, std::exception_ptr e) override;

 private:
  int first_line_;
  int first_column_;
};

}  // namespace kg::query::parser
