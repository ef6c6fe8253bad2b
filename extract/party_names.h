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

// The canonical name of a party written `name` and the other forms it goes
// by, or "" when `name` does not read as a party. `organisation` says the
// text already treats it as an organisation: only then do the adjective
// and plural forms ("Green Unionist", "Green Unionists") count, not only the
// table's forms and "<X> Party".
std::string CanonicalPartyName(std::string_view name, bool organisation, std::vector<std::string>* variants);

// Renames the document's party entities to their canonical names (their
// written forms become aliases) and types them Organization.
void NormalizePartyNames(Context& ctx);

}  // namespace kg::extract
