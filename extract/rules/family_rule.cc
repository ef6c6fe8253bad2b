// family_rule: "his daughter, Elena ...", "accompanied by his wife X",
// "their father, X", "X's son Y" (possessor + kin noun + name), and
// "Y, the daughter of X". daughter/son -> childOf/parentOf, father/mother ->
// parentOf/childOf, wife/husband -> spouseOf both ways.
#include "extract/lexicon.h"
#include "extract/modality.h"
#include "extract/rules/rule_util.h"
#include "extract/rules/rules.h"

namespace kg::extract {
namespace {

void EmitKin(Context& ctx, std::string_view rel, int relative, int anchor_person, uint32_t token) {
  if (relative == anchor_person || !ctx.IsPersonLike(relative) || !ctx.IsPersonLike(anchor_person)) return;
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

int PersonMentionAt(const Context& ctx, uint32_t t) {
  if (t >= ctx.size()) return -1;
  int m = ctx.token_mention[t];
  if (m < 0 || ctx.mentions[m].first != t) return -1;
  int e = ctx.mentions[m].entity;
  return ctx.IsPersonLike(e) ? e : -1;
}

}  // namespace

void FamilyRule(Context& ctx) {
  uint32_t n = ctx.size();
  for (uint32_t i = 0; i < n; ++i) {
    std::string_view rel = lex::KinRelation(ctx.lower(i));
    if (rel.empty() || ctx.token_mention[i] >= 0) continue;
    int s = ctx.sentence_of(i);
    // Possessor: "his", "their", "X's" just before (over up to two adjectives: "her third husband").
    std::vector<int> owners;
    for (uint32_t back = 1; back <= 3 && back <= i; ++back) {
      uint32_t p = i - back;
      if (ctx.sentence_of(p) != s) break;
      const std::string& w = ctx.lower(p);
      if (lex::PronounGender(w) && (w == "his" || w == "her" || w == "their")) {
        owners = ctx.token_entities[p];
        break;
      }
      if ((w == "'s" || w == "\xE2\x80\x99s") && p > 0) {
        owners = ctx.token_entities[p - 1];
        break;
      }
      const auto& u = ctx.tok(p).upos;
      if (u != "ADJ" && u != "NUM" && w != "late" && w != "younger" && w != "elder" && w != "older") break;
    }
    // The relative named right after: "daughter Elena ..." / "daughter, Elena ...".
    int relative = PersonMentionAt(ctx, i + 1);
    if (relative < 0 && i + 2 < n && ctx.lower(i + 1) == ",") relative = PersonMentionAt(ctx, i + 2);
    if (relative >= 0 && !owners.empty()) {
      if (char g = lex::KinGender(ctx.lower(i)); g && !ctx.entities[relative].gender) ctx.entities[relative].gender = g;
      if (IsHidden(AssessModality(ctx, i))) continue;
      for (int o : owners) EmitKin(ctx, rel, relative, o, i);
      continue;
    }
    // "Y, the daughter of X" / "Y is the son of X".
    if (i + 1 < n && ctx.lower(i + 1) == "of") {
      int other = PersonMentionAt(ctx, i + 2);
      if (other < 0) continue;
      int subject = -1;
      uint32_t p = i;
      while (p > 0 && (ctx.tok(p - 1).upos == "DET" || ctx.tok(p - 1).upos == "ADJ")) --p;
      if (p >= 2 && ctx.lower(p - 1) == ",") {
        int m = ctx.token_mention[p - 2];
        if (m >= 0 && ctx.IsPersonLike(ctx.mentions[m].entity)) subject = ctx.mentions[m].entity;
      }
      if (subject < 0 && ctx.Child(i, "cop") >= 0) {
        auto subs = SubjectsOf(ctx, i);
        if (!subs.empty()) subject = subs[0];
      }
      if (subject >= 0) EmitKin(ctx, rel, subject, other, i);
    }
  }
}

}  // namespace kg::extract
