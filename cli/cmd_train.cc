// kg train --ud DIR --gum DIR --out DIR [--components tagger,parser,ner] [--iterations N]
// Trains the NLP models from the treebanks (../shared/corpora) and writes
// them to --out: tagger.bin and lemmatizer.bin (EWT train + GUM train),
// parser.bin (nlp/train_parser.h), ner.bin (nlp/train_ner.h; GUM train +
// dev, word classes from the BBC articles next to --gum and from the word
// vectors of --ner-vectors, see scripts/fetch_word_vectors.sh; with --uner
// also the Universal NER dev file of EWT). Dev scores go to
// stderr; the test splits are never read. Deterministic: the same corpora give the same files.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "cli/common.h"
#include "nlp/lemmatizer.h"
#include "nlp/ner.h"
#include "nlp/train/corpus.h"
#include "nlp/train/train_tagger.h"
#include "nlp/train_ner.h"
#include "nlp/train_parser.h"
#include "nlp/vector_classes.h"

namespace po = boost::program_options;

namespace kg::cli {
namespace {

// The NER/parser option structs (nlp-parse) grow fields over time; set the
// optional ones only where they exist so this file builds against any version.
template <typename Options, typename Fn>
void SetTrainTagger(Options& o, Fn fn) {
  if constexpr (requires { o.train_tagger = fn; }) o.train_tagger = fn;
}
template <typename Options>
void SetGumDir(Options& o, const std::string& gum) {
  if constexpr (requires { o.gum_dir = gum; }) o.gum_dir = gum;
}

std::unique_ptr<nlp::Component> TrainFoldTagger(const std::vector<nlp::ConlluSentence>& fold, int iterations) {
  nlp::train::TaggerTrainOptions fo;
  if (iterations > 0) fo.iterations = iterations;
  return nlp::train::TrainTagger(fold, {}, fo);
}

// Comma-separated numbers, each accepted by `valid` (false for NaN), into *out.
bool ParseNumberList(const std::string& text, bool (*valid)(float), std::vector<float>* out) {
  std::istringstream list(text);
  std::string item;
  while (std::getline(list, item, ',')) {
    float x = 0;
    if (!(std::istringstream(item) >> x) || !valid(x)) return false;
    out->push_back(x);
  }
  return true;
}

// The Universal NER dev files (*-dev.iob2) in `uner`, or, if it is "auto",
// in the uner-ewt folder next to `gum`; none for "" or "none".
// Test files are never listed: they are kept for measuring.
std::vector<std::string> UnerDevFiles(const std::string& uner, const std::string& gum) {
  if (uner.empty() || uner == "none") return {};
  std::filesystem::path dir = uner;
  if (uner == "auto") {
    if (gum.empty()) return {};
    std::filesystem::path g = std::filesystem::path(gum).lexically_normal();
    if (!g.has_filename()) g = g.parent_path();  // "corpora/gum/"
    dir = g.parent_path() / "uner-ewt";
  }
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_regular_file(ec) && name.ends_with("-dev.iob2")) out.push_back(entry.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

int RunTrain(const Args& args) {
  po::options_description desc("options");
  desc.add_options()("help,h", "show this help")("ud", po::value<std::string>()->default_value(""),
                                                 "UD English EWT folder (ud-english-ewt)")(
      "gum", po::value<std::string>()->default_value(""), "GUM folder (optional: extra tagger/lemma data, NER)")(
      "out", po::value<std::string>()->default_value("models"), "output folder for the model files")(
      "components", po::value<std::string>()->default_value("tagger,parser,ner"),
      "comma-separated: tagger (with lemmatizer), parser, ner")(
      "iterations", po::value<int>()->default_value(0), "training passes (0 = each component's default)")(
      "ner-text", po::value<std::string>()->default_value(""),
      "unlabeled text (*.txt) for the NER's word classes (default: bbc/news next to --gum)")(
      "ner-dev", po::value<bool>()->default_value(true), "train the NER on GUM train + dev (false: train only)")(
      "ner-vectors", po::value<std::string>()->default_value(""),
      "word vectors (GloVe text format) whose classes the NER uses as features")(
      "ner-vector-words", po::value<size_t>()->default_value(150000), "how many of the vectors' words get classes")(
      "ner-vector-classes", po::value<std::string>()->default_value("128,512,2048"),
      "classes per level of the vector classes (three comma-separated counts)")(
      "ner-net", po::value<bool>()->default_value(true),
      "with --ner-vectors: also train the NER's network over the vectors (false: perceptron only)")(
      "ner-net-words", po::value<size_t>()->default_value(50000), "how many of the vectors' words the network knows")(
      "ner-net-dims", po::value<int>()->default_value(100), "principal components of the vectors the network reads")(
      "ner-net-bits", po::value<int>()->default_value(4), "bits a value of the network's word vectors (8 or 4)")(
      "ner-net-members", po::value<int>()->default_value(1), "networks trained on different seeds and averaged (1..8)")(
      "ner-net-weight", po::value<float>()->default_value(130.0f),
      "weight of the network's log-probabilities against the perceptron's scores")(
      "ner-cv", po::value<int>()->default_value(0), "report N-fold NER cross-validation on GUM train; write no model")(
      "ner-net-hidden", po::value<int>()->default_value(32), "LSTM units each way of the NER's network")(
      "ner-net-epochs", po::value<int>()->default_value(10), "training passes of the NER's network")(
      "ner-net-seed", po::value<unsigned>()->default_value(1), "seed of the NER's (first) network")(
      "ner-net-floor", po::value<float>()->default_value(nlp::Ner::kNoFloor),
      "the network's log-probabilities below this are raised to it (default: none)")(
      "ner-cv-net-floors", po::value<std::string>()->default_value(""),
      "with --ner-cv-net-weights: score each weight with each of these floors (comma-separated)")(
      "ner-cv-net-weights", po::value<std::string>()->default_value(""),
      "with --ner-cv: also score these network weights (comma-separated)")(
      "ner-cv-errors", po::value<std::string>()->default_value(""), "with --ner-cv: list its missed/wrong spans in FILE")(
      "parser-seed", po::value<unsigned>()->default_value(2), "the parser's exploration and shuffling seed")(
      "parser-members", po::value<int>()->default_value(3), "parsers trained (seeds parser-seed, +1, ...) and summed into one")(
      "ner-seed", po::value<unsigned>()->default_value(21), "example-order seed of the first NER ensemble member")(
      "ner-stack-folds", po::value<int>()->default_value(0),
      "NER second stage trained on first-stage labels jackknifed over N folds (0: one stage)")(
      "uner", po::value<std::string>()->default_value(""),
      "Universal NER folder whose *-dev.iob2 files the NER also trains on ('auto': uner-ewt next to --gum; "
      "default none: the shipped ner.bin is trained without them, see models/README.md); test files are never read")(
      "uner-repeat", po::value<int>()->default_value(1), "passes over the Universal NER sentences per NER epoch (1..10)")(
      "uner-domain", po::value<bool>()->default_value(false),
      "learn the Universal NER scheme's differences from GUM's apart (false: one scheme)")(
      "uner-domain-copies", po::value<bool>()->default_value(false),
      "with --uner-domain: a scheme-conjoined copy of every NER feature (false: of a few)")(
      "uner-net", po::value<bool>()->default_value(true),
      "train the NER's network on the Universal NER sentences too (false: only the perceptron)");
  po::variables_map vm;
  int code = kExitOk;
  if (!ParseArgs(args, "train", "--ud DIR [--gum DIR] [--out DIR] [--components LIST] [--iterations N]", desc, {}, vm,
                 &code))
    return code;
  const std::string ud = vm["ud"].as<std::string>(), gum = vm["gum"].as<std::string>(),
                    out = vm["out"].as<std::string>();
  const int iterations = vm["iterations"].as<int>();
  std::set<std::string> components;
  {
    std::stringstream ss(vm["components"].as<std::string>());
    std::string c;
    while (std::getline(ss, c, ',')) {
      if (c.empty()) continue;
      if (c != "tagger" && c != "parser" && c != "ner") return Fail(kExitUsage, "unknown component '" + c + "'");
      components.insert(c);
    }
  }
  if (ud.empty() && (components.count("tagger") || components.count("parser")))
    return Fail(kExitUsage, "--ud DIR is required to train the tagger and parser");
  // The NER's word-vector options are checked before any training starts.
  const std::string word_vectors = vm["ner-vectors"].as<std::string>();
  nlp::VectorClassOptions vector_classes;
  vector_classes.max_words = vm["ner-vector-words"].as<size_t>();
  {
    std::istringstream levels(vm["ner-vector-classes"].as<std::string>());
    std::string item;
    for (int l = 0; l < nlp::WordClusters::kLevels; ++l) {
      int k = 0;
      if (!std::getline(levels, item, ',') || !(std::istringstream(item) >> k) || k < 1 || k > 65535) {
        return Fail(kExitUsage, "--ner-vector-classes takes three class counts in 1..65535, e.g. 128,512,2048");
      }
      vector_classes.k[l] = k;
    }
  }
  std::vector<float> cv_net_weights, cv_net_floors;
  if (!ParseNumberList(vm["ner-cv-net-weights"].as<std::string>(), [](float w) { return w >= 0; }, &cv_net_weights)) {
    return Fail(kExitUsage, "--ner-cv-net-weights takes non-negative numbers, e.g. 40,80,160");
  }
  if (!ParseNumberList(vm["ner-cv-net-floors"].as<std::string>(), [](float f) { return f <= 0; }, &cv_net_floors)) {
    return Fail(kExitUsage, "--ner-cv-net-floors takes log-probabilities (numbers <= 0), e.g. -2,-4");
  }
  if (!(vm["ner-net-floor"].as<float>() <= 0)) return Fail(kExitUsage, "--ner-net-floor takes a log-probability (<= 0)");
  const int net_hidden = vm["ner-net-hidden"].as<int>();
  if (net_hidden < 1 || net_hidden > 1024) return Fail(kExitUsage, "--ner-net-hidden takes 1..1024");
  const int net_dims = vm["ner-net-dims"].as<int>();
  const float net_weight = vm["ner-net-weight"].as<float>();
  if (net_dims < 1 || net_dims > 1024) return Fail(kExitUsage, "--ner-net-dims takes 1..1024");
  const int net_bits = vm["ner-net-bits"].as<int>();
  if (net_bits != 8 && net_bits != 4) return Fail(kExitUsage, "--ner-net-bits takes 8 or 4");
  const int net_members = vm["ner-net-members"].as<int>();
  if (net_members < 1 || net_members > nlp::Ner::kMaxNets) return Fail(kExitUsage, "--ner-net-members takes 1..8");
  if (!(net_weight >= 0)) return Fail(kExitUsage, "--ner-net-weight takes a non-negative number");
  if (components.count("ner") && !word_vectors.empty()) {
    // A bad vectors file fails now, not after the parser's ten minutes.
    const Status st = nlp::CheckWordVectors(word_vectors, vector_classes.max_words);
    if (!st.ok()) return Fail(kExitRuntime, st.message());
  }
  // Universal NER annotations of EWT (web text, PER/LOC/ORG): the dev files only.
  const std::string uner = vm["uner"].as<std::string>();
  const std::vector<std::string> uner_files = UnerDevFiles(uner, gum);
  if (!uner.empty() && uner != "none" && uner_files.empty()) {  // also "auto" without the folder
    return Fail(kExitUsage, "--uner: no *-dev.iob2 file in " + uner);
  }
  const int uner_repeat = vm["uner-repeat"].as<int>();
  if (uner_repeat < 1 || uner_repeat > 10) return Fail(kExitUsage, "--uner-repeat takes 1..10");
  std::error_code ec;
  std::filesystem::create_directories(out, ec);
  if (ec) return Fail(kExitRuntime, "cannot create " + out + ": " + ec.message());
  auto t0 = std::chrono::steady_clock::now();
  auto elapsed = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(); };

  std::unique_ptr<nlp::Tagger> tagger;
  std::unique_ptr<nlp::Lemmatizer> lemmatizer;
  if (components.count("tagger")) {
    auto train = nlp::train::LoadEwt(ud, nlp::train::Split::kTrain);
    if (!train.ok()) return Fail(kExitRuntime, train.status().message());
    auto dev = nlp::train::LoadEwt(ud, nlp::train::Split::kDev);
    if (!dev.ok()) return Fail(kExitRuntime, dev.status().message());
    std::vector<nlp::ConlluSentence> data = std::move(train.value());
    size_t ewt_sentences = data.size();
    if (!gum.empty()) {
      // GUM uses the same UD English scheme; it adds ~0.2 UPOS points on EWT dev.
      auto g = nlp::train::LoadGum(gum, nlp::train::Split::kTrain);
      if (!g.ok()) return Fail(kExitRuntime, g.status().message());
      for (auto& s : g.value()) data.push_back(std::move(s));
    }
    std::cerr << "tagger: " << ewt_sentences << " EWT + " << (data.size() - ewt_sentences)
              << " GUM training sentences\n";
    nlp::train::TaggerTrainOptions to;
    if (iterations > 0) to.iterations = iterations;
    to.log = &std::cerr;
    tagger = nlp::train::TrainTagger(data, dev.value(), to);
    Status s = tagger->Save(out + "/tagger.bin");
    if (!s.ok()) return Fail(kExitRuntime, s.message());
    lemmatizer = nlp::Lemmatizer::Build(data);
    s = lemmatizer->Save(out + "/lemmatizer.bin");
    if (!s.ok()) return Fail(kExitRuntime, s.message());
    std::cerr << "tagger and lemmatizer written to " << out << " (" << elapsed() << " s)\n";
  }
  if (components.count("parser")) {
    if (!tagger) {
      auto loaded = nlp::Tagger::Load(out + "/tagger.bin");
      if (!loaded.ok()) return Fail(kExitRuntime, "parser training needs a tagger: " + loaded.status().message());
      tagger = std::move(loaded.value());
    }
    nlp::ParserTrainOptions po_;
    po_.ud_dir = ud;
    po_.models_dir = out;
    SetGumDir(po_, gum);
    po_.tagger = tagger.get();
    if (iterations > 0) po_.epochs = iterations;
    po_.seed = vm["parser-seed"].as<unsigned>();
    po_.members = vm["parser-members"].as<int>();
    po_.log = &std::cerr;
    // Jackknifing: the parser learns from tags as noisy as the ones it will see.
    SetTrainTagger(po_, [iterations](const std::vector<nlp::ConlluSentence>& fold) {
      return TrainFoldTagger(fold, iterations);
    });
    Status s = nlp::TrainParser(po_);
    if (!s.ok()) return Fail(kExitRuntime, s.message());
    std::cerr << "parser written to " << out << " (" << elapsed() << " s)\n";
  }
  if (components.count("ner")) {
    if (gum.empty()) return Fail(kExitUsage, "--gum DIR is required to train the NER model");
    if (!tagger) {
      auto loaded = nlp::Tagger::Load(out + "/tagger.bin");
      if (!loaded.ok()) return Fail(kExitRuntime, "NER training needs a tagger: " + loaded.status().message());
      tagger = std::move(loaded.value());
    }
    nlp::NerTrainOptions no;
    no.gum_dir = gum;
    no.models_dir = out;
    no.tagger = tagger.get();
    if (iterations > 0) no.epochs = iterations;
    no.log = &std::cerr;
    no.train_on_dev = vm["ner-dev"].as<bool>();
    no.cv_folds = vm["ner-cv"].as<int>();
    no.stack_folds = vm["ner-stack-folds"].as<int>();
    no.seed = vm["ner-seed"].as<unsigned>();
    no.word_vectors = word_vectors;
    no.vector_classes = vector_classes;
    no.net = vm["ner-net"].as<bool>();
    no.net_words = vm["ner-net-words"].as<size_t>();
    no.net_dims = net_dims;
    no.net_bits = net_bits;
    no.net_members = net_members;
    no.net_weight = net_weight;
    no.cv_net_weights = cv_net_weights;
    no.cv_net_floors = cv_net_floors;
    no.net_floor = vm["ner-net-floor"].as<float>();
    no.net_options.epochs = vm["ner-net-epochs"].as<int>();
    no.net_options.hidden = vm["ner-net-hidden"].as<int>();
    no.net_options.seed = vm["ner-net-seed"].as<unsigned>();
    std::ofstream cv_errors;
    if (!vm["ner-cv-errors"].as<std::string>().empty()) {
      cv_errors.open(vm["ner-cv-errors"].as<std::string>());
      if (!cv_errors) return Fail(kExitRuntime, "cannot write " + vm["ner-cv-errors"].as<std::string>());
      no.cv_errors = &cv_errors;
    }
    // Unlabeled news text for the NER's word classes: the BBC articles next to GUM.
    no.text_dir = vm["ner-text"].as<std::string>();
    if (no.text_dir.empty()) {
      std::filesystem::path g = std::filesystem::path(gum).lexically_normal();
      if (!g.has_filename()) g = g.parent_path();  // "corpora/gum/"
      const std::filesystem::path bbc = g.parent_path() / "bbc" / "news";
      std::error_code ec;
      if (std::filesystem::is_directory(bbc, ec)) no.text_dir = bbc.string();
    }
    no.iob2_files = uner_files;
    no.iob2_repeat = uner_repeat;
    no.iob2_domain = vm["uner-domain"].as<bool>();
    no.iob2_net = vm["uner-net"].as<bool>();
    no.iob2_domain_copies = vm["uner-domain-copies"].as<bool>();
    SetTrainTagger(no, [iterations](const std::vector<nlp::ConlluSentence>& fold) {
      return TrainFoldTagger(fold, iterations);
    });
    Status s = nlp::TrainNer(no);
    if (!s.ok()) return Fail(kExitRuntime, s.message());
    if (no.cv_folds <= 1) std::cerr << "ner written to " << out << " (" << elapsed() << " s)\n";
  }
  return kExitOk;
}

}  // namespace kg::cli
