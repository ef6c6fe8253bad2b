#include "curate/records.h"

#include <cstdio>

#include "graph/fact_codec.h"

namespace kg::curate {

std::string ExtractedKey(std::string_view doc_id) {
  return std::string(kExtractedPrefix) + std::string(doc_id);
}
std::string CuratedKey(std::string_view doc_id) { return std::string(kCuratedPrefix) + std::string(doc_id); }

std::string CurationKey(uint64_t number) {
  char digits[24];
  std::snprintf(digits, sizeof digits, "%020llu", static_cast<unsigned long long>(number));
  return std::string(kCurationPrefix) + digits;  // zero-padded: key order is number order
}

graph::RecordWrite ExtractedFactsRecord(const graph::DocumentBatch& batch) {
  return {ExtractedKey(batch.document.id), graph::EncodeFacts(batch.facts)};
}

std::vector<graph::RecordWrite> IngestedDocumentRecords(const graph::DocumentBatch& batch) {
  return {ExtractedFactsRecord(batch), {CuratedKey(batch.document.id), std::nullopt}};
}

}  // namespace kg::curate
