#include "nlp/vector_classes.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "temp_file.h"

namespace kg::nlp {
namespace {

using test_util::WriteTempFile;

// Invented 3-d vectors: two city-like words point one way, two fruit-like
// words another; lengths differ, which cosine clustering must ignore.
const char* kVectors =
    "velmora 1 0.1 0\n"
    "castrel 2 0.3 0\n"
    "quince 0 0.1 1\n"
    "medlar 0 0 3\n";

VectorClassOptions TwoClasses() {
  VectorClassOptions o;
  o.k = {2, 2, 2};
  return o;
}

TEST(VectorClassesTest, WordsPointingTheSameWayShareAClass) {
  auto wc = LearnVectorClasses(WriteTempFile("vec_ok.txt", kVectors), TwoClasses());
  ASSERT_TRUE(wc.ok()) << wc.status().ToString();
  EXPECT_EQ(wc->size(), 4u);
  for (int l = 0; l < WordClusters::kLevels; ++l) {
    EXPECT_EQ(wc->Lookup("velmora")[l], wc->Lookup("castrel")[l]) << l;
    EXPECT_EQ(wc->Lookup("quince")[l], wc->Lookup("medlar")[l]) << l;
    EXPECT_NE(wc->Lookup("velmora")[l], wc->Lookup("quince")[l]) << l;
    EXPECT_GE(wc->Lookup("velmora")[l], 1);  // 0 is kept for unknown words
  }
  EXPECT_EQ(wc->Lookup("Velmora"), wc->Lookup("velmora"));  // capitalised forms find the lower-case entry
  EXPECT_EQ(wc->Lookup("ashgrove"), (WordClusters::Ids{0, 0, 0}));
}

TEST(VectorClassesTest, OnlyTheFirstWordsOfTheFileGetClasses) {
  VectorClassOptions o = TwoClasses();
  o.max_words = 2;
  auto wc = LearnVectorClasses(WriteTempFile("vec_first.txt", kVectors), o);
  ASSERT_TRUE(wc.ok());
  EXPECT_EQ(wc->size(), 2u);
  EXPECT_EQ(wc->Lookup("quince"), (WordClusters::Ids{0, 0, 0}));
}

TEST(VectorClassesTest, SameInputGivesSameClasses) {
  const std::string path = WriteTempFile("vec_same.txt", kVectors);
  auto a = LearnVectorClasses(path, TwoClasses());
  auto b = LearnVectorClasses(path, TwoClasses());
  ASSERT_TRUE(a.ok() && b.ok());
  for (const char* w : {"velmora", "castrel", "quince", "medlar"}) EXPECT_EQ(a->Lookup(w), b->Lookup(w)) << w;
}

TEST(VectorClassesTest, BadFilesAreErrors) {
  const auto missing = LearnVectorClasses(::testing::TempDir() + "/no_such_vectors.txt", TwoClasses());
  EXPECT_EQ(missing.status().code(), Status::Code::kIOError);
  const auto ragged = LearnVectorClasses(WriteTempFile("vec_ragged.txt", "velmora 1 0 0\nquince 0 1\n"), TwoClasses());
  EXPECT_EQ(ragged.status().code(), Status::Code::kInvalidArgument);
  EXPECT_NE(ragged.status().message().find(":2:"), std::string::npos) << ragged.status().message();
  const auto text = LearnVectorClasses(WriteTempFile("vec_text.txt", "velmora 1 zero 0\n"), TwoClasses());
  EXPECT_EQ(text.status().code(), Status::Code::kInvalidArgument);
  const auto bare = LearnVectorClasses(WriteTempFile("vec_bare.txt", "velmora\n"), TwoClasses());
  EXPECT_EQ(bare.status().code(), Status::Code::kInvalidArgument);
  const auto empty = LearnVectorClasses(WriteTempFile("vec_empty.txt", ""), TwoClasses());
  EXPECT_EQ(empty.status().code(), Status::Code::kInvalidArgument);
}

}  // namespace
}  // namespace kg::nlp
