#include "query/result/citation_order.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "util/text.h"

namespace kg::query {
namespace {

int EndScore(const std::string& sentence_key, const EndKeys& end) {
  if (end.whole.empty()) return 0;
  if (sentence_key.find(end.whole) != std::string::npos) return 2;
  return end.last.size() >= 3 && sentence_key.find(end.last) != std::string::npos ? 1 : 0;
}

bool SameStatement(const graph::StatementIds& a, const graph::StatementIds& b) { return a == b; }

}  // namespace

EndKeys KeysOf(const Value& end) {
  const std::string& name = end.kind == Value::Kind::kEntity ? end.label : end.value;
  EndKeys k;
  k.whole = text::NameKey(name);
  const size_t space = name.find_last_of(' ');
  if (space != std::string::npos) k.last = text::NameKey(std::string_view(name).substr(space + 1));
  return k;
}

int MentionScore(const std::string& sentence_key, const EndKeys& subject, const EndKeys& object) {
  return EndScore(sentence_key, subject) + EndScore(sentence_key, object);
}

int MentionScore(const std::string& sentence, const CitedFact& fact) {
  return MentionScore(text::NameKey(sentence), KeysOf(fact.subject), KeysOf(fact.object));
}

void OrderCitations(const std::vector<graph::StatementIds>& fact_order, std::vector<RowCitation>* citations,
                    const std::vector<int>* mentions) {
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
  for (size_t i = 0; i < citations->size(); ++i) {
    RowCitation& c = (*citations)[i];
    const size_t g = group_of(c.fact.ids);
    const int m = mentions != nullptr && i < mentions->size() ? (*mentions)[i] : MentionScore(c.citation.sentence, c.fact);
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
