// Sentencizer: rule-based sentence boundaries over the tokens.
// A sentence ends at a run of . ! ? (or "…"), plus any closing quotes or
// brackets glued to it, when the next token can open a sentence (capital,
// digit, opening quote); after an abbreviation ("U.S.", "Inc.") only when the
// next word is a typical sentence opener ("The", "He", ...); never after a
// title ("Mr.", "Gen."). Blank lines always end a sentence, and so does a
// short line without final punctuation (a headline) before a capitalised line.
// Thread-safety: stateless; Process is const.
#pragma once

#include "nlp/component.h"

namespace kg::nlp {

class Sentencizer : public Component {
 public:
  std::string name() const override { return "sentencizer"; }
  std::vector<std::string> requires_layers() const override { return {"tokens"}; }
  std::vector<std::string> assigns() const override { return {"sentences"}; }
  // Replaces doc.sentences; every token ends up in exactly one sentence.
  Status Process(Doc& doc) const override;
};

}  // namespace kg::nlp
