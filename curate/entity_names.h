// How curation commands name things: an entity by one of its names (label or
// alias, matched as queries match them) or by its IRI, and a statement
// pattern to reject.
//
// A pattern is three terms, subject predicate object, each `?` (or `?name`,
// or `*`) for anything:
//   "Dara Okonkwo" visited "Veloria"      "Dara Okonkwo" title "Admiral"
//   ? memberOf "Veloria Party"             "Dara Okonkwo" a Official
// A subject is a quoted name or <IRI>; a predicate a name (met, title, a,
// label, alias) or <IRI>; an object a quoted name (an entity when the store
// has exactly one by that name, else text matched against literals), <IRI>,
// a bare type name after `a`, or a number.
// Errors: InvalidArgument for a malformed pattern (the command's usage
// error); NotFound for a name or predicate the store does not know, or a
// name of several entities (ambiguous: give the IRI).
// Thread-safety: reads the store only.
#pragma once

#include <string>
#include <vector>

#include "curate/curation.h"
#include "graph/store.h"
#include "util/status.h"

namespace kg::curate {

// The IRI of the one entity named `name` (or `<IRI>` / an urn: or http IRI).
// Errors: NotFound (no such entity, or several: ambiguous).
Result<std::string> FindEntity(const graph::Store& store, const std::string& name);

// Splits the one-string form of a pattern into its terms (quoted strings keep
// their quotes). Errors: InvalidArgument on an unterminated quote.
Result<std::vector<std::string>> SplitPatternTerms(const std::string& text);

// Resolves three terms into a pattern; *display gets its normalised text.
Result<RejectPattern> ParseRejectPattern(const graph::Store& store, const std::vector<std::string>& terms,
                                         std::string* display);

}  // namespace kg::curate
