// The documents of a store as a user names them: the listing behind
// `kg sources` and the shell's `.sources`, and the lookup that turns what a
// user typed into document ids for `kg forget`.
// Thread-safety: reads only; as graph::Store.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/store.h"
#include "util/status.h"

namespace kg::cli {

struct SourceRow {
  std::string id;           // DocumentRecord id
  std::string source;       // URL when the document has one, else its file name as ingested
  std::string title, published, ingested_at;
  uint64_t facts = 0;       // statements it supports
};

// Every stored document, by publication date, then source.
// Errors: the store's read errors.
Result<std::vector<SourceRow>> ListSources(const graph::Store& store);

// The document ids `names` stand for: each is a document's source as
// ingested, its URL, its id, or a file name that is the last part of exactly
// one stored source. Errors: NotFound "no document ... (see 'kg sources')"
// for a name that matches none, InvalidArgument for a file name that matches
// several (the full sources are listed).
Result<std::vector<std::string>> ResolveSources(const graph::Store& store, const std::vector<std::string>& names);

}  // namespace kg::cli
