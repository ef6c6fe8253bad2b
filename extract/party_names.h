// Party names: one entity for the forms a political party is written in.
// Adjective, plural, short and full forms ("<X> Party", "<X>s", "<X>", and
// the short forms of a table of major parties drawn from general political
// knowledge) get one canonical name, so that "<X> leader Y" and "the <X>
// Party" name the same organisation in every document (entity IRIs are a
// function of the name).
// Thread-safety: CanonicalPartyName is pure; NormalizePartyNames works on one Context.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/context.h"

namespace kg::extract {

// What the text says of a name, from weakest to strongest evidence that it
// is a party: only a name; an organisation; the modifier of an office or of
// a party standing ("Green Unionist MP", "Green Unionist candidate").
enum class PartyEvidence { kName, kOrganisation, kOfficeModifier };

// The canonical name of a party written `name` and the other forms it goes
// by, or "" when `name` does not read as a party. The table's forms and
// "<X> Party" always count; the plural "<X>s" ("Green Unionists") needs an
// organisation, the bare adjective "<X>" an office modifier.
std::string CanonicalPartyName(std::string_view name, PartyEvidence evidence,
                               std::vector<std::string>* variants);

// Renames entity `e` to its canonical party name when it reads as one (its
// written form and the other forms become aliases) and types it
// Organization. Returns whether it did.
bool RenameAsParty(Entity& e, PartyEvidence evidence);

// RenameAsParty over the document's untyped and organisation entities (and
// people the NER took from a table form), on the evidence of their type.
void NormalizePartyNames(Context& ctx);

}  // namespace kg::extract
