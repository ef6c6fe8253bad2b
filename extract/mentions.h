// Mentions: named people, organisations, countries and places found in the
// Doc, from NER spans (trimmed of determiners, titles and possessive 's),
// country names and demonyms ("Kenyan" -> Kenya), and runs of
// proper nouns the NER missed. Fills Context::mentions (entity = -1; the
// coreference step assigns entities).
// Thread-safety: works on one Context.
#pragma once

#include "extract/context.h"

namespace kg::extract {

struct RawMention {
  uint32_t first = 0, last = 0;  // [first, last) after trimming
  EntityType type = EntityType::kUnknown;
  std::string name;              // surface name without honorific
  std::string surface;           // as written, with honorific ("Mr Ruiz")
  char honorific_gender = 0;
  bool demonym = false;
  std::string country;           // canonical country for Country mentions and demonyms
  std::string event_kind;        // named events ("World Economic Forum")
};

// Mentions in text order, never overlapping.
std::vector<RawMention> CollectMentions(const Context& ctx);

}  // namespace kg::extract
