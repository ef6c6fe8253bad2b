#include "nlp/train_ner.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <functional>
#include <random>

#include "nlp/iob2.h"
#include "nlp/ner.h"
#include "nlp/ner_data.h"
#include "nlp/ner_eval.h"
#include "nlp/parser_data.h"
#include "nlp/train/corpus.h"

namespace kg::nlp {
namespace {

struct Example {
  Ner::SentenceFeatures feats;
  std::vector<int> gold;  // class per token
  size_t doc = 0;         // document number in the training data
  uint32_t base = 0;      // the sentence's first token in its document
  bool extra = false;     // from the IOB2 files: always trained on, never held out in cross-validation
};

}  // namespace

std::vector<int> NerGoldClasses(const std::vector<EntitySpan>& spans, size_t n) {
  std::vector<int> cls(n, 0);
  for (const EntitySpan& e : spans) {
    if (e.first_token >= e.last_token || e.last_token > n) continue;
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

namespace {

// Training examples of whole documents (so the document-level features see
// what they see at run time); Example::doc numbers the documents.
// `tr` carries the tags the tagger gives (features); `gold` the same sentences
// with the treebank's tags (named mentions need the gold PROPN heads), or,
// if `spans` is set, one list of gold spans per sentence of `tr` (an IOB2
// file's). Documents are numbered on from docs->size() and appended there.
std::vector<Example> MakeExamples(const Gazetteer& gaz, const WordClusters* clusters, const WordClusters* vector_classes,
                                  const std::vector<ConlluSentence>& tr, const std::vector<ConlluSentence>* gold,
                                  const std::vector<std::vector<EntitySpan>>* spans, size_t* mentions,
                                  std::vector<Doc>* docs, int domain = 0, bool domain_copies = false) {
  std::vector<Example> examples;
  size_t doc_no = docs->size();
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
      Ner::Prepare(gaz, clusters, doc, base, base + n, &cues, &ex.feats, vector_classes);
      ex.gold = NerGoldClasses(spans != nullptr ? (*spans)[k] : GoldNamedMentions((*gold)[k]), n);
      ex.doc = doc_no;
      ex.extra = spans != nullptr;
      if (ex.extra) {
        ex.feats.domain = static_cast<uint8_t>(domain);
        ex.feats.domain_copies = domain_copies;
      }
      ex.base = base;
      for (int c : ex.gold) *mentions += (c > 0 && ((c - 1) % 4 == 0 || (c - 1) % 4 == 3)) ? 1 : 0;
      examples.push_back(std::move(ex));
      base += n;
    }
    begin = end;
    docs->push_back(std::move(doc));
  }
  return examples;
}

// `in` with the personal-name bits and town positions of a random share
// `p` of its tokens cleared, and the word identity of a share `word_p` of its
// capitalised tokens hidden (in *out, which is returned).
const Ner::SentenceFeatures& DropFeatures(const Ner::SentenceFeatures& in, double p, double word_p, std::mt19937* rng,
                                       Ner::SentenceFeatures* out) {
  *out = in;
  constexpr uint8_t kNameBits = (1u << Gazetteer::kGivenName) | (1u << Gazetteer::kSurname);
  std::bernoulli_distribution hide(p);
  std::bernoulli_distribution unknown(word_p);
  for (size_t i = 0; i < out->kinds.size(); ++i) {
    if ((out->caps[i] & 1) && unknown(*rng)) {
      out->lower[i] = out->form[i] = 77;  // one "unseen word" value
      out->clusters[i] = WordClusters::Ids{0, 0, 0};
      if (!out->vec_classes.empty()) out->vec_classes[i] = WordClusters::Ids{0, 0, 0};
    }
    if (!hide(*rng)) continue;
    out->kinds[i] &= static_cast<uint8_t>(~kNameBits);
    out->city_pos[i] = 0;
  }
  return *out;
}

// Structured averaged-perceptron training (Collins 2002) over the examples
// `keep` accepts: each sentence is Viterbi-decoded with the current weights,
// and where the best path differs from the gold one, the gold path's features
// gain and the predicted path's lose (label-free features per token class,
// history features per (previous class, class) pair).
Weights Learn(const std::vector<Example>& examples, const std::function<bool(const Example&)>& keep,
              const NerTrainOptions& o, std::ostream* log) {
  TrainWeights weights(Ner::kNumClasses);
  std::mt19937 rng(o.seed);
  std::vector<size_t> order;
  for (size_t i = 0; i < examples.size(); ++i) {
    if (keep(examples[i])) order.push_back(i);
  }
  const Ner::Scorer score = [&](const uint64_t* f, int nf, float* scores) { weights.Score(f, nf, scores); };
  std::mt19937 drop_rng(o.seed * 7919u + 1u);
  Ner::SentenceFeatures hidden;
  uint64_t feats[Ner::kMaxFeatures];
  for (int epoch = 0; epoch < o.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t correct = 0, total = 0;
    for (size_t idx : order) {
      const Example& ex = examples[idx];
      const int n = static_cast<int>(ex.gold.size());
      const bool hide = o.list_dropout > 0 || o.word_dropout > 0;
      const Ner::SentenceFeatures& feats_in =
          hide ? DropFeatures(ex.feats, o.list_dropout, o.word_dropout, &drop_rng, &hidden) : ex.feats;
      const std::vector<int> guess = Ner::Decode(feats_in, score);
      weights.Tick();
      for (int i = 0; i < n; ++i) {
        const int g = ex.gold[i], p = guess[i];
        const int gp = i == 0 ? -1 : ex.gold[i - 1], pp = i == 0 ? -1 : guess[i - 1];
        correct += g == p;
        ++total;
        if (g != p) {
          const int nf = Ner::Features(feats_in, i, -1, Ner::FeatureSet::kStatic, feats);
          weights.Add(feats, nf, g, 1.0f);
          weights.Add(feats, nf, p, -1.0f);
        }
        if (g != p || gp != pp) {
          int nf = Ner::Features(feats_in, i, gp, Ner::FeatureSet::kHistory, feats);
          weights.Add(feats, nf, g, 1.0f);
          nf = Ner::Features(feats_in, i, pp, Ner::FeatureSet::kHistory, feats);
          weights.Add(feats, nf, p, -1.0f);
        }
      }
    }
    if (log) *log << "ner: epoch " << epoch + 1 << " train accuracy " << 100.0 * correct / std::max<size_t>(total, 1) << "%\n";
  }
  return weights.Average(0.0f);  // pruned once summed (LearnEnsemble)
}

// `o.ensemble` weight sets trained on different example orders (seeds
// o.seed, o.seed + 1, ...), summed into one: adding their scores smooths the
// order-dependent decisions of a single perceptron.
std::vector<Weights> LearnEnsemble(const std::vector<Example>& examples, const std::function<bool(const Example&)>& keep,
                                   const NerTrainOptions& o, std::ostream* log) {
  std::vector<Weights> out;
  for (int m = 0; m < std::max(1, o.ensemble); ++m) {
    NerTrainOptions om = o;
    om.seed = o.seed + static_cast<unsigned>(m);
    out.push_back(Learn(examples, keep, om, log));
  }
  Weights sum = Weights::Sum(out);  // scored as one: the same sums at a fifth of the lookups
  sum.Prune(o.min_weight);
  return {sum};
}

// Copies `examples` with second-stage features on those `keep` accepts: their
// first-stage classes come from ensembles trained on the other kept documents
// (o.stack_folds folds), so training sees the first stage's errors as they are
// on unseen text (Ratinov & Roth 2009 train the same way).
std::vector<Example> SecondStageExamples(const std::vector<Example>& examples, const std::vector<Doc>& docs,
                                         const std::function<bool(const Example&)>& keep, const NerTrainOptions& o) {
  // Folds by (doc / 5): cross-validation holds out doc % 5, so inner folds must not use it.
  auto fold = [&](const Example& e) { return static_cast<int>((e.doc / 5) % o.stack_folds); };
  std::vector<std::vector<int>> classes(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) classes[d].assign(docs[d].tokens.size(), 0);
  for (int j = 0; j < o.stack_folds; ++j) {
    const std::vector<Weights> w =
        LearnEnsemble(examples, [&](const Example& e) { return keep(e) && fold(e) != j; }, o, nullptr);
    for (const Example& e : examples) {
      if (!keep(e) || fold(e) != j) continue;
      const std::vector<int> c = Ner::Decode(e.feats, w);
      std::copy(c.begin(), c.end(), classes[e.doc].begin() + e.base);
    }
  }
  std::vector<Example> out = examples;
  std::vector<std::vector<Ner::NonLocal>> nl(docs.size());
  for (Example& e : out) {
    if (!keep(e)) continue;
    if (nl[e.doc].empty()) nl[e.doc] = Ner::NonLocalFeatures(docs[e.doc], classes[e.doc]);
    e.feats.nonlocal.assign(nl[e.doc].begin() + e.base, nl[e.doc].begin() + e.base + e.gold.size());
  }
  return out;
}

// `members` networks (nlp/ner_net.h; seeds no.seed, +1, ...) trained on the examples `keep` accepts.
std::vector<NerNet> LearnNets(const WordVectors& vectors, const std::vector<Example>& examples,
                              const std::vector<Doc>& docs, const std::function<bool(const Example&)>& keep,
                              const NerNet::Options& no, int members, std::ostream* log, bool with_extra) {
  std::vector<NerNet::Example> net_examples;
  for (const Example& e : examples) {
    if (!keep(e) || (e.extra && !with_extra)) continue;
    NerNet::Example ne;
    Ner::NetInputs(vectors, docs[e.doc], e.base, e.feats, &ne.inputs, &ne.capitalised);
    ne.gold = e.gold;
    net_examples.push_back(std::move(ne));
  }
  std::vector<NerNet> nets;
  for (int m = 0; m < members; ++m) {
    NerNet::Options om = no;
    om.seed = no.seed + static_cast<unsigned>(m);
    NerNet net(vectors.dims(), Ner::kNetExtras, Ner::kNumClasses, om.hidden, om.seed);
    auto t0 = std::chrono::steady_clock::now();
    net.Train(net_examples, om, log);
    if (log) {
      *log << "ner net: " << net_examples.size() << " sentences, "
           << std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() << " s\n";
    }
    nets.push_back(std::move(net));
  }
  return nets;
}

// The first stage and, if o.stack_folds > 1, the second, trained on the examples `keep` accepts.
Ner LearnNer(const Gazetteer& gaz, const WordClusters& clusters, const WordClusters& vector_classes,
             const std::vector<Example>& examples,
             const std::vector<Doc>& docs, const std::function<bool(const Example&)>& keep,
             const NerTrainOptions& o, std::ostream* log, const WordVectors* net_vectors = nullptr) {
  NerTrainOptions o2 = o;
  o2.ensemble = o.second_ensemble;
  std::vector<Weights> first = LearnEnsemble(examples, keep, o, log);
  std::vector<Weights> second;
  if (o.stack_folds > 1) {
    if (log) *log << "ner: second stage\n";
    const std::vector<Example> stacked = SecondStageExamples(examples, docs, keep, o);
    second = LearnEnsemble(stacked, keep, o2, log);
  }
  Ner ner(gaz, clusters, std::move(first), std::move(second), vector_classes);
  if (net_vectors != nullptr) {
    ner.SetNets(*net_vectors, LearnNets(*net_vectors, examples, docs, keep, o.net_options, o.net_members, log, o.iob2_net),
                o.net_weight, o.net_floor);
  }
  return ner;
}

void AddCounts(const PrfCounts& a, PrfCounts* b) {
  b->gold += a.gold;
  b->predicted += a.predicted;
  b->correct += a.correct;
}

}  // namespace

Status LoadIob2Training(const std::vector<std::string>& paths, const Component* tagger,
                        std::vector<ConlluSentence>* sentences, std::vector<std::vector<EntitySpan>>* spans) {
  for (const std::string& path : paths) {
    auto corpus = ReadIob2File(path);
    if (!corpus.ok()) {
      const Status& st = corpus.status();
      return st.code() == Status::Code::kIOError ? st : Status::InvalidArgument(path + ": " + st.message());
    }
    if (corpus->sentences.empty()) continue;
    // Each file starts a document even without a "newdoc id" line.
    if (!corpus->sentences.front().comments.count("newdoc id")) corpus->sentences.front().comments["newdoc id"] = path;
    KG_RETURN_IF_ERROR(Retag(tagger, &corpus->sentences));
    for (size_t k = 0; k < corpus->sentences.size(); ++k) {
      sentences->push_back(std::move(corpus->sentences[k]));
      spans->push_back(std::move(corpus->entities[k]));
    }
  }
  return Status::Ok();
}

Status TrainNer(const NerTrainOptions& o) {
  auto t0 = std::chrono::steady_clock::now();
  auto train = train::LoadGum(o.gum_dir, train::Split::kTrain);
  if (!train.ok()) return train.status();
  auto dev = train::LoadGum(o.gum_dir, train::Split::kDev);
  if (!dev.ok()) return dev.status();
  if (train->empty()) return Status::InvalidArgument("no training sentences under " + o.gum_dir);
  if (o.train_on_dev) train->insert(train->end(), dev->begin(), dev->end());
  const std::vector<ConlluSentence> gold = *train;  // before retagging: gold spans use treebank tags
  if (o.train_tagger && o.jackknife_folds > 1) {
    KG_RETURN_IF_ERROR(JackknifeRetag(o.train_tagger, o.jackknife_folds, &train.value(), o.log));
  } else {
    KG_RETURN_IF_ERROR(Retag(o.tagger, &train.value()));
  }

  // Sentences with IOB2 gold spans (Universal NER), tagged by the shipped tagger
  // (no jackknife: it never trained on them).
  std::vector<ConlluSentence> extra;
  std::vector<std::vector<EntitySpan>> extra_spans;
  KG_RETURN_IF_ERROR(LoadIob2Training(o.iob2_files, o.tagger, &extra, &extra_spans));
  if (o.log && !extra.empty()) {
    size_t spans = 0;
    for (const auto& v : extra_spans) spans += v.size();
    *o.log << "ner: " << extra.size() << " IOB2 sentences, " << spans << " spans (x" << std::max(1, o.iob2_repeat)
           << ")\n";
  }

  Gazetteer gaz = Gazetteer::Build();
  WordClusters clusters;
  if (!o.text_dir.empty()) {
    auto text = ReadTextSentences(o.text_dir);
    if (!text.ok()) return text.status();
    size_t raw_tokens = 0;
    for (const auto& s : *text) raw_tokens += s.size();
    for (const std::vector<ConlluSentence>* part : {&train.value(), &extra}) {
      for (const ConlluSentence& s : *part) {
        std::vector<std::string> words;
        for (const ConlluWord& w : s.words) words.push_back(w.form);
        text->push_back(std::move(words));
      }
    }
    clusters = WordClusters::Learn(*text);
    if (o.log) {
      *o.log << "ner: word classes for " << clusters.size() << " words from " << raw_tokens
             << " tokens of unlabeled text + the training sentences ("
             << std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() << " s)\n";
    }
  }
  WordClusters vector_classes;
  if (!o.word_vectors.empty()) {
    auto learned = LearnVectorClasses(o.word_vectors, o.vector_classes);
    if (!learned.ok()) return learned.status();
    vector_classes = std::move(learned.value());
    if (o.log) {
      *o.log << "ner: vector classes for " << vector_classes.size() << " words from " << o.word_vectors << " ("
             << std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() << " s)\n";
    }
  }
  std::unique_ptr<WordVectors> net_vectors;
  if (!o.word_vectors.empty() && o.net) {
    auto wv = WordVectors::Read(o.word_vectors, o.net_words, o.net_dims, o.net_bits);
    if (!wv.ok()) return wv.status();
    net_vectors = std::make_unique<WordVectors>(std::move(wv.value()));
    if (o.log) {
      *o.log << "ner: " << net_vectors->size() << " word vectors of " << net_vectors->dims() << " dimensions, " << net_vectors->bits() << " bits ("
             << std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() << " s)\n";
    }
  }
  size_t mentions = 0;
  std::vector<Doc> docs;
  std::vector<Example> examples = MakeExamples(gaz, &clusters, &vector_classes, *train, &gold, nullptr, &mentions, &docs);
  if (!extra.empty()) {
    const std::vector<Example> more =
        MakeExamples(gaz, &clusters, &vector_classes, extra, nullptr, &extra_spans, &mentions, &docs,
                     o.iob2_domain ? 1 : 0, o.iob2_domain_copies);
    for (int r = 0; r < std::max(1, o.iob2_repeat); ++r) examples.insert(examples.end(), more.begin(), more.end());
  }
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
    // Every (weight, floor) pair of the lists.
    std::vector<std::pair<float, float>> net_weights;
    if (net_vectors) {
      const std::vector<float> floors = o.cv_net_floors.empty() ? std::vector<float>{o.net_floor} : o.cv_net_floors;
      for (float w : o.cv_net_weights) {
        for (float fl : floors) net_weights.emplace_back(w, fl);
      }
    }
    auto describe = [](const std::pair<float, float>& wf) {
      return std::to_string(wf.first) + (wf.second > Ner::kNoFloor ? " floor " + std::to_string(wf.second) : "");
    };
    std::vector<NerScores> by_weight(net_weights.size());
    for (int f = 0; f < o.cv_folds; ++f) {
      Ner ner = LearnNer(gaz, clusters, vector_classes, examples, docs,
                         [&](const Example& e) { return e.extra || static_cast<int>(e.doc % o.cv_folds) != f; }, o,
                         net_vectors ? o.log : nullptr, net_vectors.get());
      // The held-out fold keeps its jackknifed tags; gold spans come from treebank tags.
      auto sc = ScoreNer(ner, nullptr, held_gold[f], o.cv_errors, &held[f]);
      if (!sc.ok()) return sc.status();
      for (const auto& [t, c] : sc->by_type) AddCounts(c, &total.by_type[t]);
      AddCounts(sc->overall, &total.overall);
      if (o.log) *o.log << "ner: cv fold " << f + 1 << " F1 " << sc->overall.f1() << "\n";
      for (size_t w = 0; w < net_weights.size(); ++w) {
        ner.set_net_weight(net_weights[w].first);
        ner.set_net_floor(net_weights[w].second);
        auto sw = ScoreNer(ner, nullptr, held_gold[f], nullptr, &held[f]);
        if (!sw.ok()) return sw.status();
        for (const auto& [t, c] : sw->by_type) AddCounts(c, &by_weight[w].by_type[t]);
        AddCounts(sw->overall, &by_weight[w].overall);
        if (o.log) *o.log << "ner: cv fold " << f + 1 << " net weight " << describe(net_weights[w]) << " F1 " << sw->overall.f1() << "\n";
      }
    }
    for (size_t w = 0; w < net_weights.size() && o.log; ++w) {
      *o.log << "ner: cross-validation with net weight " << describe(net_weights[w]) << ":\n";
      PrintNerScores(*o.log, by_weight[w]);
    }
    if (o.log) {
      *o.log << "ner: " << o.cv_folds << "-fold cross-validation on the training documents:\n";
      PrintNerScores(*o.log, total);
    }
    return Status::Ok();
  }

  const Ner ner = LearnNer(gaz, clusters, vector_classes, examples, docs, [](const Example&) { return true; }, o, o.log,
                           net_vectors.get());
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
