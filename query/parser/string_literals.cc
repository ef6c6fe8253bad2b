#include "query/parser/string_literals.h"

#include <cstring>

namespace kg::query::parser {

std::string UnquoteString(std::string_view token) {
  std::string out;
  for (size_t i = 1; i + 1 < token.size(); ++i) {
    char c = token[i];
    if (c == '\\' && i + 2 < token.size()) {
      char n = token[++i];
      switch (n) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        default: out += n; break;
      }
    } else {
      out += c;
    }
  }
  return out;
}

bool ScanStringLiterals(std::string_view text, int first_line, int first_column, std::string* shape,
                        std::vector<StringLiteral>* literals) {
  shape->clear();
  literals->clear();
  int line = 0;      // lines since the statement's start
  int in_line = 0;   // code points since the line's start (ANTLR's charPositionInLine)
  auto here = [&] { return ast::SourcePos{first_line + line, (line == 0 ? first_column : 1) + in_line}; };
  auto is_continuation = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; };
  // Copies text[i] to the shape and moves the position past it.
  auto copy = [&](size_t i) {
    char c = text[i];
    shape->push_back(c);
    if (c == '\n') {
      ++line;
      in_line = 0;
    } else if (!is_continuation(c)) {
      ++in_line;
    }
  };
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c == '"') {
      ast::SourcePos pos = here();
      size_t start = i++;
      int width = 1;
      while (i < text.size() && text[i] != '"') {
        if (text[i] == '\n' || text[i] == '\r') return false;  // the lexer rejects it: let the parser say so
        if (text[i] == '\\') {
          if (i + 1 >= text.size() || text[i + 1] == '\n' || text[i + 1] == '\r') return false;
          ++i;
          ++width;
        }
        ++i;
        while (i < text.size() && is_continuation(text[i])) ++i;
        ++width;
      }
      if (i >= text.size()) return false;
      ++i;
      ++width;
      literals->push_back({text.substr(start, i - start), pos, width});
      shape->append("\"\"");
      in_line += width;
    } else if (c == '#' || (c == '-' && i + 1 < text.size() && text[i + 1] == '-')) {
      while (i < text.size() && text[i] != '\n') copy(i++);
    } else if (c == '<') {
      size_t j = i + 1;
      while (j < text.size() && !std::strchr("<>\"{}|^`\\ \t\r\n", text[j])) ++j;
      if (j < text.size() && text[j] == '>' && j > i + 1) {
        while (i <= j) copy(i++);
      } else {
        copy(i++);
      }
    } else {
      copy(i++);
    }
  }
  return true;
}

}  // namespace kg::query::parser
