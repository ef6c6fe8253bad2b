#include "extract/typing.h"

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extract/lexicon.h"

namespace kg::extract {
namespace {

// Nouns that say a name is a business; "maker" and the like only for names
// the NER left untyped ("film maker" may be a person).
bool IsCompanyNoun(std::string_view w) {
  static const std::set<std::string_view> s = {
      "company", "firm", "group", "corporation", "giant", "operator", "manufacturer", "retailer", "label",
      "carrier", "conglomerate", "broadcaster", "airline", "insurer", "bank", "chain", "supplier", "vendor",
      "subsidiary", "publisher", "start-up", "startup", "multinational", "telecom", "telco", "automaker",
      "carmaker", "distributor", "exporter", "importer", "lender", "brewer", "utility"};
  return s.count(w) > 0;
}
bool IsWeakCompanyNoun(std::string_view w) {
  return w == "maker" || w == "producer" || w == "provider" || w == "developer" || w == "owner" || w == "unit";
}

// Occupations that only people have: "Danish supermodel X", "pop singer X".
// Kept apart from the office titles in the lexicon, which drive title facts.
bool IsPersonOccupation(std::string_view w) {
  static const std::set<std::string_view> s = {
      "supermodel", "model", "actor", "actress", "singer", "songwriter", "rapper", "musician", "guitarist",
      "drummer", "pianist", "composer", "athlete", "footballer", "striker", "midfielder", "defender",
      "goalkeeper", "sprinter", "cyclist", "golfer", "swimmer", "boxer", "jockey", "writer", "author",
      "novelist", "poet", "playwright", "screenwriter", "filmmaker", "comedian", "presenter", "journalist",
      "photographer", "designer", "artist", "painter", "sculptor", "dancer", "chef", "businessman",
      "businesswoman", "tycoon", "billionaire", "entrepreneur", "lawyer", "scientist", "professor",
      "star", "superstar", "veteran"};
  return s.count(w) > 0;
}

// Company nouns in the plural ("companies", "firms") by lemma or by form.
bool IsCompanyNounToken(const Context& ctx, uint32_t k) {
  const auto& t = ctx.tok(k);
  if (t.upos != "NOUN") return false;
  if (IsCompanyNoun(ctx.lower(k)) || IsCompanyNoun(t.lemma)) return true;
  const std::string& w = ctx.lower(k);
  if (w.size() > 3 && w.compare(w.size() - 3, 3, "ies") == 0) return IsCompanyNoun(w.substr(0, w.size() - 3) + "y");
  if (w.size() > 1 && w.back() == 's') return IsCompanyNoun(std::string_view(w).substr(0, w.size() - 1));
  return false;
}

bool Retype(Context& ctx, int e, bool strong) {
  Entity& ent = ctx.entities[e];
  bool one_word_person = ent.type == EntityType::kPerson && !ent.official && ent.name.find(' ') == std::string::npos &&
                         ent.mentions <= 3;
  if (ent.type == EntityType::kUnknown || (strong && one_word_person)) {
    ent.type = EntityType::kOrganization;
    return true;
  }
  return false;
}

// Makes an organisation of a list member the NER took for a place or left
// untyped (a list of companies names no towns).
void RetypeListMember(Context& ctx, int e) {
  Entity& ent = ctx.entities[e];
  if (ent.type == EntityType::kPlace) ent.type = EntityType::kOrganization;
  else Retype(ctx, e, true);
}

// The mentions of a list "A, B and C" starting at token k, in one sentence.
// Returns the entities and sets *end to the token after the list.
std::vector<int> ListAt(const Context& ctx, uint32_t k, int s, uint32_t* end) {
  std::vector<int> out;
  uint32_t n = ctx.size();
  while (k < n && ctx.sentence_of(k) == s) {
    const int mi = ctx.token_mention[k];
    if (mi < 0) break;
    const Mention& m = ctx.mentions[mi];
    if (m.first != k || m.entity < 0 || m.demonym) break;
    out.push_back(m.entity);
    k = m.last;
    if (k < n && (ctx.lower(k) == "," || ctx.lower(k) == "and" || ctx.lower(k) == "or")) {
      uint32_t next = k + 1;
      if (ctx.lower(k) == "," && next < n && (ctx.lower(next) == "and" || ctx.lower(next) == "or")) ++next;
      if (next < n && ctx.token_mention[next] >= 0) {
        k = next;
        continue;
      }
    }
    break;
  }
  *end = k;
  return out;
}

// "Among the chip companies present were A and B." and "A and B were among
// the companies ...": the listed names are organisations.
void TypeCompanyLists(Context& ctx) {
  uint32_t n = ctx.size();
  for (uint32_t a = 0; a < n; ++a) {
    if (ctx.lower(a) != "among") continue;
    int s = ctx.sentence_of(a);
    // The noun phrase after "among" must be headed by a company noun.
    uint32_t k = a + 1;
    if (k < n && ctx.tok(k).upos == "DET") ++k;
    uint32_t head = 0;
    bool found = false;
    while (k < n && k < a + 7 && ctx.sentence_of(k) == s &&
           (ctx.tok(k).upos == "NOUN" || ctx.tok(k).upos == "ADJ" || ctx.tok(k).upos == "NUM") && ctx.token_mention[k] < 0) {
      if (ctx.tok(k).upos == "NOUN") {
        head = k;
        found = true;
      }
      ++k;
    }
    if (!found || !IsCompanyNounToken(ctx, head)) continue;
    // Forward: "among the companies [present] were A and B".
    uint32_t v = k;
    if (v < n && ctx.tok(v).lemma != "be" && (ctx.tok(v).upos == "ADJ" || ctx.tok(v).upos == "ADV" || ctx.tok(v).upos == "VERB")) ++v;
    if (v < n && ctx.sentence_of(v) == s && ctx.tok(v).lemma == "be" && v + 1 < n) {
      uint32_t end = 0;
      for (int e : ListAt(ctx, v + 1, s, &end)) RetypeListMember(ctx, e);
    }
    // Backward: "A and B were among the companies".
    if (a >= 2 && ctx.tok(a - 1).lemma == "be") {
      uint32_t b = a - 1;
      // Walk back to the list's first mention.
      uint32_t start = b;
      while (start > 0 && ctx.sentence_of(start - 1) == s &&
             (ctx.token_mention[start - 1] >= 0 || ctx.lower(start - 1) == "," || ctx.lower(start - 1) == "and")) {
        --start;
      }
      while (start < b && ctx.token_mention[start] < 0) ++start;
      uint32_t end = 0;
      std::vector<int> list = ListAt(ctx, start, s, &end);
      if (end == b) {
        for (int e : list) RetypeListMember(ctx, e);
      }
    }
  }
}

}  // namespace

void TypeEntitiesByContext(Context& ctx) {
  uint32_t n = ctx.size();
  TypeCompanyLists(ctx);
  for (const Mention& m : ctx.mentions) {
    if (m.entity < 0 || m.demonym) continue;
    auto t = ctx.entities[m.entity].type;
    // "X Y, its minister for economic affairs," / "X Y, the club's coach,":
    // a two-word name with an office in apposition is a person, whatever the
    // NER said (it took some for places).
    if ((t == EntityType::kPlace || t == EntityType::kUnknown) && ctx.entities[m.entity].name.find(' ') != std::string::npos &&
        m.last + 2 < n && ctx.lower(m.last) == ",") {
      uint32_t k = m.last + 1;
      if (ctx.tok(k).upos == "DET" || ctx.HasRel(k, "nmod:poss")) ++k;
      while (k < n && k < m.last + 5 && ctx.tok(k).upos == "ADJ") ++k;
      if (k < n && k > m.last + 1 && ctx.tok(k).upos == "NOUN" && lex::IsTitleNoun(ctx.lower(k)) &&
          ctx.token_mention[k] < 0) {
        ctx.entities[m.entity].type = EntityType::kPerson;
        continue;
      }
    }
    // "a row with daughter X", "his wife, X": a name after a kin noun is a
    // person, whatever place the NER took it for.
    if ((t == EntityType::kPlace || t == EntityType::kUnknown) && m.first >= 1) {
      uint32_t k = m.first - 1;
      if (ctx.lower(k) == "," && k >= 1) --k;
      // ("partner" may be a business's.)
      if (ctx.tok(k).upos == "NOUN" && lex::KinGender(ctx.lower(k))) {
        ctx.entities[m.entity].type = EntityType::kPerson;
        continue;
      }
    }
    // "Danish supermodel X": a name after an occupation only people have.
    if (t == EntityType::kUnknown && m.first >= 1 && ctx.tok(m.first - 1).upos == "NOUN" &&
        IsPersonOccupation(ctx.lower(m.first - 1))) {
      ctx.entities[m.entity].type = EntityType::kPerson;
      continue;
    }
    if (t != EntityType::kUnknown && t != EntityType::kPerson) continue;
    int s = ctx.sentence_of(m.first);
    // "X, the Finnish handset maker," / "X, a record label,": the head noun
    // is the last word before the closing comma or verb.
    if (m.last + 2 < n && ctx.lower(m.last) == ",") {
      uint32_t k = m.last + 1;
      if (ctx.tok(k).upos == "DET") {
        ++k;
        uint32_t head = k;
        while (k < n && k < m.last + 8 && ctx.sentence_of(k) == s &&
               (ctx.tok(k).upos == "NOUN" || ctx.tok(k).upos == "ADJ" || ctx.tok(k).upos == "PROPN" ||
                ctx.lower(k) == "-")) {
          head = k++;
        }
        // The phrase must end there ("X, the company's founder" is a person).
        bool closed = k < n && (ctx.lower(k) == "," || ctx.lower(k) == "." || ctx.lower(k) == ")" ||
                                ctx.tok(k).upos == "VERB" || ctx.tok(k).upos == "AUX" ||
                                (ctx.lower(k) == "of" && IsCompanyNoun(ctx.lower(head))));
        if (closed && head < k && ctx.token_mention[head] < 0) {
          const std::string& w = ctx.lower(head);
          if (IsCompanyNoun(w) || IsWeakCompanyNoun(w)) {
            if (Retype(ctx, m.entity, IsCompanyNoun(w))) continue;
          }
        }
      }
    }
    // "the firm X", "energy giant X", "its parent company, X".
    if (m.first >= 1 && ctx.tok(m.first - 1).upos == "NOUN" && IsCompanyNoun(ctx.lower(m.first - 1))) {
      Retype(ctx, m.entity, true);
    } else if (m.first >= 2 && ctx.lower(m.first - 1) == "," && ctx.tok(m.first - 2).upos == "NOUN" &&
               IsCompanyNoun(ctx.lower(m.first - 2)) && m.last < n &&
               (ctx.lower(m.last) == "," || ctx.lower(m.last) == ".")) {
      Retype(ctx, m.entity, true);
    }
  }
}

}  // namespace kg::extract
