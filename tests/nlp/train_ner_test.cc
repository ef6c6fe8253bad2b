// The NER trainer's IOB2 input (Universal NER sentences trained on beside
// GUM) on invented text: BILOU classes of gold spans, reading and tagging
// the files, document starts, errors.
#include "nlp/train_ner.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "temp_file.h"

namespace kg::nlp {
namespace {

// A stand-in tagger: every capitalised word is PROPN, the rest X.
class CapsTagger : public Component {
 public:
  std::string name() const override { return "caps"; }
  std::vector<std::string> requires_layers() const override { return {"tokens"}; }
  std::vector<std::string> assigns() const override { return {"pos"}; }
  Status Process(Doc& doc) const override {
    for (Token& t : doc.tokens) t.upos = !t.form.empty() && t.form[0] >= 'A' && t.form[0] <= 'Z' ? "PROPN" : "X";
    return Status::Ok();
  }
};

TEST(TrainNerTest, GoldSpansBecomeBilouClasses) {
  // Classes: 0 O; PERSON 1-4, ORG 5-8, PLACE 9-12 (B, I, L, U each).
  const std::vector<EntitySpan> spans = {{0, 3, "ORG", ""}, {4, 5, "PLACE", ""}, {6, 8, "PERSON", ""}};
  EXPECT_EQ(NerGoldClasses(spans, 9), (std::vector<int>{5, 6, 7, 0, 12, 0, 1, 3, 0}));
  EXPECT_EQ(NerGoldClasses({}, 2), (std::vector<int>{0, 0}));
  // A span past the sentence's end is ignored, not written out of bounds.
  EXPECT_EQ(NerGoldClasses({{1, 4, "ORG", ""}}, 3), (std::vector<int>{0, 0, 0}));
}

TEST(TrainNerTest, Iob2FilesAreReadTaggedAndSplitIntoDocuments) {
  const std::string a = test_util::WriteTempFile(
      "train_ner_a-dev.iob2",
      // no newdoc line: the file starts a document of its own
      "1\tQuillon\tB-ORG\t-\t-\n"
      "2\tBrakeworks\tI-ORG\t-\t-\n"
      "3\thired\tO\t-\t-\n"
      "4\tOrsa\tB-PER\t-\t-\n"
      "\n"
      "# newdoc id = second\n"
      "1\tin\tO\t-\t-\n"
      "2\tvell\tB-LOC\t-\t-\n"
      "3\tharbour\tI-LOC\t-\t-\n"
      "\n");
  const std::string b = test_util::WriteTempFile("train_ner_b-dev.iob2",
                                                 "# newdoc id = third\n"
                                                 "1\tTamsin\tB-OTH\t-\t-\n"
                                                 "2\twrote\tO\t-\t-\n"
                                                 "\n");
  CapsTagger tagger;
  std::vector<ConlluSentence> sentences;
  std::vector<std::vector<EntitySpan>> spans;
  ASSERT_TRUE(LoadIob2Training({a, b}, &tagger, &sentences, &spans).ok());
  ASSERT_EQ(sentences.size(), 3u);
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(sentences[0].comments.count("newdoc id"), 1u);
  EXPECT_EQ(sentences[1].comments.at("newdoc id"), "second");
  EXPECT_EQ(sentences[2].comments.at("newdoc id"), "third");
  EXPECT_EQ(sentences[0].words[0].upos, "PROPN");
  EXPECT_EQ(sentences[0].words[2].upos, "X");
  EXPECT_EQ(NerGoldClasses(spans[0], 4), (std::vector<int>{5, 7, 0, 4}));
  EXPECT_EQ(NerGoldClasses(spans[1], 3), (std::vector<int>{0, 9, 11}));
  EXPECT_TRUE(spans[2].empty());  // OTH is not a type the NER tags

  // Errors: a missing file is an IOError; a malformed one names the file.
  sentences.clear();
  spans.clear();
  const Status missing = LoadIob2Training({::testing::TempDir() + "/no_such-dev.iob2"}, &tagger, &sentences, &spans);
  EXPECT_EQ(missing.code(), Status::Code::kIOError);
  const std::string bad = test_util::WriteTempFile("train_ner_bad-dev.iob2", "1\tWord\tX-ORG\t-\t-\n\n");
  const Status malformed = LoadIob2Training({bad}, &tagger, &sentences, &spans);
  EXPECT_EQ(malformed.code(), Status::Code::kInvalidArgument);
  EXPECT_NE(malformed.message().find("train_ner_bad-dev.iob2"), std::string::npos) << malformed.message();
}

}  // namespace
}  // namespace kg::nlp
