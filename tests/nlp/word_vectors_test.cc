#include "nlp/word_vectors.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "temp_file.h"

namespace kg::nlp {
namespace {

using test_util::WriteTempFile;

// Invented 3-d vectors: two town-like words point one way, two fruit-like
// words another; the third value is small noise the first component ignores.
const char* kVectors =
    "velmora 1 0 0.05\n"
    "castrel 2 0.1 -0.1\n"
    "quince 0 1 0.05\n"
    "medlar 0.1 3 -0.05\n";

double Cosine(const std::vector<float>& a, const std::vector<float>& b) {
  double ab = 0, aa = 0, bb = 0;
  for (size_t i = 0; i < a.size(); ++i) ab += a[i] * b[i], aa += a[i] * a[i], bb += b[i] * b[i];
  return ab / std::sqrt(aa * bb);
}

std::vector<float> Get(const WordVectors& wv, const std::string& w) {
  std::vector<float> v(wv.dims(), 0.0f);
  EXPECT_TRUE(wv.Lookup(w, v.data())) << w;
  return v;
}

TEST(WordVectorsTest, TheFirstComponentSeparatesWordsPointingApart) {
  auto wv = WordVectors::Read(WriteTempFile("wv_ok.txt", kVectors), 100, 1);
  ASSERT_TRUE(wv.ok()) << wv.status().ToString();
  EXPECT_EQ(wv->dims(), 1);
  EXPECT_EQ(wv->size(), 4u);
  // One dimension is left: the two groups lie on opposite sides of the mean.
  const float town = Get(*wv, "velmora")[0], fruit = Get(*wv, "quince")[0];
  EXPECT_GT(town * Get(*wv, "castrel")[0], 0.0f);
  EXPECT_GT(fruit * Get(*wv, "medlar")[0], 0.0f);
  EXPECT_LT(town * fruit, 0.0f);
}

TEST(WordVectorsTest, AllComponentsKeepTheGroups) {
  auto wv = WordVectors::Read(WriteTempFile("wv_all.txt", kVectors), 100, 0);
  ASSERT_TRUE(wv.ok()) << wv.status().ToString();
  EXPECT_EQ(wv->dims(), 3);
  EXPECT_GT(Cosine(Get(*wv, "velmora"), Get(*wv, "castrel")), 0.5);
  EXPECT_LT(Cosine(Get(*wv, "velmora"), Get(*wv, "medlar")), 0.0);
}

TEST(WordVectorsTest, LooksUpCapitalisedFormsInLowerCaseAndOnlyTheFirstWords) {
  auto wv = WordVectors::Read(WriteTempFile("wv_first.txt", kVectors), 2, 2);
  ASSERT_TRUE(wv.ok()) << wv.status().ToString();
  std::vector<float> v(2, 9.0f);
  EXPECT_TRUE(wv->Lookup("Velmora", v.data()));
  EXPECT_EQ(v, Get(*wv, "velmora"));
  v.assign(2, 9.0f);
  EXPECT_FALSE(wv->Lookup("quince", v.data()));  // beyond max_words
  EXPECT_EQ(v, std::vector<float>(2, 9.0f));      // untouched
}

TEST(WordVectorsTest, SaveAndLoadRoundTripAndTruncationIsCorruption) {
  auto wv = WordVectors::Read(WriteTempFile("wv_rt.txt", kVectors), 100, 2);
  ASSERT_TRUE(wv.ok());
  std::stringstream buf;
  ASSERT_TRUE(wv->Save(buf).ok());
  const std::string bytes = buf.str();
  WordVectors back;
  std::stringstream in(bytes);
  ASSERT_TRUE(back.Load(in).ok());
  EXPECT_EQ(back.size(), 4u);
  for (const char* w : {"velmora", "castrel", "quince", "medlar"}) EXPECT_EQ(Get(back, w), Get(*wv, w)) << w;
  std::stringstream cut(bytes.substr(0, bytes.size() - 3));
  WordVectors broken;
  EXPECT_FALSE(broken.Load(cut).ok());
}

TEST(WordVectorsTest, FourBitVectorsRoundTripAndKeepTheGroups) {
  auto wv = WordVectors::Read(WriteTempFile("wv_4bit.txt", kVectors), 100, 2, 4);
  ASSERT_TRUE(wv.ok()) << wv.status().ToString();
  EXPECT_EQ(wv->bits(), 4);
  EXPECT_GT(Cosine(Get(*wv, "velmora"), Get(*wv, "castrel")), 0.5);
  EXPECT_LT(Cosine(Get(*wv, "velmora"), Get(*wv, "medlar")), 0.0);
  std::stringstream buf;
  ASSERT_TRUE(wv->Save(buf).ok());
  WordVectors back;
  ASSERT_TRUE(back.Load(buf).ok());
  for (const char* w : {"velmora", "castrel", "quince", "medlar"}) EXPECT_EQ(Get(back, w), Get(*wv, w)) << w;
  EXPECT_FALSE(WordVectors::Read(WriteTempFile("wv_bits.txt", kVectors), 100, 2, 5).ok());
}

TEST(WordVectorsTest, MalformedOrMissingFilesAreErrors) {
  EXPECT_FALSE(WordVectors::Read(WriteTempFile("wv_ragged.txt", "a 1 2\nb 1\n"), 10, 1).ok());
  EXPECT_FALSE(WordVectors::Read(::testing::TempDir() + "/wv_missing.txt", 10, 1).ok());
}

}  // namespace
}  // namespace kg::nlp
