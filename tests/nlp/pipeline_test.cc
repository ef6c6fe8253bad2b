// Pipeline, tagger and lemmatizer: training on a tiny hand-made sample, the
// save/load round trip, determinism, the requires/assigns check, and an
// accuracy smoke test of the shipped models.
#include "nlp/pipeline.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "nlp/conllu.h"
#include "nlp/lemmatizer.h"
#include "nlp/models_dir.h"
#include "nlp/sentencizer.h"
#include "nlp/tagger.h"
#include "nlp/train/evaluate.h"
#include "nlp/train/train_tagger.h"
#include "util/text.h"

namespace kg::nlp {
namespace {

namespace fs = std::filesystem;

std::vector<ConlluSentence> Sample() {
  auto r = ReadConlluFile(std::string(KG_SOURCE_DIR) + "/tests/nlp/data/nlp_sample.conllu");
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? r.value() : std::vector<ConlluSentence>{};
}

// A temp models dir with a tagger and lemmatizer trained on the sample.
std::string TrainTinyModels() {
  std::string dir = (fs::temp_directory_path() / ("kg_nlp_test_" + std::to_string(::getpid()))).string();
  fs::create_directories(dir);
  auto sample = Sample();
  train::TaggerTrainOptions o;
  o.iterations = 5;
  o.dict_min_count = 3;
  auto tagger = train::TrainTagger(sample, {}, o);
  EXPECT_TRUE(tagger->Save(dir + "/tagger.bin").ok());
  EXPECT_TRUE(Lemmatizer::Build(sample)->Save(dir + "/lemmatizer.bin").ok());
  return dir;
}

std::string Render(const Doc& d) {
  std::string out;
  for (const Token& t : d.tokens) out += t.form + "/" + t.upos + "/" + t.xpos + "/" + t.lemma + " ";
  for (const Sentence& s : d.sentences) {
    out += '[';
    out += std::to_string(s.first_token);
    out += ',';
    out += std::to_string(s.last_token);
    out += ')';
  }
  return out;
}

TEST(PipelineTest, TinyModelsTagTheirTrainingText) {
  std::string dir = TrainTinyModels();
  auto p = Pipeline::Load(dir);
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_EQ((*p)->component_names(),
            (std::vector<std::string>{"sentencizer", "tagger", "lemmatizer", "dates", "quantities"}));
  EXPECT_FALSE((*p)->HasLayer("deps"));  // no parser.bin: the layer is absent, not an error
  auto doc = (*p)->Process("The minister visited Busan on Tuesday. Prices rose quickly in the cities.");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->sentences.size(), 2u);
  ASSERT_EQ(doc->tokens.size(), 14u);
  EXPECT_EQ(doc->tokens[2].upos, "VERB");
  EXPECT_EQ(doc->tokens[2].lemma, "visit");
  EXPECT_EQ(doc->tokens[3].upos, "PROPN");
  EXPECT_EQ(doc->tokens[12].lemma, "city");
  fs::remove_all(dir);
}

TEST(PipelineTest, SaveLoadRoundTripAndDeterminism) {
  std::string dir = TrainTinyModels();
  auto sample = Sample();
  train::TaggerTrainOptions o;
  o.iterations = 5;
  o.dict_min_count = 3;
  auto fresh = train::TrainTagger(sample, {}, o);
  auto loaded = Tagger::Load(dir + "/tagger.bin");
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  // Same training run -> same file bytes; loaded model tags like the fresh one.
  ASSERT_TRUE(fresh->Save(dir + "/again.bin").ok());
  auto bytes = [](const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  EXPECT_EQ(bytes(dir + "/tagger.bin"), bytes(dir + "/again.bin"));
  std::vector<std::string_view> words = {"The", "mayor", "opened", "a", "bridge", "in", "Paris", "."};
  std::vector<int> a, b;
  fresh->Tag(words, &a);
  (*loaded)->Tag(words, &b);
  EXPECT_EQ(a, b);
  auto p = Pipeline::Load(dir);
  ASSERT_TRUE(p.ok());
  const std::string text = "Farmers are worried. He will travel to Berlin in May.";
  EXPECT_EQ(Render((*p)->Process(text).value()), Render((*p)->Process(text).value()));
  fs::remove_all(dir);
}

TEST(PipelineTest, EmptyAndBlankTextGiveEmptyDocs) {
  std::string dir = TrainTinyModels();
  auto p = Pipeline::Load(dir);
  ASSERT_TRUE(p.ok());
  for (const char* text : {"", "   \n\n  "}) {
    auto doc = (*p)->Process(text, "2025-05-09");
    ASSERT_TRUE(doc.ok());
    EXPECT_TRUE(doc->tokens.empty());
    EXPECT_TRUE(doc->sentences.empty());
    EXPECT_EQ(doc->reference_date, "2025-05-09");
  }
  fs::remove_all(dir);
}

TEST(PipelineTest, MissingModelsAreNotFound) {
  auto p = Pipeline::Load("/nonexistent/kg/models");
  EXPECT_FALSE(p.ok());
  EXPECT_EQ(p.status().code(), Status::Code::kNotFound);
}

TEST(PipelineTest, CorruptModelIsReported) {
  std::string dir = TrainTinyModels();
  { std::ofstream(dir + "/tagger.bin", std::ios::trunc) << "garbage"; }
  auto p = Pipeline::Load(dir);
  EXPECT_FALSE(p.ok());
  EXPECT_EQ(p.status().code(), Status::Code::kCorruption);
  fs::remove_all(dir);
}

TEST(PipelineTest, RequiresAssignsCheck) {
  std::vector<std::unique_ptr<Component>> comps;
  comps.push_back(Lemmatizer::Build(Sample()));  // needs "pos": nobody assigns it
  comps.push_back(std::make_unique<Sentencizer>());
  auto p = Pipeline::Create(std::move(comps));
  EXPECT_FALSE(p.ok());
  EXPECT_EQ(p.status().code(), Status::Code::kInvalidArgument);
}

TEST(LemmatizerTest, TableAndLearnedRules) {
  auto lem = Lemmatizer::Build(Sample());
  EXPECT_EQ(lem->Lemma("men", "NOUN", "NNS"), "man");        // table
  EXPECT_EQ(lem->Lemma("ladies", "NOUN", "NNS"), "lady");    // "-ies" rule learned from "cities"
  EXPECT_EQ(lem->Lemma("dogs", "NOUN", "NNS"), "dog");       // "-s" rule
  EXPECT_EQ(lem->Lemma("Seoul", "PROPN", "NNP"), "Seoul");   // proper nouns keep their form
  EXPECT_EQ(lem->Lemma("14,000", "NUM", "CD"), "14000");     // EWT drops thousands separators
}

// The shipped models on the shipped sample: runs without ../shared.
TEST(ShippedModelsTest, SmokeAccuracyOnSample) {
  std::string dir = std::string(KG_SOURCE_DIR) + "/models";
  if (!fs::exists(dir + "/tagger.bin")) GTEST_SKIP() << "no shipped models";
  auto p = Pipeline::Load(dir);
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  auto gold = train::EvaluateGoldTokens(**p, Sample());
  ASSERT_TRUE(gold.ok());
  EXPECT_GE(gold->upos, 90.0);
  EXPECT_GE(gold->lemma, 90.0);
  auto raw = train::EvaluateRaw(**p, Sample());
  ASSERT_TRUE(raw.ok());
  EXPECT_EQ(*raw->tokens_f1, 100.0);
  EXPECT_EQ(*raw->sentences_f1, 100.0);
}

// On real EWT dev sentences when the corpora are present (first 300 sentences).
TEST(ShippedModelsTest, EwtDevAccuracy) {
  std::string dev = std::string(KG_SHARED_DIR) + "/corpora/ud-english-ewt/en_ewt-ud-dev.conllu";
  std::string dir = std::string(KG_SOURCE_DIR) + "/models";
  if (!fs::exists(dev) || !fs::exists(dir + "/tagger.bin")) GTEST_SKIP() << "corpora or models absent";
  auto sents = ReadConlluFile(dev);
  ASSERT_TRUE(sents.ok());
  sents->resize(300);
  auto p = Pipeline::Load(dir);
  ASSERT_TRUE(p.ok());
  auto sc = train::EvaluateGoldTokens(**p, sents.value());
  ASSERT_TRUE(sc.ok());
  EXPECT_GE(sc->upos, 93.0);
  EXPECT_GE(sc->lemma, 95.0);
}

}  // namespace
}  // namespace kg::nlp

namespace kg::nlp {
namespace {

namespace fs = std::filesystem;

// Issue 21: the suffix rules are learned over bytes; applied inside a
// multi-byte character they wrote invalid UTF-8 ("ʌst" and friends). Every
// lemma of a non-ASCII word, under every tag, must be valid UTF-8.
TEST(LemmatizerTest, NonAsciiWordsGetValidUtf8Lemmas) {
  std::string dir = std::string(KG_SOURCE_DIR) + "/models";
  if (!fs::exists(dir + "/lemmatizer.bin")) GTEST_SKIP() << "no shipped models";
  auto lem = Lemmatizer::Load(dir + "/lemmatizer.bin");
  ASSERT_TRUE(lem.ok()) << lem.status().ToString();
  const std::vector<std::string> words = {"\xCA\x8C" "st", "\xCA\x8C" "sts", "\xCA\x8C" "sting", "\xCA\x8C" "sted",
                                          "caf\xC3\xA9s", "na\xC3\xAFve", "\xC3\xBC" "ber", "stra\xC3\x9F" "en",
                                          "\xE6\x9D\xB1\xE4\xBA\xAC", "\xD0\xBC\xD0\xB8\xD1\x80\xD1\x8B",
                                          "gar\xC3\xA7ons", "\xC5\x82\xC3\xB3" "dzkies", "\xF0\x9F\x98\x80" "s"};
  const std::vector<std::pair<std::string, std::string>> tags = {
      {"NOUN", "NNS"}, {"NOUN", "NN"}, {"VERB", "VBD"}, {"VERB", "VBG"}, {"VERB", "VBN"}, {"VERB", "VBZ"},
      {"ADJ", "JJR"},  {"ADJ", "JJS"}, {"ADV", "RBR"},  {"PROPN", "NNPS"}, {"ADJ", "JJ"}, {"VERB", "VB"}};
  for (const auto& w : words) {
    for (const auto& [upos, xpos] : tags) {
      const std::string lemma = (*lem)->Lemma(w, upos, xpos);
      EXPECT_TRUE(text::IsValidUtf8(lemma)) << w << " " << xpos << " -> invalid lemma of " << lemma.size() << " bytes";
      EXPECT_FALSE(lemma.empty()) << w << " " << xpos;
    }
  }
  EXPECT_EQ((*lem)->Lemma("caf\xC3\xA9s", "NOUN", "NNS"), "caf\xC3\xA9");  // a plural -s still goes
}

}  // namespace
}  // namespace kg::nlp
