// family_rule: "his daughter, Elena ...", "accompanied by his wife X",
// "their father, X", "X's son Y" (possessor + kin noun + name), and
// "Y, the daughter of X", "her father was X", "X married Y". daughter/son -> childOf/parentOf, father/mother
// -> parentOf/childOf, wife/husband -> spouseOf both ways.
#include <algorithm>
#include <cctype>

#include "extract/lexicon.h"
#include "extract/modality.h"
#include "extract/party_names.h"
#include "extract/rules/rule_util.h"
#include "extract/rules/rules.h"

namespace kg::extract {
namespace {

bool KinPerson(const Context& ctx, int e);

void EmitKin(Context& ctx, std::string_view rel, int relative, int anchor_person, uint32_t token) {
  if (relative == anchor_person || !KinPerson(ctx, relative) || !KinPerson(ctx, anchor_person)) return;
  // Only the relative, named by the construction itself, may be a name typed
  // otherwise, and only through a word that says kinship ("executive partner
  // of Orvane" does not); the person it is kin of is a person already.
  const std::string& word = ctx.lower(token);
  bool retype = (!lex::KinRelation(word).empty() && word != "partner") || word == "married" ||
                ctx.lemma(token) == "marry";
  if (!ctx.IsPersonLike(anchor_person) || (!retype && !ctx.IsPersonLike(relative))) return;
  // A party's name the NER took for a person ("the Tory leader ... his wife") is nobody's kin.
  for (int e : {relative, anchor_person}) {
    if (!CanonicalPartyName(ctx.entities[e].name, PartyEvidence::kName, nullptr).empty()) return;
  }
  ctx.entities[relative].type = EntityType::kPerson;
  Qualifier q;
  if (rel == "child") {
    ctx.Emit(Node::Of(relative), "childOf", Node::Of(anchor_person), token, "family", q);
    ctx.Emit(Node::Of(anchor_person), "parentOf", Node::Of(relative), token, "family", q);
  } else if (rel == "parent") {
    ctx.Emit(Node::Of(relative), "parentOf", Node::Of(anchor_person), token, "family", q);
    ctx.Emit(Node::Of(anchor_person), "childOf", Node::Of(relative), token, "family", q);
  } else if (rel == "spouse") {
    ctx.Emit(Node::Of(relative), "spouseOf", Node::Of(anchor_person), token, "family", q);
    ctx.Emit(Node::Of(anchor_person), "spouseOf", Node::Of(relative), token, "family", q);
  }
}

// A name in a kin construction may be a person whatever place the NER took
// it for ("Lena Park is the daughter of X"); countries and bodies may not.
// EmitKin makes such a name a person once the construction is complete.
bool KinPerson(const Context& ctx, int e) {
  if (e < 0) return false;
  auto t = ctx.entities[e].type;
  return t == EntityType::kPerson || t == EntityType::kPlace || t == EntityType::kUnknown;
}

// The person named from token t on; not a name that modifies a noun after
// it ("sons of the Tarvian people").
int PersonMentionAt(const Context& ctx, uint32_t t) {
  if (t >= ctx.size()) return -1;
  int m = ctx.token_mention[t];
  if (m < 0 || ctx.mentions[m].first != t || ctx.mentions[m].demonym) return -1;
  uint32_t after = ctx.mentions[m].last;
  if (after < ctx.size() && ctx.tok(after).upos == "NOUN") return -1;
  int e = ctx.mentions[m].entity;
  return KinPerson(ctx, e) ? e : -1;
}

// The person ending right before token t ("Ilse, X's daughter": t at the
// comma's right), over one comma; -1 if none.
int PersonMentionEndingBefore(const Context& ctx, uint32_t t) {
  if (t >= 1 && ctx.lower(t - 1) == ",") --t;
  if (t == 0) return -1;
  int m = ctx.token_mention[t - 1];
  if (m < 0 || ctx.mentions[m].last != t || ctx.mentions[m].demonym) return -1;
  int e = ctx.mentions[m].entity;
  return KinPerson(ctx, e) ? e : -1;
}

// The people listed from token t on ("Sara and Leo", "A, B and C").
std::vector<int> PersonListAt(const Context& ctx, uint32_t t) {
  std::vector<int> out;
  int s = t < ctx.size() ? ctx.sentence_of(t) : -1;
  while (t < ctx.size() && ctx.sentence_of(t) == s) {
    int e = PersonMentionAt(ctx, t);
    if (e < 0) break;
    out.push_back(e);
    t = ctx.mentions[ctx.token_mention[t]].last;
    if (t < ctx.size() && ctx.lower(t) == ",") ++t;
    if (t < ctx.size() && ctx.lower(t) == "and") ++t;
  }
  return out;
}

// "X married Y", "X and Y married", "X is married to Y".
void Marriages(Context& ctx) {
  for (uint32_t v = 0; v < ctx.size(); ++v) {
    bool marry = ctx.lemma(v) == "marry" || ctx.lower(v) == "married";  // "is married to" tagged ADJ
    if (!marry || (ctx.tok(v).upos != "VERB" && ctx.tok(v).upos != "ADJ")) continue;
    if (IsHidden(AssessModality(ctx, v))) continue;
    std::vector<int> people;
    for (int e : SubjectsOf(ctx, v)) {
      if (KinPerson(ctx, e)) people.push_back(e);
    }
    int sp = ctx.Child(v, "nsubj:pass");
    if (sp >= 0) {
      for (int e : ArgEntities(ctx, static_cast<uint32_t>(sp))) {
        if (ctx.IsPersonLike(e)) people.push_back(e);
      }
    }
    std::vector<int> partners;
    for (uint32_t c : ctx.children(v)) {
      bool partner = ctx.rel(c) == "obj" || (ctx.rel(c) == "obl" && CaseOf(ctx, c) == "to");
      if (!partner) continue;
      for (int e : ArgEntities(ctx, c)) {
        if (ctx.IsPersonLike(e)) partners.push_back(e);
      }
    }
    if (partners.empty() && people.size() == 2)
      partners = {people[1]}, people.resize(1);  // "X and Y married"
    if (people.size() != 1) continue;            // "they married their partners": no pairing to be sure of
    for (int p : partners) EmitKin(ctx, "spouse", p, people[0], v);
  }
}

// For kin noun i after a list separator ("," / "and" / ", and") that follows
// the relative named after an earlier kin noun ("his wife Ana, [daughter]
// Bea"), that earlier noun's possessors; else none.
std::vector<int> ListedKinOwners(const Context& ctx, uint32_t i,
                                 const std::vector<std::vector<int>>& owners_at) {
  uint32_t k = i;
  if (k >= 1 && ctx.lower(k - 1) == "and") --k;
  if (k >= 1 && ctx.lower(k - 1) == ",") --k;
  if (k == i || k == 0) return {};
  int m = ctx.token_mention[k - 1];
  if (m < 0 || ctx.mentions[m].last != k || ctx.sentence_of(k - 1) != ctx.sentence_of(i)) return {};
  uint32_t before = ctx.mentions[m].first;
  if (before >= 1 && ctx.lower(before - 1) == ",") --before;
  if (before == 0 || lex::KinRelation(ctx.lower(before - 1)).empty()) return {};
  return owners_at[before - 1];
}

}  // namespace

void FamilyRule(Context& ctx) {
  Marriages(ctx);
  uint32_t n = ctx.size();
  std::vector<std::vector<int>> owners_at(n);  // kin noun token -> whose kin it named
  for (uint32_t i = 0; i < n; ++i) {
    std::string_view rel = lex::KinRelation(ctx.lower(i));
    if (rel.empty() || ctx.token_mention[i] >= 0) continue;
    if (i + 2 < n && ctx.lower(i + 1) == "-" && ctx.lower(i + 2) == "in")
      continue;  // "son-in-law": no blood kin we name
    int s = ctx.sentence_of(i);
    // Possessor: "his", "their", "X's" just before (over up to two adjectives: "her third husband").
    std::vector<int> owners;
    int possessor_at = -1;  // first token of the possessor ("his", "Ana Ruiz's")
    for (uint32_t back = 1; back <= 3 && back <= i; ++back) {
      uint32_t p = i - back;
      if (ctx.sentence_of(p) != s) break;
      const std::string& w = ctx.lower(p);
      if (lex::PronounGender(w) && (w == "his" || w == "her" || w == "their")) {
        owners = ctx.token_entities[p];
        possessor_at = static_cast<int>(p);
        break;
      }
      if ((w == "'s" || w == "\xE2\x80\x99s") && p > 0) {
        owners = ctx.token_entities[p - 1];
        int m = ctx.token_mention[p - 1];
        possessor_at = m >= 0 ? static_cast<int>(ctx.mentions[m].first) : static_cast<int>(p - 1);
        break;
      }
      if (w == "whose") {  // "X, whose wife Y ...": the person the clause is about
        if (int e = PersonMentionEndingBefore(ctx, p); e >= 0) owners = {e};
        break;
      }
      const auto& u = ctx.tok(p).upos;
      if (u != "ADJ" && u != "NUM" && w != "late" && w != "younger" && w != "elder" && w != "older") break;
    }
    // The relative named right after: "daughter Elena ..." / "daughter, Elena ...".
    uint32_t named_at = i + 1;
    if (i + 2 < n && (ctx.lower(i + 1) == "," || ctx.lower(i + 1) == ":")) named_at = i + 2;
    // "his widow, retired chess player X", "her husband First Gentleman X", "her
    // mother, the late X": over words that describe the relative.
    for (uint32_t k = named_at; k < n && k < named_at + 4 && ctx.token_mention[k] < 0; ++k) {
      const std::string& w = ctx.lower(k);
      bool lower_word = std::islower(static_cast<unsigned char>(ctx.tok(k).form[0])) &&
                        (ctx.tok(k).upos == "DET" || ctx.tok(k).upos == "ADJ" || ctx.tok(k).upos == "NOUN");
      bool office = lex::IsTitleNoun(w) || lex::IsTitleModifier(w) ||
                    ((w == "lady" || w == "gentleman") && k > 0 && ctx.lower(k - 1) == "first");
      if (!lower_word && !office) break;
      if (PersonMentionAt(ctx, k + 1) >= 0) {
        named_at = k + 1;
        break;
      }
    }
    int relative = PersonMentionAt(ctx, named_at);
    // "X's two sons, A and B" / "X has two children, A and B": every listed
    // name; after a singular noun ("his wife A, B and C") only the first.
    std::vector<int> relatives;
    if (relative >= 0) relatives = PersonListAt(ctx, named_at);
    bool plural = ctx.lower(i).back() == 's' || ctx.lower(i) == "children";
    if (relatives.size() > 1 && !plural) relatives.erase(relatives.begin() + 1, relatives.end());
    // "Ilse, X's daughter,", "Ilse, his wife,": the name the possessed kin
    // noun is in apposition to.
    if (relative < 0 && possessor_at >= 0 && !owners.empty()) {
      uint32_t start = static_cast<uint32_t>(possessor_at);
      if (start >= 1 && ctx.lower(start - 1) == "the") --start;
      if (start >= 2 && ctx.lower(start - 1) == ",") relative = PersonMentionEndingBefore(ctx, start);
      if (!ctx.IsPersonLike(relative)) relative = -1;  // "In Tarvik, his wife ...": a place
      if (relative >= 0) relatives = {relative};
    }
    // "X has two children, A and B": the subject of "have" owns them.
    if (owners.empty() && relatives.size() >= 1 && ctx.rel(i) == "obj" && ctx.head(i) >= 0 &&
        ctx.lemma(static_cast<uint32_t>(ctx.head(i))) == "have") {
      for (int e : SubjectsOf(ctx, static_cast<uint32_t>(ctx.head(i)))) {
        if (ctx.IsPersonLike(e)) owners.push_back(e);
      }
    }
    // "his wife Ana, daughter Bea and stepson Carl": a kin noun listed after
    // another kin noun's relative shares its possessor.
    if (owners.empty() && relative >= 0) owners = ListedKinOwners(ctx, i, owners_at);
    // "a quarrel with daughter Elena", "and son Elena": a bare kin noun (after
    // a preposition or conjunction, no modifier: "business partner X" is none)
    // is kin of the one person the sentence has named before it.
    const std::string& before_kin = ctx.tok(i > 0 ? i - 1 : 0).upos;
    if (relative >= 0 && owners.empty() && i > 0 &&
        ctx.lower(i) != "partner" &&  // "He and partner X": sport, business
        (before_kin == "ADP" || before_kin == "CCONJ" || before_kin == "PUNCT")) {
      std::vector<int> before;
      for (uint32_t k = ctx.doc().sentences[s].first_token; k < i; ++k) {
        for (int e : ctx.token_entities[k]) {
          if (e != relative && ctx.IsPersonLike(e) &&
              std::find(before.begin(), before.end(), e) == before.end()) {
            before.push_back(e);
          }
        }
      }
      if (before.size() == 1) owners = before;
    }
    // "her father was X" / "X was her father": the relative across a copula.
    if (relative < 0 && !owners.empty()) {
      std::vector<int> across;
      if (ctx.Child(i, "cop") >= 0) {
        across = SubjectsOf(ctx, i);
      } else if (ctx.rel(i) == "nsubj" && ctx.head(i) >= 0 &&
                 ctx.Child(static_cast<uint32_t>(ctx.head(i)), "cop") >= 0) {
        across = ctx.EntitiesOf(static_cast<uint32_t>(ctx.head(i)));
      }
      for (int e : across) {
        if (ctx.IsPersonLike(e)) {
          relative = e;
          break;
        }
      }
    }
    if (relative >= 0 && !owners.empty()) {
      owners_at[i] = owners;
      if (relatives.empty()) relatives = {relative};
      if (IsHidden(AssessModality(ctx, i))) continue;
      for (int r : relatives) {
        if (char g = lex::KinGender(ctx.lower(i)); g && !ctx.entities[r].gender) ctx.entities[r].gender = g;
        for (int o : owners) EmitKin(ctx, rel, r, o, i);
      }
      continue;
    }
    // "Y, the daughter of X" / "Y is the son of X".
    // ("executive partner of X", "senior partner of X": a firm's partner.)
    bool business = ctx.lower(i) == "partner" && (i == 0 || ctx.tok(i - 1).upos != "DET");
    if (i + 1 < n && ctx.lower(i + 1) == "of" && !business) {
      // "the son of (the) former president X", "son of jazz drummer X":
      // over lower-case words that describe the relative to the name.
      uint32_t at = i + 2;
      while (at < n && at < i + 7 && ctx.token_mention[at] < 0 && !ctx.tok(at).form.empty() &&
             std::islower(static_cast<unsigned char>(ctx.tok(at).form[0])) &&
             (ctx.tok(at).upos == "DET" || ctx.tok(at).upos == "ADJ" || ctx.tok(at).upos == "NOUN")) {
        ++at;
      }
      int other = PersonMentionAt(ctx, at);
      if (other < 0) continue;
      int subject = -1;
      // "Y, the 31-year-old son of X", "Y - son of X -".
      uint32_t p = i;
      while (p > 0 && p + 8 > i && ctx.token_mention[p - 1] < 0 &&
             (ctx.tok(p - 1).upos == "DET" || ctx.tok(p - 1).upos == "ADJ" || ctx.tok(p - 1).upos == "NUM" ||
              (ctx.tok(p - 1).upos == "NOUN" && ctx.lower(p - 1) == "year") ||
              (ctx.lower(p - 1) == "-" && p >= 2 && ctx.tok(p - 2).end == ctx.tok(p - 1).start))) {
        --p;
      }
      bool apposed = p >= 2 && (ctx.lower(p - 1) == "," || ctx.lower(p - 1) == "-" ||
                                ctx.lower(p - 1) == "\xE2\x80\x94" || ctx.lower(p - 1) == "\xE2\x80\x93");
      if (apposed) {
        int m = ctx.token_mention[p - 2];
        if (m >= 0 && KinPerson(ctx, ctx.mentions[m].entity)) subject = ctx.mentions[m].entity;
      }
      if (subject < 0 && ctx.Child(i, "cop") >= 0) {
        auto subs = SubjectsOf(ctx, i);
        if (!subs.empty() && KinPerson(ctx, subs[0])) subject = subs[0];
      }
      if (subject >= 0) EmitKin(ctx, rel, subject, other, i);
    }
  }
}

}  // namespace kg::extract
