#include "query/parser/parser.h"

#include <antlr4-runtime.h>

#include <algorithm>
#include <string>

#include "KgLexer.h"
#include "KgParser.h"
#include "query/parser/error_listener.h"
#include "query/parser/transformer.h"
#include "query/query_error.h"
#include "util/text.h"

namespace kg::query::parser {
namespace {

// The default strategy's sync() looks ahead at every loop to prepare error
// recovery; we stop at the first error (the listener throws), so skip it.
class FirstErrorStrategy : public antlr4::DefaultErrorStrategy {
 public:
  void sync(antlr4::Parser*) override {}
};

// Throws ParseError at the first token past kMaxTokens or nesting deeper than
// kMaxNesting (see parser.h), before the recursive descent can overflow the
// stack. The NOTs of one FILTER expression all count, wherever they stand.
void CheckLimits(antlr4::CommonTokenStream& tokens, int first_line, int first_column) {
  tokens.fill();
  auto pos_of = [&](antlr4::Token* t) {
    const size_t line = t->getLine();
    return ast::SourcePos{first_line + static_cast<int>(line) - 1,
                          (line == 1 ? first_column : 1) + static_cast<int>(t->getCharPositionInLine())};
  };
  if (tokens.size() > kMaxTokens + 1) {  // + the end-of-file token
    throw ParseError("statement longer than " + std::to_string(kMaxTokens) + " tokens",
                     pos_of(tokens.get(kMaxTokens)));
  }
  int open = 0, nots = 0;
  for (antlr4::Token* t : tokens.getTokens()) {
    switch (t->getType()) {
      case kg_antlr::KgLexer::LPAREN:
        ++open;
        break;
      case kg_antlr::KgLexer::RPAREN:
        open = std::max(0, open - 1);
        break;
      case kg_antlr::KgLexer::LBRACE:
        ++open;
        nots = 0;
        break;
      case kg_antlr::KgLexer::RBRACE:
        open = std::max(0, open - 1);
        nots = 0;
        break;
      case kg_antlr::KgLexer::FILTER:
        nots = 0;  // a new expression: the NOTs of the last one have returned
        break;
      case kg_antlr::KgLexer::NOT:
      case kg_antlr::KgLexer::BANG:
        ++nots;  // conservatively, every NOT of an expression counts as a level
        break;
      default:
        break;
    }
    if (open + nots > kMaxNesting) {
      throw ParseError("nesting deeper than " + std::to_string(kMaxNesting) +
                           " levels (parentheses, OPTIONAL groups and NOTs)",
                       pos_of(t));
    }
  }
}

}  // namespace

ast::Statement ParseStatement(std::string_view text, int first_line, int first_column) {
  // ANTLR's input stream throws on ill-formed UTF-8; report where it starts.
  if (!text::IsValidUtf8(text)) {
    size_t good = 0;  // start of the first ill-formed sequence
    while (good < text.size()) {
      auto c = static_cast<unsigned char>(text[good]);
      size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
      if (n == 0 || good + n > text.size() || !text::IsValidUtf8(text.substr(good, n))) break;
      good += n;
    }
    ast::SourcePos pos{first_line, first_column};
    for (char c : text.substr(0, good)) {
      if (c == '\n') {
        ++pos.line;
        pos.column = 1;
      } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
        ++pos.column;
      }
    }
    throw ParseError("the query is not valid UTF-8", pos);
  }
  antlr4::ANTLRInputStream input(text.data(), text.size());
  kg_antlr::KgLexer lexer(&input);
  ErrorListener listener(first_line, first_column);
  lexer.removeErrorListeners();
  lexer.addErrorListener(&listener);
  antlr4::CommonTokenStream tokens(&lexer);
  CheckLimits(tokens, first_line, first_column);
  kg_antlr::KgParser parser(&tokens);
  parser.removeErrorListeners();
  parser.addErrorListener(&listener);
  parser.setErrorHandler(std::make_shared<FirstErrorStrategy>());
  // SLL is enough for this LL(1)-ish grammar and much faster than full LL.
  parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::SLL);
  auto* tree = parser.statement();  // the listener throws ParseError on the first error
  Transformer transformer(first_line, first_column);
  return transformer.TransformStatement(tree);
}

}  // namespace kg::query::parser
