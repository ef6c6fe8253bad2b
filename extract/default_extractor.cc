// The default FactExtractor: the trained NLP pipeline (nlp/pipeline.h) turns
// the document text into a Doc, then ExtractFacts (extract/extractor.h) reads
// facts off it.
#include <memory>

#include "extract/extractor.h"
#include "extract/fact_extractor.h"
#include "nlp/pipeline.h"

namespace kg::extract {
namespace {

class PipelineExtractor : public FactExtractor {
 public:
  explicit PipelineExtractor(std::unique_ptr<nlp::Pipeline> pipeline) : pipeline_(std::move(pipeline)) {}

  Result<Extraction> Extract(const graph::DocumentRecord& document) const override {
    auto doc = pipeline_->Process(document.text, document.published);
    if (!doc.ok()) return doc.status();
    return ExtractFacts(*doc, document);
  }

 private:
  std::unique_ptr<nlp::Pipeline> pipeline_;
};

}  // namespace

Result<std::unique_ptr<FactExtractor>> MakeDefaultExtractor(const std::string& models_dir) {
  auto pipeline = nlp::Pipeline::Load(models_dir);
  if (!pipeline.ok()) return pipeline.status();
  return std::unique_ptr<FactExtractor>(new PipelineExtractor(std::move(*pipeline)));
}

}  // namespace kg::extract
