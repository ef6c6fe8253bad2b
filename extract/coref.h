// In-document coreference: turns mentions into entities. Full person names
// cluster by PersonKey; a surname or honorific + surname ("Ruiz", "Mr Ruiz")
// joins the most salient full name containing that word (never across
// documents); acronyms join the organisation they abbreviate ("LSE",
// "Baltic Ferry Lines (BFL)"); he/his/she/her go to the nearest
// compatible person (the subject of the current or a recent sentence first);
// "the pair", "the couple", "they" go to the last coordinated persons.
// Thread-safety: works on one Context.
#pragma once

#include <vector>

#include "extract/context.h"
#include "extract/mentions.h"

namespace kg::extract {

// Creates entities for `raw` and fills ctx.mentions / token_mention / token_entities.
void ResolveMentions(Context& ctx, const std::vector<RawMention>& raw);
// Resolves personal pronouns and group anaphors (after ResolveMentions).
void ResolvePronouns(Context& ctx);
// Definite descriptions as subjects: "the company said" -> the organisation
// last named as a subject nearby, "the actress" -> the person the passage is
// about (after ResolvePronouns and entity typing).
void ResolveDefiniteDescriptions(Context& ctx);

}  // namespace kg::extract
