// organized_rule: "X hosted/held/organised/staged/threw/convened E", "E
// organised/hosted by X", "X is planning a party" (planned).
#include "extract/events.h"
#include "extract/modality.h"
#include "extract/rules/rule_util.h"
#include "extract/rules/rules.h"

namespace kg::extract {
namespace {

bool IsOrganizeVerb(std::string_view l) {
  return l == "host" || l == "hold" || l == "organise" || l == "organize" || l == "stage" || l == "throw" ||
         l == "convene" || l == "plan" || l == "arrange" || l == "sponsor" || l == "launch" || l == "call";
}

}  // namespace

void OrganizedRule(Context& ctx) {
  for (uint32_t v = 0; v < ctx.size(); ++v) {
    const std::string& l = ctx.lemma(v);
    if (ctx.tok(v).upos != "VERB" || !IsOrganizeVerb(l)) continue;
    Qualifier q = AssessModality(ctx, v);
    if (l == "plan" && q.modality == graph::Modality::kAsserted) q.modality = graph::Modality::kPlanned;
    if (IsHidden(q)) continue;
    int obj = ctx.Child(v, "obj");
    int passive = ctx.Child(v, "nsubj:pass");
    int agent = AgentOf(ctx, v);
    std::vector<int> organizers;
    int event = -1;
    if (obj >= 0) {
      event = EventFor(ctx, static_cast<uint32_t>(obj));
      organizers = SubjectsOf(ctx, v);
    } else if (passive >= 0 && agent >= 0) {
      event = EventFor(ctx, static_cast<uint32_t>(passive));
      organizers = ArgEntities(ctx, static_cast<uint32_t>(agent));
    } else if (ctx.rel(v) == "acl" && agent >= 0 && ctx.head(v) >= 0) {
      event = EventFor(ctx, static_cast<uint32_t>(ctx.head(v)));  // "the event hosted by X"
      organizers = ArgEntities(ctx, static_cast<uint32_t>(agent));
    }
    if (event < 0) continue;
    for (int e : organizers) {
      auto t = ctx.entities[e].type;
      if (t == EntityType::kPerson || t == EntityType::kOrganization || t == EntityType::kCountry) {
        ctx.Emit(Node::Of(e), "organized", Node::Of(event), v, "organize", q);
      }
    }
  }
}

}  // namespace kg::extract
