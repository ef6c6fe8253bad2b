// Cross-document identity: the IRI of an entity is a pure function of its
// canonical name (and for events, of kind, date and place), so the same
// person gets the same IRI in every document without a store lookup.
// Person names are normalised for transliteration variants that cannot
// change who is meant: case, accents, hyphens and spaces ("Pak Sun-hee" =
// "Pak Sun Hee"), and a final -ey/-iy against -ei/-i ("Aleksey" = "Aleksei").
// A surname alone never gets a full name's IRI here: in-document coreference
// (extract/coref.h) does that where the text itself links them.
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>

#include "extract/context.h"

namespace kg::extract {

// The identity key of a person name: "ana maria ruiz", "pavel orlov".
std::string PersonKey(std::string_view name);

// The IRI for an entity (REQUIRES: for events, kind/date/location filled in).
std::string ResolveIri(const Context& ctx, const Entity& e);

// A readable label for an event node: "visit to Russian Embassy, 2025-05-09".
std::string EventLabel(const Context& ctx, const Entity& e);

}  // namespace kg::extract
