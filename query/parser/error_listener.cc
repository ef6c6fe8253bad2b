#include "query/parser/error_listener.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "KgLexer.h"
#include "KgParser.h"
#include "query/query_error.h"

namespace kg::query::parser {
namespace {

using kg_antlr::KgParser;

// How a token type reads in a message.
std::string DisplayName(size_t type, const antlr4::dfa::Vocabulary& vocab) {
  switch (type) {
    case KgParser::VAR: return "?variable";
    case KgParser::STRING: return "\"quoted name\"";
    case KgParser::NUMBER: return "number";
    case KgParser::DATE: return "date";
    case KgParser::IRI: return "<iri>";
    case KgParser::NAME: return "name";
    case KgParser::A_KW: return "a";
    case antlr4::Token::EOF: return "end of input";
    default: break;
  }
  std::string literal = vocab.getLiteralName(type);
  if (!literal.empty()) return literal;  // already quoted: '('
  return vocab.getSymbolicName(type);    // keywords: WHERE
}

bool IsKeyword(size_t type) { return type >= KgParser::FIND && type <= KgParser::ALL; }

size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1,
                         prev[j - 1] + (std::toupper(a[i - 1]) == std::toupper(b[j - 1]) ? 0 : 1)});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace

void ErrorListener::syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending, size_t line,
                                size_t char_position, const std::string& msg, std::exception_ptr) {
  ast::SourcePos pos;
  pos.line = first_line_ + static_cast<int>(line) - 1;
  pos.column = (line == 1 ? first_column_ : 1) + static_cast<int>(char_position);

  auto* parser = dynamic_cast<antlr4::Parser*>(recognizer);
  if (parser == nullptr || offending == nullptr) throw ParseError(msg, pos);

  std::string found = "end of input";
  if (offending->getType() != antlr4::Token::EOF) {
    found = "'";
    found.append(offending->getText()).push_back('\'');
  }
  if (offending->getType() == KgParser::UNKNOWN) {
    std::string t = offending->getText();
    if (t == "\"" || t == "'") throw ParseError("unterminated string", pos);
    if (t == "?" || t == "$") throw ParseError("expected a variable name after '" + t + "'", pos);
  }
  std::vector<size_t> expected;
  try {
    for (auto t : parser->getExpectedTokens().toList()) expected.push_back(t);
  } catch (...) {
  }
  // Drop keyword alternatives that only appear because keywords may name predicates.
  bool has_name = std::find(expected.begin(), expected.end(), size_t(KgParser::NAME)) != expected.end();
  std::vector<size_t> shown;
  for (size_t t : expected) {
    if (has_name && IsKeyword(t)) continue;
    shown.push_back(t);
  }
  // A misspelt keyword: "expected WHERE, found 'WHEN'".
  std::string text = offending->getText();
  for (size_t t : expected) {
    if (IsKeyword(t) && offending->getType() != t) {
      std::string kw = parser->getVocabulary().getSymbolicName(t);
      if (text.size() >= 3 && EditDistance(text, kw) <= 2) {
        throw ParseError("expected " + kw + ", found " + found, pos);
      }
    }
  }
  if (shown.empty()) throw ParseError("unexpected " + found, pos);
  std::string list;
  if (shown.size() > 6) {
    list = "a clause or keyword";
  } else {
    for (size_t i = 0; i < shown.size(); ++i) {
      if (i > 0) list += (i + 1 == shown.size()) ? " or " : ", ";
      list += DisplayName(shown[i], parser->getVocabulary());
    }
  }
  throw ParseError("expected " + list + ", found " + found, pos);
}

}  // namespace kg::query::parser
