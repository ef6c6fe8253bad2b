// `kg eval-nlp` and `kg train` at the command line: JSON line, exit codes, error lines.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

namespace {

struct CmdResult {
  int code;
  std::string out;  // stdout and stderr
};

CmdResult Kg(const std::string& args) {
  std::string cmd = std::string(KG_BINARY) + " " + args + " 2>&1";
  CmdResult r{-1, ""};
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return r;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  int status = pclose(p);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

bool Ready() {
  return std::filesystem::exists(KG_BINARY) && std::filesystem::exists(std::string(KG_SOURCE_DIR) + "/models/tagger.bin");
}

const std::string kSample = std::string(KG_SOURCE_DIR) + "/tests/nlp/data/nlp_sample.conllu";

TEST(EvalNlpCliTest, PrintsOneJsonLine) {
  if (!Ready()) GTEST_SKIP() << "kg binary or models not built";
  CmdResult r = Kg("eval-nlp " + kSample + " --models " + std::string(KG_SOURCE_DIR) + "/models");
  ASSERT_EQ(r.code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  for (const char* k : {"tokens", "upos", "xpos", "lemma", "uas", "las", "tokens_per_s"}) EXPECT_TRUE(j.contains(k)) << k;
  EXPECT_EQ(j["words"], 68);
  EXPECT_GE(j["upos"].get<double>(), 90.0);
  CmdResult raw = Kg("eval-nlp " + kSample + " --raw");
  ASSERT_EQ(raw.code, 0) << raw.out;
  auto jr = nlohmann::json::parse(raw.out);
  EXPECT_EQ(jr["tokens_f1"].get<double>(), 100.0);
  EXPECT_EQ(jr["sentences_f1"].get<double>(), 100.0);
}

TEST(EvalNlpCliTest, ErrorsAreOneLineWithExitCodes) {
  if (!std::filesystem::exists(KG_BINARY)) GTEST_SKIP() << "kg binary not built";
  CmdResult missing = Kg("eval-nlp /nonexistent/file.conllu");
  EXPECT_EQ(missing.code, 1);
  EXPECT_EQ(missing.out.rfind("error: ", 0), 0u) << missing.out;
  CmdResult usage = Kg("eval-nlp");
  EXPECT_EQ(usage.code, 2);
  CmdResult bad_models = Kg("eval-nlp " + kSample + " --models /nonexistent/models");
  EXPECT_EQ(bad_models.code, 1);
  EXPECT_NE(bad_models.out.find("error: "), std::string::npos);
  CmdResult train_usage = Kg("train --components tagger --out /tmp");
  EXPECT_EQ(train_usage.code, 2);  // --ud is required
  CmdResult train_bad = Kg("train --ud /x --components tokenizer");
  EXPECT_EQ(train_bad.code, 2);
  // Bad word-vector options fail at once, before the tagger and parser train.
  CmdResult bad_classes = Kg("train --ud /x --gum /y --out /tmp --ner-vector-classes 128,512");
  EXPECT_EQ(bad_classes.code, 2);
  EXPECT_NE(bad_classes.out.find("--ner-vector-classes"), std::string::npos) << bad_classes.out;
  for (const char* bad : {"--ner-cv-net-weights 40,x", "--ner-cv-net-weights -5", "--ner-net-dims 0", "--ner-net-bits 6", "--ner-net-members 9", "--ner-cv-net-floors 1", "--ner-net-floor 2", "--ner-net-hidden 0",
                          "--ner-net-weight -1"}) {
    CmdResult r = Kg(std::string("train --ud /x --gum /y --out /tmp ") + bad);
    EXPECT_EQ(r.code, 2) << bad;
    EXPECT_EQ(r.out.rfind("error: --ner-", 0), 0u) << r.out;
  }
  // --uner names a folder without a Universal NER dev file (a test file is not enough).
  const std::string uner_dir = ::testing::TempDir() + "/kg_cli_uner_" + std::to_string(::getpid());
  std::filesystem::create_directories(uner_dir);
  std::ofstream(uner_dir + "/en_x-ud-test.iob2") << "1\tWord\tO\n\n";
  CmdResult no_uner = Kg("train --gum /y --components ner --out /tmp --uner " + uner_dir);
  EXPECT_EQ(no_uner.code, 2);
  EXPECT_EQ(no_uner.out.rfind("error: --uner: no *-dev.iob2 file", 0), 0u) << no_uner.out;
  CmdResult bad_repeat = Kg("train --gum /y --components ner --out /tmp --uner none --uner-repeat 0");
  EXPECT_EQ(bad_repeat.code, 2);
  EXPECT_EQ(bad_repeat.out.rfind("error: --uner-repeat", 0), 0u) << bad_repeat.out;
  std::filesystem::remove_all(uner_dir);
  CmdResult no_vectors = Kg("train --ud /x --gum /y --out /tmp --ner-vectors /nonexistent/vectors.txt");
  EXPECT_EQ(no_vectors.code, 1);
  EXPECT_EQ(no_vectors.out.rfind("error: cannot read word vectors", 0), 0u) << no_vectors.out;
  // So does a malformed one (here line 2 has one value where line 1 had two);
  // /x does not exist, so reaching the training would fail differently.
  const std::string ragged = ::testing::TempDir() + "/kg_cli_ragged_vectors.txt";
  std::ofstream(ragged) << "the 0.1 0.2\nof 0.3\n";
  CmdResult bad_vectors = Kg("train --ud /x --gum /y --out /tmp --ner-vectors " + ragged);
  EXPECT_EQ(bad_vectors.code, 1);
  EXPECT_EQ(bad_vectors.out.rfind("error: ", 0), 0u) << bad_vectors.out;
  EXPECT_NE(bad_vectors.out.find(":2: 1 values, expected 2"), std::string::npos) << bad_vectors.out;
}

}  // namespace

// `kg parse`: one CoNLL-U block per sentence, heads inside the sentence, the
// entity a token belongs to in MISC; bad input is one error line, exit 1.
TEST(ParseCliTest, PrintsEachSentenceAsConlluWithEntities) {
  if (!Ready()) GTEST_SKIP() << "kg binary or models not built";
  const auto dir = std::filesystem::temp_directory_path() / ("kg_parse_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string text = (dir / "in.txt").string(), bad = (dir / "bad.txt").string();
  std::ofstream(text) << "Mayor Ilse Varno opened the new bridge in Tarvik. She thanked the workers.\n";
  std::ofstream(bad) << "caf\xC3 au lait\n";
  CmdResult r = Kg("parse " + text);
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(r.out.rfind("# text = Mayor Ilse Varno opened the new bridge in Tarvik.\n", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("# text = She thanked the workers."), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\tVarno\t"), std::string::npos);
  EXPECT_NE(r.out.find("\topened\topen\tVERB\t"), std::string::npos) << r.out;  // form, lemma, UPOS
  EXPECT_NE(r.out.find("Entity=B-PERSON"), std::string::npos) << r.out;
  // Every token line has 10 columns and a head within its sentence.
  std::istringstream lines(r.out);
  std::string line;
  int tokens = 0, in_sentence = 0, roots = 0;
  while (std::getline(lines, line)) {
    if (line.empty()) {
      in_sentence = 0;
      continue;
    }
    if (line[0] == '#') continue;
    std::vector<std::string> cols;
    std::istringstream fields(line);
    for (std::string c; std::getline(fields, c, '\t');) cols.push_back(c);
    ASSERT_EQ(cols.size(), 10u) << line;
    ++tokens;
    ++in_sentence;
    EXPECT_EQ(std::stoi(cols[0]), in_sentence) << line;
    if (cols[6] == "0") ++roots;
  }
  EXPECT_EQ(tokens, 15);  // 10 + 5 tokens, the full stops included
  EXPECT_GE(roots, 2);  // one per sentence at least
  CmdResult missing = Kg("parse " + (dir / "none.txt").string());
  EXPECT_EQ(missing.code, 1);
  EXPECT_EQ(missing.out.rfind("error: ", 0), 0u) << missing.out;
  CmdResult invalid = Kg("parse " + bad);
  EXPECT_EQ(invalid.code, 1);
  EXPECT_NE(invalid.out.find("not valid UTF-8"), std::string::npos) << invalid.out;
  std::filesystem::remove_all(dir);
}

// `kg eval-ner` on an IOB2 file: one JSON line with overall and per-type
// scores; counts checked by hand against the invented file.
TEST(EvalNerCliTest, Iob2FileGivesOneJsonLine) {
  if (!Ready()) GTEST_SKIP() << "kg binary or models not built";
  const auto dir = std::filesystem::temp_directory_path() / ("kg_eval_ner_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string file = (dir / "small.iob2").string();
  std::ofstream(file) << "# newdoc id = d1\n"
                         "1\tMayor\tO\n2\tIlse\tB-PER\n3\tVarno\tI-PER\n4\tvisited\tO\n5\tTarvik\tB-LOC\n6\t.\tO\n\n"
                         "1\tShe\tO\n2\tmet\tO\n3\tTomas\tB-PER\n4\tBrandt\tI-PER\n5\tof\tO\n6\tthe\tO\n"
                         "7\tOrvane\tB-ORG\n8\tBank\tI-ORG\n9\t.\tO\n\n";
  CmdResult r = Kg("eval-ner " + file);
  ASSERT_EQ(r.code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["gold"], 4);  // two people, one place, one organisation
  EXPECT_EQ(j["types"]["PERSON"]["gold"], 2);
  EXPECT_EQ(j["types"]["PLACE"]["gold"], 1);
  EXPECT_EQ(j["types"]["ORG"]["gold"], 1);
  for (const char* k : {"precision", "recall", "f1", "predicted"}) EXPECT_TRUE(j.contains(k)) << k;
  CmdResult table = Kg("eval-ner " + file + " --table");
  EXPECT_EQ(table.out.rfind("type\tprecision\trecall\tf1\tgold\tpredicted\n", 0), 0u) << table.out;
  CmdResult gold_pos = Kg("eval-ner " + file + " --gold-pos");
  EXPECT_EQ(gold_pos.code, 2);
  std::ofstream(dir / "bad.iob2") << "1\tIlse\n";
  CmdResult bad = Kg("eval-ner " + (dir / "bad.iob2").string());
  EXPECT_EQ(bad.code, 1);
  EXPECT_NE(bad.out.find("line 1"), std::string::npos) << bad.out;
  std::filesystem::remove_all(dir);
}
