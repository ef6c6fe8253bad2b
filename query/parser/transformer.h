// Transformer: ANTLR parse tree -> our AST (Kuzu's transformer, QLever's
// visitor). Split by construct over transform_*.cc. Positions are script
// positions (the statement's first line/column are added).
// Only query/parser/*.cc include this.
#pragma once

#include "KgParser.h"
#include "query/ast/statement.h"

namespace kg::query::parser {

class Transformer {
 public:
  Transformer(int first_line, int first_column) : first_line_(first_line), first_column_(first_column) {}

  ast::Statement TransformStatement(kg_antlr::KgParser::StatementContext* ctx);

 private:
  // transform_statement.cc
  ast::FindQuery TransformFind(kg_antlr::KgParser::FindQueryContext* ctx);
  ast::DescribeQuery TransformDescribe(kg_antlr::KgParser::DescribeQueryContext* ctx);
  ast::ProjectionItem TransformCount(kg_antlr::KgParser::CountExprContext* ctx);
  ast::ProjectionItem TransformVarItem(kg_antlr::KgParser::VarContext* ctx);
  uint64_t TransformCountNumber(antlr4::tree::TerminalNode* node);
  // transform_clause.cc
  std::vector<ast::Clause> TransformClauses(kg_antlr::KgParser::ClauseListContext* ctx);
  ast::Clause TransformClause(kg_antlr::KgParser::ClauseContext* ctx);
  ast::TriplePattern TransformPattern(kg_antlr::KgParser::TriplePatternContext* ctx);
  ast::Predicate TransformVerb(kg_antlr::KgParser::VerbContext* ctx);
  ast::Term TransformTerm(kg_antlr::KgParser::TermContext* ctx);
  // transform_expression.cc
  ast::ExprPtr TransformExpr(kg_antlr::KgParser::ExprContext* ctx);
  ast::ExprPtr TransformOr(kg_antlr::KgParser::OrExprContext* ctx);
  ast::ExprPtr TransformAnd(kg_antlr::KgParser::AndExprContext* ctx);
  ast::ExprPtr TransformNot(kg_antlr::KgParser::NotExprContext* ctx);
  ast::ExprPtr TransformCompare(kg_antlr::KgParser::CompareExprContext* ctx);
  ast::ExprPtr TransformPrimary(kg_antlr::KgParser::PrimaryExprContext* ctx);

  ast::SourcePos Pos(antlr4::Token* token) const;
  ast::SourcePos Pos(antlr4::ParserRuleContext* ctx) const { return Pos(ctx->getStart()); }
  // A literal token (STRING, NUMBER, DATE, IRI) as a Term.
  ast::Term LiteralTerm(antlr4::Token* token) const;

  int first_line_;
  int first_column_;
};

}  // namespace kg::query::parser
