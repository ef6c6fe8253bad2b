// The user's side of curations: adding one (it gets the next number, its
// record and every document it changes are written in one atomic edit) and
// undoing one (its record goes; documents return to what the remaining
// curations give).
// Thread-safety: one writer at a time (the store's own rule).
#pragma once

#include "curate/curation.h"
#include "curate/reconcile.h"
#include "graph/store.h"
#include "util/status.h"

namespace kg::curate {

// Stores `c` (its number is assigned) and re-applies every curation. Returns
// the stored curation.
Result<Curation> AddCuration(graph::Store& store, Curation c);

// Removes curation `number`. Errors: NotFound if there is none.
Result<Curation> UndoCuration(graph::Store& store, uint64_t number);

// Now, as ISO 8601 UTC with seconds ("2026-01-31T09:15:00Z").
std::string NowUtc();

}  // namespace kg::curate
