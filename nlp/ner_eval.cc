#include "nlp/ner_eval.h"

#include <cstdio>
#include <set>
#include <tuple>

#include "nlp/ner_data.h"
#include "nlp/parser_data.h"

namespace kg::nlp {

Result<NerScores> ScoreNer(const Ner& ner, const Component* tagger, const std::vector<ConlluSentence>& gold) {
  NerScores sc;
  for (const char* t : Ner::kTypes) sc.by_type[t];
  // Documents are scored whole, so the NER's document-level consistency applies.
  size_t begin = 0;
  while (begin < gold.size()) {
    size_t end = begin + 1;
    while (end < gold.size() && !gold[end].comments.count("newdoc id")) ++end;
    Doc doc = SentencesToDoc(&gold[begin], end - begin);
    if (tagger != nullptr) {
      for (Token& t : doc.tokens) t.upos.clear(), t.xpos.clear();
      KG_RETURN_IF_ERROR(tagger->Process(doc));
    }
    KG_RETURN_IF_ERROR(ner.Process(doc));
    std::set<std::tuple<uint32_t, uint32_t, std::string>> g, p;
    uint32_t base = 0;
    for (size_t k = begin; k < end; ++k) {
      for (const EntitySpan& e : GoldNamedMentions(gold[k])) g.emplace(base + e.first_token, base + e.last_token, e.label);
      base += static_cast<uint32_t>(gold[k].words.size());
    }
    for (const EntitySpan& e : doc.entities) p.emplace(e.first_token, e.last_token, e.label);
    for (const auto& x : g) {
      ++sc.by_type[std::get<2>(x)].gold;
      ++sc.overall.gold;
      if (p.count(x)) ++sc.by_type[std::get<2>(x)].correct, ++sc.overall.correct;
    }
    for (const auto& x : p) ++sc.by_type[std::get<2>(x)].predicted, ++sc.overall.predicted;
    begin = end;
  }
  return sc;
}

void PrintNerScores(std::ostream& out, const NerScores& scores) {
  char line[160];
  out << "type\tprecision\trecall\tf1\tgold\tpredicted\n";
  auto row = [&](const std::string& name, const PrfCounts& c) {
    std::snprintf(line, sizeof(line), "%s\t%.2f\t%.2f\t%.2f\t%zu\t%zu\n", name.c_str(), c.precision(), c.recall(),
                  c.f1(), c.gold, c.predicted);
    out << line;
  };
  for (const auto& [type, c] : scores.by_type) row(type, c);
  row("overall", scores.overall);
}

}  // namespace kg::nlp
