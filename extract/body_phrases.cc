#include "extract/body_phrases.h"

#include <set>
#include <string_view>

#include "extract/rules/rule_util.h"

namespace kg::extract {
namespace {

// Nouns for a part or a group of a body: what a person leads or belongs to
// inside an organisation or a country.
bool IsBodyPartNoun(std::string_view lemma) {
  static const std::set<std::string_view> s = {"wing",    "faction", "branch",   "arm",     "community",
                                               "caucus",  "chapter", "offshoot", "cell",    "unit",
                                               "brigade", "bloc",    "section",  "division"};
  return s.count(lemma) > 0;
}

// The organisation or country a modifier child names, or -1.
int NamedBody(const Context& ctx, uint32_t c) {
  int m = ctx.token_mention[c];
  if (m < 0 || ctx.mentions[m].demonym) return -1;
  auto t = ctx.entities[ctx.mentions[m].entity].type;
  bool body = t == EntityType::kOrganization || t == EntityType::kUnknown || t == EntityType::kCountry ||
              t == EntityType::kPlace;  // "Dunmore's Quaker community"
  return body ? ctx.mentions[m].entity : -1;
}

}  // namespace

bool BodyPhraseSpan(const Context& ctx, uint32_t t, uint32_t* first, uint32_t* last) {
  if (ctx.tok(t).upos != "NOUN" || ctx.token_mention[t] >= 0 || !IsBodyPartNoun(ctx.lemma(t))) return false;
  bool named = false;
  for (uint32_t c : ctx.children(t)) {
    bool of = ctx.rel(c) == "nmod" && CaseOf(ctx, c) == "of" && c > t;
    bool possessor = ctx.HasRel(c, "nmod:poss") && c < t;
    if ((of || possessor) && NamedBody(ctx, c) >= 0) named = true;
  }
  if (!named) return false;
  static const std::set<std::string_view> kSkip = {"acl",       "appos", "punct", "conj",  "cc",
                                                   "parataxis", "dep",   "case",  "advcl", "relcl",
                                                   "acl:relcl", "mark",  "det"};
  auto [lo, hi] = ctx.Span(t, kSkip);
  while (lo < t && (ctx.tok(lo).upos == "DET" || ctx.tok(lo).upos == "PUNCT")) ++lo;
  while (hi > t && ctx.tok(hi).upos == "PUNCT") --hi;
  *first = lo;
  *last = hi;
  return true;
}

void NameBodyPhrases(Context& ctx) {
  for (uint32_t t = 0; t < ctx.size(); ++t) {
    uint32_t first = 0, last = 0;
    if (!ctx.token_entities[t].empty() || !BodyPhraseSpan(ctx, t, &first, &last)) continue;
    Entity e;
    e.type = EntityType::kOrganization;
    e.name = ctx.Text(first, last);
    e.first_token = first;
    e.mentions = 1;
    e.last_sentence = ctx.sentence_of(t);
    ctx.token_entities[t] = {ctx.AddEntity(std::move(e))};
  }
}

}  // namespace kg::extract
