// The dictionary's coding of a Term and its TermId.
//
// A TermId is a 64-bit hash of the term's encoding (never 0 = kNoTerm), so an
// id is computed without a read and bulk loads need no id lookups; the terms
// column family maps each id back to its encoding. Writers verify that an id
// they add is not already held by a different term (a collision, ~1e-6 at
// 10^7 terms) and fail with Corruption if it is. On disk: do not change the
// encoding or the hash (either changes every id).
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>

#include "graph/term.h"

namespace kg::graph {

// kind (1 byte) | varint-prefixed value | varint-prefixed lang | varint-prefixed datatype.
std::string EncodeTerm(const Term& t);
void EncodeTermTo(const Term& t, std::string* dst);
// False if `bytes` is not a valid encoding.
bool DecodeTerm(std::string_view bytes, Term* t);

// The id of an encoded term / of a term.
TermId TermIdOfEncoded(std::string_view encoded);
TermId TermIdOf(const Term& t);

// 64-bit MurmurHash64A of `data` (stable across platforms and runs).
uint64_t Hash64(std::string_view data, uint64_t seed);

}  // namespace kg::graph
