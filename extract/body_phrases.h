// Body phrases: organisations named by a common-noun phrase rather than a
// proper name ("the military wing of the Tarvian Front", "a breakaway faction of
// the Front", "Tarvia's Quaker community"). Such a phrase becomes an
// Organization entity labelled by its words (without the article), and its
// head noun refers to it, so that "leader of ...", "member of ..." and "...
// led by X" reach the body itself, not the named organisation inside it.
// Only nouns that name a part or group of a body, with that body (or a
// country) named in an "of" phrase or a possessor, qualify.
// Thread-safety: works on one Context.
#pragma once

#include <cstdint>

#include "extract/context.h"

namespace kg::extract {

// Names the document's body phrases (call once, after coreference).
void NameBodyPhrases(Context& ctx);

// Whether token t heads a body phrase; *first / *last (inclusive) get its
// span. Pure: the same answer before and after NameBodyPhrases.
bool BodyPhraseSpan(const Context& ctx, uint32_t t, uint32_t* first, uint32_t* last);

}  // namespace kg::extract
