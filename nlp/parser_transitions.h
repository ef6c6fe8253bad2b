// Arc-eager transition system, feature extraction and dynamic-oracle costs
// for the dependency parser (internal to nlp/parser.cc and
// nlp/train_parser.cc). Token 0 is the artificial ROOT; words are 1..n.
// Actions: 0 SHIFT, 1 REDUCE, 2+2l LEFT-ARC(label l), 3+2l RIGHT-ARC(label l).
// ROOT takes exactly one dependent (RIGHT-ARC from ROOT once); the parse
// ends when the buffer is empty and headless words are then attached by
// FinishTree. Thread-safety: value types, one thread each.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kg::nlp::parse {

constexpr int kShift = 0;
constexpr int kReduce = 1;
inline int LeftArc(int label) { return 2 + 2 * label; }
inline int RightArc(int label) { return 3 + 2 * label; }
inline bool IsLeftArc(int a) { return a >= 2 && a % 2 == 0; }
inline bool IsRightArc(int a) { return a >= 3 && a % 2 == 1; }
inline int LabelOf(int a) { return (a - 2) / 2; }
constexpr int kMaxLabels = 63;  // label sets are 64-bit masks
constexpr int kMaxFeatures = 96;

// The per-sentence inputs, index 0 = ROOT.
struct SentenceInput {
  std::vector<uint64_t> word;    // hash of the normalised lower-case form
  std::vector<uint64_t> suffix;  // hash of the last 3 characters
  std::vector<uint32_t> tag;     // fine tag id (2 = ROOT, 1 = unknown, 0 = none)
  std::vector<uint64_t> upos;    // hash of the universal tag (AUX vs VERB, which xpos merges)
  int n = 0;                     // number of words
};

// Normalises a form (ASCII lower-case, digits -> 9) and hashes it; stable across runs.
uint64_t HashString(const std::string& s);
uint64_t WordKey(const std::string& form);
uint64_t SuffixKey(const std::string& form);

class State {
 public:
  explicit State(int n);
  bool Terminal() const { return b_ > n_; }
  bool Valid(int action) const;
  void Apply(int action);
  int s0() const { return stack_.back(); }
  int b() const { return b_; }
  const std::vector<int>& heads() const { return head_; }
  const std::vector<int>& labels() const { return label_; }
  // Fills out[] with hashed features; returns how many (<= kMaxFeatures).
  int Features(const SentenceInput& in, uint64_t* out) const;
  // Dynamic-oracle cost of every action (n_actions entries; invalid ones untouched).
  void Costs(const std::vector<int>& gold_head, const std::vector<int>& gold_label, int n_actions,
             int* costs) const;
  // Attaches words left headless at the end: the first becomes the root if
  // ROOT has no dependent, the rest attach to the root word with `dep_label`
  // (or `punct_label` when is_punct[i]).
  void FinishTree(const std::vector<bool>& is_punct, int dep_label, int punct_label, int root_label);

 private:
  void AddArc(int h, int d, int label);
  int n_;
  int b_ = 1;
  bool root_has_child_ = false;
  std::vector<int> stack_;
  std::vector<int> head_, label_, lm1_, lm2_, rm1_, rm2_, nl_, nr_;
  std::vector<uint64_t> lmask_, rmask_;
};

// Makes a gold tree projective by lifting non-projective arcs to the
// grandparent (labels kept). heads: 0 = ROOT, words 1..n (heads[0] unused).
void Projectivize(std::vector<int>* heads);

}  // namespace kg::nlp::parse
