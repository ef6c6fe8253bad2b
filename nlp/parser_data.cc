#include "nlp/parser_data.h"

#include <algorithm>

namespace kg::nlp {

Doc SentenceToDoc(const ConlluSentence& s) {
  Doc doc;
  doc.tokens.reserve(s.words.size());
  for (size_t i = 0; i < s.words.size(); ++i) {
    const ConlluWord& w = s.words[i];
    Token t;
    t.start = static_cast<uint32_t>(doc.text.size());
    doc.text += w.form;
    t.end = static_cast<uint32_t>(doc.text.size());
    t.form = w.form;
    t.upos = w.upos;
    t.xpos = w.xpos;
    t.lemma = w.lemma;
    t.head = w.head - 1;
    t.deprel = w.deprel;
    t.space_after = w.space_after;
    if (w.space_after && i + 1 < s.words.size()) doc.text += ' ';
    doc.tokens.push_back(std::move(t));
  }
  Sentence sent;
  sent.first_token = 0;
  sent.last_token = static_cast<uint32_t>(doc.tokens.size());
  sent.start = 0;
  sent.end = static_cast<uint32_t>(doc.text.size());
  doc.sentences.push_back(sent);
  return doc;
}

Doc SentencesToDoc(const ConlluSentence* sentences, size_t count) {
  Doc doc;
  for (size_t k = 0; k < count; ++k) {
    Doc one = SentenceToDoc(sentences[k]);
    if (!doc.text.empty()) doc.text += ' ';
    const uint32_t char_base = static_cast<uint32_t>(doc.text.size());
    const uint32_t tok_base = static_cast<uint32_t>(doc.tokens.size());
    doc.text += one.text;
    for (Token& t : one.tokens) {
      t.start += char_base;
      t.end += char_base;
      if (t.head >= 0) t.head += static_cast<int>(tok_base);
      doc.tokens.push_back(std::move(t));
    }
    Sentence s = one.sentences[0];
    s.first_token += tok_base;
    s.last_token += tok_base;
    s.start += char_base;
    s.end += char_base;
    doc.sentences.push_back(s);
  }
  return doc;
}

Status Retag(const Component* tagger, std::vector<ConlluSentence>* sentences) {
  if (tagger == nullptr) return Status::Ok();
  for (ConlluSentence& s : *sentences) {
    Doc doc = SentenceToDoc(s);
    for (Token& t : doc.tokens) {
      t.upos.clear();
      t.xpos.clear();
    }
    KG_RETURN_IF_ERROR(tagger->Process(doc));
    for (size_t i = 0; i < s.words.size() && i < doc.tokens.size(); ++i) {
      s.words[i].upos = doc.tokens[i].upos;
      s.words[i].xpos = doc.tokens[i].xpos;  // empty when the tagger has no fine tags
    }
  }
  return Status::Ok();
}

Status JackknifeRetag(const TaggerTrainer& train, int folds, std::vector<ConlluSentence>* sentences,
                      std::ostream* log) {
  const size_t k = static_cast<size_t>(std::max(folds, 2)), n = sentences->size();
  std::vector<ConlluSentence> tagged;
  tagged.reserve(n);
  for (size_t f = 0; f < k; ++f) {
    const size_t lo = n * f / k, hi = n * (f + 1) / k;
    std::vector<ConlluSentence> rest, held(sentences->begin() + lo, sentences->begin() + hi);
    rest.reserve(n - (hi - lo));
    rest.insert(rest.end(), sentences->begin(), sentences->begin() + lo);
    rest.insert(rest.end(), sentences->begin() + hi, sentences->end());
    std::unique_ptr<Component> tagger = train(rest);
    if (tagger == nullptr) return Status::InvalidArgument("jackknife tagger training failed");
    KG_RETURN_IF_ERROR(Retag(tagger.get(), &held));
    for (ConlluSentence& s : held) tagged.push_back(std::move(s));
    if (log) *log << "jackknife: fold " << f + 1 << "/" << k << " tagged\n";
  }
  *sentences = std::move(tagged);
  return Status::Ok();
}

}  // namespace kg::nlp
