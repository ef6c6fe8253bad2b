// said_rule: X said/told/stated/added/warned/underscored ... with a quotation
// or reported speech. The object is the quotation when the sentence has one
// (of three words or more) outside the reported clause, else the clause
// ("He said he had ..."). The speaker follows the verb's subject, including a
// resolved pronoun and a speaker after the quote ("'...,' X added").
#include "extract/lexicon.h"
#include "extract/modality.h"
#include "extract/rules/rule_util.h"
#include "extract/rules/rules.h"

namespace kg::extract {
namespace {

bool IsQuote(std::string_view w) {
  return w == "\"" || w == "\xE2\x80\x9C" || w == "\xE2\x80\x9D" || w == "``" || w == "''" ||
         w == "\xE2\x80\x98" || w == "\xE2\x80\x99";
}

// The longest quotation (three words or more) in the sentence of token t.
std::string LongestQuote(const Context& ctx, uint32_t t, uint32_t* qlo, uint32_t* qhi) {
  int s = ctx.sentence_of(t);
  const auto& sent = ctx.doc().sentences[s];
  std::string best;
  int open = -1;
  for (uint32_t k = sent.first_token; k < sent.last_token; ++k) {
    const std::string& w = ctx.tok(k).form;
    if (w == "\xE2\x80\x99" && k > sent.first_token && ctx.tok(k - 1).space_after == false) continue;  // apostrophe
    if (!IsQuote(w)) continue;
    if (open < 0) {
      open = static_cast<int>(k);
    } else {
      uint32_t lo = static_cast<uint32_t>(open) + 1;
      if (k > lo + 2) {
        std::string q = ctx.Text(lo, k - 1);
        if (q.size() > best.size()) { best = q; *qlo = lo; *qhi = k - 1; }
      }
      open = -1;
    }
  }
  if (open >= 0 && sent.last_token > static_cast<uint32_t>(open) + 3) {  // a quote running past the sentence
    uint32_t lo = static_cast<uint32_t>(open) + 1, hi = sent.last_token - 1;
    while (hi > lo && ctx.tok(hi).upos == "PUNCT") --hi;
    std::string q = ctx.Text(lo, hi);
    if (q.size() > best.size()) { best = q; *qlo = lo; *qhi = hi; }
  }
  return best;
}

// The speech verb at v, tolerating lemmatizer misses ("underscoring").
std::string SpeechLemma(const Context& ctx, uint32_t v) {
  return lex::MatchVerb(ctx.lemma(v), ctx.lower(v), lex::IsSpeechVerb);
}

}  // namespace

void SaidRule(Context& ctx) {
  for (uint32_t v = 0; v < ctx.size(); ++v) {
    const auto& u = ctx.tok(v).upos;
    if (u != "VERB" && u != "AUX") continue;
    std::string l = SpeechLemma(ctx, v);
    if (l.empty()) continue;
    if (l == "describe" || l == "confirm" || l == "deny" || l == "pledge" || l == "promise" || l == "hail" ||
        l == "urge" || l == "tout") {
      continue;  // these take ordinary objects: left to the open relation rule
    }
    Qualifier q = AssessModality(ctx, v);
    if (IsHidden(q)) continue;
    std::vector<int> speakers = SubjectsOf(ctx, v);
    if (speakers.empty()) {
      int sp = ctx.Child(v, "nsubj:pass");  // "X is reported as saying"
      if (sp < 0 && ctx.head(v) >= 0) sp = ctx.Child(static_cast<uint32_t>(ctx.head(v)), "nsubj:pass");
      if (sp >= 0) speakers = ArgEntities(ctx, static_cast<uint32_t>(sp));
    }
    if (speakers.empty()) continue;
    int clause = ctx.Child(v, "ccomp");
    if (clause < 0) clause = ctx.Child(v, "parataxis");
    std::string value;
    uint32_t qlo = 0, qhi = 0;
    std::string quote = LongestQuote(ctx, v, &qlo, &qhi);
    if (clause >= 0) {
      auto [lo, hi] = ctx.Span(static_cast<uint32_t>(clause), {"punct"});
      while (lo < hi && ctx.tok(lo).upos == "SCONJ") ++lo;
      bool quote_inside = !quote.empty() && qlo >= lo && qhi <= hi;
      value = quote.empty() || quote_inside ? ctx.Text(lo, hi) : quote;
    } else {
      value = quote;
    }
    if (value.empty()) continue;
    q.attributed_to = -1;
    for (int s : speakers) {
      auto t = ctx.entities[s].type;
      if (t == EntityType::kPerson || t == EntityType::kOrganization || t == EntityType::kCountry) {
        ctx.Emit(Node::Of(s), "said", Node::Lit(graph::Term::String(value)), v, "said", q);
      }
    }
  }
}

}  // namespace kg::extract
