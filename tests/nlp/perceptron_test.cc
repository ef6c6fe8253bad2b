// Averaged perceptron: learns a separable toy problem, round-trips through
// its binary form with the same scores, and is deterministic.
#include "nlp/perceptron.h"

#include <gtest/gtest.h>

namespace kg::nlp {
namespace {

// Class = which of three "words" is present; feature 100 is noise on every example.
Perceptron TrainToy() {
  Perceptron p(3);
  for (int epoch = 0; epoch < 5; ++epoch)
    for (int c = 0; c < 3; ++c) {
      std::vector<uint64_t> f = {FeatureKey(1, HashString("noise")), FeatureKey(2, static_cast<uint64_t>(c))};
      p.Update(f, c, p.Predict(f));
    }
  p.Average();
  return p;
}

TEST(PerceptronTest, LearnsSeparableClasses) {
  Perceptron p = TrainToy();
  for (int c = 0; c < 3; ++c) {
    std::vector<uint64_t> f = {FeatureKey(1, HashString("noise")), FeatureKey(2, static_cast<uint64_t>(c))};
    EXPECT_EQ(p.Predict(f), c);
  }
  EXPECT_TRUE(p.trained());
}

TEST(PerceptronTest, UnknownFeaturesScoreZero) {
  Perceptron p = TrainToy();
  float scores[3] = {1, 1, 1};
  std::vector<uint64_t> f = {FeatureKey(7, 12345)};
  p.Score(f, scores);
  EXPECT_EQ(scores[0], 0.0f);
  EXPECT_EQ(scores[1], 0.0f);
  EXPECT_EQ(scores[2], 0.0f);
}

TEST(PerceptronTest, SaveLoadRoundTripKeepsScores) {
  Perceptron p = TrainToy();
  BinaryWriter w;
  p.Save(w);
  BinaryReader r(w.buffer());
  Perceptron q;
  ASSERT_TRUE(q.Load(r).ok());
  EXPECT_EQ(q.num_classes(), 3);
  EXPECT_EQ(q.num_features(), p.num_features());
  for (int c = 0; c < 3; ++c) {
    std::vector<uint64_t> f = {FeatureKey(2, static_cast<uint64_t>(c))};
    float a[3], b[3];
    p.Score(f, a);
    q.Score(f, b);
    for (int k = 0; k < 3; ++k) EXPECT_NEAR(a[k], b[k], 1e-3f);  // 16-bit quantisation
  }
}

TEST(PerceptronTest, DeterministicBytes) {
  BinaryWriter a, b;
  TrainToy().Save(a);
  TrainToy().Save(b);
  EXPECT_EQ(a.buffer(), b.buffer());
}

TEST(PerceptronTest, TruncatedDataIsCorruption) {
  BinaryWriter w;
  TrainToy().Save(w);
  std::string bytes = w.buffer();
  bytes.resize(bytes.size() - 3);
  BinaryReader r(bytes);
  Perceptron q;
  Status s = q.Load(r);
  EXPECT_EQ(s.code(), Status::Code::kCorruption);
}

TEST(PerceptronTest, AveragingDampsLateUpdates) {
  // One update at the very end of 100 decisions has an average weight of 1/100.
  Perceptron p(2);
  std::vector<uint64_t> f = {FeatureKey(1, 1)};
  for (int i = 0; i < 99; ++i) p.Tick();
  p.Update(f, 1, 0);
  p.Average(0.0f);
  float s[2];
  p.Score(f, s);
  EXPECT_NEAR(s[1], 0.0f, 0.02f);
  EXPECT_NEAR(s[0], 0.0f, 0.02f);
}

}  // namespace
}  // namespace kg::nlp
