// Lemmatizer: lemmas from a lookup table learned from the treebanks
// ((form, XPOS) -> lemma, case-sensitive first, then lower-cased), and for
// unseen words suffix rewrite rules learned from the same data ("-ies" + NNS
// -> "-y"), keyed by XPOS and the longest matching suffix. Proper nouns keep
// their form; numbers lose thousands separators (EWT convention).
// Thread-safety: immutable after Build/Load; Process and Lemma are const.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "nlp/component.h"
#include "nlp/conllu.h"

namespace kg::nlp {

class Lemmatizer : public Component {
 public:
  // Learns the table and rules from gold sentences.
  static std::unique_ptr<Lemmatizer> Build(const std::vector<ConlluSentence>& sentences);
  // IOError/Corruption on failure.
  static Result<std::unique_ptr<Lemmatizer>> Load(const std::string& path);
  Status Save(const std::string& path) const;

  std::string name() const override { return "lemmatizer"; }
  std::vector<std::string> requires_layers() const override { return {"tokens", "pos"}; }
  std::vector<std::string> assigns() const override { return {"lemma"}; }
  Status Process(Doc& doc) const override;

  // The lemma of `form` tagged `xpos`/`upos`.
  std::string Lemma(std::string_view form, std::string_view upos, std::string_view xpos) const;

 private:
  struct Rule {
    uint8_t strip = 0;   // bytes removed from the end of the lower-cased form
    std::string append;  // then appended
  };
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  template <typename V>
  using Map = std::unordered_map<std::string, V, Hash, std::equal_to<>>;
  Map<std::string> exact_;  // "Form\txpos" -> lemma, where it differs from lower_'s
  Map<std::string> lower_;  // "form\txpos" (lower-cased form) -> lemma
  Map<Rule> rules_;         // "xpos\tsuffix" -> rule
};

}  // namespace kg::nlp
