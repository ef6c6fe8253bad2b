// A list of Facts as bytes, for records kept beside the graph (curate/ keeps
// each document's facts as extracted, so curations can be re-applied to them).
// Layout: varint count, then per fact the three term encodings (term_codec.h)
// and the provenance (doc id, start, end, extractor, confidence, modality,
// speaker), strings length-prefixed, numbers as varints, confidence as the
// float's 4 bytes little-endian.
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/statement.h"

namespace kg::graph {

std::string EncodeFacts(const std::vector<Fact>& facts);
// False (and *facts partly filled) if `bytes` is not an encoding of facts.
bool DecodeFacts(std::string_view bytes, std::vector<Fact>* facts);

}  // namespace kg::graph
