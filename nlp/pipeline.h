// Pipeline: the front door of nlp/. Text in, analysed Doc out:
//   tokenizer -> sentencizer -> tagger -> lemmatizer -> [parser] -> [ner] -> dates -> quantities
// Load() reads the model files of a models directory (tagger.bin and
// lemmatizer.bin are required; parser.bin and ner.bin are optional and the
// layer is simply absent when the file is missing; dates and quantities are
// rules and always present unless disabled) and checks, like spaCy's
// analyze_pipes, that every component's required layers are assigned by an
// earlier one.
// Thread-safety: immutable after Load/Create; Process/Annotate are const and
// may run concurrently on different texts/Docs.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "nlp/component.h"
#include "nlp/doc.h"
#include "nlp/tokenizer.h"
#include "util/status.h"

namespace kg::nlp {

struct PipelineOptions {
  std::vector<std::string> disable;  // component names to leave out ("parser", "ner", ...)
};

class Pipeline {
 public:
  // Loads the components found in `models_dir`. NotFound/IOError/Corruption
  // when a required model is missing or unreadable, InvalidArgument when the
  // requires/assigns check fails.
  static Result<std::unique_ptr<Pipeline>> Load(const std::string& models_dir, const PipelineOptions& options = {});
  // Builds a pipeline from given components (run after tokenisation, in
  // order). InvalidArgument when a component needs a layer nobody assigned.
  static Result<std::unique_ptr<Pipeline>> Create(std::vector<std::unique_ptr<Component>> components);

  // Tokenises `text` and runs every component. The Doc owns a copy of the
  // text; `reference_date` (ISO, may be "") resolves relative dates.
  Result<Doc> Process(std::string text, std::string reference_date = "") const;
  // Runs the components on a Doc whose `present` layers are already set
  // (e.g. {"tokens", "sentences"} for gold tokens); components that only
  // assign present layers are skipped.
  Status Annotate(Doc& doc, const std::vector<std::string>& present = {"tokens"}) const;

  // Names of the components, in order (tokenizer excluded).
  std::vector<std::string> component_names() const;
  // The component called `name`, or nullptr.
  const Component* Find(const std::string& name) const;
  // True if some component assigns `layer` ("pos", "deps", "ents", ...).
  bool HasLayer(const std::string& layer) const;
  const Tokenizer& tokenizer() const { return tokenizer_; }

 private:
  Pipeline() = default;
  Tokenizer tokenizer_;
  std::vector<std::unique_ptr<Component>> components_;
};

}  // namespace kg::nlp
