// visit_rule: "X visited Y", "X toured Y", "X made a visit to Y", "his visit
// to Y", "X travelled to Y", "X has been in Y". Gives `visited` and X
// `attended` the Visit event (kind Visit, target Y). Planned visits ("will
// visit", "plans to travel") carry modality planned.
#include "extract/events.h"
#include "extract/lexicon.h"
#include "extract/modality.h"
#include "extract/rules/rule_util.h"
#include "extract/rules/rules.h"

namespace kg::extract {
namespace {

bool Visitable(const Context& ctx, int e) {
  auto t = ctx.entities[e].type;
  return t == EntityType::kPlace || t == EntityType::kCountry || t == EntityType::kOrganization ||
         t == EntityType::kUnknown;
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

std::vector<int> Targets(const Context& ctx, uint32_t head, std::initializer_list<std::string_view> preps,
                         bool take_obj) {
  std::vector<int> out;
  for (uint32_t c : ctx.children(head)) {
    auto r = ctx.rel(c);
    bool ok = (take_obj && r == "obj");
    if ((r == "obl" || r == "nmod") && !ctx.HasRel(c, "nmod:poss")) {
      std::string p = CaseOf(ctx, c);
      for (auto x : preps) ok |= p == x;
    }
    if (!ok) continue;
    for (int e : ArgEntities(ctx, c)) {
      if (Visitable(ctx, e)) out.push_back(e);
    }
  }
  return out;
}

}  // namespace

void VisitRule(Context& ctx) {
  for (uint32_t i = 0; i < ctx.size(); ++i) {
    const std::string& l = ctx.lemma(i);
    const auto& u = ctx.tok(i).upos;
    if (u == "VERB" && (l == "visit" || l == "tour" || l == "travel" || l == "fly" || l == "arrive" ||
                        l == "go" || l == "return")) {
      bool direct = l == "visit" || l == "tour";
      auto places = direct ? Targets(ctx, i, {}, true) : Targets(ctx, i, {"to", "in"}, false);
      // "visited the Uhuru Gardens memorial": a named place the NER did not type as one.
      if (places.empty() && direct && ctx.Child(i, "obj") >= 0) {
        uint32_t obj = static_cast<uint32_t>(ctx.Child(i, "obj"));
        std::string phrase = PhraseText(ctx, obj);
        bool named = false;
        auto [lo, hi] = ctx.Span(obj, {"acl", "relcl", "acl:relcl", "appos", "punct", "conj", "cc"});
        for (uint32_t k = lo; k <= hi; ++k) named |= ctx.tok(k).upos == "PROPN";
        if (named && !phrase.empty() && phrase.size() < 80) {
          Entity place;
          place.type = EntityType::kPlace;
          place.name = phrase;
          place.aliases.insert(phrase);
          place.first_token = lo;
          places.push_back(ctx.AddEntity(std::move(place)));
        }
      }
      if (places.empty()) continue;
      Qualifier q = AssessModality(ctx, i);
      if (IsHidden(q)) continue;
      auto visitors = SubjectsOf(ctx, i);
      if (visitors.empty()) continue;
      int event = direct ? EventFor(ctx, i, "Visit", places[0]) : -1;
      EmitVisit(ctx, visitors, places, i, event, direct ? "visit-verb" : "travel-verb", q);
    } else if (u == "NOUN" && lex::EventKind(l) == "Visit") {
      auto places = Targets(ctx, i, {"to", "of"}, false);
      if (places.empty() && i + 2 < ctx.size() && ctx.lower(i + 1) == "to") {
        auto es = ctx.EntitiesOf(i + 2);
        if (es.empty() && i + 3 < ctx.size()) es = ctx.EntitiesOf(i + 3);  // "to the X"
        for (int e : es) {
          if (Visitable(ctx, e)) places.push_back(e);
        }
      }
      Qualifier q = AssessModality(ctx, i);
      if (IsHidden(q)) continue;
      int event = EventFor(ctx, i, "", places.empty() ? -1 : places[0]);
      std::vector<int> visitors;
      for (uint32_t c : ctx.children(i)) {
        if (ctx.HasRel(c, "nmod:poss")) visitors = ArgEntities(ctx, c);
      }
      if (visitors.empty() && ctx.head(i) >= 0) {
        uint32_t h = static_cast<uint32_t>(ctx.head(i));
        const std::string& hl = ctx.lemma(h);
        // "X made/paid/began a visit", "X ... during a visit to".
        if (ctx.rel(i) == "obj" || hl == "make" || hl == "pay" || ctx.rel(i) == "obl") visitors = SubjectsOf(ctx, h);
      }
      if (places.empty()) {
        // "his visit": the event's earlier target.
        if (event >= 0) {
          for (const auto& m : ctx.mentions) {
            if (ctx.entities[m.entity].name == ctx.entities[event].event_target) { places.push_back(m.entity); break; }
          }
        }
      }
      EmitVisit(ctx, visitors, places, i, event, "visit-noun", q);
    } else if (ctx.Child(i, "cop") >= 0 && CaseOf(ctx, i) == "in" && ctx.lemma(ctx.Child(i, "cop")) == "be") {
      // "X has been in the UK": a person's stay in a place.
      auto es = ctx.EntitiesOf(i);
      std::vector<int> places;
      for (int e : es) {
        if (ctx.entities[e].type == EntityType::kCountry || ctx.entities[e].type == EntityType::kPlace) places.push_back(e);
      }
      if (places.empty()) continue;
      Qualifier q = AssessModality(ctx, i);
      if (IsHidden(q)) continue;
      std::vector<int> people;
      for (int e : SubjectsOf(ctx, i)) {
        if (ctx.entities[e].type == EntityType::kPerson) people.push_back(e);
      }
      EmitVisit(ctx, people, places, i, -1, "be-in", q);
    }
  }
}

}  // namespace kg::extract
