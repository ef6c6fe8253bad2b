#include "nlp/ner_eval.h"

#include <cstdio>
#include <nlohmann/json.hpp>
#include <ostream>
#include <set>
#include <tuple>

#include "nlp/ner_data.h"
#include "nlp/parser_data.h"

namespace kg::nlp {

Result<NerScores> ScoreNer(const Ner& ner, const Component* tagger, const std::vector<ConlluSentence>& gold,
                           std::ostream* errors, const std::vector<ConlluSentence>* tagged,
                           const std::vector<std::vector<EntitySpan>>* gold_spans) {
  if (tagged != nullptr && tagged->size() != gold.size()) return Status::InvalidArgument("tagged/gold size mismatch");
  if (gold_spans != nullptr && gold_spans->size() != gold.size()) {
    return Status::InvalidArgument("gold spans/sentences size mismatch");
  }
  NerScores sc;
  for (const char* t : Ner::kTypes) sc.by_type[t];
  // Documents are scored whole, so the NER's document-level consistency applies.
  size_t begin = 0;
  while (begin < gold.size()) {
    size_t end = begin + 1;
    while (end < gold.size() && !gold[end].comments.count("newdoc id")) ++end;
    Doc doc = SentencesToDoc(tagged != nullptr ? &(*tagged)[begin] : &gold[begin], end - begin);
    if (tagger != nullptr && tagged == nullptr) {
      for (Token& t : doc.tokens) t.upos.clear(), t.xpos.clear();
      KG_RETURN_IF_ERROR(tagger->Process(doc));
    }
    KG_RETURN_IF_ERROR(ner.Process(doc));
    std::set<std::tuple<uint32_t, uint32_t, std::string>> g, p;
    uint32_t base = 0;
    for (size_t k = begin; k < end; ++k) {
      for (const EntitySpan& e : gold_spans ? (*gold_spans)[k] : GoldNamedMentions(gold[k])) {
        g.emplace(base + e.first_token, base + e.last_token, e.label);
      }
      base += static_cast<uint32_t>(gold[k].words.size());
    }
    for (const EntitySpan& e : doc.entities) p.emplace(e.first_token, e.last_token, e.label);
    for (const auto& x : g) {
      ++sc.by_type[std::get<2>(x)].gold;
      ++sc.overall.gold;
      if (p.count(x)) ++sc.by_type[std::get<2>(x)].correct, ++sc.overall.correct;
    }
    for (const auto& x : p) ++sc.by_type[std::get<2>(x)].predicted, ++sc.overall.predicted;
    if (errors != nullptr) {
      auto text = [&](uint32_t a, uint32_t b) {
        std::string t;
        for (uint32_t i = a; i < b && i < doc.tokens.size(); ++i) t += (i > a ? " " : "") + doc.tokens[i].form;
        return t;
      };
      auto sentence = [&](uint32_t tok) {
        for (const Sentence& s : doc.sentences) {
          if (tok >= s.first_token && tok < s.last_token) return text(s.first_token, s.last_token);
        }
        return std::string();
      };
      const auto id = gold[begin].comments.find("newdoc id");
      const std::string doc_id = id == gold[begin].comments.end() ? "" : id->second;
      for (const auto& x : g) {
        if (!p.count(x)) {
          *errors << "FN\t" << doc_id << "\t" << std::get<2>(x) << "\t" << text(std::get<0>(x), std::get<1>(x)) << "\t"
                  << sentence(std::get<0>(x)) << "\n";
        }
      }
      for (const auto& x : p) {
        if (!g.count(x)) {
          *errors << "FP\t" << doc_id << "\t" << std::get<2>(x) << "\t" << text(std::get<0>(x), std::get<1>(x)) << "\t"
                  << sentence(std::get<0>(x)) << "\n";
        }
      }
    }
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

std::string NerScoresJson(const NerScores& scores) {
  auto round2 = [](double v) { return static_cast<double>(static_cast<long long>(v * 100.0 + 0.5)) / 100.0; };
  auto counts = [&](const PrfCounts& c) {
    nlohmann::ordered_json j;
    j["precision"] = round2(c.precision());
    j["recall"] = round2(c.recall());
    j["f1"] = round2(c.f1());
    j["gold"] = c.gold;
    j["predicted"] = c.predicted;
    return j;
  };
  nlohmann::ordered_json j = counts(scores.overall);
  nlohmann::ordered_json types = nlohmann::ordered_json::object();
  for (const auto& [type, c] : scores.by_type) types[type] = counts(c);
  j["types"] = std::move(types);
  return j.dump();
}

}  // namespace kg::nlp
