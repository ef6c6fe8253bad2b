#include "nlp/train/train_tagger.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <random>

namespace kg::nlp::train {
namespace {

std::vector<std::string_view> Forms(const ConlluSentence& s) {
  std::vector<std::string_view> out;
  out.reserve(s.words.size());
  for (const auto& w : s.words) out.push_back(w.form);
  return out;
}

}  // namespace

std::unique_ptr<Tagger> TrainTagger(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>& dev,
                                    const TaggerTrainOptions& options) {
  // Classes: every UPOS|XPOS pair of the training data, in sorted order.
  std::map<std::pair<std::string, std::string>, int> class_of;
  for (const auto& s : train)
    for (const auto& w : s.words) class_of.emplace(std::make_pair(w.upos, w.xpos), 0);
  std::vector<std::string> upos, xpos;
  for (auto& [k, v] : class_of) {
    v = static_cast<int>(upos.size());
    upos.push_back(k.first);
    xpos.push_back(k.second);
  }
  // Tag dictionary for frequent, unambiguous forms.
  std::map<std::string, std::map<int, int>> counts;
  for (const auto& s : train)
    for (const auto& w : s.words) ++counts[w.form][class_of[{w.upos, w.xpos}]];
  TagDict dict;
  for (const auto& [form, by_tag] : counts) {
    int total = 0, best = 0, best_tag = 0;
    for (auto [t, c] : by_tag) {
      total += c;
      if (c > best) best = c, best_tag = t;
    }
    if (total >= options.dict_min_count && best >= options.dict_min_share * total) dict.emplace(form, best_tag);
  }

  // Ambiguity classes: the tags each lower-cased form took (words seen twice or more).
  std::map<std::string, std::map<int, int>> lower_counts;
  for (const auto& s : train)
    for (const auto& w : s.words) {
      std::string lower = w.form;
      for (char& c : lower)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      ++lower_counts[lower][class_of[{w.upos, w.xpos}]];
    }
  Tagger::Lexicon lexicon;
  for (const auto& [form, by_tag] : lower_counts) {
    int total = 0;
    for (auto [t, c] : by_tag) total += c;
    if (total < options.lexicon_min_count) continue;
    uint64_t h = 0x1234567;
    for (auto [t, c] : by_tag)
      if (c * 20 >= total) h = Mix64(h ^ static_cast<uint64_t>(t + 1));  // tags with >= 5% share
    lexicon.emplace(form, h);
  }

  std::vector<std::vector<int>> gold(train.size());
  for (size_t i = 0; i < train.size(); ++i)
    for (const auto& w : train[i].words) gold[i].push_back(class_of[{w.upos, w.xpos}]);

  auto tagger = std::make_unique<Tagger>(upos, xpos, Perceptron(static_cast<int>(upos.size())), TagDict());
  tagger->set_lexicon(std::move(lexicon));
  Perceptron& model = tagger->model();
  std::vector<size_t> order(train.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937 rng(options.seed);
  std::vector<Tagger::Word> prepared;
  std::vector<uint64_t> feats;
  for (int it = 0; it < options.iterations; ++it) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t correct = 0, total = 0;
    for (size_t idx : order) {
      const auto& s = train[idx];
      auto forms = Forms(s);
      tagger->Prepare(forms, &prepared);
      int prev = -1, prev2 = -1;
      for (size_t i = 0; i < forms.size(); ++i) {
        int truth = gold[idx][i];
        int guess;
        auto d = dict.find(forms[i]);
        if (d != dict.end()) {
          guess = d->second;
        } else {
          Tagger::Features(prepared, i, prev, prev2, &feats);
          guess = model.Predict(feats);
          model.Update(feats, truth, guess);
        }
        correct += guess == truth;
        ++total;
        prev2 = prev;
        prev = guess;
      }
    }
    if (options.log)
      *options.log << "tagger iteration " << (it + 1) << ": train accuracy " << (100.0 * correct / std::max<size_t>(total, 1))
                   << "%\n";
  }
  model.Average();
  tagger->set_tag_dict(std::move(dict));
  if (options.log && !dev.empty()) {
    TagScores sc = ScoreTagger(*tagger, dev);
    *options.log << "tagger dev: upos " << sc.upos << "% xpos " << sc.xpos << "% (" << sc.words << " words, "
                 << model.num_features() << " features)\n";
  }
  return tagger;
}

TagScores ScoreTagger(const Tagger& tagger, const std::vector<ConlluSentence>& gold) {
  TagScores sc;
  size_t u = 0, x = 0;
  std::vector<int> tags;
  for (const auto& s : gold) {
    tagger.Tag(Forms(s), &tags);
    for (size_t i = 0; i < s.words.size(); ++i) {
      u += tagger.Upos(tags[i]) == s.words[i].upos;
      x += tagger.Xpos(tags[i]) == s.words[i].xpos;
    }
    sc.words += s.words.size();
  }
  if (sc.words) {
    sc.upos = 100.0 * u / sc.words;
    sc.xpos = 100.0 * x / sc.words;
  }
  return sc;
}

}  // namespace kg::nlp::train
