#include "curate/entity_names.h"

#include "graph/vocabulary.h"
#include "util/text.h"

namespace kg::curate {
namespace {

bool IsWildcard(const std::string& t) { return t == "*" || (!t.empty() && t[0] == '?'); }
bool IsQuoted(const std::string& t) { return t.size() >= 2 && t.front() == '"' && t.back() == '"'; }
bool IsBracketed(const std::string& t) { return t.size() >= 2 && t.front() == '<' && t.back() == '>'; }
bool LooksLikeIri(const std::string& t) {
  return t.compare(0, 4, "urn:") == 0 || t.compare(0, 7, "http://") == 0 || t.compare(0, 8, "https://") == 0;
}
bool IsNumber(const std::string& t) {
  if (t.empty()) return false;
  for (char c : t) {
    if ((c < '0' || c > '9') && c != '.' && c != '-' && c != ',') return false;
  }
  return true;
}
bool IsWord(const std::string& t) {
  if (t.empty()) return false;
  for (char c : t) {
    const bool ok =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

std::string Unquote(const std::string& t) {
  return IsQuoted(t) || IsBracketed(t) ? t.substr(1, t.size() - 2) : t;
}

// The predicate IRI a query would use for `name`.
std::string PredicateIri(const std::string& name) {
  if (name == "a" || name == "type") return std::string(graph::vocab::kRdfType);
  if (name == "label" || name == "name") return std::string(graph::vocab::kLabel);
  if (name == "alias" || name == "alternateName") return std::string(graph::vocab::kAlias);
  return graph::vocab::VocabIri(name);
}

}  // namespace

Result<std::string> FindEntity(const graph::Store& store, const std::string& name) {
  const std::string plain = Unquote(name);
  if (IsBracketed(name) || LooksLikeIri(plain)) {
    auto id = store.Lookup(graph::Term::Iri(plain));
    if (!id.ok()) return id.status();
    if (*id == graph::kNoTerm) return Status::NotFound("no entity " + plain + " in the store");
    return plain;
  }
  if (text::NameKey(plain).empty()) return Status::InvalidArgument("'" + plain + "' is not a name");
  std::vector<std::string> iris;
  auto named = store.FindByName(plain);
  if (!named.ok()) return named.status();
  for (graph::TermId id : *named) {
    auto t = store.Resolve(id);
    if (t.ok() && t->kind == graph::TermKind::kIri) iris.push_back(t->value);
  }
  if (iris.empty()) return Status::NotFound("no entity named '" + plain + "'");
  if (iris.size() > 1) {
    std::string list;
    for (const auto& iri : iris) list += (list.empty() ? "" : ", ") + iri;
    return Status::NotFound("'" + plain + "' names " + std::to_string(iris.size()) + " entities (" + list +
                            "); give one's IRI");
  }
  return iris[0];
}

Result<std::vector<std::string>> SplitPatternTerms(const std::string& text) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == ' ' || text[i] == '\t') {
      ++i;
      continue;
    }
    size_t j = i;
    if (text[i] == '"' || text[i] == '<') {
      const char close = text[i] == '"' ? '"' : '>';
      j = text.find(close, i + 1);
      if (j == std::string::npos) {
        return Status::InvalidArgument("pattern: unterminated " + std::string(1, text[i]) + " at column " +
                                       std::to_string(i + 1));
      }
      ++j;
    } else {
      while (j < text.size() && text[j] != ' ' && text[j] != '\t') ++j;
    }
    out.push_back(text.substr(i, j - i));
    i = j;
  }
  return out;
}

Result<RejectPattern> ParseRejectPattern(const graph::Store& store, const std::vector<std::string>& terms,
                                         std::string* display) {
  if (terms.size() != 3) {
    return Status::InvalidArgument("a pattern is three terms (subject predicate object), got " +
                                   std::to_string(terms.size()));
  }
  const std::string &s = terms[0], &p = terms[1], &o = terms[2];
  if (IsWildcard(s) && IsWildcard(p) && IsWildcard(o)) {
    return Status::InvalidArgument("the pattern ? ? ? would reject every statement");
  }
  RejectPattern out;
  if (!IsWildcard(s)) {
    if (!IsQuoted(s) && !IsBracketed(s)) {
      return Status::InvalidArgument("pattern subject " + s + ": a quoted name, <IRI> or ?");
    }
    auto iri = FindEntity(store, s);
    if (!iri.ok()) return iri.status();
    out.s = *iri;
  }
  if (!IsWildcard(p)) {
    if (IsBracketed(p)) {
      out.p = Unquote(p);
    } else if (IsWord(p)) {
      out.p = PredicateIri(p);
    } else {
      return Status::InvalidArgument("pattern predicate " + p + ": a name, <IRI> or ?");
    }
    auto id = store.Lookup(graph::Term::Iri(out.p));
    if (!id.ok()) return id.status();
    if (*id == graph::kNoTerm) return Status::NotFound("no statement uses the predicate " + p);
  }
  if (!IsWildcard(o)) {
    if (out.p == graph::vocab::kRdfType && IsWord(o)) {
      out.o_entity = graph::vocab::VocabIri(o);
    } else if (IsBracketed(o)) {
      auto iri = FindEntity(store, o);
      if (!iri.ok()) return iri.status();
      out.o_entity = *iri;
    } else if (IsQuoted(o)) {
      auto iri = FindEntity(store, o);
      if (iri.ok()) {
        out.o_entity = *iri;
      } else if (iri.status().code() == Status::Code::kNotFound &&
                 iri.status().message().rfind("no entity", 0) == 0) {
        out.o_text = Unquote(o);  // no entity by that name: the text of a literal
      } else {
        return iri.status();
      }
      if (out.o_text.empty() && out.o_entity.empty()) {
        return Status::InvalidArgument("pattern object is empty");
      }
    } else if (IsNumber(o)) {
      out.o_text = o;
    } else {
      return Status::InvalidArgument("pattern object " + o + ": a quoted name or text, <IRI>, a number or ?");
    }
  }
  *display = (IsWildcard(s) ? "?" : s) + " " + (IsWildcard(p) ? "?" : p) + " " + (IsWildcard(o) ? "?" : o);
  return out;
}

}  // namespace kg::curate
