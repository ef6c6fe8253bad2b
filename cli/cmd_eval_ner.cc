// kg eval-ner FILE.conllu|FILE.iob2: scores the named-entity recogniser
// against the named person/place/organization mentions of a GUM-style CoNLL-U
// file (nlp/ner_data.h says what counts as named) or against the spans of an
// IOB2 file (nlp/iob2.h: PER/LOC/ORG, as the Universal NER files give them).
// Words are taken as gold tokens; POS comes from the shipped tagger unless
// --gold-pos (CoNLL-U only). Prints one JSON line (precision, recall, F1,
// gold and predicted counts, overall and per type), or with --table the
// tab-separated table; --errors first lists the missed and wrong spans.
#include <iostream>

#include "cli/common.h"
#include "nlp/conllu.h"
#include "nlp/iob2.h"
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
      "table", po::bool_switch(), "print a tab-separated table instead of the JSON line")(
      "file", po::value<std::string>(), "CoNLL-U file, or an IOB2 file (.iob2/.bio)");
  po::positional_options_description pos;
  pos.add("file", 1);
  po::variables_map vm;
  int code = kExitOk;
  if (!ParseArgs(args, "eval-ner", "FILE.conllu|FILE.iob2 [--models DIR] [--gold-pos] [--skip-genres LIST] [--errors] [--table]", desc, pos, vm,
                 &code)) {
    return code;
  }
  if (!vm.count("file")) return Fail(kExitUsage, "missing FILE.conllu or FILE.iob2 (see 'kg eval-ner --help')");
  const std::string path = vm["file"].as<std::string>();
  const bool iob2 = path.ends_with(".iob2") || path.ends_with(".bio");
  if (iob2 && vm["gold-pos"].as<bool>()) return Fail(kExitUsage, "--gold-pos needs a CoNLL-U file (IOB2 has no tags)");
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
  nlp::Iob2Corpus corpus;
  if (iob2) {
    auto read = nlp::ReadIob2File(path);
    if (!read.ok()) return Fail(kExitRuntime, path + ": " + read.status().message());
    corpus = std::move(read.value());
  } else {
    auto read = nlp::ReadConlluFile(path);
    if (!read.ok()) return Fail(kExitRuntime, read.status().message());
    corpus.sentences = std::move(read.value());
  }
  std::vector<nlp::ConlluSentence>* gold = &corpus.sentences;
  // Leave out whole documents of the listed genres (GUM doc ids are GUM_<genre>_<name>).
  const std::string skip = "," + vm["skip-genres"].as<std::string>() + ",";
  std::vector<nlp::ConlluSentence> kept;
  std::vector<std::vector<nlp::EntitySpan>> kept_spans;
  bool skipping = false;
  for (size_t k = 0; k < gold->size(); ++k) {
    nlp::ConlluSentence& s = (*gold)[k];
    auto it = s.comments.find("newdoc id");
    if (it != s.comments.end()) {
      const std::string& id = it->second;
      const size_t a = id.find('_'), b = a == std::string::npos ? a : id.find('_', a + 1);
      const std::string genre = b == std::string::npos ? "" : id.substr(a + 1, b - a - 1);
      skipping = !genre.empty() && skip.find("," + genre + ",") != std::string::npos;
    }
    if (skipping) continue;
    kept.push_back(std::move(s));
    if (iob2) kept_spans.push_back(std::move(corpus.entities[k]));
  }
  auto scores = nlp::ScoreNer(**ner, tagger.get(), kept, vm["errors"].as<bool>() ? &std::cout : nullptr, nullptr,
                              iob2 ? &kept_spans : nullptr);
  if (!scores.ok()) return Fail(kExitRuntime, scores.status().message());
  if (vm["table"].as<bool>()) {
    nlp::PrintNerScores(std::cout, *scores);
  } else {
    std::cout << nlp::NerScoresJson(*scores) << "\n";
  }
  return kExitOk;
}

}  // namespace kg::cli
