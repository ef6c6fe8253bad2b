// kg eval-nlp FILE.conllu [--raw] [--models DIR]
// Scores the shipped (or --models) pipeline on a CoNLL-U file and prints one
// JSON line: tokens, upos, xpos, lemma, uas, las (percent; uas/las null
// without a parser), tokens_per_s; with --raw the sentences' text is
// re-tokenised and scored by CoNLL 2018 alignment (adds tokens_f1,
// sentences_f1).
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/common.h"
#include "nlp/models_dir.h"
#include "nlp/pipeline.h"
#include "nlp/train/evaluate.h"

namespace po = boost::program_options;

namespace kg::cli {
namespace {

double Round2(double v) { return static_cast<double>(static_cast<long long>(v * 100.0 + 0.5)) / 100.0; }

}  // namespace

int RunEvalNlp(const Args& args) {
  po::options_description desc("options");
  desc.add_options()("help,h", "show this help")("file", po::value<std::string>(), "CoNLL-U file to score")(
      "raw", po::bool_switch(), "re-tokenise the sentences' text (CoNLL 2018 alignment)")(
      "models", po::value<std::string>()->default_value(""), "models folder (default: $KG_MODELS, then shipped)");
  po::positional_options_description pos;
  pos.add("file", 1);
  po::variables_map vm;
  int code = kExitOk;
  if (!ParseArgs(args, "eval-nlp", "FILE.conllu [--raw] [--models DIR]", desc, pos, vm, &code)) return code;
  if (!vm.count("file")) return Fail(kExitUsage, "missing FILE.conllu (see 'kg eval-nlp --help')");
  auto gold = nlp::ReadConlluFile(vm["file"].as<std::string>());
  if (!gold.ok()) return Fail(kExitRuntime, gold.status().message());
  auto dir = nlp::FindModelsDir(vm["models"].as<std::string>());
  if (!dir.ok()) return Fail(kExitRuntime, dir.status().message());
  // Entities are not scored here (kg eval-ner does that): leave them out of the timing.
  nlp::PipelineOptions options;
  options.disable = {"ner", "dates", "quantities"};
  auto pipeline = nlp::Pipeline::Load(dir.value(), options);
  if (!pipeline.ok()) return Fail(kExitRuntime, pipeline.status().message());
  bool raw = vm["raw"].as<bool>();
  auto scores = raw ? nlp::train::EvaluateRaw(**pipeline, gold.value())
                    : nlp::train::EvaluateGoldTokens(**pipeline, gold.value());
  if (!scores.ok()) return Fail(kExitRuntime, scores.status().message());
  const auto& s = scores.value();
  nlohmann::ordered_json j;
  j["tokens"] = Round2(s.tokens);
  j["upos"] = Round2(s.upos);
  j["xpos"] = Round2(s.xpos);
  j["lemma"] = Round2(s.lemma);
  j["uas"] = s.uas ? nlohmann::ordered_json(Round2(*s.uas)) : nlohmann::ordered_json(nullptr);
  j["las"] = s.las ? nlohmann::ordered_json(Round2(*s.las)) : nlohmann::ordered_json(nullptr);
  j["tokens_per_s"] = static_cast<long long>(s.tokens_per_s);
  if (raw) {
    j["tokens_f1"] = Round2(*s.tokens_f1);
    j["sentences_f1"] = Round2(*s.sentences_f1);
  }
  j["words"] = s.words;
  j["sentences"] = s.sentences;
  std::cout << j.dump() << "\n";
  return kExitOk;
}

}  // namespace kg::cli
