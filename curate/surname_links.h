// Links between documents that the text of one document cannot make: a
// person named by a lone surname ("Okonkwo", "Mr Okonkwo" — the honorific is
// not part of the label) in a document that never gives the full name is the
// person of the store whose full name ends with that surname, when exactly one
// such person exists. Two different full names ending with it: no link, for
// either document. A pure function of the set of person names, so it does not
// depend on the order in which documents arrived.
// Thread-safety: pure function.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace kg::curate {

struct PersonName {
  std::string iri;    // the person's entity IRI
  std::string label;  // one of its labels as extracted
};

// lone-surname IRI -> the full name's IRI. A person one of whose labels has
// more than one word is a full name; one all of whose labels are one word is
// a lone surname; words are compared by NameKey.
std::map<std::string, std::string> LinkLoneSurnames(const std::vector<PersonName>& persons);

}  // namespace kg::curate
