#include "query/result/citation_order.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "util/text.h"

namespace kg::query {
namespace {

// What an end of the fact is called, as NameKey: the whole name and its last word.
int EndScore(const std::string& sentence_key, const Value& end) {
  const std::string& name = end.kind == Value::Kind::kEntity ? end.label : end.value;
  const std::string whole = text::NameKey(name);
  if (whole.empty()) return 0;
  if (sentence_key.find(whole) != std::string::npos) return 2;
  const size_t space = name.find_last_of(' ');
  if (space == std::string::npos) return 0;
  const std::string last = text::NameKey(std::string_view(name).substr(space + 1));
  return last.size() >= 3 && sentence_key.find(last) != std::string::npos ? 1 : 0;
}

bool SameStatement(const graph::StatementIds& a, const graph::StatementIds& b) { return a == b; }

}  // namespace

int MentionScore(const std::string& sentence, const CitedFact& fact) {
  const std::string key = text::NameKey(sentence);
  return EndScore(key, fact.subject) + EndScore(key, fact.object);
}

void OrderCitations(const std::vector<graph::StatementIds>& fact_order, std::vector<RowCitation>* citations) {
  // A symmetric statement and its reverse are one fact for grouping and repeats.
  auto group_of = [&](const graph::StatementIds& st) -> size_t {
    const graph::StatementIds reverse{st.o, st.p, st.s};
    for (size_t i = 0; i < fact_order.size(); ++i) {
      if (SameStatement(fact_order[i], st) || SameStatement(fact_order[i], reverse)) return i;
    }
    return fact_order.size();
  };
  struct Keyed {
    size_t group;
    int mentions;
    RowCitation citation;
  };
  std::vector<Keyed> keyed;
  keyed.reserve(citations->size());
  for (auto& c : *citations) {
    const size_t g = group_of(c.fact.ids);
    const int m = MentionScore(c.citation.sentence, c.fact);
    keyed.push_back({g, m, std::move(c)});
  }
  auto rank = [](const Keyed& k) {
    const auto& p = k.citation.citation.provenance;
    return std::make_tuple(k.group, -k.mentions, p.modality == graph::Modality::kAsserted ? 0 : 1, -p.confidence,
                           p.attributed_to.empty() ? 0 : 1);
  };
  std::stable_sort(keyed.begin(), keyed.end(), [&](const Keyed& a, const Keyed& b) {
    const auto ra = rank(a), rb = rank(b);
    if (ra != rb) return ra < rb;
    // Equally direct: the earlier publication, then document order.
    const auto& ca = a.citation.citation;
    const auto& cb = b.citation.citation;
    return std::tie(ca.published, ca.source, ca.provenance.start) < std::tie(cb.published, cb.source, cb.provenance.start);
  });
  std::set<std::tuple<size_t, std::string, uint32_t, uint32_t>> seen;
  citations->clear();
  for (auto& k : keyed) {
    const auto& p = k.citation.citation.provenance;
    if (!seen.insert({k.group, p.doc_id, p.start, p.end}).second) continue;
    citations->push_back(std::move(k.citation));
  }
}

}  // namespace kg::query
