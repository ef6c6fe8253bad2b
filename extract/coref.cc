#include "extract/coref.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "extract/entity_resolver.h"
#include "extract/lexicon.h"
#include "util/text.h"

namespace kg::extract {
namespace {

std::vector<std::string> Words(const std::string& key) {
  std::vector<std::string> out;
  std::istringstream in(key);
  std::string w;
  while (in >> w) out.push_back(w);
  return out;
}

bool IsAcronym(std::string_view s) {
  if (s.size() < 2 || s.size() > 6 || !std::isupper(static_cast<unsigned char>(s[0]))) return false;
  for (char c : s) {  // digits too: "Group of Eleven (G11)"
    if (!std::isupper(static_cast<unsigned char>(c)) && !std::isdigit(static_cast<unsigned char>(c)) &&
        c != '&') {
      return false;
    }
  }
  return true;
}

// Initials of the capitalised words of a name ("Tallinn Stock Exchange" -> "TSE").
std::string Initials(std::string_view name) {
  std::string out;
  bool start = true;
  for (char c : name) {
    if (c == ' ' || c == '-') { start = true; continue; }
    if (start && std::isupper(static_cast<unsigned char>(c))) out += c;
    start = false;
  }
  return out;
}

// A person key without middle initials: "maria j ortega" -> "maria ortega".
// The first and last words stay whatever they are ("j k rowling").
std::string WithoutMiddleInitials(const std::string& key) {
  auto words = Words(key);
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0 && i + 1 < words.size() && words[i].size() == 1) continue;
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

// True when the words between two mentions state that the second names the
// first ("Ivan Petrov, also known as Vanya", "Petrov (alias Vanya)",
// "Petrov, nicknamed 'the Bear'").
bool StatesAlias(const Context& ctx, uint32_t from, uint32_t to) {
  if (to <= from || to - from > 6) return false;
  bool known = false, as = false, alias = false;
  for (uint32_t k = from; k < to; ++k) {
    const std::string& w = ctx.lower(k);
    if (w == "known") known = true;
    else if (w == "as") as = true;
    else if (w == "alias" || w == "aka" || w == "a.k.a." || w == "a.k.a" || w == "nicknamed") alias = true;
    else if (w != "also" && w != "better" && w != "widely" && w != "popularly" && ctx.tok(k).upos != "PUNCT") {
      return false;  // any other word: not an alias statement
    }
  }
  return alias || (known && as);
}

// The token of a kin noun right before token t ("his son Piet", "his
// son, Piet"), or -1.
int KinNounBefore(const Context& ctx, uint32_t t) {
  if (t >= 1 && !lex::KinRelation(ctx.lower(t - 1)).empty()) return static_cast<int>(t - 1);
  if (t >= 2 && ctx.lower(t - 1) == "," && !lex::KinRelation(ctx.lower(t - 2)).empty()) {
    return static_cast<int>(t - 2);
  }
  return -1;
}

// Whether a lone first name at token t may be the person `full_name`. After
// a kin noun, only when the relative it is kin of (the nearest person named
// before it in the sentence or the one before) shares full_name's family
// name; elsewhere, or when no such person is named, always.
bool KinSurnameAllows(const Context& ctx, uint32_t t, const std::string& full_name) {
  int kin = KinNounBefore(ctx, t);
  if (kin < 0) return true;
  int s = ctx.sentence_of(static_cast<uint32_t>(kin));
  for (uint32_t k = static_cast<uint32_t>(kin); k-- > 0;) {
    if (ctx.sentence_of(k) < s - 1) break;
    int m = ctx.token_mention[k];
    if (m < 0) continue;
    const Entity& owner = ctx.entities[ctx.mentions[m].entity];
    if (owner.type != EntityType::kPerson) continue;
    auto owner_words = Words(PersonKey(owner.name));
    auto words = Words(PersonKey(full_name));
    return !owner_words.empty() && !words.empty() && owner_words.back() == words.back();
  }
  return true;
}

}  // namespace

void ResolveMentions(Context& ctx, const std::vector<RawMention>& raw) {
  std::map<std::string, int> by_key;
  std::vector<int> full_people;  // entity ids of multi-word person names
  auto touch = [&](int e, const RawMention& m) {
    Entity& ent = ctx.entities[e];
    ent.aliases.insert(m.surface);
    if (m.name != m.surface) ent.aliases.insert(m.name);
    ent.mentions++;
    ent.last_sentence = ctx.sentence_of(m.first);
    if (!ent.gender && m.honorific_gender) ent.gender = m.honorific_gender;
    // "his wife, Ana Ruiz": the kin noun says the gender ("Mr Ruiz" is then someone else).
    if (int kin = KinNounBefore(ctx, m.first); !ent.gender && kin >= 0 && ent.type == EntityType::kPerson) {
      ent.gender = lex::KinGender(ctx.lower(static_cast<uint32_t>(kin)));
    }
  };
  auto make = [&](const std::string& key, EntityType type, const std::string& name, uint32_t token) {
    auto it = by_key.find(key);
    if (it != by_key.end()) return it->second;
    Entity e;
    e.type = type;
    e.name = name;
    e.first_token = token;
    int id = ctx.AddEntity(std::move(e));
    by_key[key] = id;
    return id;
  };
  // Pass 1: full person names, so that a surname can find its full name even
  // when a headline uses the surname first. A name with middle initials and
  // the same name without them are one person ("Maria J. Ortega" = "Maria
  // Ortega") unless two different initials share the short form; the entity
  // takes the fuller form as its name.
  struct ShortForm {
    int entity = -1;
    std::set<std::string> keys;  // full keys seen with this short form
  };
  std::map<std::string, ShortForm> by_short_form;
  for (const auto& m : raw) {
    if (m.type != EntityType::kPerson) continue;
    const std::string key = PersonKey(m.name);
    if (Words(key).size() < 2) continue;
    const std::string short_form = WithoutMiddleInitials(key);
    ShortForm& sf = by_short_form[short_form];
    sf.keys.insert(key);
    sf.keys.erase(short_form);
    int e = -1;
    if (auto it = by_key.find("P:" + key); it != by_key.end()) {
      e = it->second;
    } else if (sf.entity >= 0 && sf.keys.size() <= 1) {
      e = sf.entity;  // the same person with or without an initial
      by_key["P:" + key] = e;
      if (Words(key).size() > Words(PersonKey(ctx.entities[e].name)).size()) ctx.entities[e].name = m.name;
    } else {
      e = make("P:" + key, EntityType::kPerson, m.name, m.first);
    }
    if (sf.entity < 0) sf.entity = e;
    if (std::find(full_people.begin(), full_people.end(), e) == full_people.end()) full_people.push_back(e);
  }
  // The full name a lone word refers to. A name whose whole last word is
  // the word ("Montero" for "Ana Montero") beats one where it is only part
  // of a double-barrelled surname ("Luz Ibarra-Montero"); then a name seen
  // before the mention, then the more often mentioned, then the more recent.
  auto person_with_word = [&](const std::string& word, uint32_t at, char gender) {
    int best = -1;
    bool best_before = false, best_exact = false;
    for (int e : full_people) {
      const std::string& name = ctx.entities[e].name;
      auto ws = Words(PersonKey(name));
      if (std::find(ws.begin(), ws.end(), word) == ws.end()) continue;
      // "Mr Ruiz" is not the Ana Ruiz the text called his wife.
      if (gender && ctx.entities[e].gender && ctx.entities[e].gender != gender) continue;
      const size_t space = name.find_last_of(' ');
      const bool exact = PersonKey(space == std::string::npos ? name : name.substr(space + 1)) == word;
      const bool before = ctx.entities[e].first_token < at;
      const bool better =
          best < 0 || (exact && !best_exact) ||
          (exact == best_exact &&
           ((before && !best_before) ||
            (before == best_before && (ctx.entities[e].mentions > ctx.entities[best].mentions ||
                                       (ctx.entities[e].mentions == ctx.entities[best].mentions &&
                                        ctx.entities[e].last_sentence > ctx.entities[best].last_sentence)))));
      if (better) {
        best = e;
        best_before = before;
        best_exact = exact;
      }
    }
    return best;
  };

  for (size_t mi = 0; mi < raw.size(); ++mi) {
    const RawMention& m = raw[mi];
    int e = -1;
    EntityType type = m.type;
    std::string key = PersonKey(m.name);
    auto words = Words(key);
    // A stated alias joins the person just named.
    if (mi > 0 && (type == EntityType::kPerson || type == EntityType::kUnknown) &&
        ctx.token_mention[raw[mi - 1].first] >= 0 && StatesAlias(ctx, raw[mi - 1].last, m.first)) {
      const int named = ctx.mentions[ctx.token_mention[raw[mi - 1].first]].entity;
      if (ctx.entities[named].type == EntityType::kPerson) {
        e = named;
        by_key[(words.size() == 1 ? "P1:" : "P:") + key] = e;  // later mentions of the alias too
      }
    }
    if (e < 0 && (type == EntityType::kUnknown || type == EntityType::kPerson) && words.size() == 1) {
      int p = person_with_word(words[0], m.first, m.honorific_gender);
      // "his son Piet": a relative's first name is another person than a
      // "Piet Varkonyi" of a different family name named elsewhere.
      if (p >= 0 && !KinSurnameAllows(ctx, m.first, ctx.entities[p].name)) {
        p = -1;
        type = EntityType::kPerson;
      }
      if (p >= 0) e = p;
      else if (type == EntityType::kPerson) e = make("P1:" + key, EntityType::kPerson, m.name, m.first);
    }
    if (e < 0) {
      switch (type) {
        case EntityType::kPerson:
          e = make("P:" + key, EntityType::kPerson, m.name, m.first);
          break;
        case EntityType::kCountry:
          e = make("C:" + m.country, EntityType::kCountry, m.country, m.first);
          break;
        case EntityType::kOrganization:
        case EntityType::kUnknown: {
          std::string nk = text::NameKey(m.name);
          if (by_key.count("O:" + nk)) {
            e = by_key["O:" + nk];
          } else if (IsAcronym(m.name)) {
            for (size_t k = 0; k < ctx.entities.size() && e < 0; ++k) {
              const auto& cand = ctx.entities[k];
              if (cand.type == EntityType::kOrganization && Initials(cand.name) == m.name) e = static_cast<int>(k);
            }
            if (e < 0) {  // a later full name may spell it out
              for (const auto& other : raw) {
                if (other.type == EntityType::kOrganization && Initials(other.name) == m.name && &other != &m) {
                  e = make("O:" + text::NameKey(other.name), EntityType::kOrganization, other.name, other.first);
                  break;
                }
              }
            }
          }
          if (e < 0) {
            e = type == EntityType::kOrganization ? make("O:" + nk, type, m.name, m.first)
                                                   : make("U:" + nk, type, m.name, m.first);
          }
          break;
        }
        case EntityType::kPlace:
          e = make("L:" + text::NameKey(m.name), type, m.name, m.first);
          break;
        case EntityType::kEvent:
          e = make("E:" + text::NameKey(m.name), type, m.name, m.first);
          ctx.entities[e].named_event = true;
          ctx.entities[e].event_kind = m.event_kind;
          ctx.entities[e].event_noun = m.name;
          break;
      }
    }
    touch(e, m);
    // "Baltic Ferry Lines (BFL)": the acronym is an alias.
    if (m.last + 2 < ctx.size() && ctx.tok(m.last).form == "(" && ctx.tok(m.last + 2).form == ")" &&
        IsAcronym(ctx.tok(m.last + 1).form)) {
      const std::string& acr = ctx.tok(m.last + 1).form;
      ctx.entities[e].aliases.insert(acr);
      by_key["O:" + text::NameKey(acr)] = e;
    }
    Mention out;
    out.first = m.first;
    out.last = m.last;
    out.entity = e;
    out.demonym = m.demonym;
    int idx = static_cast<int>(ctx.mentions.size());
    ctx.mentions.push_back(out);
    for (uint32_t k = m.first; k < m.last; ++k) {
      ctx.token_mention[k] = idx;
      if (!m.demonym) ctx.token_entities[k] = {e};
    }
  }
}

namespace {

// Persons a token refers to, in the sentence range [first, last).
struct Candidate {
  uint32_t token;
  int entity;
  bool subject;
};

// True when token t sits in an adverbial clause of `verb` that comes before it.
bool InFrontedClauseOf(const Context& ctx, uint32_t t, uint32_t verb) {
  // The same clause parsed upside down: the fronted participle as the root
  // and the main verb hung below it after the comma ("Accompanied by X, she
  // recounted" with "recounted" a parataxis of "accompanied").
  const int top = ctx.head(verb);
  const uint32_t first = ctx.doc().sentences[ctx.sentence_of(verb)].first_token;
  const bool fronted =
      top >= 0 && (static_cast<uint32_t>(top) == first ||
                   (static_cast<uint32_t>(top) == first + 1 && ctx.tok(first).upos == "ADV"));
  if (fronted && static_cast<uint32_t>(top) < verb && ctx.head(static_cast<uint32_t>(top)) < 0 &&
      (ctx.tok(static_cast<uint32_t>(top)).xpos == "VBN" ||
       ctx.tok(static_cast<uint32_t>(top)).xpos == "VBG") &&
      t < verb) {
    for (int x = static_cast<int>(t), steps = 0; x >= 0 && steps < 12;
         x = ctx.head(static_cast<uint32_t>(x)), ++steps) {
      if (x == static_cast<int>(verb)) return false;
      if (x == top) return true;
    }
  }
  for (int x = static_cast<int>(t), steps = 0; x >= 0 && steps < 12; x = ctx.head(static_cast<uint32_t>(x)), ++steps) {
    if (ctx.head(static_cast<uint32_t>(x)) == static_cast<int>(verb)) {
      return ctx.rel(static_cast<uint32_t>(x)) == "advcl" && static_cast<uint32_t>(x) < verb;
    }
  }
  return false;
}

std::vector<Candidate> PersonsIn(const Context& ctx, uint32_t first, uint32_t last) {
  std::vector<Candidate> out;
  for (uint32_t k = first; k < last; ++k) {
    const auto& es = ctx.token_entities[k];
    if (es.size() != 1 || !ctx.IsPersonLike(es[0])) continue;
    // One candidate per mention: its last token.
    if (k + 1 < last && ctx.token_entities[k + 1] == es && ctx.token_mention[k + 1] == ctx.token_mention[k] &&
        ctx.token_mention[k] >= 0) {
      continue;
    }
    bool subj = false;
    for (uint32_t t = (ctx.token_mention[k] >= 0 ? ctx.mentions[ctx.token_mention[k]].first : k); t <= k; ++t) {
      subj |= ctx.rel(t) == "nsubj";
    }
    // "Former minister Lord A, who ..., said": parsers often make the title
    // the subject and hang the name under it (flat, compound, appos): walk up
    // from the name through such links to a title just before it.
    const uint32_t start = ctx.token_mention[k] >= 0 ? ctx.mentions[ctx.token_mention[k]].first : k;
    for (uint32_t t = k, steps = 0; !subj && steps < 4; ++steps) {
      const auto r = ctx.rel(t);
      if (r != "flat" && r != "compound" && r != "appos") break;  // the name hangs under something else
      const int h = ctx.head(t);
      if (h < 0 || static_cast<uint32_t>(h) > k || static_cast<uint32_t>(h) + 4 < start) break;  // not its title
      t = static_cast<uint32_t>(h);
      subj = ctx.rel(t) == "nsubj";
    }
    out.push_back({k, es[0], subj});
  }
  return out;
}

bool Compatible(const Context& ctx, int e, char gender) {
  char g = ctx.entities[e].gender;
  return !g || !gender || g == gender;
}

// The persons coordinated last before `at` (within eight sentences): "X and Y".
std::vector<int> LastCoordinated(const Context& ctx, uint32_t at) {
  int s = ctx.sentence_of(at);
  for (uint32_t k = at; k-- > 0;) {
    if (ctx.sentence_of(k) < s - 8) break;
    // "A and B" as plain text when the parse missed the coordination.
    if (ctx.lower(k) == "and" && k > 0 && k + 1 < at && ctx.token_mention[k - 1] >= 0 && ctx.token_mention[k + 1] >= 0) {
      int a = ctx.mentions[ctx.token_mention[k - 1]].entity, b = ctx.mentions[ctx.token_mention[k + 1]].entity;
      if (a >= 0 && b >= 0 && a != b && ctx.entities[a].type == EntityType::kPerson &&
          ctx.entities[b].type == EntityType::kPerson) {
        std::vector<int> out = {b, a};
        // Earlier names of a list: "A, B and C".
        for (uint32_t m = ctx.mentions[ctx.token_mention[k - 1]].first; m >= 2 && ctx.lower(m - 1) == ",";) {
          int pm = ctx.token_mention[m - 2];
          if (pm < 0 || ctx.entities[ctx.mentions[pm].entity].type != EntityType::kPerson) break;
          out.push_back(ctx.mentions[pm].entity);
          m = ctx.mentions[pm].first;
        }
        std::reverse(out.begin(), out.end());
        return out;
      }
    }
    if (ctx.rel(k) != "conj") continue;
    int h = ctx.head(k);
    if (h < 0) continue;
    auto a = ctx.token_entities[h], b = ctx.token_entities[k];
    if (a.size() == 1 && b.size() == 1 && ctx.IsPersonLike(a[0]) && ctx.IsPersonLike(b[0]) && a[0] != b[0]) {
      std::vector<int> out;
      for (int e : ctx.EntitiesOfConj(static_cast<uint32_t>(h))) {
        if (ctx.IsPersonLike(e)) out.push_back(e);
      }
      return out;
    }
  }
  return {};
}

}  // namespace

void ResolvePronouns(Context& ctx) {
  const auto& sents = ctx.doc().sentences;
  for (uint32_t i = 0; i < ctx.size(); ++i) {
    if (!ctx.token_entities[i].empty()) continue;
    const std::string& w = ctx.lower(i);
    int s = ctx.sentence_of(i);
    if (s < 0) continue;
    char g = lex::PronounGender(w);
    bool group = false;
    if (lex::IsGroupAnaphor(w) && i > 0 && (ctx.lower(i - 1) == "the" || ctx.lower(i - 1) == "royal" ||
                                            ctx.lower(i - 1) == "both")) {
      group = true;
    }
    if (g == 'p' || group) {
      auto persons = LastCoordinated(ctx, i);
      if (persons.size() >= 2) ctx.token_entities[i] = persons;
      continue;
    }
    if (!g && (w == "it" || w == "its")) {
      // An organisation: the subject of this sentence before the pronoun, else of the previous one.
      int org = -1;
      for (int p = s; p >= 0 && p >= s - 1 && org < 0; --p) {
        uint32_t end = p == s ? i : sents[p].last_token;
        for (uint32_t k = sents[p].first_token; k < end && org < 0; ++k) {
          const auto& es = ctx.token_entities[k];
          if (es.size() == 1 && ctx.entities[es[0]].type == EntityType::kOrganization && ctx.rel(k) == "nsubj") {
            org = es[0];
          }
        }
      }
      if (org >= 0) ctx.token_entities[i] = {org};
      continue;
    }
    if (!g) continue;
    int chosen = -1;
    // The current sentence before the pronoun: a subject first, else the nearest.
    auto here = PersonsIn(ctx, sents[s].first_token, i);
    // "Accompanied by X, she ...", "After meeting X, he ...": the subject
    // pronoun is the implied subject of the fronted clause, not a name in it.
    if (ctx.rel(i) == "nsubj" && ctx.head(i) >= 0) {
      here.erase(std::remove_if(here.begin(), here.end(),
                                [&](const Candidate& c) {
                                  return !c.subject && InFrontedClauseOf(ctx, c.token, static_cast<uint32_t>(ctx.head(i)));
                                }),
                 here.end());
    }
    for (const auto& c : here) {
      if (c.subject && Compatible(ctx, c.entity, g)) chosen = c.entity;
    }
    if (chosen < 0) {
      for (auto it = here.rbegin(); it != here.rend(); ++it) {
        if (Compatible(ctx, it->entity, g)) { chosen = it->entity; break; }
      }
    }
    bool by_subject = false;  // an earlier sentence's subject or opening name decided it
    // Earlier sentences: their subject, else the most salient person mentioned.
    for (int p = s - 1; chosen < 0 && p >= 0 && p >= s - 3; --p) {
      auto there = PersonsIn(ctx, sents[p].first_token, sents[p].last_token);
      // A name opening the sentence is its topic (also when the parse lost
      // the subject link), ahead of subjects of its subordinate clauses.
      if (!there.empty() && Compatible(ctx, there[0].entity, g)) {
        int m = ctx.token_mention[there[0].token];
        if (m >= 0 && ctx.mentions[m].first <= sents[p].first_token + 1) {
          chosen = there[0].entity;
          by_subject = true;
        }
      }
      for (const auto& c : there) {
        if (chosen >= 0) break;
        if (c.subject && Compatible(ctx, c.entity, g)) {
          chosen = c.entity;
          by_subject = true;
          break;
        }
      }
      if (chosen < 0) {
        for (const auto& c : there) {
          if (Compatible(ctx, c.entity, g) &&
              (chosen < 0 || ctx.entities[c.entity].mentions > ctx.entities[chosen].mentions)) {
            chosen = c.entity;
          }
        }
      }
    }
    // A passing name does not take "his" from the story's protagonist: when no
    // subject decided it, a person mentioned three times as often nearby wins.
    if (chosen >= 0 && here.empty() && !by_subject) {
      for (int p = s - 1; p >= 0 && p >= s - 6; --p) {
        for (const auto& c : PersonsIn(ctx, sents[p].first_token, sents[p].last_token)) {
          if (Compatible(ctx, c.entity, g) && ctx.entities[c.entity].mentions >= 3 * ctx.entities[chosen].mentions) {
            chosen = c.entity;
          }
        }
      }
    }
    if (chosen >= 0) {
      ctx.token_entities[i] = {chosen};
      if (!ctx.entities[chosen].gender) ctx.entities[chosen].gender = g;
    }
  }
}

namespace {

bool IsCompanyRole(std::string_view w) {
  return w == "company" || w == "firm" || w == "group" || w == "label" || w == "corporation" || w == "bank" ||
         w == "operator" || w == "carrier" || w == "maker" || w == "manufacturer" || w == "retailer" ||
         w == "broadcaster" || w == "airline" || w == "giant";
}

// Singular nouns for a person that a story uses instead of the name.
char PersonRole(std::string_view w) {
  if (w == "actress" || w == "singer-actress" || w == "businesswoman" || w == "sportswoman" || w == "chairwoman" ||
      w == "princess" || w == "queen") {
    return 'f';
  }
  if (w == "actor" || w == "businessman" || w == "sportsman" || w == "chairman" || w == "prince" || w == "king") {
    return 'm';
  }
  if (w == "singer" || w == "rapper" || w == "star" || w == "player" || w == "sprinter" || w == "athlete" ||
      w == "minister" || w == "president" || w == "executive" || w == "director" || w == "coach" ||
      w == "striker" || w == "economist" || w == "musician" || w == "artist" || w == "writer" ||
      w == "author" || w == "tycoon" || w == "billionaire" || w == "politician" || w == "leader" ||
      w == "premier" || w == "chancellor" || w == "boss" || w == "founder" || w == "producer" ||
      w == "presenter" || w == "mp" || w == "mep" || w == "lawmaker" || w == "senator" || w == "diplomat" ||
      w == "ambassador") {
    return 'x';
  }
  return 0;
}

// Whether modifier token c of a description names a party, body or
// country ("Green", "Tarvian-Veloran"), or is a plain adjective ("former").
bool IsAffiliationModifier(const Context& ctx, uint32_t c) {
  int m = ctx.token_mention[c];
  if (m < 0) return ctx.tok(c).upos == "ADJ" && ctx.Children(c, "compound").empty();
  if (ctx.mentions[m].demonym) return true;
  auto t = ctx.entities[ctx.mentions[m].entity].type;
  return t == EntityType::kOrganization || t == EntityType::kUnknown || t == EntityType::kCountry;
}

// "former", "outgoing": words that date an office rather than name it.
bool DatesAnOffice(const std::string& w) {
  return w == "former" || w == "late" || w == "outgoing" || w == "incoming" || w == "then" ||
         w == "current" || w == "new" || w == "acting" || w == "interim";
}

// Whether modifier c names an organisation or an untyped name (a party,
// a club), not a country or a place.
bool NamesABody(const Context& ctx, uint32_t c) {
  int m = ctx.token_mention[c];
  if (m < 0 || ctx.mentions[m].demonym) return false;
  auto t = ctx.entities[ctx.mentions[m].entity].type;
  return t == EntityType::kOrganization || t == EntityType::kUnknown;
}

// The preposition of nominal c, lower-cased, or "".
std::string CaseWord(const Context& ctx, uint32_t c) {
  int k = ctx.Child(c, "case");
  return k >= 0 ? ctx.lower(static_cast<uint32_t>(k)) : std::string();
}

// The last person before token i (from token `from` on) whose name follows
// the word i is ("President X", "the president, X"), or -1.
// With `mods` (office modifiers of the description, in text order: "prime"
// in "the prime minister"), the title must carry them too ("Prime Minister
// X", not "Foreign Minister X").
int LastTitledAs(const Context& ctx, uint32_t i, uint32_t from, const std::vector<uint32_t>& mods = {}) {
  const std::string& w = ctx.lower(i);
  int found = -1;
  for (uint32_t k = std::max<uint32_t>(from, 1); k < i; ++k) {
    int m = ctx.token_mention[k];
    if (m < 0 || ctx.mentions[m].first != k || ctx.mentions[m].entity < 0) continue;
    int e = ctx.mentions[m].entity;
    if (ctx.entities[e].type != EntityType::kPerson) continue;
    uint32_t at = 0;  // the title word before the name
    if (ctx.lower(k - 1) == w) {
      at = k - 1;
    } else if (k >= 2 && ctx.lower(k - 1) == "," && ctx.lower(k - 2) == w) {
      at = k - 2;
    } else {
      continue;
    }
    bool same = at >= mods.size();
    for (size_t x = 0; same && x < mods.size(); ++x) {
      same = ctx.lower(at - mods.size() + x) == ctx.lower(mods[x]);
    }
    if (same) found = e;
  }
  return found;
}

}  // namespace

void ResolveDefiniteDescriptions(Context& ctx) {
  const auto& sents = ctx.doc().sentences;
  for (uint32_t i = 1; i < ctx.size(); ++i) {
    // (An office the tagger took for a proper noun, "the former Green MP", too.)
    if ((ctx.tok(i).upos != "NOUN" && ctx.tok(i).upos != "PROPN") || !ctx.token_entities[i].empty() ||
        ctx.token_mention[i] >= 0) {
      continue;
    }
    // Subjects: "the company said", "the actress dropped out". Elsewhere
    // ("was greeted by the president") only a person the text has called by
    // that very word ("President X", "the president, X") is meant.
    bool subject = ctx.rel(i) == "nsubj";
    const std::string& w = ctx.lower(i);
    bool company = IsCompanyRole(w);
    char role = company ? 0 : PersonRole(w);
    if (!company && !role) continue;
    if (!subject && company) continue;
    // "The company" / "the actress": a bare definite, no name or possessor attached.
    // "The former Green MP for Dunmore", "the Tarvian-Veloran politician": a
    // subject that also names its party, country or seat (modified) restates
    // the person the sentence before was about.
    bool definite = false, other = false, modified = false, by_body = false;
    std::vector<uint32_t> office_mods;  // "prime" in "the prime minister"
    for (uint32_t c : ctx.children(i)) {
      auto r = ctx.rel(c);
      // "the Ruritanian-born politician": a demonym only says where the
      // person is from, in a subject that takes up the story's person.
      const int cm = ctx.token_mention[c];
      const bool demonym = subject && cm >= 0 && ctx.mentions[cm].demonym && (r == "compound" || r == "amod");
      if (r == "det" && ctx.lower(c) == "the") {
        definite = true;
      } else if (demonym) {
        continue;
      } else if ((r == "amod" || r == "compound") && c < i && ctx.token_mention[c] < 0 &&
                 ctx.children(c).empty() && lex::IsTitleModifier(ctx.lower(c)) && !company &&
                 !DatesAnOffice(ctx.lower(c))) {
        office_mods.push_back(c);
      } else if (subject && (r == "amod" || r == "compound") && IsAffiliationModifier(ctx, c)) {
        modified = true;
        by_body |= NamesABody(ctx, c);
      } else if (subject && r == "nmod" && ctx.token_mention[c] >= 0 &&
                 (CaseWord(ctx, c) == "for" || (CaseWord(ctx, c) == "of" && !NamesABody(ctx, c)))) {
        // ("the chairman of Orvane" may be a chairman the text has not named.)
        modified = true;
      } else if (r == "det" || r == "nmod" || r == "compound" || r == "flat" || r == "appos" ||
                 r == "nummod" || ctx.token_mention[c] >= 0) {
        other = true;
      }
    }
    if (!definite || other) continue;
    int s = ctx.sentence_of(i);
    // "The Green leader said": a body's office is whoever the text called
    // "Green leader X" (the last subject may be anyone else).
    if (by_body) {
      office_mods.clear();
      for (uint32_t k = i; k-- > 0 && ctx.lower(k) != "the";) {
        if (!DatesAnOffice(ctx.lower(k))) office_mods.push_back(k);
      }
    }
    if (!subject || !office_mods.empty()) {  // "the prime minister" is whoever was called "Prime Minister X"
      std::sort(office_mods.begin(), office_mods.end());
      int titled = LastTitledAs(ctx, i, s >= 3 ? sents[s - 3].first_token : 0, office_mods);
      if (titled >= 0) ctx.token_entities[i] = {titled};
      continue;
    }
    int chosen = -1;
    for (int p = s; p >= 0 && p >= s - (modified ? 1 : 3) && chosen < 0; --p) {
      uint32_t end = p == s ? i : sents[p].last_token;
      // The subject of the sentence first, else the last fitting entity named.
      int subject = -1, last = -1;
      for (uint32_t k = sents[p].first_token; k < end; ++k) {
        const auto& es = ctx.token_entities[k];
        if (es.size() != 1) continue;
        const Entity& e = ctx.entities[es[0]];
        bool fits = company ? e.type == EntityType::kOrganization
                            : e.type == EntityType::kPerson && (role == 'x' || !e.gender || e.gender == role);
        if (!fits) continue;
        if (ctx.rel(k) == "nsubj" && subject < 0) subject = es[0];
        last = es[0];
      }
      chosen = subject >= 0 || modified ? subject : last;
    }
    if (chosen >= 0) ctx.token_entities[i] = {chosen};
  }
}

}  // namespace kg::extract
