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
  std::map<std::string, std::string> lone;  // IRI -> its one word
  std::set<std::string> full, evidenced;
  // A full name without its initials ("maria ortega" for "Maria J. Ortega")
  // -> the IRIs of that name with initials, and of it without.
  std::map<std::string, std::set<std::string>> with_initials, without_initials;
  for (const auto& p : persons) {
    if (non_persons.iris.count(p.iri)) continue;
    if (p.person_evidence) evidenced.insert(p.iri);
    std::vector<std::string> words = Words(p.label);
    if (words.size() >= 2) {
      full.insert(p.iri);
      std::string plain;
      size_t kept = 0;
      for (const auto& w : words) {
        if (w.size() == 1) continue;  // an initial
        plain += (plain.empty() ? "" : " ") + w;
        ++kept;
      }
      if (kept >= 2) (kept < words.size() ? with_initials : without_initials)[plain].insert(p.iri);
    } else if (words.size() == 1 && words[0].size() >= 2) {
      lone.emplace(p.iri, words[0]);
    }
  }
  std::map<std::string, std::string> links;
  // "Maria Ortega" is "Maria J. Ortega" when the store has one such name with
  // initials (with two, "Maria J." and "Maria K.", neither).
  for (const auto& [plain, initialed] : with_initials) {
    if (initialed.size() != 1) continue;
    auto bare = without_initials.find(plain);
    if (bare == without_initials.end()) continue;
    for (const auto& iri : bare->second) {
      if (iri != *initialed.begin()) links.emplace(iri, *initialed.begin());
    }
  }
  auto canonical = [&](const std::string& iri) {
    auto it = links.find(iri);
    return it == links.end() ? iri : it->second;
  };
  std::map<std::string, std::set<std::string>> full_by_surname;  // surname -> persons, after the links above
  for (const auto& p : persons) {
    if (!full.count(p.iri)) continue;
    std::vector<std::string> words = Words(p.label);
    if (words.size() >= 2) full_by_surname[words.back()].insert(canonical(p.iri));
  }
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
