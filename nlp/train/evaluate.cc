#include "nlp/train/evaluate.h"

#include <chrono>
#include <map>

namespace kg::nlp::train {
namespace {

using Clock = std::chrono::steady_clock;

std::string Universal(const std::string& deprel) { return deprel.substr(0, deprel.find(':')); }

double Pct(size_t a, size_t b) { return b ? 100.0 * static_cast<double>(a) / static_cast<double>(b) : 0.0; }
double F1(size_t correct, size_t gold, size_t sys) {
  if (gold + sys == 0) return 100.0;
  return 200.0 * static_cast<double>(correct) / static_cast<double>(gold + sys);
}

// Gold words with character spans in a raw document text.
struct GoldWord {
  uint32_t start, end;
  const ConlluWord* w;
  int head_index;  // index into the document's gold words, -1 = root
};

}  // namespace

Result<NlpScores> EvaluateGoldTokens(const Pipeline& pipeline, const std::vector<ConlluSentence>& gold) {
  NlpScores sc;
  bool parsed = pipeline.HasLayer("deps");
  size_t upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
  double seconds = 0;
  for (const auto& s : gold) {
    Doc doc;
    for (const auto& w : s.words) {
      Token t;
      t.start = static_cast<uint32_t>(doc.text.size());
      doc.text += w.form;
      t.end = static_cast<uint32_t>(doc.text.size());
      t.form = w.form;
      t.space_after = w.space_after;
      if (w.space_after) doc.text += ' ';
      doc.tokens.push_back(std::move(t));
    }
    doc.sentences.push_back(Sentence{0, static_cast<uint32_t>(doc.tokens.size()), 0, static_cast<uint32_t>(doc.text.size())});
    auto t0 = Clock::now();
    KG_RETURN_IF_ERROR(pipeline.Annotate(doc, {"tokens", "sentences"}));
    seconds += std::chrono::duration<double>(Clock::now() - t0).count();
    for (size_t i = 0; i < s.words.size(); ++i) {
      const auto& g = s.words[i];
      const Token& t = doc.tokens[i];
      upos += t.upos == g.upos;
      xpos += t.xpos == g.xpos;
      lemma += t.lemma == g.lemma;
      if (parsed) {
        bool head_ok = t.head + 1 == g.head;  // Doc head -1 = root, gold 0 = root
        uas += head_ok;
        las += head_ok && Universal(t.deprel) == Universal(g.deprel);
      }
    }
    sc.words += s.words.size();
    ++sc.sentences;
  }
  sc.upos = Pct(upos, sc.words);
  sc.xpos = Pct(xpos, sc.words);
  sc.lemma = Pct(lemma, sc.words);
  if (parsed) {
    sc.uas = Pct(uas, sc.words);
    sc.las = Pct(las, sc.words);
  }
  sc.tokens_per_s = seconds > 0 ? static_cast<double>(sc.words) / seconds : 0;
  return sc;
}

Result<NlpScores> EvaluateRaw(const Pipeline& pipeline, const std::vector<ConlluSentence>& gold) {
  NlpScores sc;
  bool parsed = pipeline.HasLayer("deps");
  size_t gold_words = 0, sys_words = 0, matched = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
  size_t gold_sents = 0, sys_sents = 0, matched_sents = 0;
  double seconds = 0;
  size_t i = 0;
  while (i < gold.size()) {
    // One document: up to the next "newdoc id".
    size_t j = i + 1;
    while (j < gold.size() && !gold[j].comments.count("newdoc id")) ++j;
    std::string text;
    std::vector<GoldWord> words;
    std::vector<std::pair<uint32_t, uint32_t>> sent_spans;
    for (size_t k = i; k < j; ++k) {
      const auto& s = gold[k];
      if (k > i) text += (s.comments.count("newpar id") || s.comments.count("newpar")) ? "\n\n" : " ";
      uint32_t base = static_cast<uint32_t>(text.size());
      std::string st = s.Text();
      text += st;
      size_t pos = 0, first = words.size();
      for (const auto& w : s.words) {
        while (pos < st.size() && (st[pos] == ' ' || st[pos] == '\t')) ++pos;
        uint32_t b = base + static_cast<uint32_t>(pos), e = b;
        if (st.compare(pos, w.form.size(), w.form) == 0) {
          e = b + static_cast<uint32_t>(w.form.size());
          pos += w.form.size();
        }
        words.push_back(GoldWord{b, e, &w, -1});
      }
      for (size_t w = 0; w < s.words.size(); ++w)
        words[first + w].head_index = s.words[w].head == 0 ? -1 : static_cast<int>(first) + s.words[w].head - 1;
      if (!s.words.empty()) sent_spans.emplace_back(words[first].start, words.back().end);
    }
    auto t0 = Clock::now();
    auto doc = pipeline.Process(text);
    seconds += std::chrono::duration<double>(Clock::now() - t0).count();
    if (!doc.ok()) return doc.status();
    const Doc& d = doc.value();
    std::map<std::pair<uint32_t, uint32_t>, size_t> sys_by_span;
    for (size_t t = 0; t < d.tokens.size(); ++t) sys_by_span[{d.tokens[t].start, d.tokens[t].end}] = t;
    std::map<size_t, size_t> sys_of_gold;  // gold word -> system token, for aligned heads
    for (size_t g = 0; g < words.size(); ++g) {
      auto it = sys_by_span.find({words[g].start, words[g].end});
      if (words[g].start == words[g].end || it == sys_by_span.end()) continue;
      sys_of_gold[g] = it->second;
    }
    for (auto [g, t] : sys_of_gold) {
      const ConlluWord& gw = *words[g].w;
      const Token& tok = d.tokens[t];
      ++matched;
      upos += tok.upos == gw.upos;
      xpos += tok.xpos == gw.xpos;
      lemma += tok.lemma == gw.lemma;
      if (parsed) {
        int gh = words[g].head_index;
        bool head_ok;
        if (gh < 0) {
          head_ok = tok.head < 0;
        } else {
          auto h = sys_of_gold.find(static_cast<size_t>(gh));
          head_ok = h != sys_of_gold.end() && tok.head == static_cast<int>(h->second);
        }
        uas += head_ok;
        las += head_ok && Universal(tok.deprel) == Universal(gw.deprel);
      }
    }
    std::map<std::pair<uint32_t, uint32_t>, int> sys_sent;
    for (const auto& s : d.sentences) sys_sent[{s.start, s.end}] = 1;
    for (const auto& sp : sent_spans) matched_sents += sys_sent.count(sp);
    gold_words += words.size();
    sys_words += d.tokens.size();
    gold_sents += sent_spans.size();
    sys_sents += d.sentences.size();
    i = j;
  }
  sc.words = gold_words;
  sc.sentences = gold_sents;
  sc.tokens_f1 = F1(matched, gold_words, sys_words);
  sc.tokens = *sc.tokens_f1;
  sc.sentences_f1 = F1(matched_sents, gold_sents, sys_sents);
  sc.upos = F1(upos, gold_words, sys_words);
  sc.xpos = F1(xpos, gold_words, sys_words);
  sc.lemma = F1(lemma, gold_words, sys_words);
  if (parsed) {
    sc.uas = F1(uas, gold_words, sys_words);
    sc.las = F1(las, gold_words, sys_words);
  }
  sc.tokens_per_s = seconds > 0 ? static_cast<double>(sys_words) / seconds : 0;
  return sc;
}

}  // namespace kg::nlp::train
