#include "query/parser/parser.h"

#include <antlr4-runtime.h>

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
