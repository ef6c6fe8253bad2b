// AST terms: what may stand in subject/object position, and predicates.
// Thread-safety: value types.
#pragma once

#include <string>
#include <vector>

#include "query/ast/source_pos.h"

namespace kg::query::ast {

struct Term {
  enum class Kind {
    kVariable,  // ?x         text = "x"
    kString,    // "name"     text = unquoted, unescaped
    kNumber,    // 42, -1.5   text = lexical form
    kDate,      // 2025-05-09 or 2025-05
    kIri,       // <urn:...>  text = without brackets
    kName,      // bare word  text = as written (types; elsewhere a bind error)
  };
  Kind kind = Kind::kVariable;
  std::string text;
  SourcePos pos;
};

// One alternative of a predicate: a name or IRI, possibly inverted (^attended).
struct PredicateName {
  std::string name;  // local name as written, or a full IRI when is_iri
  bool is_iri = false;
  bool inverse = false;
  SourcePos pos;
};

struct Predicate {
  enum class Kind { kNames, kVariable, kType };  // kType: the `a` of a type test
  Kind kind = Kind::kNames;
  std::vector<PredicateName> alternatives;  // kNames: one or more (met|visited)
  std::string variable;                     // kVariable: name without '?'
  SourcePos pos;
};

struct TriplePattern {
  Term subject;
  Predicate predicate;
  Term object;
};

}  // namespace kg::query::ast
