// Tagger: greedy left-to-right part-of-speech tagger (averaged perceptron)
// assigning UPOS and XPOS together: each class is one "UPOS|XPOS" pair seen in
// training, so the two layers never disagree. Features: the word, its
// prefixes/suffixes and shape, two words either side, the two previous tags.
// Frequent words that (almost) always take one tag skip the model through a
// tag dictionary, which is both faster and as accurate.
// Thread-safety: immutable after Load/Train; Process/Tag are const and safe
// from many threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "nlp/component.h"
#include "nlp/model_io.h"
#include "nlp/perceptron.h"

namespace kg::nlp {

// Exact word form -> tag id, looked up by string_view without copying.
struct TagDictHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};
using TagDict = std::unordered_map<std::string, int, TagDictHash, std::equal_to<>>;

class Tagger : public Component {
 public:
  // Reads a model written by Save. IOError/Corruption on failure.
  static Result<std::unique_ptr<Tagger>> Load(const std::string& path);
  Status Save(const std::string& path) const;

  std::string name() const override { return "tagger"; }
  std::vector<std::string> requires_layers() const override { return {"tokens", "sentences"}; }
  std::vector<std::string> assigns() const override { return {"pos"}; }
  // Sets upos/xpos of every token, sentence by sentence.
  Status Process(Doc& doc) const override;

  // Tags one sentence: tag ids into `tags` (resized to words.size()).
  void Tag(const std::vector<std::string_view>& words, std::vector<int>* tags) const;
  const std::string& Upos(int tag) const { return upos_[tag]; }
  const std::string& Xpos(int tag) const { return xpos_[tag]; }
  int num_tags() const { return static_cast<int>(upos_.size()); }

  // --- for training (nlp/train/train_tagger.cc) ---
  struct Word {  // per-word hashes computed once per sentence
    uint64_t norm, lower_raw, pre1, pre2, suf1, suf2, suf3, suf4, shape;
    uint64_t amb;  // ambiguity class: hash of the tags the word took in training (0 = unseen)
    uint8_t flags;  // bit 0: has upper, 1: has digit, 2: has hyphen, 3: all upper
  };
  void Prepare(const std::vector<std::string_view>& words, std::vector<Word>* out) const;
  // Features of word i given the two previous predicted tags (-1 = none).
  static void Features(const std::vector<Word>& words, size_t i, int prev, int prev2, std::vector<uint64_t>* out);
  // The model to train; Tag ids index upos/xpos given to the constructor.
  Tagger(std::vector<std::string> upos, std::vector<std::string> xpos, Perceptron model,
         TagDict tag_dict);
  Perceptron& model() { return model_; }
  void set_tag_dict(TagDict d) { tag_dict_ = std::move(d); }
  // Lower-cased form -> ambiguity class hash (set before training).
  using Lexicon = std::unordered_map<std::string, uint64_t, TagDictHash, std::equal_to<>>;
  void set_lexicon(Lexicon l) { lexicon_ = std::move(l); }

 private:
  std::vector<std::string> upos_, xpos_;
  Perceptron model_;
  TagDict tag_dict_;  // exact form -> tag
  Lexicon lexicon_;
};

}  // namespace kg::nlp
