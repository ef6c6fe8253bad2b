// Literals under XSD datatypes: which ones the store keeps in its own number
// and date kinds, and how the others still compare.
//
// An imported literal keeps its exact datatype and lexical form through
// import and export: it becomes a kNumber or kDate term only when export
// writes it back identically (xsd:integer "42", xsd:decimal "1.5",
// xsd:double "2e3", xsd:date "2024-05-01", xsd:gYearMonth "2024-05",
// xsd:gYear "2024"). Any other XSD numeric or date literal ("5"^^xsd:byte,
// "1"^^xsd:double, "12345"^^xsd:gYear) stays a kTypedLiteral, and
// ComparableKind lets queries still compare it as a number or a date.
// Thread-safety: pure functions.
#pragma once

#include <string_view>

#include "graph/term.h"

namespace kg::graph {

// `t` as the store should keep it: an XSD literal that round-trips as
// kNumber/kDate becomes one, everything else is returned unchanged.
Term CanonicalXsdLiteral(Term t);

// The kind `t` compares and is shown as: its own kind, except kNumber for a
// typed literal of an XSD numeric datatype with a numeric lexical form, and
// kDate for xsd:date/gYearMonth/gYear with an ISO lexical form.
TermKind ComparableKind(const Term& t);

}  // namespace kg::graph
