#include <string>

#include "query/parser/string_literals.h"
#include "query/parser/transformer.h"
#include "query/query_error.h"

namespace kg::query::parser {

using kg_antlr::KgParser;


ast::Term Transformer::LiteralTerm(antlr4::Token* token) const {
  ast::Term t;
  t.pos = Pos(token);
  const std::string text = token->getText();
  switch (token->getType()) {
    case KgParser::STRING:
      t.kind = ast::Term::Kind::kString;
      t.text = UnquoteString(text);
      break;
    case KgParser::NUMBER:
      t.kind = ast::Term::Kind::kNumber;
      t.text = text;
      break;
    case KgParser::DATE:
      t.kind = ast::Term::Kind::kDate;
      t.text = text;
      break;
    case KgParser::IRI:
      t.kind = ast::Term::Kind::kIri;
      t.text = text.substr(1, text.size() - 2);
      break;
    default:
      t.kind = ast::Term::Kind::kName;
      t.text = text;
      break;
  }
  return t;
}

std::vector<ast::Clause> Transformer::TransformClauses(KgParser::ClauseListContext* ctx) {
  std::vector<ast::Clause> out;
  for (auto* c : ctx->clause()) out.push_back(TransformClause(c));
  return out;
}

ast::Clause Transformer::TransformClause(KgParser::ClauseContext* ctx) {
  ast::Clause c;
  c.pos = Pos(ctx);
  if (ctx->triplePattern()) {
    c.kind = ast::Clause::Kind::kPattern;
    c.pattern = TransformPattern(ctx->triplePattern());
  } else if (ctx->optionalClause()) {
    c.kind = ast::Clause::Kind::kOptional;
    c.optional = TransformClauses(ctx->optionalClause()->clauseList());
  } else {
    c.kind = ast::Clause::Kind::kFilter;
    c.filter = TransformExpr(ctx->filterClause()->expr());
  }
  return c;
}

ast::TriplePattern Transformer::TransformPattern(KgParser::TriplePatternContext* ctx) {
  ast::TriplePattern p;
  p.subject = TransformTerm(ctx->term(0));
  p.predicate = TransformVerb(ctx->verb());
  p.object = TransformTerm(ctx->term(1));
  return p;
}

ast::Predicate Transformer::TransformVerb(KgParser::VerbContext* ctx) {
  ast::Predicate p;
  p.pos = Pos(ctx);
  if (dynamic_cast<KgParser::TypeVerbContext*>(ctx)) {
    p.kind = ast::Predicate::Kind::kType;
  } else if (auto* v = dynamic_cast<KgParser::VarVerbContext*>(ctx)) {
    p.kind = ast::Predicate::Kind::kVariable;
    p.variable = v->var()->getText().substr(1);
  } else {
    auto* path = dynamic_cast<KgParser::PathVerbContext*>(ctx);
    p.kind = ast::Predicate::Kind::kNames;
    for (auto* ref : path->predicateRef()) {
      ast::PredicateName n;
      n.inverse = ref->CARET() != nullptr;
      if (ref->IRI()) {
        n.is_iri = true;
        std::string text = ref->IRI()->getText();
        n.name = text.substr(1, text.size() - 2);
        n.pos = Pos(ref->IRI()->getSymbol());
      } else {
        n.name = ref->name()->getText();
        n.pos = Pos(ref->name());
      }
      p.alternatives.push_back(std::move(n));
    }
  }
  return p;
}

ast::Term Transformer::TransformTerm(KgParser::TermContext* ctx) {
  if (ctx->var()) {
    ast::Term t;
    t.kind = ast::Term::Kind::kVariable;
    t.text = ctx->var()->getText().substr(1);
    t.pos = Pos(ctx);
    return t;
  }
  if (ctx->NAME()) {
    ast::Term t;
    t.kind = ast::Term::Kind::kName;
    t.text = ctx->NAME()->getText();
    t.pos = Pos(ctx);
    return t;
  }
  return LiteralTerm(ctx->getStart());
}

}  // namespace kg::query::parser
