#include "nlp/train_parser.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <random>

#include "nlp/parser.h"
#include "nlp/parser_data.h"
#include "nlp/parser_transitions.h"
#include "nlp/train/corpus.h"

namespace kg::nlp {
namespace {

struct Example {
  parse::SentenceInput in;
  std::vector<int> gold_head, gold_label;  // index 0 unused
};

struct Vocab {
  std::vector<std::string> labels, tags;
  std::map<std::string, int> label_ids;
  std::map<std::string, uint32_t> tag_ids;
  bool use_xpos = true;
  const std::string& TagOf(const ConlluWord& w) const { return use_xpos && !w.xpos.empty() ? w.xpos : w.upos; }
};

Example MakeExample(const ConlluSentence& s, const Vocab& v) {
  Example ex;
  const int n = static_cast<int>(s.words.size());
  ex.in.n = n;
  ex.in.word.resize(n + 1);
  ex.in.suffix.resize(n + 1);
  ex.in.tag.resize(n + 1);
  ex.in.upos.resize(n + 1);
  ex.in.upos[0] = parse::HashString("<ROOT>");
  ex.in.word[0] = parse::HashString("<ROOT>");
  ex.in.tag[0] = 2;
  ex.gold_head.assign(n + 1, -1);
  ex.gold_label.assign(n + 1, -1);
  for (int i = 1; i <= n; ++i) {
    const ConlluWord& w = s.words[i - 1];
    ex.in.word[i] = parse::WordKey(w.form);
    ex.in.suffix[i] = parse::SuffixKey(w.form);
    auto t = v.tag_ids.find(v.TagOf(w));
    ex.in.tag[i] = t == v.tag_ids.end() ? 1 : t->second;
    ex.in.upos[i] = parse::HashString(w.upos);
    ex.gold_head[i] = w.head;
    auto l = v.label_ids.find(w.deprel);
    ex.gold_label[i] = l == v.label_ids.end() ? v.label_ids.at("dep") : l->second;
  }
  return ex;
}

// las: full labels ("nmod:poss"); ulas: universal part only (CoNLL 2018 LAS).
struct Score { double uas = 0, las = 0, ulas = 0; };

std::string Universal(const std::string& r) { return r.substr(0, r.find(':')); }

Score Evaluate(const Parser& parser, const std::vector<ConlluSentence>& sents) {
  size_t total = 0, uas = 0, las = 0, ulas = 0;
  for (const ConlluSentence& s : sents) {
    Doc doc = SentenceToDoc(s);
    parser.ParseSpan(doc, 0, static_cast<uint32_t>(doc.tokens.size()));
    for (size_t i = 0; i < s.words.size(); ++i) {
      ++total;
      if (doc.tokens[i].head + 1 == s.words[i].head) {
        ++uas;
        if (doc.tokens[i].deprel == s.words[i].deprel) ++las;
        if (Universal(doc.tokens[i].deprel) == Universal(s.words[i].deprel)) ++ulas;
      }
    }
  }
  if (total == 0) return {};
  return {100.0 * uas / total, 100.0 * las / total, 100.0 * ulas / total};
}

// One ensemble member: `epochs` passes of perceptron training with a dynamic
// oracle (examples shuffled and explored with `seed`); the averaged weights,
// unpruned. `dev_check`, if set, scores the averaged weights after each epoch.
Weights TrainMember(const std::vector<Example>& examples, int n_actions, int epochs, unsigned seed,
                    std::ostream* log, const std::function<std::string(const Weights&)>& dev_check,
                    std::chrono::steady_clock::time_point t0) {
  TrainWeights weights(n_actions);
  std::mt19937 rng(seed);
  std::vector<size_t> order(examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<float> scores(n_actions);
  std::vector<int> costs(n_actions);
  uint64_t feats[parse::kMaxFeatures];
  for (int epoch = 0; epoch < epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t correct = 0, steps = 0;
    for (size_t idx : order) {
      const Example& ex = examples[idx];
      parse::State state(ex.in.n);
      while (!state.Terminal()) {
        const int nf = state.Features(ex.in, feats);
        std::fill(scores.begin(), scores.end(), 0.0f);
        weights.Score(feats, nf, scores.data());
        std::fill(costs.begin(), costs.end(), 1 << 20);
        state.Costs(ex.gold_head, ex.gold_label, n_actions, costs.data());
        int guess = -1, best_gold = -1, min_cost = 1 << 20;
        for (int a = 0; a < n_actions; ++a) {
          if (costs[a] < min_cost) min_cost = costs[a];
        }
        for (int a = 0; a < n_actions; ++a) {
          if (costs[a] >= (1 << 20)) continue;  // invalid
          if (guess == -1 || scores[a] > scores[guess]) guess = a;
          if (costs[a] == min_cost && (best_gold == -1 || scores[a] > scores[best_gold])) best_gold = a;
        }
        weights.Update(feats, nf, best_gold, costs[guess] == min_cost ? best_gold : guess);
        if (costs[guess] == min_cost) ++correct;
        ++steps;
        // Explore: after the first epoch, follow the model's own mistakes 90% of the time.
        int next = best_gold;
        if (costs[guess] != min_cost && epoch > 0 && std::uniform_real_distribution<double>(0, 1)(rng) < 0.9) {
          next = guess;
        }
        state.Apply(next);
      }
    }
    if (log) {
      auto secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      *log << "parser: seed " << seed << " epoch " << epoch + 1 << " oracle-agreement "
           << 100.0 * correct / std::max<size_t>(steps, 1) << "% (" << secs << " s)";
      if (dev_check) *log << dev_check(weights.Average(0.0f));
      *log << "\n";
    }
  }
  return weights.Average(0.0f);
}

}  // namespace

Status TrainParser(const ParserTrainOptions& o) {
  auto t0 = std::chrono::steady_clock::now();
  auto train = train::LoadEwt(o.ud_dir, train::Split::kTrain);
  if (!train.ok()) return train.status();
  if (!o.gum_dir.empty()) {
    // GUM uses the same UD English scheme: more (and edited, news-like) training text.
    auto gum = train::LoadGum(o.gum_dir, train::Split::kTrain);
    if (!gum.ok()) return gum.status();
    for (ConlluSentence& s : *gum) train->push_back(std::move(s));
  }
  auto dev = ReadConlluFile(o.ud_dir + "/en_ewt-ud-dev.conllu");
  if (!dev.ok()) return dev.status();
  if (train->empty()) return Status::InvalidArgument("no training sentences under " + o.ud_dir);
  if (o.train_tagger && o.jackknife_folds > 1) {
    KG_RETURN_IF_ERROR(JackknifeRetag(o.train_tagger, o.jackknife_folds, &train.value(), o.log));
  } else {
    KG_RETURN_IF_ERROR(Retag(o.tagger, &train.value()));
  }
  KG_RETURN_IF_ERROR(Retag(o.tagger, &dev.value()));

  Vocab v;
  v.use_xpos = false;
  std::map<std::string, int> label_count;
  for (const ConlluSentence& s : *train) {
    for (const ConlluWord& w : s.words) {
      if (!w.xpos.empty() && w.xpos != "_") v.use_xpos = true;
      ++label_count[w.deprel];
    }
  }
  std::vector<std::pair<int, std::string>> by_count;
  for (const auto& [l, c] : label_count) by_count.emplace_back(-c, l);
  std::sort(by_count.begin(), by_count.end());
  for (const auto& [c, l] : by_count) {
    if (static_cast<int>(v.labels.size()) >= parse::kMaxLabels - 1) break;
    v.label_ids[l] = static_cast<int>(v.labels.size());
    v.labels.push_back(l);
  }
  if (!v.label_ids.count("dep")) {
    v.label_ids["dep"] = static_cast<int>(v.labels.size());
    v.labels.push_back("dep");
  }
  for (const ConlluSentence& s : *train) {
    for (const ConlluWord& w : s.words) {
      const std::string& t = v.TagOf(w);
      if (!v.tag_ids.count(t)) {
        v.tag_ids[t] = static_cast<uint32_t>(v.tags.size() + 3);
        v.tags.push_back(t);
      }
    }
  }
  std::vector<Example> examples;
  examples.reserve(train->size());
  size_t n_words = 0;
  for (const ConlluSentence& s : *train) {
    examples.push_back(MakeExample(s, v));
    parse::Projectivize(&examples.back().gold_head);
    n_words += s.words.size();
  }
  if (o.log) {
    *o.log << "parser: " << examples.size() << " sentences, " << n_words << " words, " << v.labels.size()
           << " labels, " << v.tags.size() << (v.use_xpos ? " xpos" : " upos") << " tags\n";
  }

  const int n_actions = 2 + 2 * static_cast<int>(v.labels.size());
  std::function<std::string(const Weights&)> dev_check;
  if (o.eval_each_epoch) {
    dev_check = [&](const Weights& w) {
      Score sc = Evaluate(Parser(v.labels, v.tags, v.use_xpos, w), *dev);
      return " dev UAS " + std::to_string(sc.uas) + " LAS " + std::to_string(sc.las) + " (universal " +
             std::to_string(sc.ulas) + ")";
    };
  }
  // Members trained on different example orders are summed into one weight
  // set (one linear model: no run-time cost), then pruned once.
  std::vector<Weights> members;
  for (int m = 0; m < std::max(1, o.members); ++m) {
    members.push_back(TrainMember(examples, n_actions, o.epochs, o.seed + m, o.log, dev_check, t0));
  }
  Weights summed = members.size() == 1 ? std::move(members[0]) : Weights::Sum(members);
  members.clear();
  summed.Prune(o.min_weight * static_cast<float>(std::max(1, o.members)));
  Parser parser(v.labels, v.tags, v.use_xpos, std::move(summed));
  Score sc = Evaluate(parser, *dev);
  std::error_code ec;
  std::filesystem::create_directories(o.models_dir, ec);
  const std::string path = o.models_dir + "/" + Parser::kFileName;
  KG_RETURN_IF_ERROR(parser.Save(path));
  auto reloaded = Parser::Load(path);
  if (!reloaded.ok()) return reloaded.status();
  Score sc2 = Evaluate(**reloaded, *dev);
  if (o.log) {
    auto secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    *o.log << "parser: EWT dev UAS " << sc.uas << " LAS " << sc.las << " universal LAS " << sc.ulas
           << " (saved model: UAS " << sc2.uas << " LAS "
           << sc2.las << "), " << std::filesystem::file_size(path) / 1024 << " KiB, " << secs << " s -> " << path
           << "\n";
  }
  return Status::Ok();
}

}  // namespace kg::nlp
