// Links between documents that the text of one document cannot make:
// - a full name without the initials another document gives ("Maria Ortega",
//   "Maria J. Ortega") is that name, when the store has exactly one form of it
//   with initials;
// - a person named by a lone surname ("Okonkwo", "Mr Okonkwo" — the honorific is
// not part of the label) in a document that never gives the full name is the
// person of the store whose full name ends with that surname, when exactly one
// such person exists. Two different full names ending with it: no link, for
// either document. A pure function of the set of person names, so it does not
// depend on the order in which documents arrived.
// Thread-safety: pure function.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

namespace kg::curate {

// What one document says of one entity typed Person somewhere in the store.
struct PersonName {
  std::string iri;    // the entity IRI
  std::string label;  // one of its labels as extracted
  // The document treats it as a person by more than the NER's type: a title,
  // an Official type, an honorific alias ("Mr X"), or it speaks.
  bool person_evidence = false;
};

// What the store's documents say of entities that are not persons.
struct NonPersons {
  std::set<std::string> iris;   // typed other than Person/Official in some document
  std::set<std::string> words;  // NameKeys of the words of their labels
};

// IRI -> the IRI it is linked to (a lone surname to the full name, a name
// without initials to the one with them; never a chain). A person one of whose labels has
// more than one word is a full name; one all of whose labels are one word is
// a lone surname; words are compared by NameKey. Neither may be a non-person
// anywhere, a lone surname may not be a word of a non-person's name ("Marsden"
// the town, "Velmar" of "Velmar Rovers"), and it links only with person
// evidence in some document.
std::map<std::string, std::string> LinkLoneSurnames(const std::vector<PersonName>& persons,
                                                    const NonPersons& non_persons = {});

}  // namespace kg::curate
