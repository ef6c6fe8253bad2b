// Ok(read): the value of a store read in a test, by value (so it is safe in a
// range-for), failing the test when the read reported an error.
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <utility>

#include "graph/store.h"
#include "util/status.h"

namespace kg::testing {

template <typename T>
T Ok(Result<T> read) {
  if (!read.ok()) {
    ADD_FAILURE() << "store read failed: " << read.status().ToString();
    return T{};
  }
  return std::move(read).value();
}

// The id of a stored term as an optional: nullopt when the store has never
// seen it; a read error fails the test.
inline std::optional<graph::TermId> StoredId(const graph::Store& store, const graph::Term& term) {
  const graph::TermId id = Ok(store.Lookup(term));
  if (id == graph::kNoTerm) return std::nullopt;
  return id;
}

}  // namespace kg::testing
