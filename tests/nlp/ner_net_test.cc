#include "nlp/ner_net.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <sstream>
#include <vector>

namespace kg::nlp {
namespace {

// A toy task only a bidirectional reader solves: a token is class 1 when
// the NEXT token carries marker A, class 2 when the PREVIOUS token carries
// marker B, else class 0. Inputs: 2 "vector" values (noise), then 2 extras
// (A, B); the first extra is also the "no vector" flag position, which the
// toy ignores.
std::vector<NerNet::Example> ToyData(int sentences, unsigned seed) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> len(3, 9), marker(0, 3);
  std::normal_distribution<float> noise(0.0f, 0.5f);
  std::vector<NerNet::Example> out;
  for (int s = 0; s < sentences; ++s) {
    NerNet::Example ex;
    const int n = len(rng);
    std::vector<int> mark(n);
    for (int k = 0; k < n; ++k) mark[k] = marker(rng);  // 0: A, 1: B, else none
    for (int k = 0; k < n; ++k) {
      ex.inputs.push_back(noise(rng));
      ex.inputs.push_back(noise(rng));
      ex.inputs.push_back(mark[k] == 0 ? 1.0f : 0.0f);
      ex.inputs.push_back(mark[k] == 1 ? 1.0f : 0.0f);
      const bool next_a = k + 1 < n && mark[k + 1] == 0;
      const bool prev_b = k > 0 && mark[k - 1] == 1;
      ex.gold.push_back(next_a ? 1 : prev_b ? 2 : 0);
    }
    out.push_back(std::move(ex));
  }
  return out;
}

double Accuracy(const NerNet& net, const std::vector<NerNet::Example>& data) {
  size_t right = 0, total = 0;
  for (const NerNet::Example& ex : data) {
    const int n = static_cast<int>(ex.gold.size());
    std::vector<float> lp(static_cast<size_t>(n) * net.classes());
    net.LogProbs(ex.inputs.data(), n, lp.data());
    for (int k = 0; k < n; ++k) {
      const float* row = lp.data() + static_cast<size_t>(k) * net.classes();
      int best = 0;
      for (int c = 1; c < net.classes(); ++c) best = row[c] > row[best] ? c : best;
      right += best == ex.gold[k];
      ++total;
    }
  }
  return static_cast<double>(right) / static_cast<double>(total);
}

NerNet::Options ToyOptions() {
  NerNet::Options o;
  o.hidden = 8;
  o.epochs = 15;
  o.learning_rate = 0.01f;
  o.input_dropout = 0.0f;
  o.word_dropout = 0.0f;
  return o;
}

TEST(NerNetTest, LearnsClassesThatDependOnBothNeighbours) {
  const auto train = ToyData(400, 1), test = ToyData(100, 2);
  NerNet net(2, 2, 3, 8, 5);
  const double before = Accuracy(net, test);
  net.Train(train, ToyOptions(), nullptr);
  // Majority class 0 is about 56% of tokens; both directions are needed for the rest.
  EXPECT_GT(Accuracy(net, test), 0.97) << "untrained: " << before;
}

TEST(NerNetTest, LogProbabilitiesSumToOne) {
  NerNet net(2, 2, 3, 4, 9);
  const auto data = ToyData(5, 3);
  for (const NerNet::Example& ex : data) {
    const int n = static_cast<int>(ex.gold.size());
    std::vector<float> lp(static_cast<size_t>(n) * 3);
    net.LogProbs(ex.inputs.data(), n, lp.data());
    for (int k = 0; k < n; ++k) {
      double sum = 0;
      for (int c = 0; c < 3; ++c) sum += std::exp(lp[static_cast<size_t>(k) * 3 + c]);
      EXPECT_NEAR(sum, 1.0, 1e-4);
    }
  }
}

TEST(NerNetTest, SaveAndLoadGiveTheSameScores) {
  const auto data = ToyData(50, 4);
  NerNet net(2, 2, 3, 6, 11);
  NerNet::Options o = ToyOptions();
  o.epochs = 2;
  net.Train(data, o, nullptr);
  std::stringstream buf;
  ASSERT_TRUE(net.Save(buf).ok());
  NerNet loaded;
  ASSERT_TRUE(loaded.Load(buf).ok());
  const NerNet::Example& ex = data[0];
  const int n = static_cast<int>(ex.gold.size());
  std::vector<float> a(static_cast<size_t>(n) * 3), b(a.size());
  net.LogProbs(ex.inputs.data(), n, a.data());
  loaded.LogProbs(ex.inputs.data(), n, b.data());
  EXPECT_EQ(a, b);
}

TEST(NerNetTest, TruncatedFileIsCorruptionAndLeavesAnEmptyNet) {
  NerNet net(2, 2, 3, 4, 1);
  std::stringstream buf;
  ASSERT_TRUE(net.Save(buf).ok());
  const std::string bytes = buf.str();
  std::stringstream cut(bytes.substr(0, bytes.size() / 2));
  NerNet loaded;
  EXPECT_FALSE(loaded.Load(cut).ok());
  EXPECT_TRUE(loaded.empty());
}

}  // namespace
}  // namespace kg::nlp
