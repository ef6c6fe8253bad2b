// QuantityTagger: rule-based numbers and quantities.
//   "over 14,000 troops" -> QUANTITY "14000" (span includes the modifier and
//   the counted noun), "10,000 to 12,000 people" -> QUANTITY "10000..12000",
//   "$5 million" -> QUANTITY "5000000", "12%" / "12 per cent" -> QUANTITY "12",
//   "three" / "2.5" alone -> NUMBER "3" / "2.5".
// Normalised values are plain decimals; ranges are "LOW..HIGH".
// Appends QUANTITY / NUMBER EntitySpans to Doc::entities, skipping tokens
// already covered (run it after DateTagger so years stay dates), and keeps
// entities sorted by first token. Uses "pos" (NOUN/PROPN/NUM) when present.
// Not a trained model: the pipeline constructs it directly (no model file).
// Thread-safety: stateless; Process may run concurrently on different Docs.
#pragma once

#include <string>
#include <vector>

#include "nlp/component.h"

namespace kg::nlp {

class QuantityTagger : public Component {
 public:
  std::string name() const override { return "quantities"; }
  std::vector<std::string> requires_layers() const override { return {"tokens", "sentences"}; }
  std::vector<std::string> assigns() const override { return {"ents"}; }
  Status Process(Doc& doc) const override;
};

// Parses a number written with digits ("14,000", "2.5", "1/2" not accepted)
// or words ("three", "twenty-five"); false if `text` is not one.
bool ParseNumber(const std::string& text, double* value);
// Formats without trailing zeros: 14000, 2.5.
std::string FormatNumber(double value);

}  // namespace kg::nlp
