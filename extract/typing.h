// Entity types from context, for names the NER left untyped (or called a
// one-word person): "Nokia, the Finnish handset maker," and "the firm Orvane"
// name organisations.
// Thread-safety: works on one Context.
#pragma once

#include "extract/context.h"

namespace kg::extract {

// Retypes entities by appositive or preceding company nouns. Run after
// coreference, before the rules.
void TypeEntitiesByContext(Context& ctx);

}  // namespace kg::extract
