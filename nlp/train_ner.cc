#include "nlp/train_ner.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <functional>
#include <random>

#include "nlp/ner.h"
#include "nlp/ner_data.h"
#include "nlp/ner_eval.h"
#include "nlp/parser_data.h"

namespace kg::nlp {
namespace {

struct Example {
  Ner::SentenceFeatures feats;
  std::vector<int> gold;  // class per token
  size_t doc = 0;         // document number in the training data
};

std::vector<int> GoldClasses(const ConlluSentence& s) {
  std::vector<int> cls(s.words.size(), 0);
  for (const EntitySpan& e : GoldNamedMentions(s)) {
    int t = 0;
    while (t < 3 && e.label != Ner::kTypes[t]) ++t;
    const int base = 1 + 4 * t;
    if (e.last_token - e.first_token == 1) {
      cls[e.first_token] = base + 3;
    } else {
      cls[e.first_token] = base;
      for (uint32_t i = e.first_token + 1; i + 1 < e.last_token; ++i) cls[i] = base + 1;
      cls[e.last_token - 1] = base + 2;
    }
  }
  return cls;
}

// Training examples of whole documents (so the document-level features see
// what they see at run time); Example::doc numbers the documents.
// `tr` carries the tags the tagger gives (features); `gold` the same sentences
// with the treebank's tags (named mentions need the gold PROPN heads).
std::vector<Example> MakeExamples(const Gazetteer& gaz, const WordClusters* clusters,
                                  const std::vector<ConlluSentence>& tr, const std::vector<ConlluSentence>& gold,
                                  size_t* mentions) {
  std::vector<Example> examples;
  size_t doc_no = 0;
  for (size_t begin = 0; begin < tr.size(); ++doc_no) {
    size_t end = begin + 1;
    while (end < tr.size() && !tr[end].comments.count("newdoc id")) ++end;
    Doc doc = SentencesToDoc(&tr[begin], end - begin);
    const Ner::DocContext cues = Ner::DocCues(doc);
    uint32_t base = 0;
    for (size_t k = begin; k < end; ++k) {
      const ConlluSentence& s = tr[k];
      const uint32_t n = static_cast<uint32_t>(s.words.size());
      if (n == 0) continue;
      Example ex;
      Ner::Prepare(gaz, clusters, doc, base, base + n, &cues, &ex.feats);
      ex.gold = GoldClasses(gold[k]);
      ex.doc = doc_no;
      for (int c : ex.gold) *mentions += (c > 0 && ((c - 1) % 4 == 0 || (c - 1) % 4 == 3)) ? 1 : 0;
      examples.push_back(std::move(ex));
      base += n;
    }
    begin = end;
  }
  return examples;
}

// Greedy averaged-perceptron training over the examples `keep` accepts.
Weights Learn(const std::vector<Example>& examples, const std::function<bool(const Example&)>& keep,
              const NerTrainOptions& o, std::ostream* log) {
  TrainWeights weights(Ner::kNumClasses);
  std::mt19937 rng(o.seed);
  std::vector<size_t> order;
  for (size_t i = 0; i < examples.size(); ++i) {
    if (keep(examples[i])) order.push_back(i);
  }
  uint64_t feats[Ner::kMaxFeatures];
  float scores[Ner::kNumClasses];
  for (int epoch = 0; epoch < o.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t correct = 0, total = 0;
    for (size_t idx : order) {
      const Example& ex = examples[idx];
      const int n = static_cast<int>(ex.gold.size());
      int prev = -1, prev2 = -1;
      for (int i = 0; i < n; ++i) {
        const int nf = Ner::Features(ex.feats, i, prev, prev2, feats);
        std::fill(scores, scores + Ner::kNumClasses, 0.0f);
        weights.Score(feats, nf, scores);
        int guess = -1;
        for (int c = 0; c < Ner::kNumClasses; ++c) {
          if (Ner::Allowed(prev, c, i + 1 == n) && (guess < 0 || scores[c] > scores[guess])) guess = c;
        }
        int truth = ex.gold[i];
        if (!Ner::Allowed(prev, truth, i + 1 == n)) truth = guess;  // history already off the gold path
        weights.Update(feats, nf, truth, guess);
        correct += guess == ex.gold[i];
        ++total;
        prev2 = prev;
        prev = guess;
      }
    }
    if (log) *log << "ner: epoch " << epoch + 1 << " train accuracy " << 100.0 * correct / std::max<size_t>(total, 1) << "%\n";
  }
  return weights.Average(o.min_weight);
}

// `o.ensemble` weight sets trained on different example orders (seeds
// o.seed, o.seed + 1, ...): adding their scores smooths the
// order-dependent decisions of a single perceptron.
std::vector<Weights> LearnEnsemble(const std::vector<Example>& examples, const std::function<bool(const Example&)>& keep,
                                   const NerTrainOptions& o, std::ostream* log) {
  std::vector<Weights> out;
  for (int m = 0; m < std::max(1, o.ensemble); ++m) {
    NerTrainOptions om = o;
    om.seed = o.seed + static_cast<unsigned>(m);
    out.push_back(Learn(examples, keep, om, log));
  }
  return out;
}

void AddCounts(const PrfCounts& a, PrfCounts* b) {
  b->gold += a.gold;
  b->predicted += a.predicted;
  b->correct += a.correct;
}

}  // namespace

Status TrainNer(const NerTrainOptions& o) {
  auto t0 = std::chrono::steady_clock::now();
  const std::string base = o.gum_dir + "/not-to-release";
  auto train = ReadConlluList(base + "/file-lists/files.train", base + "/sources");
  if (!train.ok()) return train.status();
  auto dev = ReadConlluList(base + "/file-lists/files.dev", base + "/sources");
  if (!dev.ok()) return dev.status();
  if (train->empty()) return Status::InvalidArgument("no training sentences under " + base);
  if (o.train_on_dev) train->insert(train->end(), dev->begin(), dev->end());
  const std::vector<ConlluSentence> gold = *train;  // before retagging: gold spans use treebank tags
  if (o.train_tagger && o.jackknife_folds > 1) {
    KG_RETURN_IF_ERROR(JackknifeRetag(o.train_tagger, o.jackknife_folds, &train.value(), o.log));
  } else {
    KG_RETURN_IF_ERROR(Retag(o.tagger, &train.value()));
  }

  Gazetteer gaz = Gazetteer::Build();
  WordClusters clusters;
  if (!o.text_dir.empty()) {
    auto text = ReadTextSentences(o.text_dir);
    if (!text.ok()) return text.status();
    size_t raw_tokens = 0;
    for (const auto& s : *text) raw_tokens += s.size();
    for (const ConlluSentence& s : *train) {
      std::vector<std::string> words;
      for (const ConlluWord& w : s.words) words.push_back(w.form);
      text->push_back(std::move(words));
    }
    clusters = WordClusters::Learn(*text);
    if (o.log) {
      *o.log << "ner: word classes for " << clusters.size() << " words from " << raw_tokens
             << " tokens of unlabeled text + the training sentences ("
             << std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() << " s)\n";
    }
  }
  size_t mentions = 0;
  const std::vector<Example> examples = MakeExamples(gaz, &clusters, *train, gold, &mentions);
  if (o.log) *o.log << "ner: " << examples.size() << " sentences, " << mentions << " named mentions\n";

  if (o.cv_folds > 1) {
    // Cross-validation over the training documents (document d in fold d % k); no model is written.
    std::vector<std::vector<ConlluSentence>> held(o.cv_folds), held_gold(o.cv_folds);
    size_t doc_no = 0;
    for (size_t i = 0; i < train->size(); ++i) {
      if (i > 0 && (*train)[i].comments.count("newdoc id")) ++doc_no;
      held[doc_no % o.cv_folds].push_back((*train)[i]);
      held_gold[doc_no % o.cv_folds].push_back(gold[i]);
    }
    NerScores total;
    for (int f = 0; f < o.cv_folds; ++f) {
      Ner ner(gaz, clusters,
              LearnEnsemble(examples, [&](const Example& e) { return static_cast<int>(e.doc % o.cv_folds) != f; }, o, nullptr));
      // The held-out fold keeps its jackknifed tags; gold spans come from treebank tags.
      auto sc = ScoreNer(ner, nullptr, held_gold[f], o.cv_errors, &held[f]);
      if (!sc.ok()) return sc.status();
      for (const auto& [t, c] : sc->by_type) AddCounts(c, &total.by_type[t]);
      AddCounts(sc->overall, &total.overall);
      if (o.log) *o.log << "ner: cv fold " << f + 1 << " F1 " << sc->overall.f1() << "\n";
    }
    if (o.log) {
      *o.log << "ner: " << o.cv_folds << "-fold cross-validation on the training documents:\n";
      PrintNerScores(*o.log, total);
    }
    return Status::Ok();
  }

  Ner ner(gaz, std::move(clusters), LearnEnsemble(examples, [](const Example&) { return true; }, o, o.log));
  std::error_code ec;
  std::filesystem::create_directories(o.models_dir, ec);
  const std::string path = o.models_dir + "/" + Ner::kFileName;
  KG_RETURN_IF_ERROR(ner.Save(path));
  auto reloaded = Ner::Load(path);
  if (!reloaded.ok()) return reloaded.status();
  auto sc = ScoreNer(**reloaded, o.tagger, *dev);
  if (!sc.ok()) return sc.status();
  if (o.log) {
    auto secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    *o.log << "ner: GUM dev (licence-clean documents" << (o.train_on_dev ? "; trained on, not held out" : "")
           << "):\n";
    PrintNerScores(*o.log, *sc);
    *o.log << "ner: " << std::filesystem::file_size(path) / 1024 << " KiB, " << secs << " s -> " << path << "\n";
  }
  return Status::Ok();
}

}  // namespace kg::nlp
