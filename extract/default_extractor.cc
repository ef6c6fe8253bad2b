// Placeholder until the extraction pipeline lands: stores documents, no facts.
#include "extract/fact_extractor.h"

namespace kg::extract {
namespace {

class NoFactsExtractor : public FactExtractor {
 public:
  Result<Extraction> Extract(const graph::DocumentRecord& /*document*/) const override { return Extraction{}; }
};

}  // namespace

Result<std::unique_ptr<FactExtractor>> MakeDefaultExtractor(const std::string& /*models_dir*/) {
  return std::unique_ptr<FactExtractor>(new NoFactsExtractor());
}

}  // namespace kg::extract
