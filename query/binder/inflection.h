// English verb inflection for predicate names: "met", "meets", "meeting" and
// "meet" name one predicate. Generic English suffix rules plus the irregular
// forms of WordNet's verb exception list, compiled in
// (query/binder/irregular_verbs.inc), so queries need no WordNet files at run
// time; no dependency on nlp/.
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::query::binder {

// Lower-cased forms that may name the same predicate as `word`: the word, its
// candidate lemmas, and their third-person, past, participle and -ing forms.
// Over-generates a little (only forms present in the store matter).
std::vector<std::string> VerbForms(std::string_view word);

}  // namespace kg::query::binder
