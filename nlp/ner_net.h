// NerNet: a bidirectional LSTM token classifier (Hochreiter & Schmidhuber
// 1997; for NER Huang et al. 2015, Lample et al. 2016) over fixed pretrained
// word vectors (nlp/word_vectors.h) and a few dense features per token. The
// NER (nlp/ner.h) adds its log-probabilities, weighted, to the perceptron's
// class scores before Viterbi decoding: the network reads the whole sentence
// and compares words by their vectors, which the perceptron's discrete
// features cannot.
// Thread-safety: a trained NerNet is immutable; LogProbs may run concurrently.
#pragma once

#include <cstdint>
#include <istream>
#include <ostream>
#include <random>
#include <vector>

#include "util/status.h"

namespace kg::nlp {

class NerNet {
 public:
  // One sentence of training data: per token, a word-vector input (dims()
  // values, all zero for an unknown word) and `extras` dense features, and
  // the gold class.
  struct Example {
    std::vector<float> inputs;  // n * input_dims, row per token
    std::vector<int> gold;      // n classes
    std::vector<uint8_t> capitalised;  // tokens whose word vector word dropout may hide
  };
  struct Options {
    int hidden = 32;            // LSTM units per direction (64: a CV tie at half the speed)
    int epochs = 10;
    float learning_rate = 0.002f;  // Adam
    int batch_sentences = 8;
    float input_dropout = 0.25f;   // of the word-vector values
    float word_dropout = 0.2f;     // capitalised tokens whose word vector is hidden
    unsigned seed = 1;
  };

  NerNet() = default;
  // Input: `vector_dims` word-vector values then `extra_dims` features per token.
  NerNet(int vector_dims, int extra_dims, int classes, int hidden, unsigned seed);

  int input_dims() const { return vector_dims_ + extra_dims_; }
  int vector_dims() const { return vector_dims_; }
  int classes() const { return classes_; }
  bool empty() const { return classes_ == 0; }

  // Log-probabilities of every class for each of the n tokens of `inputs`
  // (n * input_dims()), into out (n * classes()).
  void LogProbs(const float* inputs, int n, float* out) const;

  // Trains on `examples`; `log` (may be null) gets a line per epoch.
  void Train(const std::vector<Example>& examples, const Options& options, std::ostream* log);

  // Binary round trip. Load returns Corruption on malformed input.
  Status Save(std::ostream& out) const;
  Status Load(std::istream& in);

 private:
  struct Direction {
    std::vector<float> w, u, b;  // 4H x D, 4H x H, 4H (gates i, f, o, g)
  };
  struct Tape;  // forward activations kept for back-propagation
  void Forward(const Direction& d, const float* x, int n, bool reverse, Tape* tape) const;

  int vector_dims_ = 0, extra_dims_ = 0, classes_ = 0, hidden_ = 0;
  Direction fwd_, bwd_;
  std::vector<float> out_w_, out_b_;  // classes x 2H, classes
};

}  // namespace kg::nlp
