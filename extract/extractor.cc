#include "extract/extractor.h"

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "extract/body_phrases.h"
#include "extract/context.h"
#include "extract/coref.h"
#include "extract/dates.h"
#include "extract/events.h"
#include "extract/mentions.h"
#include "extract/party_names.h"
#include "extract/rules/rules.h"
#include "extract/typing.h"

namespace kg::extract {

Extraction ExtractFacts(const nlp::Doc& doc, const graph::DocumentRecord& record) {
  Context ctx(doc, record);
  ResolveMentions(ctx, CollectMentions(ctx));
  ResolvePronouns(ctx);
  TypeEntitiesByContext(ctx);
  ResolveDefiniteDescriptions(ctx);
  DetectEvents(ctx);
  if (const char* debug = std::getenv("KG_EXTRACT_DEBUG")) {  // mention/coreference trace for rule tuning
    if (std::string_view(debug) == "parse") {  // and the dependency parse, one token a line
      for (uint32_t i = 0; i < ctx.size(); ++i) {
        const auto& t = ctx.tok(i);
        std::fprintf(stderr, "%s%u\t%s\t%s\t%s\t%d\t%s\n", ctx.sentence_of(i) != (i ? ctx.sentence_of(i - 1) : -1) ? "\n" : "",
                     i, t.form.c_str(), t.lemma.c_str(), t.upos.c_str(), t.head, t.deprel.c_str());
      }
    }
    for (const auto& m : ctx.mentions) {
      const Entity& e = ctx.entities[m.entity];
      std::fprintf(stderr, "mention [%s] -> %s type=%d%s\n", ctx.Text(m.first, m.last - 1).c_str(), e.name.c_str(),
                   static_cast<int>(e.type), m.demonym ? " demonym" : "");
    }
    for (uint32_t i = 0; i < ctx.size(); ++i) {
      if (ctx.token_mention[i] < 0 && !ctx.token_entities[i].empty()) {
        std::fprintf(stderr, "pronoun %s@%u -> %s\n", ctx.tok(i).form.c_str(), i,
                     ctx.entities[ctx.token_entities[i][0]].name.c_str());
      }
    }
  }

  NormalizePartyNames(ctx);  // parties the text names in a known form are organisations for every rule
  NameBodyPhrases(ctx);      // "the military wing of X": a body of its own for every rule
  TitleRule(ctx);
  FamilyRule(ctx);
  NationalityRule(ctx);
  EventRule(ctx);
  VisitRule(ctx);
  AttendanceRule(ctx);
  SaidRule(ctx);
  OpenRelationRule(ctx);

  NormalizePartyNames(ctx);  // again: title_rule finds more parties among an office's modifiers
  DecorateEvents(ctx, FindDates(ctx, record.published));
  MergeDocumentEvents(ctx);
  Extraction out;
  out.facts = ctx.Finish();
  out.sentences = doc.sentences.size();
  std::set<std::string> entities;
  uint64_t events = 0;
  for (const auto& f : out.facts) {
    if (f.s.kind == graph::TermKind::kIri && entities.insert(f.s.value).second) {
      for (const auto& e : ctx.entities) {
        if (e.iri == f.s.value && e.type == EntityType::kEvent) { ++events; break; }
      }
    }
  }
  out.entities = entities.size() - events;
  out.events = events;
  return out;
}

}  // namespace kg::extract
