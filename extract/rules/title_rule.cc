// title_rule: offices from three constructions, each also giving leaderOf /
// memberOf / nationality when the office names its organisation or country:
//   pre-nominal  "Kenyan leader Ana Ruiz", "TSE chief executive Lena Park",
//                "Green Party MP X" (the party a name of its own), "Commissioner
//                for Transport X", "Presidents A of X and B of Y" (each name, its
//                own country), "Ana Ruiz's spokesman, X,", "the president of Y, X,",
//                "Deputy Prime Minister and Minister of Energy X" (both offices)
//   post-nominal "X MP"
//   apposition   "Lena Park, chief executive of Baltic operator Orvane,"
//   copula/xcomp "X is the boss of Y", "X, who was head of ...", "X was named a ... ambassador",
//                "X will become the company's president" (planned), "X is the Kenyan president"
// Affiliation without an office: "Republican X", "Green Party candidate X",
// "X of the Green Party", "members of the Green Party, including X" -> memberOf.
// "X, real name Y," makes Y an alias of X.
// Only office nouns make titles ("communist dictator X" is an epithet).
#include <cctype>
#include <set>

#include "extract/body_phrases.h"
#include "extract/lexicon.h"
#include "extract/modality.h"
#include "extract/party_names.h"
#include "extract/rules/rule_util.h"
#include "extract/rules/rules.h"

namespace kg::extract {
namespace {

bool IsCapitalized(const std::string& w) { return !w.empty() && std::isupper(static_cast<unsigned char>(w[0])); }

const Mention* MentionAt(const Context& ctx, uint32_t t) {
  int m = ctx.token_mention[t];
  return m >= 0 ? &ctx.mentions[m] : nullptr;
}

bool IsPossessiveMark(const Context& ctx, uint32_t t) {
  const std::string& l = ctx.lower(t);
  return l == "'s" || l == "\xE2\x80\x99s" || l == "'" || l == "\xE2\x80\x99";
}

// Whether an office phrase names the top of its organisation.
bool IsLeaderPhrase(const Context& ctx, uint32_t first, uint32_t last_inclusive) {
  bool leader = false;
  for (uint32_t k = first; k <= last_inclusive; ++k) {
    const std::string& w = ctx.lower(k);
    if (w == "of" || w == "at" || w == "for") break;
    if (w == "sheikh") continue;  // a style of address before the name ("Emir Sheikh X")
    if (w == "vice" || w == "deputy" || w == "assistant" || w.rfind("vice-", 0) == 0 || w == "associate") return false;
    if (w == "executive") leader = k > first && (ctx.lower(k - 1) == "chief" || ctx.lower(k - 1) == "managing");
    else if (w == "minister" && k > first && ctx.lower(k - 1) == "prime")
      leader = true;  // heads the government
    // "policy chief", "press chief": a noun before the leader word names the
    // department led, not the organisation.
    else if (lex::IsLeaderTitle(w) || lex::IsLeaderTitle(ctx.lemma(k)))
      leader = !(k > first && ctx.tok(k - 1).upos == "NOUN" && !MentionAt(ctx, k - 1) &&
                 !lex::IsTitleNoun(ctx.lower(k - 1)) && !lex::IsTitleModifier(ctx.lower(k - 1)));
    else if (lex::IsTitleNoun(w)) leader = false;
  }
  return leader;
}

void EmitOffice(Context& ctx, int person, const std::string& title, uint32_t first, uint32_t last_inclusive,
                const std::vector<int>& orgs, const std::vector<int>& countries, uint32_t token,
                std::string_view rule, const Qualifier& q) {
  if (title.empty() || title.size() > 120) return;
  ctx.entities[person].official = true;
  ctx.Emit(Node::Of(person), "title", Node::Lit(graph::Term::String(title)), token, rule, q);
  bool leader = IsLeaderPhrase(ctx, first, last_inclusive);
  for (int o : orgs) ctx.Emit(Node::Of(person), leader ? "leaderOf" : "memberOf", Node::Of(o), token, rule, q);
  // "Kenyan leader", "French President": leader of the country only when
  // nothing but office words follow it ("US Federal Reserve chairman" leads no country).
  bool bare = true;
  for (uint32_t k = first; k <= last_inclusive; ++k) {
    int m = ctx.token_mention[k];
    if (m >= 0 && ctx.entities[ctx.mentions[m].entity].type == EntityType::kCountry) continue;
    bare &= lex::IsTitleNoun(ctx.lower(k)) || lex::IsTitleModifier(ctx.lower(k));
  }
  for (int c : countries) {
    // "European Commissioner": a continent is nobody's nationality.
    if (ctx.entities[c].name != "Europe")
      ctx.Emit(Node::Of(person), "nationality", Node::Of(c), token, rule, q);
    if (leader && orgs.empty() && bare) ctx.Emit(Node::Of(person), "leaderOf", Node::Of(c), token, rule, q);
  }
}

// "now foreign secretary", "current prime minister": words that date an
// office, not part of its name ("former" stays: a former office differs).
bool IsTimeQualifier(const std::string& w) {
  return w == "now" || w == "then" || w == "current" || w == "currently" || w == "next" || w == "incoming" ||
         w == "future" || w == "newly" || w == "formerly" || w == "previously";
}

// "former", "ex-": a word that opens an office phrase; nothing before it belongs to the office.
bool OpensOffice(const std::string& w) {
  return w == "former" || w == "ex" || w == "then" || w == "late" || w == "outgoing" || w == "incoming";
}

bool IsWeekdayOrMonth(const std::string& w) {
  static const std::set<std::string> kWords = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",  "sunday",  "january",  "february",
      "march",  "april",   "june",      "july",     "august", "september", "october", "november", "december"};
  return kWords.count(w) > 0;
}

// "Presidents", "ministers": an office noun in the plural.
bool IsPluralTitle(const Context& ctx, uint32_t t) {
  const std::string& w = ctx.lower(t);
  const std::string& l = ctx.lemma(t);
  return w.size() > 3 && w.back() == 's' && l != w && lex::IsTitleNoun(l);
}

// The singular of a plural office noun, capitalised as written.
std::string Singular(const Context& ctx, uint32_t t) {
  std::string l = ctx.lemma(t);
  if (IsCapitalized(ctx.tok(t).form) && !l.empty())
    l[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(l[0])));
  return l;
}

// The country or organisation named right after a person: "Ana Ruiz of Tarvia".
int OfAfter(const Context& ctx, const Mention& m) {
  uint32_t k = m.last;
  if (k + 1 >= ctx.size() || ctx.lower(k) != "of" || ctx.sentence_of(k) != ctx.sentence_of(m.first))
    return -1;
  ++k;
  if (ctx.lower(k) == "the" && k + 1 < ctx.size()) ++k;
  const Mention* om = MentionAt(ctx, k);
  if (!om || om->first != k || om->demonym) return -1;
  auto t = ctx.entities[om->entity].type;
  return t == EntityType::kCountry || t == EntityType::kOrganization ? om->entity : -1;
}

// For a later name of a list after a plural office ("Presidents A of X and
// B of Y"), the office noun's token; else -1.
int PluralOfficeBefore(const Context& ctx, const Mention& m) {
  int s = ctx.sentence_of(m.first);
  uint32_t k = m.first;
  for (int guard = 0; guard < 8 && k >= 1; ++guard) {
    uint32_t p = k - 1;
    if (ctx.sentence_of(p) != s) return -1;
    if (guard > 0 && IsPluralTitle(ctx, p) && !MentionAt(ctx, p)) return static_cast<int>(p);
    if (ctx.lower(p) != "," && ctx.lower(p) != "and") return -1;
    if (ctx.lower(p) == "and" && p > 0 && ctx.lower(p - 1) == ",") --p;
    if (p == 0) return -1;
    const Mention* pm = MentionAt(ctx, p - 1);
    if (!pm) return -1;
    if (ctx.entities[pm->entity].type != EntityType::kPerson) {  // "... of Tarvia, and B"
      uint32_t f = pm->first;
      if (f >= 1 && ctx.lower(f - 1) == "the") --f;
      if (f < 2 || ctx.lower(f - 1) != "of") return -1;
      pm = MentionAt(ctx, f - 2);
      if (!pm || ctx.entities[pm->entity].type != EntityType::kPerson) return -1;
    }
    k = pm->first;
  }
  return -1;
}

void Prenominal(Context& ctx, const Mention& m) {
  if (m.first == 0) return;
  int s = ctx.sentence_of(m.first);
  uint32_t i = m.first - 1;
  // "Ana Ruiz's spokesman, X," / "the party's treasurer, X,": an office with a
  // possessor or article, then the name after a comma.
  bool after_comma = false;
  if (ctx.lower(i) == "," && i >= 1 && ctx.sentence_of(i - 1) == s && lex::IsTitleNoun(ctx.lower(i - 1)) &&
      !MentionAt(ctx, i - 1) && !IsCapitalized(ctx.tok(i - 1).form)) {
    after_comma = true;
    --i;
  }
  // "the president of Tarvia, X,", "the leader of the Green Party, X,": an
  // office of a named body, then the name after a comma.
  int of_body = -1;
  uint32_t of_tail = 0;
  if (!after_comma && ctx.lower(i) == "," && i >= 3) {
    if (const Mention* bm = MentionAt(ctx, i - 1); bm && bm->last == i && !bm->demonym) {
      auto bt = ctx.entities[bm->entity].type;
      if (bt == EntityType::kUnknown) bt = EntityType::kOrganization;  // "the leader of Orvane, X": a body
      uint32_t f = bm->first;
      if (f >= 1 && ctx.lower(f - 1) == "the") --f;
      if ((bt == EntityType::kCountry || bt == EntityType::kOrganization) && f >= 2 &&
          ctx.lower(f - 1) == "of" && lex::IsTitleNoun(ctx.lower(f - 2)) && !MentionAt(ctx, f - 2) &&
          ctx.sentence_of(f - 2) == s) {
        of_body = bm->entity;
        ctx.entities[of_body].type = bt;
        of_tail = i - 1;
        after_comma = true;
        i = f - 2;
      }
    }
  }
  // "Presidents A of X and B of Y": a later name of a list after a plural office.
  if (!after_comma && (ctx.lower(i) == "and" || ctx.lower(i) == ",")) {
    int p = PluralOfficeBefore(ctx, m);
    if (p < 0) return;
    i = static_cast<uint32_t>(p);
  }
  // "Commissioner for Transport X", "Minister of Foreign Affairs X": the
  // portfolio after the office noun is part of the title.
  uint32_t tail = i;
  if (!lex::IsTitleNoun(ctx.lower(i))) {
    uint32_t k = i;
    while (k > 0 && k + 3 > i && lex::IsTitleModifier(ctx.lower(k)) && !MentionAt(ctx, k) &&
           IsCapitalized(ctx.tok(k).form)) {
      --k;
    }
    if (k < i && k >= 1 && (ctx.lower(k) == "for" || ctx.lower(k) == "of") && ctx.sentence_of(k - 1) == s)
      i = k - 1;
  }
  if (ctx.sentence_of(i) != s || !lex::IsTitleNoun(ctx.lower(i)) || MentionAt(ctx, i)) return;
  uint32_t lo = i;
  std::vector<int> orgs, countries;
  int steps = 0;
  for (int64_t j = static_cast<int64_t>(i) - 1; j >= 0 && steps < 8; ++steps) {
    uint32_t ju = static_cast<uint32_t>(j);
    if (ctx.sentence_of(ju) != s) break;
    if (IsWeekdayOrMonth(ctx.lower(ju))) break;  // "on Sunday Presidents A and B"
    if (const Mention* mm = MentionAt(ctx, ju)) {
      const Entity& e = ctx.entities[mm->entity];
      // "[Green Unionist] leader Ana Ruiz": a name glued to an office before
      // another person's name is no person (nothing else marked it as one).
      bool glued_to_office = mm->last == lo && !e.official && e.gender == 0;
      if (e.type == EntityType::kPerson && glued_to_office)
        ctx.entities[mm->entity].type = EntityType::kUnknown;
      if (ctx.entities[mm->entity].type == EntityType::kPerson) break;
      if (e.type == EntityType::kCountry) {
        countries.push_back(mm->entity);
      } else if (e.type == EntityType::kOrganization || (e.type == EntityType::kUnknown && !mm->demonym)) {
        // "Green Party MP X", "Orvane deputy chief X": a name that modifies an
        // office is the body the office belongs to ("Green Unionist MP": the
        // Green Unionist Party).
        ctx.entities[mm->entity].type = EntityType::kOrganization;
        RenameAsParty(ctx.entities[mm->entity], PartyEvidence::kOfficeModifier);
        orgs.push_back(mm->entity);
      } else if (e.type != EntityType::kPlace && e.type != EntityType::kUnknown)
        break;
      lo = mm->first;
      j = static_cast<int64_t>(mm->first) - 1;
      continue;
    }
    const auto& u = ctx.tok(ju).upos;
    const std::string& w = ctx.lower(ju);
    if (IsWeekdayOrMonth(w)) break;  // "on Sunday Presidents A and B"
    bool ok = lex::IsTitleNoun(w) || lex::IsTitleModifier(w) || u == "NOUN" || u == "ADJ" || u == "PROPN" ||
              (w == "-" && ju > 0);
    if (!ok || u == "PRON" || u == "DET" || u == "VERB") break;
    // "the rally slogans [Green co-chairman] X", "the vote tallies [Green
    // co-chairman] X": a lower-case noun before a capitalised office phrase
    // is the sentence's, not the office's.
    bool capital_office_after = IsCapitalized(ctx.tok(lo).form);
    if (u == "NOUN" && capital_office_after && !IsCapitalized(ctx.tok(ju).form) && !lex::IsTitleNoun(w) &&
        !lex::IsTitleModifier(w)) {
      // "his Tarvian counterpart President X": the demonym before such a
      // noun still gives the person's country.
      if (ju >= 1) {
        const Mention* dm = MentionAt(ctx, ju - 1);
        if (dm && dm->demonym && ctx.entities[dm->entity].type == EntityType::kCountry) {
          countries.push_back(dm->entity);
        }
      }
      break;
    }
    lo = ju;
    if (OpensOffice(w)) break;  // "register shows [former Tory leader] X"
    --j;
  }
  // "India's petroleum minister": the possessor is a country or organisation.
  if (lo >= 2 && IsPossessiveMark(ctx, lo - 1)) {
    if (const Mention* pm = MentionAt(ctx, lo - 2)) {
      const Entity& e = ctx.entities[pm->entity];
      if (e.type == EntityType::kCountry) countries.push_back(pm->entity);
      if (e.type == EntityType::kOrganization) orgs.push_back(pm->entity);
    }
  }
  if (after_comma) {
    bool determined = lo >= 1 && (IsPossessiveMark(ctx, lo - 1) || ctx.lower(lo - 1) == "the" ||
                                  ctx.lower(lo - 1) == "its" || ctx.lower(lo - 1) == "his" ||
                                  ctx.lower(lo - 1) == "her" || ctx.lower(lo - 1) == "their");
    if (!determined) return;
  }
  while (lo < i && (ctx.tok(lo).upos == "CCONJ" || ctx.lower(lo) == "-" || IsTimeQualifier(ctx.lower(lo))))
    ++lo;
  std::string title = ctx.Text(lo, tail);
  if (IsPluralTitle(ctx, i) && tail == i) {
    // Each listed name holds the office once; whose country is whose is
    // unclear when the modifiers name several.
    title = (lo < i ? ctx.Text(lo, i - 1) + " " : std::string()) + Singular(ctx, i);
    if (countries.size() > 1) countries.clear();
    if (orgs.size() > 1) orgs.clear();
  }
  // "President Ana Ruiz of Tarvia": the country or body after the name.
  int o = of_body >= 0 ? of_body : OfAfter(ctx, m);
  if (o >= 0) (ctx.entities[o].type == EntityType::kCountry ? countries : orgs).push_back(o);
  if (of_body >= 0) {
    tail = of_tail;
    title = ctx.Text(lo, tail);
  }
  // The office words alone decide whether it leads ("president", not "of Tarvia").
  EmitOffice(ctx, m.entity, title, lo, of_body >= 0 ? i : tail, orgs, countries, m.first, "title-prenominal",
             AssessModality(ctx, m.first));
  // "Deputy Premier for Trade and Minister of Ports X": an office
  // coordinated before this one is the same person's.
  if (lo >= 2 && ctx.lower(lo - 1) == "and" && ctx.sentence_of(lo - 2) == s) {
    uint32_t end = lo - 2;
    uint32_t head = end;
    if (!lex::IsTitleNoun(ctx.lower(head))) {  // "... for Finance"
      while (head > 0 && head + 3 > end && lex::IsTitleModifier(ctx.lower(head)) &&
             IsCapitalized(ctx.tok(head).form) && !MentionAt(ctx, head)) {
        --head;
      }
      if (head == end || head == 0 || (ctx.lower(head) != "for" && ctx.lower(head) != "of")) return;
      --head;
    }
    if (!lex::IsTitleNoun(ctx.lower(head)) || MentionAt(ctx, head) || ctx.sentence_of(head) != s) return;
    uint32_t first = head;
    while (first > 0 && ctx.sentence_of(first - 1) == s && !MentionAt(ctx, first - 1) &&
           (lex::IsTitleNoun(ctx.lower(first - 1)) || lex::IsTitleModifier(ctx.lower(first - 1)))) {
      --first;
    }
    // Only capitalised office words: "minister and chief X" in running text is ambiguous.
    if (!IsCapitalized(ctx.tok(first).form)) return;
    EmitOffice(ctx, m.entity, ctx.Text(first, end), first, head, {}, {}, m.first, "title-prenominal",
               AssessModality(ctx, m.first));
  }
}

// Nouns for a person's standing in a party or body that are no office:
// "Green Party candidate X", "Orvane activist X".
bool IsAffiliationNoun(const std::string& w) {
  return w == "politician" || w == "candidate" || w == "nominee" || w == "hopeful" || w == "backbencher" ||
         w == "peer" || w == "delegate" || w == "activist" || w == "campaigner" || w == "veteran" ||
         w == "stalwart" || w == "loyalist" || w == "rebel" || w == "frontbencher" || w == "grandee";
}

// The party a mention names, as an organisation, or -1.
int PartyAt(Context& ctx, const Mention* pm, PartyEvidence evidence) {
  if (!pm || pm->demonym) return -1;
  Entity& e = ctx.entities[pm->entity];
  if (e.type != EntityType::kUnknown && e.type != EntityType::kOrganization) return -1;
  return RenameAsParty(e, evidence) ? pm->entity : -1;
}

// A person's party or body named next to the name, with no office:
//   "Republican Ana Ruiz", "the Green Party's Ana Ruiz"   (a party right before)
//   "Orvane Party candidate Ana Ruiz"                      (a body before an affiliation noun)
//   "Ana Ruiz of the Green Party", "Ana Ruiz (Green Party)" (a party right after)
void Affiliation(Context& ctx, const Mention& m) {
  int s = ctx.sentence_of(m.first);
  uint32_t k = m.first;
  if (k >= 2 && IsPossessiveMark(ctx, k - 1)) --k;
  int org = -1;
  if (k >= 1) {
    if (const Mention* pm = MentionAt(ctx, k - 1); pm && pm->last == k && ctx.sentence_of(pm->first) == s) {
      org = PartyAt(ctx, pm, PartyEvidence::kName);
    } else if (k == m.first && k >= 2 && IsAffiliationNoun(ctx.lemma(k - 1)) && !MentionAt(ctx, k - 1)) {
      const Mention* om = MentionAt(ctx, k - 2);
      if (om && om->last == k - 1 && !om->demonym && ctx.sentence_of(om->first) == s) {
        Entity& e = ctx.entities[om->entity];
        if (e.type == EntityType::kUnknown) e.type = EntityType::kOrganization;
        if (e.type == EntityType::kOrganization) {
          RenameAsParty(e, PartyEvidence::kOfficeModifier);  // "Green Unionist candidate X"
          org = om->entity;
        }
      }
    }
  }
  if (org < 0) {
    uint32_t a = m.last;
    if (a + 1 < ctx.size() && (ctx.lower(a) == "of" || ctx.lower(a) == "(") && ctx.sentence_of(a) == s) {
      uint32_t b = a + 1;
      if (ctx.lower(b) == "the" && b + 1 < ctx.size()) ++b;
      // "of the opposition / ruling Green Party": a lower-case word or two before the name.
      for (int skip = 0; skip < 2 && b + 1 < ctx.size() && !MentionAt(ctx, b) && !IsCapitalized(ctx.tok(b).form) &&
                         (ctx.tok(b).upos == "ADJ" || ctx.tok(b).upos == "NOUN" || ctx.tok(b).upos == "VERB");
           ++skip) {
        ++b;
      }
      const Mention* pm = MentionAt(ctx, b);
      bool closed = ctx.lower(a) == "of" || (pm && pm->last < ctx.size() && ctx.lower(pm->last) == ")");
      if (pm && pm->first == b && closed) {
        org =
            PartyAt(ctx, pm,
                    ctx.entities[pm->entity].type == EntityType::kOrganization ? PartyEvidence::kOrganisation
                                                                               : PartyEvidence::kName);
      }
    }
  }
  if (org < 0 || org == m.entity) return;
  ctx.Emit(Node::Of(m.entity), "memberOf", Node::Of(org), m.first, "affiliation",
           AssessModality(ctx, m.first));
}

// "First Lady Ana Ruiz", "the First Lady, Ana Ruiz": an office whose last
// word is otherwise an honorific ("Lady Ana Ruiz" alone is a style, no office).
void FirstSpouse(Context& ctx, const Mention& m) {
  auto spouse_word = [&](uint32_t k) { return ctx.lower(k) == "lady" || ctx.lower(k) == "gentleman"; };
  uint32_t word = 0;
  if (spouse_word(m.first) && m.last - m.first >= 2) {
    word = m.first;  // the honorific opened the name
  } else if (m.first >= 3 && ctx.lower(m.first - 1) == "," && spouse_word(m.first - 2) &&
             !MentionAt(ctx, m.first - 2)) {
    word = m.first - 2;
  } else {
    return;
  }
  if (word < 1 || ctx.lower(word - 1) != "first" || ctx.sentence_of(word - 1) != ctx.sentence_of(m.first)) {
    return;
  }
  if (word == m.first - 2 && (word < 2 || (ctx.lower(word - 2) != "the" && !IsPossessiveMark(ctx, word - 2)))) {
    return;
  }
  Qualifier q = AssessModality(ctx, m.first);
  if (IsHidden(q)) return;
  // A title, but no government office: the person is not made an Official.
  ctx.Emit(Node::Of(m.entity), "title", Node::Lit(graph::Term::String(ctx.Text(word - 1, word))), m.first,
           "title-first-spouse", q);
}

// "X and his Y party pulled out": a person coordinated with "his/her <name>
// party" leads it ("X and his Y party colleagues" says nothing of the kind).
void OwnParty(Context& ctx, const Mention& m) {
  uint32_t k = m.last;
  if (k + 3 >= ctx.size() || ctx.lower(k) != "and" ||
      (ctx.lower(k + 1) != "his" && ctx.lower(k + 1) != "her")) {
    return;
  }
  const Mention* pm = MentionAt(ctx, k + 2);
  if (!pm || pm->first != k + 2 || pm->demonym) return;
  auto pt = ctx.entities[pm->entity].type;
  if (pt != EntityType::kOrganization && pt != EntityType::kUnknown) return;
  uint32_t j = pm->last;
  if (j + 2 < ctx.size() && ctx.lower(j) == "(" && ctx.lower(j + 2) == ")") j += 3;  // "(ACR)"
  if (j >= ctx.size() || ctx.lower(j) != "party" || ctx.sentence_of(j) != ctx.sentence_of(m.first)) return;
  if (j + 1 < ctx.size() && (ctx.tok(j + 1).upos == "NOUN" || ctx.tok(j + 1).upos == "PROPN")) return;
  Qualifier q = AssessModality(ctx, m.first);
  if (IsHidden(q)) return;
  ctx.entities[pm->entity].type = EntityType::kOrganization;
  RenameAsParty(ctx.entities[pm->entity], PartyEvidence::kOrganisation);
  ctx.Emit(Node::Of(m.entity), "leaderOf", Node::Of(pm->entity), m.first, "own-party", q);
}

// "Ana Ruiz MP": a post-nominal office right after the name.
void Postnominal(Context& ctx, const Mention& m) {
  uint32_t k = m.last;
  if (k >= ctx.size() || ctx.sentence_of(k) != ctx.sentence_of(m.first) || MentionAt(ctx, k) ||
      !lex::IsPostNominal(ctx.lower(k)) || !IsCapitalized(ctx.tok(k).form)) {
    return;
  }
  EmitOffice(ctx, m.entity, ctx.tok(k).form, k, k, {}, {}, m.first, "title-postnominal",
             AssessModality(ctx, m.first));
}

bool StopsSegment(const Context& ctx, uint32_t k) {
  const std::string& w = ctx.lower(k);
  return w == "," || w == "." || w == ";" || w == "(" || w == ")" || w == "\"" || w == ":" ||
         w == "\xE2\x80\x9C" || w == "\xE2\x80\x9D" || w == "who" || w == "which" || w == "--" ||
         w == "\xE2\x80\x94" || w == "\xE2\x80\x93" || ctx.tok(k).upos == "VERB" || ctx.tok(k).upos == "AUX";
}

void Apposition(Context& ctx, const Mention& m) {
  uint32_t n = ctx.size();
  int s = ctx.sentence_of(m.first);
  uint32_t k = m.last;
  // "X, chief executive of Y," and "X - another board member -".
  if (k >= n || (ctx.lower(k) != "," && ctx.lower(k) != "-" && ctx.lower(k) != "\xE2\x80\x94" &&
                 ctx.lower(k) != "\xE2\x80\x93")) {
    return;
  }
  ++k;
  // "X, 54, chief executive of Y,": an age between the name and the office.
  if (k + 2 < n && ctx.tok(k).upos == "NUM" && ctx.lower(k + 1) == ",") k += 2;
  // "X, who was head of ...": the office after a relative copula.
  if (k + 1 < n && ctx.lower(k) == "who" &&
      (ctx.lower(k + 1) == "is" || ctx.lower(k + 1) == "was" || ctx.lower(k + 1) == "has")) {
    k += 2;
    if (k < n && ctx.lower(k) == "been") ++k;
  }
  if (k < n && ctx.tok(k).upos == "DET") ++k;
  uint32_t seg = k;
  while (k < n && ctx.sentence_of(k) == s && !StopsSegment(ctx, k) && k - seg < 14) ++k;
  if (k == seg) return;
  uint32_t last = k - 1;
  // "X, real name Y," / "X, born Y,": Y is another name of X.
  if (ctx.lower(seg) == "another" || ctx.lower(seg) == "also") ++seg;
  uint32_t before_time = seg;
  while (seg <= last && IsTimeQualifier(ctx.lower(seg))) ++seg;              // "X, now foreign secretary,"
  if (seg < last && seg > before_time && ctx.tok(seg).upos == "DET") ++seg;  // "X, formerly a deputy ...,"
  if (seg > last) return;
  if (ctx.lower(seg) == "real" && seg + 1 <= last && ctx.lower(seg + 1) == "name") {
    if (const Mention* am = seg + 2 <= last ? MentionAt(ctx, seg + 2) : nullptr) {
      ctx.entities[m.entity].aliases.insert(ctx.Text(am->first, am->last - 1));
      for (uint32_t t = am->first; t < am->last; ++t) ctx.token_entities[t] = {m.entity};
    }
    return;
  }
  bool title = false;
  for (uint32_t t = seg; t <= last && t < seg + 5; ++t) {
    if (ctx.lower(t) == "of" || ctx.lower(t) == "at") break;
    if (MentionAt(ctx, t) && ctx.entities[MentionAt(ctx, t)->entity].type == EntityType::kPerson) return;
    // "X, the premier's husband,": an office that is a possessor is not X's.
    bool possessor = t + 1 < ctx.size() && IsPossessiveMark(ctx, t + 1);
    if (lex::IsTitleNoun(ctx.lower(t)) && !MentionAt(ctx, t) && !possessor) title = true;
  }
  if (!title) return;
  std::vector<int> orgs, countries;
  for (uint32_t t = seg; t <= last; ++t) {
    // "leader of the military wing of the Tarvian Front": the body phrase, not
    // the organisation named inside it.
    if (uint32_t bf = 0, bl = 0;
        !MentionAt(ctx, t) && ctx.token_entities[t].size() == 1 && BodyPhraseSpan(ctx, t, &bf, &bl)) {
      auto inside = [&](int e) {
        for (uint32_t k = bf; k < t; ++k) {
          if (MentionAt(ctx, k) && MentionAt(ctx, k)->entity == e) return true;
        }
        return false;
      };
      std::erase_if(orgs, inside);
      std::erase_if(countries, inside);
      orgs.push_back(ctx.token_entities[t][0]);
      t = bl;
      continue;
    }
    if (const Mention* om = MentionAt(ctx, t)) {
      const Entity e = ctx.entities[om->entity];
      bool after_prep = om->first > seg && (ctx.lower(om->first - 1) == "of" || ctx.lower(om->first - 1) == "at" ||
                                            ctx.tok(om->first - 1).upos == "NOUN" || ctx.tok(om->first - 1).upos == "DET");
      // "a former Green Party MP": an untyped name right before an office word modifies it.
      bool before_office = om->last <= last && (lex::IsTitleNoun(ctx.lower(om->last)) ||
                                                lex::IsTitleModifier(ctx.lower(om->last)));
      if (e.type == EntityType::kUnknown && (after_prep || before_office) && !om->demonym) {
        ctx.entities[om->entity].type = EntityType::kOrganization;  // "chairman of X": X is an organisation
      }
      if (before_office && ctx.entities[om->entity].type == EntityType::kOrganization) {
        RenameAsParty(ctx.entities[om->entity],
                      PartyEvidence::kOfficeModifier);  // "a former Green Unionist MP"
      }
      // "of Nordic operator Orvane": a name used as a modifier of a noun
      // that another name follows is not the organisation.
      bool modifier = om->last + 1 <= last && ctx.tok(om->last).upos == "NOUN" &&
                      !IsCapitalized(ctx.tok(om->last).form) && MentionAt(ctx, om->last + 1) != nullptr;
      if (ctx.entities[om->entity].type == EntityType::kOrganization &&
          (after_prep || om->first == seg || before_office) && !modifier) {
        orgs.push_back(om->entity);
      }
      if (e.type == EntityType::kCountry && om->first == seg) countries.push_back(om->entity);
      t = om->last - 1;
    }
  }
  // "a board member of Estonia's central bank, the Eesti Pank,": the organisation follows.
  if (orgs.empty() && k < n && ctx.lower(k) == ",") {
    uint32_t t = k + 1;
    bool det = t < n && ctx.lower(t) == "the";
    if (t < n && ctx.tok(t).upos == "DET") ++t;
    if (t < n) {
      if (const Mention* om = MentionAt(ctx, t)) {
        auto& e = ctx.entities[om->entity];
        // "..., the Bundesbank," after an office of a body: one word with
        // "the" is no person, whatever the NER said.
        bool one_word = e.name.find(' ') == std::string::npos;
        if (e.type == EntityType::kUnknown || (e.type == EntityType::kPerson && det && one_word && !e.official)) {
          e.type = EntityType::kOrganization;
        }
        if (e.type == EntityType::kOrganization) orgs.push_back(om->entity);
      }
    }
  }
  EmitOffice(ctx, m.entity, ctx.Text(seg, last), seg, last, orgs, countries, m.first, "title-appos",
             AssessModality(ctx, m.first));
}

// The office phrase headed by noun t: conjuncts kept, "of X" kept, other
// modifiers (time, place, relative clauses, possessor) left out.
std::pair<uint32_t, uint32_t> OfficeSpan(const Context& ctx, uint32_t t) {
  uint32_t lo = t, hi = t;
  std::vector<uint32_t> stack = {t};
  while (!stack.empty()) {
    uint32_t x = stack.back();
    stack.pop_back();
    lo = std::min(lo, x);
    hi = std::max(hi, x);
    for (uint32_t c : ctx.children(x)) {
      auto r = ctx.rel(c);
      const auto& full = ctx.tok(c).deprel;
      if (r == "acl" || r == "appos" || r == "punct" || r == "advcl" || r == "parataxis" || r == "obl" ||
          r == "cop" || r == "nsubj" || r == "aux" || r == "mark" || r == "advmod" || full == "nmod:poss" ||
          r == "det" || r == "dep" || (r == "case" && x == t)) {
        continue;
      }
      if (r == "nmod" && CaseOf(ctx, c) != "of") continue;
      // "prime minister and is expected to attend": a coordinated clause is no part of the office.
      if (r == "conj" && (ctx.IsVerbLike(c) || ctx.Child(c, "cop") >= 0 || ctx.Child(c, "aux") >= 0))
        continue;
      stack.push_back(c);
    }
  }
  return {lo, hi};
}

void CopulaOrNamed(Context& ctx, uint32_t t) {
  // "X is a Green Party MP": the parser tags a capitalised office PROPN.
  const auto& upos = ctx.tok(t).upos;
  bool office = upos == "NOUN" ? lex::IsTitleNoun(ctx.lemma(t))
                               : upos == "PROPN" && !MentionAt(ctx, t) && lex::IsTitleNoun(ctx.lower(t));
  if (!office) return;
  std::vector<int> subjects;
  uint32_t anchor = t;
  if (ctx.Child(t, "cop") >= 0) {
    subjects = SubjectsOf(ctx, t);
  } else if ((ctx.rel(t) == "xcomp" || ctx.rel(t) == "obj" ||
              (ctx.rel(t) == "obl" && CaseOf(ctx, t) == "as")) &&
             ctx.head(t) >= 0) {
    // "X became minister", "X was appointed (as) minister", "X serves as minister".
    uint32_t v = static_cast<uint32_t>(ctx.head(t));
    const std::string& l = ctx.lemma(v);
    if (l != "become" && l != "name" && l != "appoint" && l != "elect" && l != "promote" && l != "remain" &&
        l != "serve" && l != "nominate" && l != "install" && l != "swear" && l != "reappoint" &&
        l != "re-elect" && !(l == "make" && ctx.rel(t) == "xcomp")) {
      return;
    }
    int sp = ctx.Child(v, "nsubj:pass");
    subjects = sp >= 0 ? ArgEntities(ctx, static_cast<uint32_t>(sp)) : SubjectsOf(ctx, v);
    anchor = v;
  } else {
    return;
  }
  auto [lo, hi] = OfficeSpan(ctx, t);
  std::vector<int> orgs;
  for (uint32_t c : ctx.children(t)) {
    if (ctx.rel(c) == "nmod" && CaseOf(ctx, c) == "of") {
      for (int e : ArgEntities(ctx, c)) {
        // "X is a member of Y": an untyped name after "of" an office is a body.
        if (ctx.entities[e].type == EntityType::kUnknown) ctx.entities[e].type = EntityType::kOrganization;
        if (ctx.entities[e].type == EntityType::kOrganization || ctx.entities[e].type == EntityType::kCountry) {
          orgs.push_back(e);
        }
      }
    }
  }
  // "X is the Kenyan president": a demonym before the office names its country;
  // "X is a Green Party MP": a body's name before it, the office's body (as
  // Prenominal reads "Green Party MP X").
  std::vector<int> countries;
  for (uint32_t k = lo; k < t; ++k) {
    const Mention* dm = MentionAt(ctx, k);
    if (!dm || dm->first != k) continue;
    if (dm->demonym) {
      countries.push_back(dm->entity);
    } else if (dm->last <= t && (ctx.entities[dm->entity].type == EntityType::kOrganization ||
                                 ctx.entities[dm->entity].type == EntityType::kUnknown)) {
      ctx.entities[dm->entity].type = EntityType::kOrganization;
      RenameAsParty(ctx.entities[dm->entity], PartyEvidence::kOfficeModifier);
      orgs.push_back(dm->entity);
    }
  }
  Qualifier q = AssessModality(ctx, anchor);
  if (IsHidden(q)) return;
  for (int p : subjects) {
    // "A, B and C are members of Y": countries and bodies are members too (no title).
    auto st = ctx.entities[p].type;
    if (ctx.lemma(t) == "member" && (st == EntityType::kCountry || st == EntityType::kOrganization)) {
      for (int o : orgs) {
        if (o != p && ctx.entities[o].type == EntityType::kOrganization) {
          ctx.Emit(Node::Of(p), "memberOf", Node::Of(o), t, "members-copula", q);
        }
      }
      continue;
    }
    if (ctx.entities[p].type != EntityType::kPerson) continue;
    EmitOffice(ctx, p, ctx.Text(lo, hi), lo, hi, orgs, countries, t, "title-copula", q);
  }
}

// "Members of the Green Party, including A and B": the people given as
// examples of a body's members are members.
void MembersIncluding(Context& ctx, uint32_t t) {
  if (ctx.tok(t).upos != "NOUN" || ctx.lemma(t) != "member") return;
  std::vector<int> bodies, people;
  for (uint32_t c : ctx.children(t)) {
    if (ctx.rel(c) != "nmod") continue;
    std::string m = CaseOf(ctx, c);
    if (m == "of") {
      for (int e : ArgEntities(ctx, c)) {
        if (ctx.entities[e].type == EntityType::kOrganization) bodies.push_back(e);
      }
    } else if (m == "including" || m == "such as" || m == "like") {
      for (int e : ArgEntities(ctx, c)) {  // countries are members too
        auto et = ctx.entities[e].type;
        if (et == EntityType::kPerson || et == EntityType::kCountry) people.push_back(e);
      }
    }
  }
  if (bodies.empty() || people.empty()) return;
  Qualifier q = AssessModality(ctx, t);
  if (IsHidden(q)) return;
  for (int p : people) {
    for (int b : bodies) ctx.Emit(Node::Of(p), "memberOf", Node::Of(b), t, "members-including", q);
  }
}

// "the Orvane Union members A, B and C", "ORCA member states A and B", "the
// ORCA countries - A, B and C -": a body's name before a noun for its
// members, then a list of them. Countries for "countries", "nations" and
// "states"; any person, country or body for "members".
void MemberLists(Context& ctx, uint32_t t) {
  const std::string& l = ctx.lemma(t);
  bool members = l == "member";
  bool countries_only = l == "country" || l == "nation" || l == "state";
  if ((!members && !countries_only) || ctx.tok(t).upos != "NOUN" || MentionAt(ctx, t)) return;
  if (countries_only && ctx.lower(t) == l) return;  // plural only: "the ORCA countries"
  uint32_t b = t;
  if (b >= 1 && countries_only && ctx.lemma(b - 1) == "member") --b;  // "member states"
  if (b == 0) return;
  const Mention* bm = MentionAt(ctx, b - 1);
  if (!bm || bm->last != b || bm->demonym) return;
  int body = bm->entity;
  auto bt = ctx.entities[body].type;
  // "Third World countries", "Nordic countries": a region's name, untyped,
  // is no body; "<name> members" says it is one.
  if (bt != EntityType::kOrganization && (bt != EntityType::kUnknown || countries_only)) return;
  int s = ctx.sentence_of(t);
  uint32_t k = t + 1;
  // "member states" with "states" tagged a verb.
  if (members && k < ctx.size() &&
      (ctx.lower(k) == "states" || ctx.lower(k) == "countries" || ctx.lower(k) == "nations")) {
    ++k;
  }
  while (k < ctx.size() && ctx.sentence_of(k) == s && k <= t + 3 &&
         (ctx.tok(k).upos == "PUNCT" || ctx.lower(k) == "including")) {  // not "like": examples of a kind
    ++k;
  }
  std::vector<int> listed;
  while (k < ctx.size() && ctx.sentence_of(k) == s) {
    const Mention* m = MentionAt(ctx, k);
    if (!m || m->first != k || m->demonym) break;
    auto mt = ctx.entities[m->entity].type;
    bool fits = mt == EntityType::kCountry ||
                (members && (mt == EntityType::kPerson || mt == EntityType::kOrganization));
    if (!fits) break;
    listed.push_back(m->entity);
    k = m->last;
    if (k < ctx.size() && ctx.lower(k) == ",") ++k;
    if (k < ctx.size() && ctx.lower(k) == "and") ++k;
  }
  // "The ORCA countries are A, B and C" / "A is one of the ORCA nations".
  int h = ctx.head(t);
  if (listed.empty() && h >= 0 && ctx.Child(static_cast<uint32_t>(h), "cop") >= 0) {
    uint32_t hu = static_cast<uint32_t>(h);
    bool subject = ctx.rel(t) == "nsubj";
    bool one_of = ctx.rel(t) == "nmod" && CaseOf(ctx, t) == "of" && ctx.lower(hu) == "one";
    std::vector<int> named = subject  ? ArgEntities(ctx, hu)
                             : one_of ? SubjectsOf(ctx, hu)
                                      : std::vector<int>{};
    for (int e : named) {
      auto et = ctx.entities[e].type;
      if (et == EntityType::kCountry || (members && et == EntityType::kOrganization)) listed.push_back(e);
    }
  }
  if (listed.empty()) return;
  Qualifier q = AssessModality(ctx, t);
  if (IsHidden(q)) return;
  ctx.entities[body].type = EntityType::kOrganization;
  for (int e : listed) ctx.Emit(Node::Of(e), "memberOf", Node::Of(body), t, "member-list", q);
}

// "the G11 - A, B, C and D -", "the G11 (A, B and C)": countries set off by
// dashes, brackets or a colon right after a group's name are its members
// (two at least, and nothing but countries up to the closing mark).
void ApposedMemberList(Context& ctx, const Mention& group) {
  if (group.demonym || ctx.entities[group.entity].type != EntityType::kOrganization) return;
  uint32_t k = group.last;
  if (k + 1 >= ctx.size()) return;
  const std::string& open = ctx.lower(k);
  bool dash = open == "-" || open == "\xE2\x80\x94" || open == "\xE2\x80\x93" || open == "--";
  if (!dash && open != "(" && open != ":") return;
  int s = ctx.sentence_of(k);
  std::vector<int> listed;
  for (++k; k < ctx.size() && ctx.sentence_of(k) == s;) {
    const Mention* m = MentionAt(ctx, k);
    if (!m || m->first != k || m->demonym || ctx.entities[m->entity].type != EntityType::kCountry) break;
    listed.push_back(m->entity);
    k = m->last;
    if (k < ctx.size() && ctx.lower(k) == ",") ++k;
    if (k < ctx.size() && ctx.lower(k) == "and") ++k;
  }
  bool closed = k >= ctx.size() || ctx.sentence_of(k) != s || ctx.tok(k).upos == "PUNCT";
  if (listed.size() < 2 || !closed) return;
  Qualifier q = AssessModality(ctx, group.first);
  if (IsHidden(q)) return;
  for (int e : listed) {
    ctx.Emit(Node::Of(e), "memberOf", Node::Of(group.entity), group.first, "member-list", q);
  }
}

// "The former Green MP for Dunmore died": an office description that
// coreference resolved to a person (coref.cc) puts that person in the party
// or body named among its modifiers (no title: the office is only implied).
void DescribedAffiliation(Context& ctx, uint32_t t) {
  const auto& upos = ctx.tok(t).upos;
  if ((upos != "NOUN" && upos != "PROPN") || MentionAt(ctx, t) || !lex::IsTitleNoun(ctx.lower(t))) return;
  if (ctx.token_entities[t].size() != 1) return;
  int person = ctx.token_entities[t][0];
  if (ctx.entities[person].type != EntityType::kPerson) return;
  std::vector<int> orgs;
  for (uint32_t c : ctx.children(t)) {
    // "The Green leader", "the leader of the Green Party".
    bool before = (ctx.rel(c) == "amod" || ctx.rel(c) == "compound") && c < t;
    bool of = ctx.rel(c) == "nmod" && CaseOf(ctx, c) == "of" && c > t;
    if (!before && !of) continue;
    const Mention* om = MentionAt(ctx, c);
    if (!om || om->demonym) continue;
    Entity& e = ctx.entities[om->entity];
    if (e.type != EntityType::kOrganization && e.type != EntityType::kUnknown) continue;
    e.type = EntityType::kOrganization;
    RenameAsParty(e, PartyEvidence::kOfficeModifier);
    orgs.push_back(om->entity);
  }
  if (orgs.empty()) return;
  Qualifier q = AssessModality(ctx, t);
  if (IsHidden(q)) return;
  bool leader = IsLeaderPhrase(ctx, t, t);
  for (int o : orgs) {
    ctx.Emit(Node::Of(person), leader ? "leaderOf" : "memberOf", Node::Of(o), t, "title-described", q);
  }
}

}  // namespace

void TitleRule(Context& ctx) {
  for (const Mention& m : ctx.mentions) {
    if (m.entity >= 0) ApposedMemberList(ctx, m);
    if (m.entity < 0 || m.demonym || ctx.entities[m.entity].type != EntityType::kPerson) continue;
    Prenominal(ctx, m);
    Affiliation(ctx, m);
    Postnominal(ctx, m);
    Apposition(ctx, m);
    FirstSpouse(ctx, m);
    OwnParty(ctx, m);
  }
  for (uint32_t t = 0; t < ctx.size(); ++t) {
    CopulaOrNamed(ctx, t);
    MembersIncluding(ctx, t);
    MemberLists(ctx, t);
    DescribedAffiliation(ctx, t);
  }
}

}  // namespace kg::extract
