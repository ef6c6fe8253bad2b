#include <algorithm>

#include "graph/vocabulary.h"
#include "query/binder/binder.h"
#include "query/query_error.h"

namespace kg::query::binder {
namespace {

void SortUnique(std::vector<graph::TermId>* ids) {
  std::sort(ids->begin(), ids->end());
  ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
}

}  // namespace

void Binder::AddStored(const graph::Term& term, std::vector<graph::TermId>* ids) const {
  const graph::TermId id = ReadOrThrow(store_->Lookup(term));
  if (id != graph::kNoTerm) ids->push_back(id);
}

BoundTerm Binder::BindTerm(const ast::Term& term, bool subject) {
  BoundTerm t;
  t.text = term.text;
  switch (term.kind) {
    case ast::Term::Kind::kVariable:
      t.var = Var(term.text);
      t.text = "?" + term.text;
      return t;
    case ast::Term::Kind::kString:
    case ast::Term::Kind::kName: {
      // An entity by label/alias, or a string literal equal to the text.
      t.ids = ReadOrThrow(store_->FindByName(term.text));
      if (!subject) AddStored(graph::Term::String(term.text), &t.ids);
      t.text = "\"" + term.text + "\"";
      if (t.ids.empty()) out_.warnings.push_back("no entity or string named " + t.text);
      break;
    }
    case ast::Term::Kind::kNumber: {
      AddStored(graph::Term::Number(term.text), &t.ids);
      // A bare year also stands for the partial date (?e date 2025).
      if (term.text.size() == 4 && std::all_of(term.text.begin(), term.text.end(), ::isdigit)) {
        t.date_prefix = term.text;
      }
      break;
    }
    case ast::Term::Kind::kDate:
      if (term.text.size() == 10) {
        AddStored(graph::Term::Date(term.text), &t.ids);
      } else {
        t.date_prefix = term.text;
      }
      break;
    case ast::Term::Kind::kIri:
      AddStored(graph::Term::Iri(term.text), &t.ids);
      t.text = "<" + term.text + ">";
      if (t.ids.empty()) out_.warnings.push_back("no term " + t.text + " in the store");
      break;
  }
  SortUnique(&t.ids);
  return t;
}

BoundTerm Binder::BindType(const ast::Term& term) {
  if (term.kind == ast::Term::Kind::kVariable || term.kind == ast::Term::Kind::kIri) return BindTerm(term);
  if (term.kind != ast::Term::Kind::kName && term.kind != ast::Term::Kind::kString) {
    throw BindError("expected a type name after 'a', found '" + term.text + "'", term.pos);
  }
  BoundTerm t;
  t.text = term.text;
  std::string lower = LowerAscii(term.text);
  for (const auto& name : Catalog::WithSubtypes(lower)) {
    const auto& ids = catalog_->TypesNamed(name);
    t.ids.insert(t.ids.end(), ids.begin(), ids.end());
  }
  SortUnique(&t.ids);
  if (t.ids.empty() && !graph::vocab::IsCoreType(std::string(1, static_cast<char>(std::toupper(lower[0]))) +
                                                 lower.substr(1))) {
    // As for predicates, a warning: the script may be meant for another store.
    std::vector<std::string> names = catalog_->type_names();
    for (auto n : {"Person", "Official", "Organization", "Country", "Place", "Event", "Meeting", "Visit",
                   "Ceremony", "Speech", "Summit"}) {
      names.emplace_back(n);
    }
    const std::string hint = ClosestName(term.text, names);
    out_.warnings.push_back("no type '" + term.text + "' in the store" +
                            (hint.empty() ? "" : " (did you mean '" + hint + "'?)"));
  }
  return t;
}

}  // namespace kg::query::binder
