#include "nlp/parser.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "nlp/conllu.h"
#include "nlp/parser_data.h"
#include "nlp/parser_transitions.h"
#include "nlp/parser_weights.h"
#include "test_doc.h"

namespace kg::nlp {
namespace {

TEST(ParserTransitionsTest, ProjectivizeLiftsCrossingArc) {
  // 3->1, 4->2, ROOT->3, 3->4: the arc 4->2 crosses 3 (which 4 does not dominate).
  std::vector<int> heads = {-1, 3, 4, 0, 3};
  parse::Projectivize(&heads);
  EXPECT_EQ(heads, (std::vector<int>{-1, 3, 3, 0, 3}));  // 2 lifted to its grandparent 3
  std::vector<int> projective = {-1, 2, 0, 4, 2};
  parse::Projectivize(&projective);
  EXPECT_EQ(projective, (std::vector<int>{-1, 2, 0, 4, 2}));
}

// "The cat sat on the mat ." with labels det=0 nsubj=1 root=2 case=3 obl=4 punct=5.
const std::vector<int> kGoldHeads = {-1, 2, 3, 0, 6, 6, 3, 3};
const std::vector<int> kGoldLabels = {-1, 0, 1, 2, 3, 0, 4, 5};
constexpr int kActions = 2 + 2 * 6;

TEST(ParserTransitionsTest, ZeroCostActionsRebuildGoldTree) {
  parse::State state(7);
  int steps = 0;
  while (!state.Terminal()) {
    int costs[kActions];
    std::fill(costs, costs + kActions, 1000);
    state.Costs(kGoldHeads, kGoldLabels, kActions, costs);
    int chosen = -1;
    for (int a = 0; a < kActions && chosen < 0; ++a) {
      if (costs[a] == 0) chosen = a;
    }
    ASSERT_GE(chosen, 0) << "no zero-cost action at step " << steps;
    state.Apply(chosen);
    ASSERT_LT(++steps, 100);
  }
  state.FinishTree(std::vector<bool>(8, false), 0, 5, 2);
  for (int i = 1; i <= 7; ++i) {
    EXPECT_EQ(state.heads()[i], kGoldHeads[i]) << "word " << i;
    EXPECT_EQ(state.labels()[i], kGoldLabels[i]) << "word " << i;
  }
}

TEST(ParserTransitionsTest, CostsCountLostArcs) {
  parse::State state(7);
  int costs[kActions];
  std::fill(costs, costs + kActions, 1000);
  state.Costs(kGoldHeads, kGoldLabels, kActions, costs);
  EXPECT_EQ(costs[parse::kShift], 0);
  // ROOT -> "The" loses The's real head (cat, still in the buffer).
  EXPECT_EQ(costs[parse::RightArc(0)], 1);
  EXPECT_EQ(costs[parse::kReduce], 1000);  // invalid: ROOT cannot be reduced
  state.Apply(parse::kShift);               // stack: ROOT The; buffer: cat ...
  std::fill(costs, costs + kActions, 1000);
  state.Costs(kGoldHeads, kGoldLabels, kActions, costs);
  EXPECT_EQ(costs[parse::LeftArc(0)], 0);   // cat -det-> The
  EXPECT_EQ(costs[parse::LeftArc(1)], 1);   // the right arc with the wrong label
  EXPECT_EQ(costs[parse::kShift], 1);       // The could no longer take cat as head
}

TEST(ParserWeightsTest, AveragedWeightsRoundTrip) {
  TrainWeights tw(3);
  const uint64_t f1[] = {11, 22};
  const uint64_t f2[] = {22, 33};
  tw.Update(f1, 2, 0, 1);  // t=1: class 0 +1, class 1 -1 for 11 and 22
  tw.Update(f2, 2, 2, 2);  // t=2: correct, no change
  Weights w = tw.Average(0.0f);
  float s[3] = {0, 0, 0};
  w.Score(f1, 2, s);
  // Averaging is over the instances the weights scored: 0 while scoring the
  // first (updated after it), +-1 for the second -> +-0.5 per feature, 2 features.
  EXPECT_FLOAT_EQ(s[0], 1.0f);
  EXPECT_FLOAT_EQ(s[1], -1.0f);
  EXPECT_FLOAT_EQ(s[2], 0.0f);
  std::stringstream buf;
  ASSERT_TRUE(w.Save(buf).ok());
  Weights back;
  ASSERT_TRUE(back.Load(buf).ok());
  float t[3] = {0, 0, 0};
  back.Score(f1, 2, t);
  EXPECT_NEAR(t[0], 1.0f, 1e-3);
  EXPECT_NEAR(t[1], -1.0f, 1e-3);
  std::stringstream bad("not weights");
  EXPECT_FALSE(back.Load(bad).ok());
}

std::string ShippedParser() { return std::string(KG_SOURCE_DIR) + "/models/" + Parser::kFileName; }

std::vector<std::pair<int, std::string>> Parse(const Parser& p, Doc doc) {
  EXPECT_TRUE(p.Process(doc).ok());
  std::vector<std::pair<int, std::string>> out;
  for (const Token& t : doc.tokens) out.emplace_back(t.head, t.deprel);
  return out;
}

TEST(ParserTest, ShippedModelRoundTripAndDeterminism) {
  if (!std::filesystem::exists(ShippedParser())) GTEST_SKIP() << "no shipped parser model";
  auto p = Parser::Load(ShippedParser());
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  const Doc doc = test_util::MakeDoc(
      "The/DET minister/NOUN visited/VERB Lisbon/PROPN on/ADP Monday/PROPN ./PUNCT");
  const auto first = Parse(**p, doc);
  EXPECT_EQ(first, Parse(**p, doc));
  // Exactly one root, and every head inside the sentence.
  int roots = 0;
  for (const auto& [h, rel] : first) {
    roots += h == -1;
    EXPECT_LT(h, 7);
  }
  EXPECT_EQ(roots, 1);
  const std::string path = ::testing::TempDir() + "/parser_roundtrip.bin";
  ASSERT_TRUE((*p)->Save(path).ok());
  auto back = Parser::Load(path);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(first, Parse(**back, doc));
  std::ofstream(path, std::ios::trunc) << "garbage";
  EXPECT_FALSE(Parser::Load(path).ok());
  EXPECT_FALSE(Parser::Load(path + ".missing").ok());
}

// Accuracy smoke test: EWT dev (first 400 sentences, gold tags) when the
// corpora are present, else the small hand-annotated sample shipped here.
TEST(ParserTest, AccuracySmoke) {
  if (!std::filesystem::exists(ShippedParser())) GTEST_SKIP() << "no shipped parser model";
  auto p = Parser::Load(ShippedParser());
  ASSERT_TRUE(p.ok());
  const std::string dev = std::string(KG_SHARED_DIR) + "/corpora/ud-english-ewt/en_ewt-ud-dev.conllu";
  const bool have_shared = std::filesystem::exists(dev);
  auto sents = ReadConlluFile(have_shared ? dev : std::string(KG_SOURCE_DIR) + "/tests/nlp/data/parser_sample.conllu");
  ASSERT_TRUE(sents.ok()) << sents.status().ToString();
  if (sents->size() > 400) sents->resize(400);
  size_t total = 0, correct = 0;
  for (const ConlluSentence& s : *sents) {
    Doc doc = SentenceToDoc(s);
    ASSERT_TRUE((*p)->Process(doc).ok());
    for (size_t i = 0; i < s.words.size(); ++i) {
      ++total;
      correct += doc.tokens[i].head + 1 == s.words[i].head && doc.tokens[i].deprel == s.words[i].deprel;
    }
  }
  const double las = 100.0 * correct / total;
  EXPECT_GE(las, have_shared ? 80.0 : 75.0) << total << " words";
}

}  // namespace
}  // namespace kg::nlp
