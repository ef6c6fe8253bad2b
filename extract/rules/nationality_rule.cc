// nationality_rule: a person's country from the nouns that describe people
// by where they are from, in three constructions:
//   pre-nominal  "Norwegian woman Kari Lund", "US citizen Ana Ruiz"
//   apposition   "Kari Lund, a Norwegian citizen,"
//   copula       "Kari Lund is a Brazilian national"
//   in order     "his Greek and French counterparts, A and B"
// (offices are title_rule's: "Kenyan minister X" gives nationality there).
#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_set>

#include "extract/lexicon.h"
#include "extract/modality.h"
#include "extract/rules/rule_util.h"
#include "extract/rules/rules.h"

namespace kg::extract {
namespace {

// Nouns for a person that a nationality adjective commonly qualifies.
bool IsPersonNoun(std::string_view w) {
  static const std::unordered_set<std::string_view> s = {
      "citizen",   "national",     "native",     "resident",    "woman",       "man",           "girl",
      "boy",       "teenager",     "student",    "tourist",     "journalist",  "reporter",      "activist",
      "worker",    "pensioner",    "soldier",    "hostage",     "businessman", "businesswoman", "athlete",
      "writer",    "artist",       "doctor",     "nurse",       "lawyer",      "engineer",      "scientist",
      "academic",  "teacher",      "priest",     "missionary",  "volunteer",   "climber",       "sailor",
      "pilot",     "photographer", "filmmaker",  "author",      "novelist",    "singer",        "actor",
      "actress",   "musician",     "farmer",     "fisherman",   "dissident",   "blogger",       "researcher",
      "traveller", "traveler",     "backpacker", "migrant",     "refugee",     "expatriate",    "survivor",
      "victim",    "mother",       "father",     "grandmother", "grandfather", "widow",         "politician"};
  return s.count(w) > 0;
}

// The country a token's mention names, or -1.
int CountryAt(const Context& ctx, uint32_t t) {
  int mi = ctx.token_mention[t];
  if (mi < 0) return -1;
  int e = ctx.mentions[mi].entity;
  return e >= 0 && ctx.entities[e].type == EntityType::kCountry ? e : -1;
}

// The person named from token t on; an untyped name after a noun for a
// person is one ("Norwegian woman Kari Lund").
int PersonMentionStartingAt(Context& ctx, uint32_t t) {
  if (t >= ctx.size()) return -1;
  int mi = ctx.token_mention[t];
  if (mi < 0 || ctx.mentions[mi].first != t || ctx.mentions[mi].demonym) return -1;
  int e = ctx.mentions[mi].entity;
  if (e < 0) return -1;
  if (ctx.entities[e].type == EntityType::kUnknown) ctx.entities[e].type = EntityType::kPerson;
  return ctx.entities[e].type == EntityType::kPerson ? e : -1;
}

// The countries of demonyms glued by hyphens before token `first`
// ("Bhutanese-" in "Bhutanese-Andorran"), nearest first.
std::vector<int> HyphenedCountriesBefore(const Context& ctx, uint32_t first) {
  std::vector<int> out;
  for (uint32_t k = first; k >= 2 && ctx.lower(k - 1) == "-";) {
    int c = CountryAt(ctx, k - 2);
    if (c < 0) break;
    out.push_back(c);
    k = ctx.mentions[ctx.token_mention[k - 2]].first;
  }
  return out;
}

void Emit(Context& ctx, int person, int country, uint32_t token, std::string_view rule) {
  Qualifier q = AssessModality(ctx, token);
  if (IsHidden(q)) return;
  ctx.Emit(Node::Of(person), "nationality", Node::Of(country), token, rule, q);
}

// Entities of a list of mentions "A, B and C" read from token k on (in
// text order), each passing `keep`; *end is the token after the list.
template <typename Keep>
std::vector<int> ListFrom(const Context& ctx, uint32_t k, uint32_t* end, Keep keep) {
  std::vector<int> out;
  uint32_t n = ctx.size();
  int s = k < n ? ctx.sentence_of(k) : -1;
  while (k < n && ctx.sentence_of(k) == s) {
    int mi = ctx.token_mention[k];
    if (mi < 0 || ctx.mentions[mi].first != k || !keep(ctx.mentions[mi])) break;
    out.push_back(ctx.mentions[mi].entity);
    k = ctx.mentions[mi].last;
    if (k + 1 < n && (ctx.lower(k) == "," || ctx.lower(k) == "and")) {
      uint32_t next = k + 1;
      if (ctx.lower(k) == "," && ctx.lower(next) == "and" && next + 1 < n) ++next;
      int nm = ctx.token_mention[next];
      if (nm >= 0 && ctx.mentions[nm].first == next && keep(ctx.mentions[nm])) {
        k = next;
        continue;
      }
    }
    break;
  }
  *end = k;
  return out;
}

// "his Greek, Cypriot and French counterparts, A, B and C(, respectively)":
// demonyms before a noun for colleagues, pairing in order with the names
// after it (one to one, or one list of each of the same length).
void Counterparts(Context& ctx, uint32_t t) {
  const std::string& l = ctx.lemma(t);
  if (l != "counterpart" && l != "colleague" && !(ctx.tok(t).upos == "NOUN" && lex::IsTitleNoun(l))) return;
  int s = ctx.sentence_of(t);
  // The demonyms, walking back over "," and "and".
  uint32_t k = t;
  while (k > 0 && ctx.sentence_of(k - 1) == s) {
    uint32_t p = k - 1;
    int mi = ctx.token_mention[p];
    if (mi >= 0 && ctx.mentions[mi].demonym) {
      k = ctx.mentions[mi].first;
      continue;
    }
    if ((ctx.lower(p) == "," || ctx.lower(p) == "and") && p > 0 && ctx.token_mention[p - 1] >= 0 &&
        ctx.mentions[ctx.token_mention[p - 1]].demonym) {
      k = p;
      continue;
    }
    break;
  }
  auto is_demonym = [](const Mention& m) { return m.demonym; };
  uint32_t dend = 0;
  std::vector<int> countries = ListFrom(ctx, k, &dend, is_demonym);
  if (countries.size() < 2 || dend != t) return;  // one demonym: the prenominal case handles it
  uint32_t start = t + 1;
  if (start < ctx.size() && ctx.lower(start) == ",") ++start;
  auto is_person = [&](const Mention& m) {
    return m.entity >= 0 && ctx.entities[m.entity].type == EntityType::kPerson;
  };
  uint32_t pend = 0;
  std::vector<int> people = ListFrom(ctx, start, &pend, is_person);
  if (people.size() != countries.size()) return;
  for (size_t x = 0; x < people.size(); ++x)
    Emit(ctx, people[x], countries[x], t, "nationality-respectively");
}

}  // namespace

void NationalityRule(Context& ctx) {
  uint32_t n = ctx.size();
  for (uint32_t t = 0; t < n; ++t) {
    if (ctx.token_mention[t] < 0 && ctx.tok(t).upos == "NOUN") Counterparts(ctx, t);
  }
  for (uint32_t t = 0; t < n; ++t) {
    // The tagger takes "national" for an adjective and "citizen" before a name
    // for a proper noun: the lower-case word decides.
    const std::string& form = ctx.tok(t).form;
    if (form.empty() || !std::islower(static_cast<unsigned char>(form[0])) || !IsPersonNoun(ctx.lower(t)) ||
        ctx.token_mention[t] >= 0) {
      continue;
    }
    int s = ctx.sentence_of(t);
    // The country: a mention just before the noun, over at most one other
    // common noun ("British aid worker").
    int country = -1;
    uint32_t country_token = 0;
    for (uint32_t back = 1; back <= 2 && back <= t && country < 0; ++back) {
      uint32_t k = t - back;
      if (ctx.sentence_of(k) != s) break;
      country = CountryAt(ctx, k);
      country_token = k;
      if (country < 0 && (ctx.tok(k).upos != "NOUN" || ctx.token_mention[k] >= 0)) break;
    }
    if (country < 0) continue;
    // "a Bhutanese-Andorran writer": each country of a hyphenated compound.
    std::vector<int> countries = {country};
    for (int c : HyphenedCountriesBefore(ctx, ctx.mentions[ctx.token_mention[country_token]].first)) {
      if (std::find(countries.begin(), countries.end(), c) == countries.end()) countries.push_back(c);
    }
    auto emit_all = [&](int p, std::string_view rule) {
      for (int c : countries) Emit(ctx, p, c, t, rule);
    };
    // "Norwegian woman Kari Lund": the person named right after.
    if (int p = PersonMentionStartingAt(ctx, t + 1); p >= 0) {
      emit_all(p, "nationality-prenominal");
      continue;
    }
    // "Kari Lund, a Norwegian citizen,": the noun in apposition to a name.
    if (ctx.rel(t) == "appos" && ctx.head(t) >= 0) {
      for (int p : ArgEntities(ctx, static_cast<uint32_t>(ctx.head(t)))) {
        if (ctx.entities[p].type == EntityType::kPerson) emit_all(p, "nationality-appos");
      }
      continue;
    }
    // "Kari Lund is a Brazilian national".
    if (ctx.Child(t, "cop") >= 0) {
      for (int p : SubjectsOf(ctx, t)) {
        if (ctx.entities[p].type == EntityType::kPerson) emit_all(p, "nationality-copula");
      }
      continue;
    }
    // "The Norwegian hostage was freed": a description coreference resolved
    // to the person the text was about.
    if (ctx.token_entities[t].size() == 1 &&
        ctx.entities[ctx.token_entities[t][0]].type == EntityType::kPerson) {
      emit_all(ctx.token_entities[t][0], "nationality-description");
    }
  }
}

}  // namespace kg::extract
