#include "tests/query/difftest/shrinker.h"

namespace kg::difftest {
namespace {

using Clock = std::chrono::steady_clock;

// ddmin over a list: removes chunks while `fails(kept)` holds.
template <typename T>
std::vector<T> MinimiseList(std::vector<T> items, const std::function<bool(const std::vector<T>&)>& fails,
                            Clock::time_point deadline) {
  size_t chunks = 2;
  while (items.size() >= 2 && Clock::now() < deadline) {
    const size_t size = (items.size() + chunks - 1) / chunks;
    bool reduced = false;
    for (size_t start = 0; start < items.size() && Clock::now() < deadline; start += size) {
      std::vector<T> rest(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(start));
      rest.insert(rest.end(), items.begin() + static_cast<std::ptrdiff_t>(std::min(items.size(), start + size)), items.end());
      if (fails(rest)) {
        items = std::move(rest);
        chunks = std::max<size_t>(chunks - 1, 2);
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      if (chunks >= items.size()) break;
      chunks = std::min(items.size(), chunks * 2);
    }
  }
  if (items.size() == 1 && Clock::now() < deadline && fails({})) items.clear();
  return items;
}

// Variants of a clause list: each clause dropped, each OPTIONAL unwrapped or shrunk, filters simplified.
void ClauseVariants(const std::vector<QClause>& clauses, const std::function<void(std::vector<QClause>)>& emit) {
  for (size_t i = 0; i < clauses.size(); ++i) {
    std::vector<QClause> v = clauses;
    v.erase(v.begin() + static_cast<std::ptrdiff_t>(i));
    emit(v);
  }
  for (size_t i = 0; i < clauses.size(); ++i) {
    const QClause& c = clauses[i];
    if (c.kind == QClause::Kind::kOptional) {
      std::vector<QClause> v = clauses;
      v.erase(v.begin() + static_cast<std::ptrdiff_t>(i));
      v.insert(v.begin() + static_cast<std::ptrdiff_t>(i), c.optional.begin(), c.optional.end());
      emit(v);
      ClauseVariants(c.optional, [&](std::vector<QClause> inner) {
        std::vector<QClause> w = clauses;
        w[i].optional = std::move(inner);
        emit(w);
      });
    }
    if (c.kind == QClause::Kind::kFilter) {
      for (const auto& arg : c.filter.args) {
        if (arg.kind == QExpr::Kind::kVar || arg.kind == QExpr::Kind::kString || arg.kind == QExpr::Kind::kNumber ||
            arg.kind == QExpr::Kind::kDate || arg.kind == QExpr::Kind::kYear) {
          continue;
        }
        std::vector<QClause> v = clauses;
        v[i].filter = arg;
        emit(v);
      }
    }
    if (c.kind == QClause::Kind::kPattern && c.pattern.p.alts.size() > 1) {
      for (size_t a = 0; a < c.pattern.p.alts.size(); ++a) {
        std::vector<QClause> v = clauses;
        v[i].pattern.p.alts = {c.pattern.p.alts[a]};
        emit(v);
      }
    }
  }
}

}  // namespace

std::vector<Query> QueryVariants(const Query& q) {
  std::vector<Query> out;
  auto add = [&](Query v) {
    if (IsValid(v)) out.push_back(std::move(v));
  };
  if (q.describe) return out;
  ClauseVariants(q.where, [&](std::vector<QClause> where) {
    Query v = q;
    v.where = std::move(where);
    add(std::move(v));
  });
  for (size_t i = 0; i < q.projection.size(); ++i) {
    Query v = q;
    v.projection.erase(v.projection.begin() + static_cast<std::ptrdiff_t>(i));
    add(v);
  }
  if (q.star) {
    Query v = q;
    v.star = false;
    for (const auto& var : PatternVars(q.where)) v.projection.push_back({var, false, false});
    add(v);
  }
  for (size_t i = 0; i < q.order_by.size(); ++i) {
    Query v = q;
    v.order_by.erase(v.order_by.begin() + static_cast<std::ptrdiff_t>(i));
    add(v);
  }
  if (q.limit) {
    Query v = q;
    v.limit.reset();
    add(v);
  }
  if (q.offset) {
    Query v = q;
    v.offset.reset();
    add(v);
  }
  if (q.distinct) {
    Query v = q;
    v.distinct = false;
    add(v);
  }
  return out;
}

FailingCase Shrink(FailingCase c, const StillFails& fails, Clock::time_point deadline) {
  auto shrink_query = [&]() {
    bool progress = true;
    while (progress && Clock::now() < deadline) {
      progress = false;
      for (auto& v : QueryVariants(c.query)) {
        if (Clock::now() >= deadline) break;
        FailingCase t = c;
        t.query = v;
        if (fails(t)) {
          c = std::move(t);
          progress = true;
          break;
        }
      }
    }
  };
  // The session's earlier queries: none if it fails one-shot.
  if (!c.before.empty()) {
    FailingCase t = c;
    t.before.clear();
    if (fails(t)) {
      c = std::move(t);
    } else {
      c.before = MinimiseList<Query>(c.before, [&](const std::vector<Query>& before) {
        FailingCase u = c;
        u.before = before;
        return fails(u);
      }, deadline);
    }
  }
  shrink_query();
  c.facts = MinimiseList<WrittenFact>(c.facts, [&](const std::vector<WrittenFact>& facts) {
    FailingCase u = c;
    u.facts = facts;
    return fails(u);
  }, deadline);
  shrink_query();
  return c;
}

}  // namespace kg::difftest
