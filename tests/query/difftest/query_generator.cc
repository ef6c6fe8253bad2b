#include "tests/query/difftest/query_generator.h"

#include <algorithm>
#include <functional>

#include "graph/vocabulary.h"
#include "tests/query/difftest/reference_evaluator.h"

namespace kg::difftest {
namespace {

bool Compatible(ValueKind a, ValueKind b) {
  if (a == b) return true;
  return IsEntityKind(a) && IsEntityKind(b) && (a == ValueKind::kAnyEntity || b == ValueKind::kAnyEntity);
}

const std::string kSchema(graph::vocab::kSchemaPrefix);

}  // namespace

QueryGenerator::QueryGenerator(const GeneratedGraph* graph, uint64_t seed) : graph_(graph), rng_(seed) {}

std::string QueryGenerator::NewVar(ValueKind kind, bool optional) {
  static const char* kNames[] = {"a", "b", "c", "d", "e", "f", "g", "h", "k", "m", "n", "q", "r", "t", "u", "v", "w", "x", "y", "z"};
  std::string name = kNames[order_.size() % 20];
  if (order_.size() >= 20) name += std::to_string(order_.size());
  vars_[name] = {kind, false, optional};
  order_.push_back(name);
  return name;
}

QTerm QueryGenerator::EntityConstant(ValueKind kind) {
  const GeneratedGraph& g = *graph_;
  const std::vector<std::string>* pool = &g.persons;
  if (kind == ValueKind::kEvent) pool = &g.events;
  if (kind == ValueKind::kOrganization) pool = &g.organizations;
  if (kind == ValueKind::kPlace) pool = &g.places;
  if (kind == ValueKind::kAnyEntity) {
    const std::vector<std::string>* all[] = {&g.persons, &g.events, &g.organizations, &g.places};
    pool = all[Index(4)];
  }
  // Half the constants are frequent entities (of the kind when there is one).
  if (Chance(0.5)) {
    std::vector<std::string> frequent;
    for (const auto& e : g.frequent) {
      if (kind == ValueKind::kAnyEntity || std::find(pool->begin(), pool->end(), e) != pool->end()) frequent.push_back(e);
    }
    if (!frequent.empty()) return {QTerm::Kind::kIri, Pick(frequent)};
  }
  if (Chance(0.15) && !g.names.empty()) return {QTerm::Kind::kName, Pick(g.names)};
  return {QTerm::Kind::kIri, Pick(*pool)};
}

QTerm QueryGenerator::ObjectConstant(ValueKind kind) {
  switch (kind) {
    case ValueKind::kString:
      if (!graph_->titles.empty() && Chance(0.8)) return {QTerm::Kind::kName, Pick(graph_->titles)};
      return {QTerm::Kind::kName, Pick(graph_->names)};
    case ValueKind::kNumber: return {QTerm::Kind::kNumber, std::to_string(Index(2000))};
    case ValueKind::kDate: {
      char buf[40];
      int year = 2019 + static_cast<int>(Index(8)), month = 1 + static_cast<int>(Index(12));
      int form = static_cast<int>(Index(3));
      if (form == 0) {
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, 1 + static_cast<int>(Index(28)));
        return {QTerm::Kind::kDate, buf};
      }
      if (form == 1) {
        std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
        return {QTerm::Kind::kDate, buf};
      }
      return {QTerm::Kind::kNumber, std::to_string(year)};  // a year stands for its dates
    }
    default: return EntityConstant(kind);
  }
}

QPredicate QueryGenerator::WritePredicate(const PredicateUse& p, bool* swapped) {
  QPredicate out;
  *swapped = false;
  const bool by_name = !p.name.empty() && Chance(0.75);
  if (p.iri == graph::vocab::VocabIri("attended") && Chance(0.15)) {
    *swapped = true;  // event <schema:attendee> person
    out.alts.push_back({kSchema + "attendee", true, false});
    return out;
  }
  if (p.iri == graph::vocab::VocabIri("date") && Chance(0.2)) {
    out.alts.push_back({kSchema + "startDate", true, false});
    return out;
  }
  // Predicate names are case-insensitive.
  auto spelled = [&](std::string name) {
    if (Chance(0.1)) {
      for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return name;
  };
  QPredicateAlt alt{by_name ? spelled(p.name) : p.iri, !by_name, false};
  if (Chance(0.15)) {
    alt.inverse = true;
    *swapped = true;
  }
  out.alts.push_back(alt);
  // An alternative between predicates joining the same kinds (or the
  // predicate and its own inverse).
  if (IsEntityKind(p.object) && Chance(0.15)) {
    std::vector<const PredicateUse*> same;
    for (const auto& q : graph_->predicates) {
      if (IsEntityKind(q.object) && IsEntityKind(q.subject) && Compatible(q.subject, p.subject) &&
          Compatible(q.object, p.object)) {
        same.push_back(&q);
      }
    }
    const PredicateUse* other = same.empty() ? &p : Pick(same);
    const bool other_by_name = !other->name.empty() && Chance(0.75);
    bool inverse = alt.inverse;
    if (other == &p) inverse = !inverse;
    out.alts.push_back({other_by_name ? other->name : other->iri, !other_by_name, inverse});
  }
  return out;
}

QPattern QueryGenerator::FirstPattern() {
  const PredicateUse& p = Pick(graph_->predicates);
  QPattern pat;
  bool swapped = false;
  pat.p = WritePredicate(p, &swapped);
  ValueKind subject = p.subject, object = p.object;
  if (pat.p.alts.size() > 1) {
    subject = IsEntityKind(subject) ? ValueKind::kAnyEntity : subject;
    object = IsEntityKind(object) ? ValueKind::kAnyEntity : object;
  }
  const int shape = static_cast<int>(Index(10));
  if (shape < 5) {  // a constant subject: the shape of the frequent-entity bug
    pat.s = EntityConstant(p.subject);
    pat.o = {QTerm::Kind::kVar, NewVar(object, false)};
  } else if (shape < 8) {
    pat.s = {QTerm::Kind::kVar, NewVar(subject, false)};
    pat.o = ObjectConstant(p.object);
  } else {
    pat.s = {QTerm::Kind::kVar, NewVar(subject, false)};
    pat.o = {QTerm::Kind::kVar, NewVar(object, false)};
  }
  if (swapped) std::swap(pat.s, pat.o);
  return pat;
}

QPattern QueryGenerator::MakePattern(const std::string& anchor, bool optional) {
  const Var v = vars_[anchor];
  // A variable predicate from an entity: ?o takes values of every kind.
  if (IsEntityKind(v.kind) && !v.mixed && Chance(0.06)) {
    QPattern pat;
    pat.s = {QTerm::Kind::kVar, anchor};
    pat.p.kind = QPredicate::Kind::kVar;
    pat.p.var = NewVar(ValueKind::kAnyEntity, optional);
    vars_[pat.p.var].mixed = true;
    pat.o = {QTerm::Kind::kVar, NewVar(ValueKind::kAnyEntity, optional)};
    vars_[pat.o.text].mixed = true;
    return pat;
  }
  std::vector<std::pair<const PredicateUse*, bool>> options;  // (predicate, anchor is subject)
  for (const auto& p : graph_->predicates) {
    if (!v.mixed && Compatible(p.subject, v.kind)) options.push_back({&p, true});
    if (!v.mixed && Compatible(p.object, v.kind)) options.push_back({&p, false});
  }
  if (options.empty()) options.push_back({&graph_->predicates.front(), true});
  auto [p, anchor_subject] = Pick(options);
  QPattern pat;
  bool swapped = false;
  pat.p = WritePredicate(*p, &swapped);
  ValueKind other = anchor_subject ? p->object : p->subject;
  if (pat.p.alts.size() > 1 && IsEntityKind(other)) other = ValueKind::kAnyEntity;
  QTerm other_term = Chance(0.15) ? (anchor_subject ? ObjectConstant(other) : EntityConstant(other))
                                  : QTerm{QTerm::Kind::kVar, NewVar(other, optional)};
  QTerm a{QTerm::Kind::kVar, anchor};
  pat.s = anchor_subject ? a : other_term;
  pat.o = anchor_subject ? other_term : a;
  if (swapped) std::swap(pat.s, pat.o);
  return pat;
}

std::vector<QClause> QueryGenerator::TypeTest(const std::string& var) {
  QClause c;
  c.pattern.s = {QTerm::Kind::kVar, var};
  c.pattern.p.kind = QPredicate::Kind::kType;
  const ValueKind k = vars_[var].kind;
  std::vector<std::string> types = {"Person", "Official", "Event", "Meeting", "Summit", "Visit", "Organization", "Country", "Place"};
  if (k == ValueKind::kPerson) types = {"Person", "Official", "Person"};
  if (k == ValueKind::kEvent) types = {"Event", "Meeting", "Summit", "Ceremony", "Speech", "Visit", "Event"};
  const std::string type = Pick(types);
  if (Chance(0.2)) c.pattern.o = {QTerm::Kind::kIri, graph::vocab::VocabIri(type)};  // exactly that type
  else c.pattern.o = {QTerm::Kind::kName, Chance(0.2) ? AsciiLower(type) : type};
  return {c};
}

QExpr QueryGenerator::MakeFilter(bool allow_optional) {
  std::vector<std::string> candidates;
  for (const auto& name : order_) {
    const Var& v = vars_[name];
    if (!v.mixed && (allow_optional || !v.optional)) candidates.push_back(name);
  }
  QExpr e;
  if (candidates.empty()) {
    e.kind = QExpr::Kind::kNumber;
    e.text = "1";
    return e;
  }
  const std::string name = Pick(candidates);
  const Var& v = vars_[name];
  QExpr var{QExpr::Kind::kVar, "", name, {}};
  static const char* kOps[] = {"=", "!=", "<", "<=", ">", ">="};
  auto cmp = [&](QExpr a, QExpr b, const std::string& op) {
    QExpr c{QExpr::Kind::kCompare, op, "", {std::move(a), std::move(b)}};
    return c;
  };
  if (v.optional && Chance(0.4)) {
    if (Chance(0.5)) return var;  // bound
    return QExpr{QExpr::Kind::kNot, "", "", {var}};
  }
  switch (v.kind) {
    case ValueKind::kNumber:
      e = cmp(var, {QExpr::Kind::kNumber, "", std::to_string(Index(2000)), {}}, kOps[Index(6)]);
      break;
    case ValueKind::kDate: {
      QTerm c = ObjectConstant(ValueKind::kDate);
      QExpr lit{c.kind == QTerm::Kind::kDate ? QExpr::Kind::kDate : QExpr::Kind::kNumber, "", c.text, {}};
      if (Chance(0.3)) {
        e = cmp(QExpr{QExpr::Kind::kYear, "", "", {var}}, {QExpr::Kind::kNumber, "", std::to_string(2019 + Index(8)), {}},
                kOps[Index(6)]);
      } else {
        e = cmp(var, lit, kOps[Index(6)]);
      }
      break;
    }
    case ValueKind::kString:
      if (Chance(0.5) && !graph_->titles.empty()) {
        e = cmp(var, {QExpr::Kind::kString, "", Pick(graph_->titles), {}}, Chance(0.7) ? "=" : "!=");
      } else {
        static const char* kBits[] = {"min", "or", "e", "ENVOY", "x"};
        e = QExpr{QExpr::Kind::kContains, "", "", {var, {QExpr::Kind::kString, "", kBits[Index(5)], {}}}};
      }
      break;
    default: {
      const int form = static_cast<int>(Index(3));
      if (form == 0) {
        static const char* kBits[] = {"al", "KA", "ra", "7", "summit", "van"};
        e = QExpr{QExpr::Kind::kContains, "", "", {var, {QExpr::Kind::kString, "", kBits[Index(6)], {}}}};
      } else if (form == 1 && !graph_->names.empty()) {
        e = cmp(var, {QExpr::Kind::kString, "", Pick(graph_->names), {}}, Chance(0.6) ? "=" : "!=");
      } else {
        std::vector<std::string> others;
        for (const auto& o : candidates) {
          if (o != name && IsEntityKind(vars_[o].kind)) others.push_back(o);
        }
        if (others.empty()) return QExpr{QExpr::Kind::kVar, "", name, {}};
        e = cmp(var, {QExpr::Kind::kVar, "", Pick(others), {}}, Chance(0.7) ? "!=" : "=");
      }
    }
  }
  if (Chance(0.15)) e = QExpr{QExpr::Kind::kNot, "", "", {e}};
  return e;
}

void QueryGenerator::Project(Query* q) {
  std::vector<std::string> bound = PatternVars(q->where);
  auto sortable = [&](const std::string& v) { return !vars_[v].mixed; };
  const int shape = static_cast<int>(Index(20));
  if (shape < 3) {
    q->star = true;
  } else if (shape < 8) {
    QItem count{"", true, false};
    const int form = static_cast<int>(Index(3));
    if (form > 0) count.var = Pick(bound);
    count.count_distinct = form == 2;
    if (Chance(0.4) && bound.size() > 1) {
      std::string group = Pick(bound);
      if (group != count.var) q->projection.push_back({group, false, false});
    }
    q->projection.push_back(count);
  } else {
    std::vector<std::string> shuffled = bound;
    std::shuffle(shuffled.begin(), shuffled.end(), rng_);
    size_t n = 1 + Index(std::min<size_t>(3, shuffled.size()));
    for (size_t i = 0; i < n; ++i) q->projection.push_back({shuffled[i], false, false});
    q->distinct = Chance(0.25);
  }
  // ORDER BY on projected columns (or a hidden variable), then LIMIT/OFFSET.
  if (Chance(0.35)) {
    std::vector<QItem> keys;
    if (q->star) {
      for (const auto& v : bound) {
        if (sortable(v)) keys.push_back({v, false, false});
      }
    }
    for (const auto& i : q->projection) {
      if (i.is_count || sortable(i.var)) keys.push_back(i);
    }
    bool has_count = std::any_of(q->projection.begin(), q->projection.end(), [](const QItem& i) { return i.is_count; });
    if (!has_count && !q->distinct && Chance(0.3)) {
      std::string hidden = Pick(bound);
      if (sortable(hidden)) keys.push_back({hidden, false, false});
    }
    std::shuffle(keys.begin(), keys.end(), rng_);
    for (size_t i = 0; i < keys.size() && i < 2; ++i) {
      bool dup = std::any_of(q->order_by.begin(), q->order_by.end(), [&](const QOrderKey& k) { return k.key == keys[i]; });
      if (!dup) q->order_by.push_back({keys[i], Chance(0.4)});
    }
    if (Chance(0.6)) q->limit = 1 + Index(Chance(0.5) ? 5 : 50);
    if (Chance(0.3)) q->offset = Index(20);
  } else if (Chance(0.08)) {
    q->limit = Index(20);
    if (Chance(0.3)) q->offset = Index(10);
  }
}

Query QueryGenerator::OnePredicateCount() {
  // The shapes the planner answers from counters or by a skip scan
  // (COUNT_FROM_STATISTICS, COUNT_DISTINCT_SKIP_SCAN), and near misses.
  vars_.clear();
  order_.clear();
  Query q;
  const PredicateUse& p = Pick(graph_->predicates);
  QClause c;
  bool swapped = false;
  c.pattern.p = WritePredicate(p, &swapped);
  c.pattern.s = {QTerm::Kind::kVar, NewVar(p.subject, false)};
  c.pattern.o = {QTerm::Kind::kVar, NewVar(p.object, false)};
  if (swapped) std::swap(c.pattern.s, c.pattern.o);
  q.where.push_back(c);
  const int form = static_cast<int>(Index(5));
  QItem count{"", true, form >= 3};
  if (form == 1 || form == 3) count.var = c.pattern.s.text;
  if (form == 2 || form == 4) count.var = c.pattern.o.text;
  if (form == 3 && count.var.empty()) count.count_distinct = false;
  q.projection.push_back(count);
  if (Chance(0.1)) q.offset = 1;
  return q;
}

Query QueryGenerator::Next() {
  // Now and then the last query again with other quoted strings: the engine
  // reuses the parse of a statement that differs only in its strings.
  if (Chance(0.08)) {
    Query again = last_;
    if (SwapStrings(&again)) return again;
  }
  last_ = NextFresh();
  return last_;
}

bool QueryGenerator::SwapStrings(Query* q) {
  bool swapped = false;
  auto swap_term = [&](QTerm& t) {
    if (t.kind != QTerm::Kind::kName || graph_->names.empty()) return;
    t.text = Chance(0.3) && !graph_->titles.empty() ? Pick(graph_->titles) : Pick(graph_->names);
    swapped = true;
  };
  std::function<void(QExpr&)> swap_expr = [&](QExpr& e) {
    if (e.kind == QExpr::Kind::kString && !graph_->names.empty()) {
      e.text = Pick(graph_->names);
      swapped = true;
    }
    for (auto& a : e.args) swap_expr(a);
  };
  std::function<void(std::vector<QClause>&)> swap_clauses = [&](std::vector<QClause>& clauses) {
    for (auto& c : clauses) {
      if (c.kind == QClause::Kind::kPattern && c.pattern.p.kind != QPredicate::Kind::kType) {
        swap_term(c.pattern.s);
        swap_term(c.pattern.o);
      }
      if (c.kind == QClause::Kind::kFilter) swap_expr(c.filter);
      if (c.kind == QClause::Kind::kOptional) swap_clauses(c.optional);
    }
  };
  if (q->describe) swap_term(q->describe_term);
  else swap_clauses(q->where);
  return swapped;
}

Query QueryGenerator::NextFresh() {
  vars_.clear();
  order_.clear();
  Query q;
  if (Chance(0.05)) {
    q.describe = true;
    q.describe_term = Chance(0.8) ? EntityConstant(ValueKind::kAnyEntity) : QTerm{QTerm::Kind::kName, Pick(graph_->names)};
    if (q.describe_term.kind != QTerm::Kind::kIri && q.describe_term.kind != QTerm::Kind::kName) {
      q.describe_term = {QTerm::Kind::kIri, Pick(graph_->persons)};
    }
    return q;
  }
  if (Chance(0.06)) return OnePredicateCount();
  for (int attempt = 0; attempt < 20; ++attempt) {
    vars_.clear();
    order_.clear();
    q = Query();
    QClause first;
    first.pattern = FirstPattern();
    q.where.push_back(first);
    const size_t extra = Index(4);  // 0-3 more patterns
    for (size_t i = 0; i < extra; ++i) {
      std::vector<std::string> anchors;
      for (const auto& v : order_) {
        if (!vars_[v].optional && !vars_[v].mixed) anchors.push_back(v);
      }
      if (anchors.empty()) break;
      QClause c;
      c.pattern = MakePattern(Pick(anchors), false);
      q.where.push_back(c);
    }
    // Type tests on entity variables.
    for (const auto& v : std::vector<std::string>(order_)) {
      const Var& info = vars_[v];
      if (!info.mixed && IsEntityKind(info.kind) && Chance(0.15)) {
        for (auto& c : TypeTest(v)) q.where.push_back(c);
      }
    }
    if (order_.empty()) continue;  // a pattern of constants only
    if (Chance(0.25)) {
      std::vector<std::string> anchors;
      for (const auto& v : order_) {
        if (!vars_[v].mixed && IsEntityKind(vars_[v].kind)) anchors.push_back(v);
      }
      if (!anchors.empty()) {
        QClause opt;
        opt.kind = QClause::Kind::kOptional;
        QClause inner;
        inner.pattern = MakePattern(Pick(anchors), true);
        opt.optional.push_back(inner);
        // A second pattern from a variable the first bound, or a nested OPTIONAL.
        auto optional_anchor = [&]() {
          std::vector<std::string> fresh;
          for (const auto& v : order_) {
            if (vars_[v].optional && !vars_[v].mixed && IsEntityKind(vars_[v].kind)) fresh.push_back(v);
          }
          return fresh.empty() ? std::string() : Pick(fresh);
        };
        if (Chance(0.3)) {
          if (std::string a = optional_anchor(); !a.empty()) {
            QClause second;
            second.pattern = MakePattern(a, true);
            opt.optional.push_back(second);
          }
        }
        if (Chance(0.15)) {
          if (std::string a = optional_anchor(); !a.empty()) {
            QClause nested, deep;
            nested.kind = QClause::Kind::kOptional;
            deep.pattern = MakePattern(a, true);
            nested.optional.push_back(deep);
            opt.optional.push_back(nested);
          }
        }
        if (Chance(0.25)) {
          QClause f;
          f.kind = QClause::Kind::kFilter;
          f.filter = MakeFilter(true);
          opt.optional.push_back(f);
        }
        q.where.push_back(opt);
      }
    }
    const size_t filters = Chance(0.35) ? 1 + Index(2) : 0;
    for (size_t i = 0; i < filters; ++i) {
      QClause f;
      f.kind = QClause::Kind::kFilter;
      f.filter = MakeFilter(true);
      if (Chance(0.2)) {
        QExpr other = MakeFilter(true);
        f.filter = QExpr{Chance(0.5) ? QExpr::Kind::kAnd : QExpr::Kind::kOr, "", "", {f.filter, other}};
      }
      // A filter may stand anywhere in its group.
      size_t at = Index(q.where.size() + 1);
      q.where.insert(q.where.begin() + static_cast<std::ptrdiff_t>(at), f);
    }
    if (PatternVars(q.where).empty()) continue;
    Project(&q);
    if (IsValid(q)) return q;
  }
  // Fallback: a plain pattern.
  q = Query();
  QClause c;
  c.pattern.s = {QTerm::Kind::kIri, graph_->frequent.front()};
  c.pattern.p.alts.push_back({"attended", false, false});
  c.pattern.o = {QTerm::Kind::kVar, "e"};
  q.where.push_back(c);
  q.projection.push_back({"e", false, false});
  return q;
}

}  // namespace kg::difftest
