#include <string>

#include "query/parser/transformer.h"
#include "query/query_error.h"

namespace kg::query::parser {

using kg_antlr::KgParser;

ast::SourcePos Transformer::Pos(antlr4::Token* token) const {
  ast::SourcePos pos;
  int line = static_cast<int>(token->getLine());
  pos.line = first_line_ + line - 1;
  pos.column = (line == 1 ? first_column_ : 1) + static_cast<int>(token->getCharPositionInLine());
  return pos;
}

ast::Statement Transformer::TransformStatement(KgParser::StatementContext* ctx) {
  ast::Statement st;
  st.pos = Pos(ctx);
  st.explain = ctx->EXPLAIN() != nullptr;
  if (ctx->findQuery()) {
    st.kind = ast::Statement::Kind::kFind;
    st.find = TransformFind(ctx->findQuery());
  } else {
    st.kind = ast::Statement::Kind::kDescribe;
    st.describe = TransformDescribe(ctx->describeQuery());
  }
  return st;
}

ast::ProjectionItem Transformer::TransformVarItem(KgParser::VarContext* ctx) {
  ast::ProjectionItem item;
  item.variable = ctx->getText().substr(1);
  item.pos = Pos(ctx);
  return item;
}

ast::ProjectionItem Transformer::TransformCount(KgParser::CountExprContext* ctx) {
  ast::ProjectionItem item;
  item.is_count = true;
  item.count_distinct = ctx->DISTINCT() != nullptr;
  if (ctx->var()) item.variable = ctx->var()->getText().substr(1);
  item.pos = Pos(ctx);
  return item;
}

uint64_t Transformer::TransformCountNumber(antlr4::tree::TerminalNode* node) {
  const std::string text = node->getText();
  if (text.empty() || text[0] == '-' || text.find('.') != std::string::npos || text.size() > 18) {
    throw ParseError("expected a non-negative whole number, found '" + text + "'", Pos(node->getSymbol()));
  }
  return std::stoull(text);
}

ast::FindQuery Transformer::TransformFind(KgParser::FindQueryContext* ctx) {
  ast::FindQuery q;
  q.distinct = ctx->DISTINCT() != nullptr;
  auto* proj = ctx->projection();
  if (proj->STAR()) {
    q.star = true;
  } else {
    for (auto* item : proj->projectionItem()) {
      q.projection.push_back(item->var() ? TransformVarItem(item->var()) : TransformCount(item->countExpr()));
    }
  }
  q.where = TransformClauses(ctx->clauseList());
  if (auto* order = ctx->orderClause()) {
    for (auto* key : order->orderKey()) {
      ast::OrderKey k;
      k.key = key->var() ? TransformVarItem(key->var()) : TransformCount(key->countExpr());
      k.descending = key->DESC() != nullptr;
      q.order_by.push_back(std::move(k));
    }
  }
  if (auto* lim = ctx->limitClause()) {
    // LIMIT n [OFFSET m] or OFFSET m [LIMIT n]: numbers follow their keyword.
    auto numbers = lim->NUMBER();
    bool limit_first = lim->getStart()->getType() == KgParser::LIMIT;
    for (size_t i = 0; i < numbers.size(); ++i) {
      bool is_limit = (i == 0) == limit_first;
      (is_limit ? q.limit : q.offset) = TransformCountNumber(numbers[i]);
    }
  }
  q.cite = ctx->citeClause() != nullptr;
  q.cite_all = q.cite && ctx->citeClause()->ALL() != nullptr;
  return q;
}

ast::DescribeQuery Transformer::TransformDescribe(KgParser::DescribeQueryContext* ctx) {
  ast::DescribeQuery d;
  d.entity = TransformTerm(ctx->term());
  d.cite = ctx->citeClause() != nullptr;
  d.cite_all = d.cite && ctx->citeClause()->ALL() != nullptr;
  return d;
}

}  // namespace kg::query::parser
