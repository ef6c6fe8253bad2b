// Component: one stage of the NLP pipeline (spaCy style). Each stage reads
// what earlier ones assigned and adds its own layer to the Doc.
// Thread-safety: Process is const with respect to the model, so one trained
// component may serve several threads, each with its own Doc.
#pragma once

#include <string>
#include <vector>

#include "nlp/doc.h"
#include "util/status.h"

namespace kg::nlp {

class Component {
 public:
  virtual ~Component() = default;
  virtual std::string name() const = 0;
  // Layers this component needs ("tokens", "sentences", "pos", "lemma", "deps", "ents").
  virtual std::vector<std::string> requires_layers() const = 0;
  // Layers it assigns.
  virtual std::vector<std::string> assigns() const = 0;
  virtual Status Process(Doc& doc) const = 0;
};

}  // namespace kg::nlp
