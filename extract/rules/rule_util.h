// Helpers the extraction rules share: who is the subject of a predicate
// (following relative clauses, control and coordination), which entities an
// argument names, and the literal text of a noun phrase.
// Thread-safety: pure functions over a Context.
#pragma once

#include <string>
#include <vector>

#include "extract/context.h"

namespace kg::extract {

// Entities named by argument token `t` and its conjuncts; a noun with an
// apposition naming an entity ("the parent company, Orvane") counts too.
std::vector<int> ArgEntities(const Context& ctx, uint32_t t);
// Entities that are the (active) subject of predicate `p`, inherited from a
// governing clause for infinitives, participles and coordinated verbs, and
// from the modified noun for relative clauses ("the actors who attended").
std::vector<int> SubjectsOf(const Context& ctx, uint32_t p);
// The agent of a passive ("by X") or -1.
int AgentOf(const Context& ctx, uint32_t verb);
// The indirect object ("promised Y that ...", iobj), also when the parser
// hung a name right after the verb inside its complement clause; or -1.
int IndirectObjectOf(const Context& ctx, uint32_t verb);
// Entities of the agent, with names coordinated after it ("by A and producer B").
std::vector<int> AgentEntities(const Context& ctx, uint32_t verb);
// The text of the noun phrase headed by t, without relative clauses,
// appositions, trailing punctuation and a leading determiner.
std::string PhraseText(const Context& ctx, uint32_t t);
// Entity or literal nodes for argument t (one per conjunct).
std::vector<Node> ArgNodes(const Context& ctx, uint32_t t);
// Entities of the subjects before copular nominal n ("A and B were among the
// guests"), all of them when the parser split a list into several.
std::vector<int> CopularSubjects(const Context& ctx, uint32_t n);
// True for a to-infinitive parsed as the clausal subject of a predicate
// that has a subject of its own ("X is due to visit": visit -csubj-> due):
// a complement (xcomp) misparsed.
bool IsMisparsedComplement(const Context& ctx, uint32_t p);
// The preposition (case child) of an oblique/nominal modifier, lower-cased, with
// the rest of a multiword one ("such as", "along with"), or "".
std::string CaseOf(const Context& ctx, uint32_t t);
// True for Person/Organization/Country entities (those that can act).
bool IsActor(const Context& ctx, int e);
// "who", "that", "which", "whom" (any case).
bool IsRelativePronoun(const Context& ctx, uint32_t t);

}  // namespace kg::extract
