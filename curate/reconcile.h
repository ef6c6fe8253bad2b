// Reconcile: brings the stored facts of every document to what its facts as
// extracted (records.h) give under the current identity: the links between
// documents (surname_links.h) recomputed from all documents' person names,
// then the user's curations in the order they were made. A document whose
// result differs from what is stored has its facts replaced; the curations'
// own statements (their records, new labels) are the facts of the provenance
// graph urn:kg:curations. Everything it changes is one atomic Store::ApplyEdit,
// and the result is a function of the documents and curations alone, not of
// the order or the runs in which documents arrived. Documents stored before
// their extracted facts were kept (no record) are left as they are.
//
// Called after every ingest and by every curation command.
// Thread-safety: one writer at a time (the store's own rule).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "curate/curation.h"
#include "graph/store.h"
#include "util/status.h"

namespace kg::curate {

struct ReconcileSummary {
  uint64_t documents_rewritten = 0;
  uint64_t derived_links = 0;
};

// `pending` record writes (curation records being added or undone) are seen
// as if stored and are written in the same atomic edit.
Result<ReconcileSummary> Reconcile(graph::Store& store, const std::vector<graph::RecordWrite>& pending = {});

// The user's curations in the order they were made, `pending` applied.
Result<std::vector<Curation>> LoadCurations(const graph::Store& store,
                                    const std::vector<graph::RecordWrite>& pending = {});

// The links of the last Reconcile: lone-surname IRI -> full name's IRI.
Result<std::map<std::string, std::string>> LoadDerivedLinks(const graph::Store& store);

}  // namespace kg::curate
