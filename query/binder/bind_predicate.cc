#include <algorithm>

#include "graph/vocabulary.h"
#include "query/binder/binder.h"
#include "query/binder/inflection.h"
#include "query/query_error.h"

namespace kg::query::binder {
namespace {

constexpr std::string_view kCore[] = {"attended", "organized", "met",      "visited",  "accompanied", "title",
                                      "memberOf", "leaderOf",  "nationality", "childOf", "parentOf",  "spouseOf",
                                      "date",     "location",  "locatedIn", "said",    "label",       "alias",
                                      "type"};

}  // namespace

BoundPredicate Binder::BindPredicate(const ast::Predicate& pred) {
  BoundPredicate p;
  if (pred.kind == ast::Predicate::Kind::kVariable) {
    p.var = Var(pred.variable);
    p.text = "?" + pred.variable;
    return p;
  }
  if (pred.kind == ast::Predicate::Kind::kType) {
    p.text = "a";
    if (catalog_->rdf_type() != graph::kNoTerm) p.alternatives.push_back({catalog_->rdf_type(), false});
    return p;
  }
  for (const auto& alt : pred.alternatives) {
    if (!p.text.empty()) p.text += "|";
    p.text += (alt.inverse ? "^" : "") + (alt.is_iri ? "<" + alt.name + ">" : alt.name);
    if (alt.is_iri) {
      auto canon = graph::vocab::CanonicalizePredicate(alt.name);
      const graph::TermId id = ReadOrThrow(store_->Lookup(graph::Term::Iri(canon.iri)));
      if (id != graph::kNoTerm) {
        p.alternatives.push_back({id, alt.inverse != canon.flip});
      } else {
        out_.warnings.push_back("no predicate <" + alt.name + "> in the store");
      }
      continue;
    }
    const Catalog::PredicateMatch& match = catalog_->MatchPredicate(alt.name);
    const std::vector<graph::TermId>& ids = match.ids;
    bool symmetric = match.symmetric, core = match.core;
    for (auto id : ids) {
      p.alternatives.push_back({id, alt.inverse});
      if (symmetric) p.alternatives.push_back({id, !alt.inverse});
    }
    if (ids.empty() && !core) {
      // A warning, not an error: a name this store lacks may be another
      // store's, and one script must run on any store (CONTRACT.md section 1).
      std::vector<std::string> names = catalog_->predicate_names();
      for (auto c : kCore) names.emplace_back(c);
      const std::string hint = ClosestName(alt.name, names);
      out_.warnings.push_back("no predicate '" + alt.name + "' in the store" +
                              (hint.empty() ? "" : " (did you mean '" + hint + "'?)"));
    }
  }
  return p;
}

}  // namespace kg::query::binder
