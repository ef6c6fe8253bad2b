// open_relation_rule: any other verb with an entity subject and an object
// becomes a relation under the verb's lemma ("thank", "deploy", "sign"):
// active "X deployed over 2,000 troops" (object literal keeps its number),
// passive "Y was founded by X" (agent = subject), coordinated subjects and
// objects fan out. Verbs the core rules cover and light verbs are left out.
// Membership verbs ("joined Y", "belongs to Y", "sits on the board of Y")
// give memberOf for an organisation.
#include <set>

#include "extract/body_phrases.h"
#include "extract/lexicon.h"
#include "extract/modality.h"
#include "extract/predicates.h"
#include "extract/rules/rule_util.h"
#include "extract/rules/rules.h"

namespace kg::extract {
namespace {

bool Skipped(std::string_view l) {
  static const std::set<std::string_view> s = {
      "be", "have", "do", "meet", "visit", "attend", "accompany", "host", "organise", "organize", "say", "tell",
      "include", "become", "seem", "appear", "remain", "get", "make", "take", "let", "go", "come", "add",
      "state", "note", "underscore", "stress", "emphasise", "emphasize", "insist", "warn", "claim", "assert",
      "argue", "explain", "reply", "remark", "comment", "report", "call", "name", "tour", "join", "hold",
      "stage", "throw", "convene", "plan", "arrange"};
  return s.count(l) > 0;
}

// The bodies a membership verb puts its subject in: "X joined / rejoined Y",
// "X belongs to Y", "X defected to Y", "X sits on Y" / "on the board of Y"
// (a body's own board, committee or council). "join" itself is left to the
// attendance rule for events: "X joined the talks".
std::vector<int> MembershipBodies(const Context& ctx, uint32_t v) {
  const std::string& l = ctx.lemma(v);
  std::vector<int> out;
  for (uint32_t c : ctx.children(v)) {
    const std::string m = CaseOf(ctx, c);
    bool arg = ((l == "join" || l == "rejoin") && ctx.rel(c) == "obj") ||
               (ctx.rel(c) == "obl" && (((l == "belong" || l == "defect") && m == "to") || (l == "sit" && m == "on")));
    if (!arg) continue;
    std::vector<int> es = ArgEntities(ctx, c);
    if (es.empty() && l == "sit") {
      // "sits on the board of Y": the body whose board it is.
      const std::string& n = ctx.lemma(c);
      if (n == "board" || n == "committee" || n == "council" || n == "panel" || n == "executive") {
        for (uint32_t d : ctx.children(c)) {
          if (ctx.rel(d) == "nmod" && CaseOf(ctx, d) == "of") es = ArgEntities(ctx, d);
        }
      }
    }
    for (int e : es) {
      if (ctx.entities[e].type == EntityType::kOrganization) out.push_back(e);
    }
  }
  return out;
}

void MembershipVerb(Context& ctx, uint32_t v) {
  const std::string& l = ctx.lemma(v);
  if (l != "join" && l != "rejoin" && l != "belong" && l != "defect" && l != "sit") return;
  std::vector<int> bodies = MembershipBodies(ctx, v);
  if (bodies.empty()) return;
  Qualifier q = AssessModality(ctx, v);
  if (IsHidden(q)) return;
  for (int s : SubjectsOf(ctx, v)) {
    if (ctx.entities[s].type != EntityType::kPerson) continue;
    for (int o : bodies) ctx.Emit(Node::Of(s), "memberOf", Node::Of(o), v, "open-relation", q);
  }
}

// "The G11 comprises / consists of / is made up of / is composed of A, B
// and C", "The G11 includes A and B": the listed countries (and, but for
// "include", people and bodies) are members of the group the subject names.
void CompositionVerb(Context& ctx, uint32_t v) {
  const std::string& l = ctx.lemma(v);
  bool include = l == "include";
  bool made_up = l == "make" && ctx.Child(v, "compound:prt") >= 0 &&
                 ctx.lower(static_cast<uint32_t>(ctx.Child(v, "compound:prt"))) == "up";
  if (!include && !made_up && l != "comprise" && l != "consist" && l != "compose") return;
  Predicate p = VerbPredicate(ctx, v);
  // Active voice roles: "is made up of" / "is composed of" / "is comprised of"
  // have the group as the passive subject, now the object.
  bool group_is_object = p.passive && (made_up || l == "compose" || l == "comprise");
  std::vector<int> groups = p.Entities(group_is_object ? Role::kObject : Role::kSubject);
  std::vector<int> members =
      (l == "consist" || group_is_object) ? p.Entities(Role::kOblique, "of") : p.Entities(Role::kObject);
  Qualifier q = AssessModality(ctx, v);
  if (IsHidden(q)) return;
  for (int g : groups) {
    if (ctx.entities[g].type != EntityType::kOrganization) continue;
    for (int m : members) {
      auto mt = ctx.entities[m].type;
      bool fits = mt == EntityType::kCountry ||
                  (!include && (mt == EntityType::kPerson || mt == EntityType::kOrganization));
      if (fits && m != g) ctx.Emit(Node::Of(m), "memberOf", Node::Of(g), v, "composition", q);
    }
  }
}

}  // namespace

void OpenRelationRule(Context& ctx) {
  for (uint32_t v = 0; v < ctx.size(); ++v) {
    if (ctx.tok(v).upos != "VERB") continue;
    const std::string& lemma = ctx.lemma(v);
    MembershipVerb(ctx, v);
    CompositionVerb(ctx, v);
    if (Skipped(lemma) || lemma.empty() || !std::isalpha(static_cast<unsigned char>(lemma[0]))) continue;
    std::vector<int> subjects;
    std::vector<Node> objects;
    int obj_token = -1;
    int passive = ctx.Child(v, "nsubj:pass");
    int agent = AgentOf(ctx, v);
    // "Y was sold off and acquired by X": a coordinated passive shares Y.
    if (passive < 0 && agent >= 0 && ctx.rel(v) == "conj" && ctx.head(v) >= 0 && ctx.Child(v, "nsubj") < 0) {
      passive = ctx.Child(static_cast<uint32_t>(ctx.head(v)), "nsubj:pass");
    }
    if (passive >= 0 || (agent >= 0 && ctx.rel(v) == "acl")) {
      if (agent < 0) continue;
      subjects = AgentEntities(ctx, v);
      // "Y, which is run by X": the relative pronoun stands for the noun the clause modifies.
      const bool relative = passive >= 0 && ctx.tok(v).deprel == "acl:relcl" &&
                            IsRelativePronoun(ctx, static_cast<uint32_t>(passive));
      if (passive >= 0 && !relative)
        objects = ArgNodes(ctx, static_cast<uint32_t>(obj_token = passive));
      else if (ctx.head(v) >= 0)
        objects = ArgNodes(ctx, static_cast<uint32_t>(obj_token = ctx.head(v)));
    } else {
      int obj = ctx.Child(v, "obj");
      // "X promised Y he would resign": with no direct object, the indirect one.
      if (obj < 0) obj = IndirectObjectOf(ctx, v);
      if (obj < 0) continue;
      subjects = SubjectsOf(ctx, v);
      objects = ArgNodes(ctx, static_cast<uint32_t>(obj_token = obj));
    }
    // Whether the object phrase is the entity's own name, not a possessor of
    // it ("to run Labour's campaign" runs the campaign, not the party).
    auto named_as_object = [&](int e) {
      if (obj_token < 0) return false;
      for (uint32_t t : ctx.Conjuncts(static_cast<uint32_t>(obj_token))) {
        int mi = ctx.token_mention[t];
        if (mi >= 0 && ctx.mentions[mi].entity == e) return true;
        // A body phrase's head noun ("a breakaway faction of Y led by X").
        uint32_t bf = 0, bl = 0;
        if (mi < 0 && ctx.token_entities[t].size() == 1 && ctx.token_entities[t][0] == e &&
            BodyPhraseSpan(ctx, t, &bf, &bl)) {
          return true;
        }
      }
      return false;
    };
    if (subjects.empty() || objects.empty()) continue;
    Qualifier q = AssessModality(ctx, v);
    if (IsHidden(q)) continue;
    q.confidence = std::min(q.confidence, 0.8f);
    for (int s : subjects) {
      if (!IsActor(ctx, s)) continue;
      for (const Node& o : objects) {
        if (!o.is_entity() && o.literal.value.size() > 200) continue;
        ctx.Emit(Node::Of(s), lemma, o, v, "open-relation", q);
        // "X leads/heads/runs/chairs Y" is also leadership.
        if (o.is_entity() && ctx.entities[s].type == EntityType::kPerson &&
            (lemma == "lead" || lemma == "head" || lemma == "run" || lemma == "chair") &&
            ctx.entities[o.entity].type == EntityType::kOrganization && named_as_object(o.entity)) {
          ctx.Emit(Node::Of(s), "leaderOf", o, v, "open-relation", q);
        }
      }
    }
  }
}

}  // namespace kg::extract
