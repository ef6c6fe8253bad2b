#include "curate/surname_links.h"

#include <set>

#include "util/text.h"

namespace kg::curate {
namespace {

// The NameKeys of the space-separated words of `label`.
std::vector<std::string> Words(const std::string& label) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < label.size()) {
    size_t j = label.find(' ', i);
    if (j == std::string::npos) j = label.size();
    std::string key = text::NameKey(std::string_view(label).substr(i, j - i));
    if (!key.empty()) out.push_back(std::move(key));
    i = j + 1;
  }
  return out;
}

}  // namespace

std::map<std::string, std::string> LinkLoneSurnames(const std::vector<PersonName>& persons,
                                                    const NonPersons& non_persons) {
  std::map<std::string, std::set<std::string>> full_by_surname;  // surname -> full-name IRIs
  std::map<std::string, std::string> lone;                        // IRI -> its one word
  std::set<std::string> full, evidenced;
  for (const auto& p : persons) {
    if (non_persons.iris.count(p.iri)) continue;
    if (p.person_evidence) evidenced.insert(p.iri);
    std::vector<std::string> words = Words(p.label);
    if (words.size() >= 2) {
      full.insert(p.iri);
      full_by_surname[words.back()].insert(p.iri);
    } else if (words.size() == 1 && words[0].size() >= 2) {
      lone.emplace(p.iri, words[0]);
    }
  }
  std::map<std::string, std::string> links;
  for (const auto& [iri, surname] : lone) {
    if (full.count(iri)) continue;  // also named in full somewhere: not a lone surname
    if (!evidenced.count(iri) || non_persons.words.count(surname)) continue;
    auto it = full_by_surname.find(surname);
    if (it == full_by_surname.end() || it->second.size() != 1) continue;
    links.emplace(iri, *it->second.begin());
  }
  return links;
}

}  // namespace kg::curate
