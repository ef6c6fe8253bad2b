// visit_rule: visits from predicates (predicates.h) whose trigger has the
// visit or travel frame (event_lexicon.h): "X visited/toured Y", "X is
// visiting constituencies in Y", "X visited friends at Y", "X made a visit to
// Y", "his visit to Y", "X joined Z in a visit to Y", "X travelled/flew to
// Y", "X arrived at Y", "X flew into / returned from Y", "X's arrival in
// Y" and "X has been in Y"; "X visited Mr Y" is a meeting
// (met). Gives `visited` and, for visits proper, X
// `attended` the Visit event (kind Visit, target Y). Planned visits ("will
// visit", "plans to travel") carry modality planned.
#include <algorithm>

#include "extract/event_lexicon.h"
#include "extract/events.h"
#include "extract/lexicon.h"
#include "extract/modality.h"
#include "extract/predicates.h"
#include "extract/rules/rule_util.h"
#include "extract/rules/rules.h"

namespace kg::extract {
namespace {

bool Visitable(const Context& ctx, int e) {
  auto t = ctx.entities[e].type;
  if (t == EntityType::kUnknown) {
    // "visited Mr X": a person the typing missed is no place.
    const std::string& name = ctx.entities[e].name;
    size_t sp = name.find(' ');
    if (sp != std::string::npos && lex::IsHonorific(LowerAscii(name.substr(0, sp)))) return false;
  }
  return t == EntityType::kPlace || t == EntityType::kCountry || t == EntityType::kOrganization ||
         t == EntityType::kUnknown;
}

bool IsPlace(const Context& ctx, int e) {
  auto t = ctx.entities[e].type;
  return t == EntityType::kPlace || t == EntityType::kCountry;
}

void EmitVisit(Context& ctx, const std::vector<int>& visitors, const std::vector<int>& places, uint32_t anchor,
               int event, std::string_view rule, const Qualifier& q) {
  for (int v : visitors) {
    if (ctx.entities[v].type != EntityType::kPerson && ctx.entities[v].type != EntityType::kOrganization) continue;
    for (int p : places) {
      if (Visitable(ctx, p)) ctx.Emit(Node::Of(v), "visited", Node::Of(p), anchor, rule, q);
    }
    if (event >= 0) ctx.Emit(Node::Of(v), "attended", Node::Of(event), anchor, rule, q);
  }
}

void Add(const Context& ctx, std::vector<int>* out, const std::vector<int>& es, bool places_only) {
  for (int e : es) {
    if ((places_only ? IsPlace(ctx, e) : Visitable(ctx, e)) && std::find(out->begin(), out->end(), e) == out->end()) {
      out->push_back(e);
    }
  }
}

// "visited the Uhuru Gardens memorial": a named place the NER did not type
// as one becomes a Place.
int NamedObjectPlace(Context& ctx, uint32_t obj) {
  for (int e : ctx.EntitiesOf(obj)) {
    if (ctx.entities[e].type == EntityType::kPerson) return -1;  // "visited Tomas Ruiz": a person
  }
  std::string phrase = PhraseText(ctx, obj);
  bool named = false;
  auto [lo, hi] = ctx.Span(obj, {"acl", "relcl", "acl:relcl", "appos", "punct", "conj", "cc"});
  for (uint32_t k = lo; k <= hi; ++k) named |= ctx.tok(k).upos == "PROPN";
  if (!named || phrase.empty() || phrase.size() >= 80) return -1;
  size_t sp = phrase.find(' ');
  if (sp != std::string::npos && lex::IsHonorific(LowerAscii(phrase.substr(0, sp)))) return -1;  // "Mr X"
  Entity place;
  place.type = EntityType::kPlace;
  place.name = phrase;
  place.aliases.insert(phrase);
  place.first_token = lo;
  return ctx.AddEntity(std::move(place));
}

void VisitVerb(Context& ctx, uint32_t v, bool travel) {
  Predicate p = VerbPredicate(ctx, v);
  std::vector<int> places;
  // "returned X to the party", "flies cargo to Z": carrying something is no trip.
  if (travel && p.Find(Role::kObject) && !p.passive) return;
  if (travel) {
    Add(ctx, &places, p.Entities(Role::kOblique, "to"), false);
    Add(ctx, &places, p.Entities(Role::kOblique, "in"), false);
    Add(ctx, &places, p.Entities(Role::kOblique, "into"), false);  // "flew into Z"
    // "arrived/landed at Z": where one arrives, one is; "returned from Z": one was there.
    if (p.lemma == "arrive" || p.lemma == "land") Add(ctx, &places, p.Entities(Role::kOblique, "at"), false);
    if (p.lemma == "return") Add(ctx, &places, p.Entities(Role::kOblique, "from"), true);
  } else {
    // "X visited Mr Y": calling on a person is meeting them.
    std::vector<int> hosts;
    // A one-word name is too often a place the NER took for a person.
    for (int e : p.Entities(Role::kObject)) {
      const Entity& x = ctx.entities[e];
      if (x.type == EntityType::kPerson && (x.official || x.name.find(' ') != std::string::npos))
        hosts.push_back(e);
    }
    if (!hosts.empty()) {
      Qualifier q = AssessModality(ctx, v);
      if (IsHidden(q)) return;
      for (int a : p.Entities(Role::kSubject)) {
        if (ctx.entities[a].type != EntityType::kPerson) continue;
        for (int b : hosts) {
          if (a == b) continue;
          ctx.Emit(Node::Of(a), "met", Node::Of(b), v, "visit-person", q);
          ctx.Emit(Node::Of(b), "met", Node::Of(a), v, "visit-person", q);
        }
      }
    }
    Add(ctx, &places, p.Entities(Role::kObject), false);
    const Argument* obj = p.Find(Role::kObject);
    if (places.empty() && obj && obj->token >= 0) {
      // "visiting constituencies in Y", "visit places such as Y": the
      // places a common-noun object is said to be in.
      for (uint32_t c : ctx.children(static_cast<uint32_t>(obj->token))) {
        std::string m = CaseOf(ctx, c);
        if (ctx.rel(c) == "nmod" && (m == "in" || m == "such as" || m == "as" || m == "including")) {
          Add(ctx, &places, ArgEntities(ctx, c), true);
        }
      }
      // "visited friends of the crew at Y": the place the visit happened.
      if (places.empty()) {
        Add(ctx, &places, p.Entities(Role::kOblique, "at"), true);
        Add(ctx, &places, p.Entities(Role::kOblique, "in"), true);
      }
      if (places.empty()) {
        int named = NamedObjectPlace(ctx, static_cast<uint32_t>(obj->token));
        if (named >= 0) places.push_back(named);
      }
    }
  }
  if (places.empty()) return;
  Qualifier q = AssessModality(ctx, v);
  if (IsHidden(q)) return;
  auto visitors = p.Entities(Role::kSubject);
  if (visitors.empty()) return;
  int event = travel ? -1 : EventFor(ctx, v, "Visit", places[0]);
  EmitVisit(ctx, visitors, places, v, event, travel ? "travel-verb" : "visit-verb", q);
}

void VisitNoun(Context& ctx, uint32_t i) {
  Predicate n = NounPredicate(ctx, i);
  std::vector<int> places;
  Add(ctx, &places, n.Entities(Role::kOblique, "to"), false);
  Add(ctx, &places, n.Entities(Role::kOblique, "of"), false);
  // "his stay in Z", "began/ended his tour in Z": where the visit is, or
  // where the verb that starts or ends it says.
  if (places.empty()) Add(ctx, &places, n.Entities(Role::kOblique, "in"), true);
  if (places.empty() && n.governor >= 0 && n.governor_role == "obj") {
    const std::string& gl = ctx.lemma(static_cast<uint32_t>(n.governor));
    if (gl == "begin" || gl == "start" || gl == "end" || gl == "conclude" || gl == "finish" || gl == "wrap" ||
        gl == "continue") {
      Add(ctx, &places, VerbPredicate(ctx, static_cast<uint32_t>(n.governor)).Entities(Role::kOblique, "in"),
          true);
    }
  }
  // A "stay" without a place is a court's ("put a stay on the ruling").
  if (places.empty() && ctx.lemma(i) == "stay") return;
  if (places.empty() && i + 2 < ctx.size() && ctx.lower(i + 1) == "to") {
    auto es = ctx.EntitiesOf(i + 2);
    if (es.empty() && i + 3 < ctx.size()) es = ctx.EntitiesOf(i + 3);  // "to the X"
    Add(ctx, &places, es, false);
  }
  Qualifier q = AssessModality(ctx, i);
  if (IsHidden(q)) return;
  int event = EventFor(ctx, i, "", places.empty() ? -1 : places[0]);
  std::vector<int> visitors = n.Entities(Role::kSubject);
  // "X is on a three-day visit to Y": the copular subject.
  if (visitors.empty() && ctx.Child(i, "cop") >= 0) visitors = SubjectsOf(ctx, i);
  if (visitors.empty() && n.governor >= 0) {
    uint32_t h = static_cast<uint32_t>(n.governor);
    const std::string& hl = ctx.lemma(h);
    // "X made/paid/began a visit", "X ... during a visit to", "X is to join Y in a visit".
    if (n.governor_role == "obj" || hl == "make" || hl == "pay" || ctx.rel(i) == "obl") {
      Predicate g = VerbPredicate(ctx, h);
      visitors = g.Entities(Role::kSubject);
      if (hl == "join" && ctx.rel(i) == "obl") {
        for (int e : g.Entities(Role::kObject)) visitors.push_back(e);
      }
    }
  }
  if (places.empty() && event >= 0) {
    // "his visit": the event's earlier target.
    for (const auto& m : ctx.mentions) {
      if (ctx.entities[m.entity].name == ctx.entities[event].event_target) { places.push_back(m.entity); break; }
    }
  }
  EmitVisit(ctx, visitors, places, i, event, "visit-noun", q);
}

// "X's arrival in/at Z": X visited Z (an arrival is no event of its own).
void ArrivalNoun(Context& ctx, uint32_t i) {
  Predicate n = NounPredicate(ctx, i);
  std::vector<int> places;
  Add(ctx, &places, n.Entities(Role::kOblique, "in"), false);
  Add(ctx, &places, n.Entities(Role::kOblique, "at"), false);
  std::vector<int> visitors = n.Entities(Role::kSubject);
  if (places.empty() || visitors.empty()) return;
  Qualifier q = AssessModality(ctx, i);
  if (IsHidden(q)) return;
  EmitVisit(ctx, visitors, places, i, -1, "arrival", q);
}

// "X has been in the UK": a person's stay in a place.
void BeIn(Context& ctx, uint32_t i) {
  std::vector<int> places;
  Add(ctx, &places, ctx.EntitiesOf(i), true);
  if (places.empty()) return;
  Qualifier q = AssessModality(ctx, i);
  if (IsHidden(q)) return;
  std::vector<int> people;
  for (int e : SubjectsOf(ctx, i)) {
    if (ctx.entities[e].type == EntityType::kPerson) people.push_back(e);
  }
  EmitVisit(ctx, people, places, i, -1, "be-in", q);
}

}  // namespace

void VisitRule(Context& ctx) {
  for (uint32_t i = 0; i < ctx.size(); ++i) {
    const auto& u = ctx.tok(i).upos;
    if (u == "VERB") {
      const lex::Trigger* t = lex::FindVerbTrigger(ctx.lemma(i), ctx.lower(i));
      if (t && (t->frame == lex::Frame::kVisit || t->frame == lex::Frame::kTravel)) {
        VisitVerb(ctx, i, t->frame == lex::Frame::kTravel);
      }
    } else if (u == "NOUN" && lex::EventKind(ctx.lemma(i)) == "Visit") {
      VisitNoun(ctx, i);
    } else if (u == "NOUN" && ctx.lemma(i) == "arrival") {
      ArrivalNoun(ctx, i);
    } else if (ctx.Child(i, "cop") >= 0 && CaseOf(ctx, i) == "in" && ctx.lemma(ctx.Child(i, "cop")) == "be") {
      BeIn(ctx, i);
    }
  }
}

}  // namespace kg::extract
