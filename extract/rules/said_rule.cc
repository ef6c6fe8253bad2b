// said_rule: X said/told/stated/added/warned/underscored ... with a quotation
// or reported speech. A speech verb outside every quotation takes the
// quotations of its sentence (extract/quotes.h: a quotation may run on into
// other sentences) as what was said; when it has a reported clause that holds
// the quotation ("He said the plan was 'a disaster for us'"), the clause.
// The speaker is the verb's subject (a resolved pronoun, a speaker after the
// quote: "'...,' X added"), never a name inside the quotation. A quotation
// with no speech verb of its own that follows an attributed one with nothing
// but its frame in between continues it ('"A," he said. "B."').
#include "extract/lexicon.h"
#include "extract/modality.h"
#include "extract/quotes.h"
#include "extract/rules/rule_util.h"
#include "extract/rules/rules.h"

namespace kg::extract {
namespace {

// The speech verb at v, tolerating lemmatizer misses ("underscoring").
std::string SpeechLemma(const Context& ctx, uint32_t v) {
  return lex::MatchVerb(ctx.lemma(v), ctx.lower(v), lex::IsSpeechVerb);
}

bool CanSpeak(const Context& ctx, int e) {
  auto t = ctx.entities[e].type;
  return t == EntityType::kPerson || t == EntityType::kOrganization || t == EntityType::kCountry;
}

// Institutions that speak in news through a common noun ("the French
// military said", "U.S. and Ukrainian officials said", "Ana Ruiz's
// government claimed"). The lemma names the entity; the plural-only ones
// keep their form.
bool IsInstitutionNoun(std::string_view lemma) {
  return lemma == "military" || lemma == "army" || lemma == "navy" || lemma == "intelligence" ||
         lemma == "government" || lemma == "ministry" || lemma == "police" || lemma == "authority" ||
         lemma == "administration" || lemma == "regime" || lemma == "force" || lemma == "official";
}

// The speakers a speech verb's common-noun subject stands for: a possessor
// that can act ("A's government": A), else one organisation per country
// modifier ("the Xian and Yian militaries": "Xian military", "Yian
// military"). Empty when the noun is no institution or names no country.
std::vector<int> InstitutionSpeakers(Context& ctx, uint32_t noun) {
  const std::string& lemma = ctx.lemma(noun);
  if (ctx.tok(noun).upos != "NOUN" || !IsInstitutionNoun(lemma)) return {};
  for (uint32_t c : ctx.children(noun)) {
    if (ctx.rel(c) != "nmod") continue;
    if (!ctx.HasRel(c, "nmod:poss")) continue;
    std::vector<int> owners;
    for (int e : ctx.EntitiesOf(c)) {
      if (IsActor(ctx, e)) owners.push_back(e);
    }
    if (!owners.empty()) return owners;
  }
  // The words before the noun in its phrase, split at "and" and commas.
  uint32_t first = noun;
  for (uint32_t c : ctx.children(noun)) {
    const auto r = ctx.rel(c);
    if (c < noun && (r == "amod" || r == "compound" || r == "nmod")) first = std::min(first, ctx.Span(c).first);
  }
  const bool plural_only = lemma == "authority" || lemma == "force" || lemma == "official";
  const std::string head = plural_only ? ctx.lower(noun) : lemma;
  std::vector<int> out;
  uint32_t start = first;
  for (uint32_t k = first; k <= noun; ++k) {
    const bool cut = k == noun || ctx.lower(k) == "and" || ctx.lower(k) == "," || ctx.lower(k) == "&";
    if (!cut) continue;
    while (start < k && (ctx.tok(start).upos == "DET" || ctx.tok(start).upos == "PUNCT")) ++start;  // "the"
    if (k > start) {
      const std::string phrase = ctx.Text(start, k - 1);
      if (!lex::CountryOf(LowerAscii(phrase)).empty()) {
        const std::string name = phrase + " " + head;
        int e = -1;
        for (size_t i = 0; i < ctx.entities.size() && e < 0; ++i) {
          if (ctx.entities[i].type == EntityType::kOrganization && ctx.entities[i].name == name) e = static_cast<int>(i);
        }
        if (e < 0) {
          Entity ent;
          ent.type = EntityType::kOrganization;
          ent.name = name;
          ent.first_token = start;
          e = ctx.AddEntity(std::move(ent));
        }
        out.push_back(e);
      }
    }
    start = k + 1;
  }
  return out;
}

// Who said a quotation, and in which sentence the attribution stands.
struct Attribution {
  std::vector<int> speakers;
  int frame_sentence = -1;
  Qualifier q;
};

}  // namespace

void SaidRule(Context& ctx) {
  const std::vector<Quotation> quotes = FindQuotations(ctx);
  std::vector<Attribution> attributed(quotes.size());
  auto inside_quote = [&](uint32_t t) {
    for (const auto& qt : quotes) {
      if (qt.Contains(t)) return true;
    }
    return false;
  };
  for (uint32_t v = 0; v < ctx.size(); ++v) {
    const auto& u = ctx.tok(v).upos;
    if (u != "VERB" && u != "AUX") continue;
    std::string l = SpeechLemma(ctx, v);
    if (l.empty()) continue;
    if (l == "describe" || l == "confirm" || l == "deny" || l == "pledge" || l == "promise" || l == "hail" ||
        l == "urge" || l == "tout") {
      continue;  // these take ordinary objects: left to the open relation rule
    }
    if (inside_quote(v)) continue;  // '"I said no," she said': the quoted "said" is part of the quotation
    Qualifier q = AssessModality(ctx, v);
    if (IsHidden(q)) continue;
    std::vector<int> speakers = SubjectsOf(ctx, v);
    if (speakers.empty()) {
      int sp = ctx.Child(v, "nsubj:pass");  // "X is reported as saying"
      if (sp < 0 && ctx.head(v) >= 0) sp = ctx.Child(static_cast<uint32_t>(ctx.head(v)), "nsubj:pass");
      if (sp >= 0 && !inside_quote(static_cast<uint32_t>(sp))) speakers = ArgEntities(ctx, static_cast<uint32_t>(sp));
    }
    // A subject inside a quotation is quoted, not speaking.
    if (int subj = ctx.Child(v, "nsubj"); subj >= 0 && inside_quote(static_cast<uint32_t>(subj))) continue;
    if (speakers.empty()) {
      if (int subj = ctx.Child(v, "nsubj"); subj >= 0) speakers = InstitutionSpeakers(ctx, static_cast<uint32_t>(subj));
    }
    std::erase_if(speakers, [&](int e) { return !CanSpeak(ctx, e); });
    if (speakers.empty()) continue;
    const int sentence = ctx.sentence_of(v);
    const auto& sent = ctx.doc().sentences[sentence];
    int clause = ctx.Child(v, "ccomp");
    if (clause < 0) clause = ctx.Child(v, "parataxis");
    uint32_t lo = 0, hi = 0;
    if (clause >= 0) {
      std::tie(lo, hi) = ctx.Span(static_cast<uint32_t>(clause), {"punct"});
      while (lo < hi && ctx.tok(lo).upos == "SCONJ") ++lo;
    }
    std::vector<std::string> values;
    bool clause_holds_quote = false;
    for (size_t k = 0; k < quotes.size(); ++k) {
      const Quotation& qt = quotes[k];
      if (qt.last <= sent.first_token || qt.first >= sent.last_token) continue;  // not in v's sentence
      if (clause >= 0 && qt.first >= lo && qt.last <= hi + 1) {
        clause_holds_quote = true;  // "said the plan was 'a disaster for us'": the clause says it
        continue;
      }
      values.push_back(ctx.Text(qt.first, qt.last - 1));
      attributed[k] = {speakers, sentence, q};
    }
    if (clause >= 0 && (values.empty() || clause_holds_quote)) {
      // Reported speech, or a quotation inside the reported clause.
      if (!inside_quote(lo) || clause_holds_quote) values.push_back(ctx.Text(lo, hi));
    }
    q.attributed_to = -1;
    for (const std::string& value : values) {
      if (value.empty()) continue;
      for (int s : speakers) ctx.Emit(Node::Of(s), "said", Node::Lit(graph::Term::String(value)), v, "said", q);
    }
  }
  // Continued quotations: between the previous (attributed) quotation and
  // this one only that quotation's frame sentence, punctuation, or a
  // paragraph break.
  for (size_t k = 1; k < quotes.size(); ++k) {
    if (!attributed[k].speakers.empty() || attributed[k - 1].speakers.empty()) continue;
    const Quotation &prev = quotes[k - 1], &cur = quotes[k];
    if (cur.paragraph - prev.paragraph > 1) continue;
    bool only_frame = true;
    for (uint32_t t = prev.last; t < cur.first && only_frame; ++t) {
      only_frame = ctx.tok(t).upos == "PUNCT" || ctx.sentence_of(t) == attributed[k - 1].frame_sentence;
    }
    if (!only_frame) continue;
    // The continuation has no speech verb of its own outside quotations.
    bool own_frame = false;
    for (int s = ctx.sentence_of(cur.first); s <= ctx.sentence_of(cur.last - 1) && !own_frame; ++s) {
      const auto& sent = ctx.doc().sentences[s];
      for (uint32_t t = sent.first_token; t < sent.last_token && !own_frame; ++t) {
        own_frame = !inside_quote(t) && !SpeechLemma(ctx, t).empty() &&
                    (ctx.tok(t).upos == "VERB" || ctx.tok(t).upos == "AUX");
      }
    }
    if (own_frame) continue;
    attributed[k] = attributed[k - 1];
    Qualifier q = attributed[k].q;
    q.attributed_to = -1;
    const std::string value = ctx.Text(cur.first, cur.last - 1);
    for (int s : attributed[k].speakers) {
      ctx.Emit(Node::Of(s), "said", Node::Lit(graph::Term::String(value)), cur.first, "said", q);
    }
  }
}

}  // namespace kg::extract
