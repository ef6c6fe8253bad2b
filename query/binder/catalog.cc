#include "query/binder/catalog.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "graph/vocabulary.h"
#include "query/query_error.h"
#include "query/binder/inflection.h"

namespace kg::query::binder {
namespace {

struct SubType {
  std::string_view sub, super;
};
// CONTRACT.md section 3: Official is a Person; event kinds are Events.
constexpr std::array<SubType, 6> kHierarchy = {{{"official", "person"},
                                                {"meeting", "event"},
                                                {"visit", "event"},
                                                {"ceremony", "event"},
                                                {"speech", "event"},
                                                {"summit", "event"}}};

const std::vector<graph::TermId> kEmpty;

}  // namespace

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) == std::tolower(static_cast<unsigned char>(b[j - 1]));
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (same ? 0 : 1)});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::string ClosestName(std::string_view word, const std::vector<std::string>& names) {
  size_t limit = word.size() <= 4 ? 1 : (word.size() <= 8 ? 2 : 3);
  std::string best;
  size_t best_d = limit + 1;
  for (const auto& n : names) {
    size_t d = EditDistance(word, n);
    if (d < best_d || (d == best_d && n < best)) {
      best_d = d;
      best = n;
    }
  }
  return best_d <= limit ? best : "";
}

Catalog::Catalog(const graph::Store* store) {
  auto add = [](auto* map, std::vector<std::string>* names, graph::TermId id, const std::string& iri) {
    std::string local(graph::vocab::LocalName(iri));
    auto& ids = (*map)[LowerAscii(local)];
    if (ids.empty()) names->push_back(local);
    ids.push_back(id);
  };
  for (const auto& [id, count] : ReadOrThrow(store->PredicateCounts())) {
    auto term = store->Resolve(id);
    if (!term.ok()) continue;
    predicate_counts_[id] = count;
    add(&predicates_, &predicate_names_, id, term->value);
    if (term->value == graph::vocab::kRdfType) rdf_type_ = id;
    if (term->value == graph::vocab::kLabel) label_ = id;
    if (term->value == graph::vocab::kAlias) alias_ = id;
  }
  for (const auto& [id, count] : ReadOrThrow(store->TypeCounts())) {
    auto term = store->Resolve(id);
    if (term.ok()) add(&types_, &type_names_, id, term->value);
  }
  if (rdf_type_ == graph::kNoTerm) {
    rdf_type_ = ReadOrThrow(store->Lookup(graph::Term::Iri(std::string(graph::vocab::kRdfType))));
  }
}

const std::vector<graph::TermId>& Catalog::PredicatesNamed(const std::string& lower_name) const {
  auto it = predicates_.find(lower_name);
  return it == predicates_.end() ? kEmpty : it->second;
}

const std::vector<graph::TermId>& Catalog::TypesNamed(const std::string& lower_name) const {
  auto it = types_.find(lower_name);
  return it == types_.end() ? kEmpty : it->second;
}

uint64_t Catalog::PredicateCount(graph::TermId id) const {
  auto it = predicate_counts_.find(id);
  return it == predicate_counts_.end() ? 0 : it->second;
}

const Catalog::PredicateMatch& Catalog::MatchPredicate(const std::string& written) const {
  auto it = predicate_matches_.find(written);
  if (it != predicate_matches_.end()) return it->second;
  static const std::vector<std::string> kCore = {
      "attended", "organized", "met",      "visited", "accompanied", "title", "memberof", "leaderof", "nationality",
      "childof",  "parentof",  "spouseof", "date",    "location",    "locatedin", "said", "label", "alias", "type"};
  PredicateMatch m;
  std::string lower = LowerAscii(written);
  std::vector<std::string> forms = VerbForms(lower);
  // Friendly names for the naming predicates.
  if (lower == "name" || lower == "label") forms.push_back("name");
  if (lower == "alias" || lower == "alternatename") forms.push_back("alternatename");
  for (const auto& form : forms) {
    const auto& found = PredicatesNamed(form);
    m.ids.insert(m.ids.end(), found.begin(), found.end());
    m.symmetric = m.symmetric || IsSymmetric(form);
    m.core = m.core || std::find(kCore.begin(), kCore.end(), form) != kCore.end();
  }
  std::sort(m.ids.begin(), m.ids.end());
  m.ids.erase(std::unique(m.ids.begin(), m.ids.end()), m.ids.end());
  return predicate_matches_.emplace(written, std::move(m)).first->second;
}

std::vector<std::string> Catalog::WithSubtypes(const std::string& lower_type) {
  std::vector<std::string> out = {lower_type};
  for (const auto& h : kHierarchy) {
    if (h.super == lower_type) out.emplace_back(h.sub);
  }
  return out;
}

std::vector<std::string> Catalog::Supertypes(std::string_view type) {
  std::vector<std::string> out;
  std::string lower = LowerAscii(type);
  for (const auto& h : kHierarchy) {
    if (h.sub == lower) {
      std::string s(h.super);
      s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
      out.push_back(s);
    }
  }
  return out;
}

bool Catalog::IsSymmetric(std::string_view lower_local_name) {
  return lower_local_name == "met" || lower_local_name == "meet" || lower_local_name == "spouseof";
}

}  // namespace kg::query::binder
