// meeting_rule: "X met (with) Y", "X and Y met", "a meeting between A, B and
// C", "during a meeting with Y" (X = subject of the governing verb), "talks
// with/between ...", "held talks with". Each pair gets `met` (symmetric) and
// every participant `attended` the Meeting event. Negated and hypothetical
// meetings ("never met", "hopes to hold talks") are skipped.
#include <algorithm>

#include "extract/events.h"
#include "extract/lexicon.h"
#include "extract/modality.h"
#include "extract/rules/rule_util.h"
#include "extract/rules/rules.h"

namespace kg::extract {
namespace {

bool CanMeet(const Context& ctx, int e) {
  auto t = ctx.entities[e].type;
  return t == EntityType::kPerson || t == EntityType::kOrganization;
}

void EmitMeeting(Context& ctx, const std::vector<int>& side_a, const std::vector<int>& side_b, uint32_t anchor,
                 int event, std::string_view rule, const Qualifier& q) {
  std::vector<int> all;
  for (int a : side_a) {
    for (int b : side_b) {
      if (a == b || !CanMeet(ctx, a) || !CanMeet(ctx, b)) continue;
      ctx.Emit(Node::Of(a), "met", Node::Of(b), anchor, rule, q);
    }
  }
  if (event < 0) return;
  for (const auto* side : {&side_a, &side_b}) {
    for (int e : *side) {
      if (CanMeet(ctx, e)) ctx.Emit(Node::Of(e), "attended", Node::Of(event), anchor, rule, q);
    }
  }
}

// True when the organisation mention `m` names the employer of the person
// right after it, maybe behind title words ("the Acme Board chairman Jo
// Ray"): the person is the participant, not the organisation.
bool AffiliationOfNextPerson(const Context& ctx, const Mention& m) {
  if (ctx.entities[m.entity].type != EntityType::kOrganization) return false;
  int s = ctx.sentence_of(m.first);
  for (uint32_t k = m.last; k < ctx.size() && k < m.last + 4 && ctx.sentence_of(k) == s; ++k) {
    int n = ctx.token_mention[k];
    if (n >= 0) return ctx.entities[ctx.mentions[n].entity].type == EntityType::kPerson;
    const std::string& w = ctx.lower(k);
    if (!lex::IsTitleNoun(w) && !lex::IsLeaderTitle(w) && !lex::IsTitleModifier(w)) return false;
  }
  return false;
}

// Person/organisation mentions after token `from` up to the next verb or clause end.
std::vector<int> ListAfter(const Context& ctx, uint32_t from) {
  std::vector<int> out;
  int s = ctx.sentence_of(from);
  for (uint32_t k = from + 1; k < ctx.size() && ctx.sentence_of(k) == s; ++k) {
    if (ctx.tok(k).upos == "VERB" || ctx.lower(k) == ";" || ctx.lower(k) == "." || ctx.lower(k) == "on" ||
        ctx.lower(k) == "in" || ctx.lower(k) == "to") {
      break;
    }
    int m = ctx.token_mention[k];
    if (m < 0) continue;
    int e = ctx.mentions[m].entity;
    if (!ctx.mentions[m].demonym && CanMeet(ctx, e) && !AffiliationOfNextPerson(ctx, ctx.mentions[m]) &&
        std::find(out.begin(), out.end(), e) == out.end()) {
      out.push_back(e);
    }
    k = ctx.mentions[m].last - 1;
  }
  return out;
}

void VerbMeet(Context& ctx, uint32_t v) {
  Qualifier q = AssessModality(ctx, v);
  if (IsHidden(q)) return;
  auto subjects = SubjectsOf(ctx, v);
  std::vector<int> objects;
  for (uint32_t c : ctx.children(v)) {
    auto r = ctx.rel(c);
    if (r == "obj" || (r == "obl" && CaseOf(ctx, c) == "with")) {
      for (int e : ArgEntities(ctx, c)) objects.push_back(e);
    }
  }
  if (objects.empty()) {
    // A parse that lost the object: "X met [LSE chief executive] Y".
    for (uint32_t k = v + 1; k < ctx.size() && k < v + 9 && ctx.sentence_of(k) == ctx.sentence_of(v); ++k) {
      int m = ctx.token_mention[k];
      if (m >= 0) {
        int e = ctx.mentions[m].entity;
        if (ctx.entities[e].type == EntityType::kPerson) { objects.push_back(e); break; }
        k = ctx.mentions[m].last - 1;
        continue;
      }
      const auto& u = ctx.tok(k).upos;
      if (u == "VERB" || u == "PUNCT" || u == "PRON" || u == "SCONJ") break;
    }
  }
  if (objects.empty() && subjects.size() >= 2) objects = subjects;  // "X and Y met"
  if (subjects.empty() || objects.empty()) return;
  int event = EventFor(ctx, v, "Meeting");
  EmitMeeting(ctx, subjects, objects, v, event, "meet-verb", q);
}

void NounMeeting(Context& ctx, uint32_t n) {
  std::string_view kind = lex::EventKind(ctx.lemma(n));
  if (kind != "Meeting" && kind != "Summit") return;
  Qualifier q = AssessModality(ctx, n);
  if (IsHidden(q)) return;
  int event = EventFor(ctx, n);
  // "between A and B": everyone listed meets everyone else.
  if (n + 1 < ctx.size() && ctx.lower(n + 1) == "between") {
    auto people = ListAfter(ctx, n + 1);
    if (people.size() >= 2) EmitMeeting(ctx, people, people, n, event, "meeting-between", q);
    return;
  }
  std::vector<int> partners;
  for (uint32_t c : ctx.children(n)) {
    std::string p = CaseOf(ctx, c);
    if (ctx.rel(c) == "nmod" && (p == "with" || p == "between")) {
      for (int e : ArgEntities(ctx, c)) partners.push_back(e);
    }
  }
  if (partners.empty() && n + 1 < ctx.size() && ctx.lower(n + 1) == "with") partners = ListAfter(ctx, n + 1);
  if (partners.empty()) {
    // "A and B would discuss X at a meeting": the coordinated subjects meet.
    std::string p = CaseOf(ctx, n);
    if (ctx.rel(n) == "obl" && (p == "at" || p == "during") && ctx.head(n) >= 0 && kind == "Meeting") {
      auto subjects = SubjectsOf(ctx, static_cast<uint32_t>(ctx.head(n)));
      if (subjects.size() >= 2) EmitMeeting(ctx, subjects, subjects, n, event, "meeting-noun", q);
    }
    return;
  }
  // The other side: the possessor ("his meeting with"), else the subject of the governing verb.
  std::vector<int> hosts;
  for (uint32_t c : ctx.children(n)) {
    if (ctx.HasRel(c, "nmod:poss")) hosts = ArgEntities(ctx, c);
  }
  for (uint32_t h = n; hosts.empty() && ctx.head(h) >= 0;) {
    h = static_cast<uint32_t>(ctx.head(h));
    if (ctx.IsVerbLike(h) || ctx.Child(h, "nsubj") >= 0) {
      hosts = SubjectsOf(ctx, h);
      break;
    }
  }
  EmitMeeting(ctx, hosts, partners, n, event, "meeting-noun", q);
}

}  // namespace

void MeetingRule(Context& ctx) {
  for (uint32_t i = 0; i < ctx.size(); ++i) {
    if (ctx.tok(i).upos == "VERB" && ctx.lemma(i) == "meet") VerbMeet(ctx, i);
    else if (ctx.tok(i).upos == "NOUN") NounMeeting(ctx, i);
  }
}

}  // namespace kg::extract
