// kg eval-ner FILE.conllu: scores the named-entity recogniser against the
// named person/place/organization mentions of a GUM-style CoNLL-U file
// (nlp/ner_data.h says what counts as named). Words are taken as gold tokens;
// POS comes from the shipped tagger unless --gold-pos. Prints per-type and
// overall precision/recall/F1;
// --errors first lists the missed and wrong spans.
#include <iostream>

#include "cli/common.h"
#include "nlp/conllu.h"
#include "nlp/models_dir.h"
#include "nlp/ner.h"
#include "nlp/ner_eval.h"
#include "nlp/tagger.h"

namespace po = boost::program_options;

namespace kg::cli {

int RunEvalNer(const Args& args) {
  po::options_description desc("options");
  desc.add_options()("help,h", "show this help")("models", po::value<std::string>()->default_value(""),
                                                 "models directory (default: the shipped models)")(
      "gold-pos", po::bool_switch(), "use the file's POS tags instead of the tagger's")(
      "skip-genres", po::value<std::string>()->default_value(""),
      "comma-separated genres whose documents are left out (e.g. fiction,whow)")(
      "errors", po::bool_switch(), "also list every missed (FN) and wrong (FP) span")(
      "file", po::value<std::string>(), "CoNLL-U file");
  po::positional_options_description pos;
  pos.add("file", 1);
  po::variables_map vm;
  int code = kExitOk;
  if (!ParseArgs(args, "eval-ner", "FILE.conllu [--models DIR] [--gold-pos] [--skip-genres LIST] [--errors]", desc, pos, vm,
                 &code)) {
    return code;
  }
  if (!vm.count("file")) return Fail(kExitUsage, "missing FILE.conllu (see 'kg eval-ner --help')");
  auto dir = nlp::FindModelsDir(vm["models"].as<std::string>());
  if (!dir.ok()) return Fail(kExitRuntime, dir.status().message());
  auto ner = nlp::Ner::Load(*dir + "/" + nlp::Ner::kFileName);
  if (!ner.ok()) return Fail(kExitRuntime, ner.status().message());
  std::unique_ptr<nlp::Tagger> tagger;
  if (!vm["gold-pos"].as<bool>()) {
    auto t = nlp::Tagger::Load(*dir + "/tagger.bin");
    if (!t.ok()) return Fail(kExitRuntime, t.status().message());
    tagger = std::move(t.value());
  }
  auto gold = nlp::ReadConlluFile(vm["file"].as<std::string>());
  if (!gold.ok()) return Fail(kExitRuntime, gold.status().message());
  // Leave out whole documents of the listed genres (GUM doc ids are GUM_<genre>_<name>).
  const std::string skip = "," + vm["skip-genres"].as<std::string>() + ",";
  std::vector<nlp::ConlluSentence> kept;
  bool skipping = false;
  for (nlp::ConlluSentence& s : *gold) {
    auto it = s.comments.find("newdoc id");
    if (it != s.comments.end()) {
      const std::string& id = it->second;
      const size_t a = id.find('_'), b = a == std::string::npos ? a : id.find('_', a + 1);
      const std::string genre = b == std::string::npos ? "" : id.substr(a + 1, b - a - 1);
      skipping = !genre.empty() && skip.find("," + genre + ",") != std::string::npos;
    }
    if (!skipping) kept.push_back(std::move(s));
  }
  auto scores = nlp::ScoreNer(**ner, tagger.get(), kept, vm["errors"].as<bool>() ? &std::cout : nullptr);
  if (!scores.ok()) return Fail(kExitRuntime, scores.status().message());
  nlp::PrintNerScores(std::cout, *scores);
  return kExitOk;
}

}  // namespace kg::cli
