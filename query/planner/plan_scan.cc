#include <algorithm>

#include "query/exec/physical_scan.h"
#include "query/planner/planner.h"

namespace kg::query::planner {

namespace {

bool TermBound(const binder::BoundTerm& t, const std::vector<bool>& bound) {
  return t.is_variable() ? static_cast<bool>(bound[t.var]) : t.is_seekable();
}

}  // namespace

uint64_t Planner::EstimatePattern(const binder::BoundPattern& p, const std::vector<bool>& bound) const {
  auto it = base_estimates_.find(p.index);
  if (it == base_estimates_.end()) it = base_estimates_.emplace(p.index, BaseEstimate(p)).first;
  uint64_t total = it->second;
  // Positions bound at run time by earlier patterns shrink the result a lot.
  bool s_var_bound = p.subject.is_variable() && bound[p.subject.var];
  bool o_var_bound = p.object.is_variable() && bound[p.object.var];
  bool p_var_bound = p.predicate.is_variable() && bound[p.predicate.var];
  if (s_var_bound && o_var_bound) return 1;
  if (s_var_bound) total = std::max<uint64_t>(1, total / 1000 + 1);
  if (o_var_bound) total = std::max<uint64_t>(1, total / 100 + 1);
  if (p_var_bound) total = std::max<uint64_t>(1, total / 10);
  return total;
}

uint64_t Planner::BaseEstimate(const binder::BoundPattern& p) const {
  // Constants: ask the store (a few candidates; scale for the rest).
  std::vector<graph::TermId> preds;
  if (p.predicate.is_variable()) preds.push_back(graph::kNoTerm);
  for (const auto& a : p.predicate.alternatives) preds.push_back(a.id);
  auto candidates = [](const binder::BoundTerm& t) {
    std::vector<graph::TermId> c;
    if (t.is_seekable()) c = t.ids;
    else c.push_back(graph::kNoTerm);
    return c;
  };
  std::vector<graph::TermId> subjects = candidates(p.subject), objects = candidates(p.object);
  // Statements per candidate, to find the candidates the pattern never matches.
  std::vector<uint64_t> per_subject(subjects.size(), 0), per_object(objects.size(), 0);
  uint64_t total = 0;
  size_t probes = 0;
  for (size_t i = 0; i < preds.size(); ++i) {
    bool inverse = !p.predicate.is_variable() && p.predicate.alternatives[i].inverse;
    for (size_t si = 0; si < subjects.size(); ++si) {
      for (size_t oi = 0; oi < objects.size(); ++oi) {
        if (++probes > 16) break;  // enough to estimate
        graph::Pattern q;
        q.p = preds[i];
        q.s = inverse ? objects[oi] : subjects[si];
        q.o = inverse ? subjects[si] : objects[oi];
        const uint64_t n = store_->EstimateCount(q);
        total += n;
        per_subject[si] += n;
        per_object[oi] += n;
      }
    }
  }
  size_t all = preds.size() * subjects.size() * objects.size();
  if (probes > 16) {
    total = total * all / 16;
  } else {
    // Every probe was counted (a count of 0 is exact: EstimateCount counts
    // small ranges). Keep at least one candidate: a pattern that matches
    // nothing stays as written.
    auto empty = [](const binder::BoundTerm& t, const std::vector<uint64_t>& counts) {
      std::vector<graph::TermId> out;
      if (!t.is_seekable() || t.ids.size() < 2) return out;
      for (size_t i = 0; i < counts.size(); ++i) {
        if (counts[i] == 0) out.push_back(t.ids[i]);
      }
      if (out.size() == t.ids.size()) out.clear();
      return out;
    };
    EmptyCandidates e{empty(p.subject, per_subject), empty(p.object, per_object)};
    if (!e.subjects.empty() || !e.objects.empty()) empty_candidates_[p.index] = std::move(e);
  }
  return total;
}

exec::OperatorPtr Planner::PlanScan(exec::OperatorPtr input, const binder::BoundPattern& p,
                                    const std::vector<bool>& bound, uint64_t estimate) const {
  bool s = TermBound(p.subject, bound), o = TermBound(p.object, bound);
  bool pr = !p.predicate.is_variable() || bound[p.predicate.var];
  // An inverse alternative swaps subject and object positions.
  bool inverse = !p.predicate.alternatives.empty() &&
                 std::all_of(p.predicate.alternatives.begin(), p.predicate.alternatives.end(),
                             [](const auto& a) { return a.inverse; });
  std::string index = inverse ? exec::IndexFor(o, pr, s) : exec::IndexFor(s, pr, o);
  binder::BoundPattern scanned = p;
  if (auto it = empty_candidates_.find(p.index); it != empty_candidates_.end()) {
    auto drop = [](binder::BoundTerm* t, const std::vector<graph::TermId>& ids) {
      std::erase_if(t->ids, [&](graph::TermId id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); });
    };
    drop(&scanned.subject, it->second.subjects);
    drop(&scanned.object, it->second.objects);
  }
  return std::make_unique<exec::PhysicalScan>(std::move(input), std::move(scanned), index, estimate);
}

}  // namespace kg::query::planner
