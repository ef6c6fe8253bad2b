#include "query/exec/physical_scan.h"

#include <algorithm>

#include "graph/cache_check.h"
#include "query/exec/type_members.h"
#include "query/query_error.h"

namespace kg::query::exec {

std::string IndexFor(bool s, bool p, bool o) {
  if (s && !o) return "SPO";
  if (p && !s) return "POS";
  if (o) return s && p ? "SPO" : "OSP";
  return "SPO";
}

PhysicalScan::PhysicalScan(OperatorPtr input, binder::BoundPattern pattern,
                           std::string index, uint64_t estimate)
    : pattern_(std::move(pattern)), index_(std::move(index)), estimate_(estimate) {
  children_.push_back(std::move(input));
  // A constant tested rather than sought (a partial date, a year) matches
  // several statements that may bind the variables alike, as alternatives do.
  auto tested = [](const binder::BoundTerm& t) { return !t.is_variable() && !t.is_seekable(); };
  dedupe_ = pattern_.predicate.alternatives.size() > 1 || tested(pattern_.subject) || tested(pattern_.object);
  const auto& alts = pattern_.predicate.alternatives;
  for (const auto& a : alts) {
    for (const auto& b : alts) {
      if (a.id == b.id && !a.inverse && b.inverse) symmetric_.push_back(a.id);
    }
  }
}

std::string PhysicalScan::Name() const {
  bool has_input = children_[0]->Name() != "ARGUMENT";
  return has_input ? "INDEX_JOIN" : "INDEX_SCAN";
}

std::string PhysicalScan::Params() const {
  return "[" + index_ + "] " + pattern_.subject.text + " " + pattern_.predicate.text + " " +
         pattern_.object.text + (estimate_ == kNotEstimated ? "" : " (est. " + std::to_string(estimate_) + ")");
}

void PhysicalScan::Open(ExecContext* ctx) {
  ctx_ = ctx;
  children_[0]->Open(ctx);
  probes_.clear();
  found_.clear();
  point_ = false;
  pending_.clear();
  batch_ = 8;
  next_probe_ = 0;
  cursor_.reset();
}

bool PhysicalScan::TermMatches(const binder::BoundTerm& t, graph::TermId id) {
  for (auto x : t.ids) {
    if (x == id) return true;
  }
  if (t.date_prefix.empty()) return false;
  const graph::Term& term = ctx_->TermOf(id);
  return term.kind == graph::TermKind::kDate && term.value.starts_with(t.date_prefix);
}

std::vector<PhysicalScan::Probe> PhysicalScan::ProbesFor(const ExecRow& row) const {
  // Candidates per position without copying: a bound or unbound variable and
  // an unseekable constant are one value, a seekable constant its ids.
  struct Candidates {
    graph::TermId one = graph::kNoTerm;
    const std::vector<graph::TermId>* many = nullptr;
    size_t size() const { return many ? many->size() : 1; }
    graph::TermId operator[](size_t i) const { return many ? (*many)[i] : one; }
  };
  auto candidates = [&](const binder::BoundTerm& t) {
    Candidates c;
    if (t.is_variable()) {
      c.one = row.slots[t.var];  // kUnbound when not yet bound
    } else if (t.is_seekable()) {
      c.many = &t.ids;
    }  // else kNoTerm: scan and test the prefix
    return c;
  };
  const Candidates subjects = candidates(pattern_.subject), objects = candidates(pattern_.object);
  std::vector<Probe> probes;
  auto add = [&](const binder::PredicateAlternative& alt) {
    for (size_t i = 0; i < subjects.size(); ++i) {
      for (size_t j = 0; j < objects.size(); ++j) {
        graph::Pattern p;
        p.p = alt.id;
        p.s = alt.inverse ? objects[j] : subjects[i];
        p.o = alt.inverse ? subjects[i] : objects[j];
        probes.push_back({p, alt.inverse});
      }
    }
  };
  if (pattern_.predicate.is_variable()) {
    add({row.slots[pattern_.predicate.var], false});
  } else {
    probes.reserve(pattern_.predicate.alternatives.size() * subjects.size() * objects.size());
    for (const auto& alt : pattern_.predicate.alternatives) add(alt);
  }
  return probes;
}

bool PhysicalScan::ReadAhead() {
  constexpr size_t kMaxBatch = 256;
  const size_t first = pending_.size();
  for (size_t n = 0; n < batch_; ++n) {
    Pending p;
    if (!children_[0]->Next(&p.row)) break;
    p.probes = ProbesFor(p.row);
    p.point = !pattern_.predicate.is_variable() && !p.probes.empty();
    for (const auto& probe : p.probes) {
      const auto& q = probe.pattern;
      if (q.s == graph::kNoTerm || q.p == graph::kNoTerm || q.o == graph::kNoTerm) p.point = false;
    }
    const bool point = p.point;
    pending_.push_back(std::move(p));
    if (!point) break;  // only existence checks gain from reading ahead; keep scans lazy (LIMIT)
  }
  batch_ = std::min(kMaxBatch, batch_ * 2);
  // Type tests from the engine's type lists where it has them, the rest in
  // one batched store read. A batch's set lookups are prefetched first, so
  // their memory waits overlap instead of coming one row at a time.
  std::vector<graph::StatementIds> checks;
  std::vector<uint8_t*> answers;
  struct TypeTest {
    graph::TermId entity, type;
    uint8_t* answer;
  };
  std::vector<TypeTest> type_tests;
  TypeMembers* types = ctx_->type_members();
  for (size_t i = first; i < pending_.size(); ++i) {
    Pending& p = pending_[i];
    if (!p.point) continue;
    p.found.assign(p.probes.size(), 0);
    for (size_t k = 0; k < p.probes.size(); ++k) {
      const graph::Pattern& q = p.probes[k].pattern;
      if (types && q.p == ctx_->rdf_type()) {
        type_tests.push_back({q.s, q.o, &p.found[k]});
      } else {
        checks.push_back({q.s, q.p, q.o});
        answers.push_back(&p.found[k]);
      }
    }
  }
  // Usually one type per scan (a few with subtypes): one set lookup each.
  std::vector<std::pair<graph::TermId, const IdSet*>> sets;
  for (size_t i = 0; i < type_tests.size(); ++i) {
    const graph::TermId type = type_tests[i].type;
    if (std::any_of(sets.begin(), sets.end(), [&](const auto& e) { return e.first == type; })) continue;
    const auto n = std::count_if(type_tests.begin() + static_cast<std::ptrdiff_t>(i), type_tests.end(),
                                 [&](const TypeTest& t) { return t.type == type; });
    sets.emplace_back(type, types->MembersOf(type, static_cast<uint64_t>(n)));
  }
  auto set_of = [&](graph::TermId type) {
    for (const auto& [t, set] : sets) {
      if (t == type) return set;
    }
    return static_cast<const IdSet*>(nullptr);
  };
  for (const TypeTest& t : type_tests) {
    if (const IdSet* set = set_of(t.type)) set->Prefetch(t.entity);
  }
  std::vector<graph::StatementIds> answered_from_sets;  // KG_CHECK_CACHES builds check these
  for (const TypeTest& t : type_tests) {
    if (const IdSet* set = set_of(t.type)) {
      *t.answer = set->Contains(t.entity) ? 1 : 0;
      if constexpr (graph::kCheckCaches) answered_from_sets.push_back({t.entity, ctx_->rdf_type(), t.type});
    } else {
      checks.push_back({t.entity, ctx_->rdf_type(), t.type});
      answers.push_back(t.answer);
    }
  }
  if constexpr (graph::kCheckCaches) {
    std::vector<uint8_t> fresh;
    ThrowIfReadFailed(ctx_->store().ContainsBatch(answered_from_sets, &fresh));
    for (size_t i = 0; i < answered_from_sets.size(); ++i) {
      const graph::StatementIds& st = answered_from_sets[i];
      if ((set_of(st.o)->Contains(st.s) ? 1 : 0) != fresh[i]) {
        graph::CacheCheckFailed("type members", "entity " + std::to_string(st.s) + " type " + std::to_string(st.o));
      }
    }
  }
  if (!checks.empty()) {
    std::vector<uint8_t> found;
    ThrowIfReadFailed(ctx_->store().ContainsBatch(checks, &found));
    for (size_t i = 0; i < answers.size(); ++i) *answers[i] = found[i];
  }
  return pending_.size() > first;
}

bool PhysicalScan::StartInput() {
  if (pending_.empty() && !ReadAhead()) return false;
  Pending& p = pending_.front();
  input_row_ = std::move(p.row);
  probes_ = std::move(p.probes);
  found_ = std::move(p.found);
  point_ = p.point;
  pending_.pop_front();
  next_probe_ = 0;
  seen_.clear();
  return true;
}

bool PhysicalScan::Accept(const graph::StatementIds& st, bool inverse, ExecRow* out) {
  graph::TermId subj = inverse ? st.o : st.s;
  graph::TermId obj = inverse ? st.s : st.o;
  *out = input_row_;
  auto bind = [&](const binder::BoundTerm& t, graph::TermId id) {
    if (!t.is_variable()) return t.is_seekable() || TermMatches(t, id);
    Slot& slot = out->slots[t.var];
    if (slot == kUnbound) {
      slot = id;
      return true;
    }
    return slot == id;  // repeated variable (?x met ?x) or bound by input
  };
  if (!bind(pattern_.subject, subj)) return false;
  if (pattern_.predicate.is_variable()) {
    Slot& slot = out->slots[pattern_.predicate.var];
    if (slot == kUnbound) slot = st.p;
    else if (slot != st.p) return false;
  }
  if (!bind(pattern_.object, obj)) return false;
  // Only a statement that may match counts as seen: a negated reverse of a
  // symmetric fact must not hide the asserted fact read the other way.
  if (!ctx_->Matchable(st)) return false;
  // Several probes per row (predicate alternatives, a type and its subtypes,
  // a name of several entities) may bind the variables alike: one row each.
  if ((dedupe_ || probes_.size() > 1) &&
      !seen_.insert({pattern_.subject.is_variable() ? subj : graph::kNoTerm, st.p,
                     pattern_.object.is_variable() ? obj : graph::kNoTerm})
           .second) {
    return false;
  }
  (pattern_.type_test ? out->used_by_types : out->used).push_back(st);
  // A symmetric fact may be stored both ways; the row rests on both (CITE).
  if (std::find(symmetric_.begin(), symmetric_.end(), st.p) != symmetric_.end() && st.s != st.o) {
    graph::StatementIds reverse{st.o, st.p, st.s};
    auto c = ctx_->store().Scan({reverse.s, reverse.p, reverse.o});
    if (c->Valid() && c->Current() == reverse && ctx_->Matchable(reverse)) out->used.push_back(reverse);
  }
  return true;
}

bool PhysicalScan::Next(ExecRow* row) {
  for (;;) {
    ctx_->CheckDeadline();
    if (cursor_) {
      while (cursor_->Valid()) {
        graph::StatementIds st = cursor_->Current();
        cursor_->Next();
        if (Accept(st, probe_inverse_, row)) return true;
        ctx_->CheckDeadline();
      }
      if (!cursor_->status().ok()) throw ExecError(cursor_->status().code(), cursor_->status().message());
      cursor_.reset();
    }
    if (next_probe_ < probes_.size()) {
      size_t i = next_probe_++;
      const Probe& probe = probes_[i];
      if (!pattern_.predicate.is_variable() && probe.pattern.p == graph::kNoTerm) continue;
      probe_inverse_ = probe.inverse;
      ctx_->CountScan();
      if (point_) {  // answered by the batch
        if (found_[i] && Accept({probe.pattern.s, probe.pattern.p, probe.pattern.o}, probe.inverse, row)) return true;
        continue;
      }
      cursor_ = ctx_->store().Scan(probe.pattern);
      continue;
    }
    if (!StartInput()) return false;
  }
}

}  // namespace kg::query::exec
