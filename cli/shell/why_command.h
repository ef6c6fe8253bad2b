// .why CLAUSES — "why is this fact here?": for every stored statement that
// the clauses match (the WHERE part of a FIND, e.g. `"Dara Okonkwo" attended
// ?e` or `?p a Official`), each supporting sentence with its source and date,
// the rule that read it, its confidence, and its modality and speaker when it
// has them. Facts are listed once, in the order the query meets them; at most
// kMaxWhyFacts of them.
// Thread-safety: none (one shell).
#pragma once

#include <cstddef>
#include <string>

#include "util/status.h"

namespace kg::cli::shell {

class Session;

constexpr size_t kMaxWhyFacts = 50;

// Errors: the query's (a syntax error is InvalidArgument); none when nothing
// matches (that is said on the output).
Status RunWhy(Session& session, const std::string& clauses);

}  // namespace kg::cli::shell
