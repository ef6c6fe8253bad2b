// The names of curate/'s records in the store (graph::Store::GetRecord) and
// the one record ingest writes with every document.
//   extracted/<doc id>  the document's facts as extracted (graph/fact_codec.h)
//   curated/<doc id>    hash of the facts last written for it, when they differ
//                       from the extracted ones (absent: as extracted)
//   curation/<number>   one user curation (curate/curation.h), number zero-padded
//   curation-next       the next curation number (decimal)
//   derived-links       the lone-surname links of the last pass, "from\tinto\n"
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/store.h"

namespace kg::curate {

inline constexpr std::string_view kExtractedPrefix = "extracted/";
inline constexpr std::string_view kCuratedPrefix = "curated/";
inline constexpr std::string_view kCurationPrefix = "curation/";
inline constexpr std::string_view kNextCurationKey = "curation-next";
inline constexpr std::string_view kDerivedLinksKey = "derived-links";

// The provenance graph of what curations add (labels, curation records).
inline constexpr std::string_view kCurationsGraph = "urn:kg:curations";

std::string ExtractedKey(std::string_view doc_id);
std::string CuratedKey(std::string_view doc_id);
std::string CurationKey(uint64_t number);

// The record keeping `batch`'s facts as extracted.
graph::RecordWrite ExtractedFactsRecord(const graph::DocumentBatch& batch);
// The records to write with a document as ingested (IngestOptions::records):
// its facts as extracted, and no curated hash, since the facts written are
// the extracted ones (a stale hash would hide that from Reconcile).
std::vector<graph::RecordWrite> IngestedDocumentRecords(const graph::DocumentBatch& batch);

}  // namespace kg::curate
