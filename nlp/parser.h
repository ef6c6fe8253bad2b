// Parser: greedy arc-eager dependency parser (Universal Dependencies
// relations) scored by an averaged perceptron over Zhang & Nivre (2011)
// style hashed feature templates; trained with a dynamic oracle
// (nlp/train_parser.h). Non-projective arcs are lifted in training, so the
// output is projective.
// Model file: <models_dir>/parser.bin (the pipeline loads it by that name).
// Reads tokens, sentences and "pos" (xpos, falling back to upos); assigns
// Token::head (Doc-level index, -1 = root) and Token::deprel.
// Thread-safety: a loaded Parser is immutable; Process may run concurrently
// on different Docs.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "nlp/component.h"
#include "nlp/parser_weights.h"

namespace kg::nlp {

class Parser : public Component {
 public:
  static constexpr const char* kFileName = "parser.bin";

  // Loads a model written by Save. IOError if unreadable, Corruption if malformed.
  static Result<std::unique_ptr<Parser>> Load(const std::string& path);
  // Writes the model. IOError on failure.
  Status Save(const std::string& path) const;

  std::string name() const override { return "parser"; }
  std::vector<std::string> requires_layers() const override { return {"tokens", "sentences", "pos"}; }
  std::vector<std::string> assigns() const override { return {"deps"}; }
  // Parses every sentence of `doc`. Always Ok for a well-formed Doc.
  Status Process(Doc& doc) const override;
  // Parses tokens [first, last) of `doc` as one sentence.
  void ParseSpan(Doc& doc, uint32_t first, uint32_t last) const;

  const std::vector<std::string>& labels() const { return labels_; }
  // Drops weights below `min_abs` (trades accuracy for size; see train_parser.h).
  void PruneWeights(float min_abs) { weights_.Prune(min_abs); }

  // For training (nlp/train_parser.cc): a parser over the given vocabularies and weights.
  Parser(std::vector<std::string> labels, std::vector<std::string> tags, bool use_xpos, Weights weights);

 private:
  uint32_t TagId(const Token& t) const;
  std::vector<std::string> labels_;
  std::vector<std::string> tags_;  // tag id i+3 = tags_[i]; 0 none, 1 unknown, 2 ROOT
  bool use_xpos_ = true;
  Weights weights_;
  int dep_label_ = 0, punct_label_ = 0, root_label_ = 0;
};

}  // namespace kg::nlp
