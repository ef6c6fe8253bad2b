#include "tests/query/difftest/reference_evaluator.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

#include "graph/vocabulary.h"

namespace kg::difftest {

using graph::Term;
using graph::TermKind;

std::string AsciiLower(const std::string& s) {
  std::string out = s;
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string AsciiNameKey(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c))) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

namespace {

const std::string kXsdDate = "http://www.w3.org/2001/XMLSchema#date";
const std::string kSchema = std::string(graph::vocab::kSchemaPrefix);

std::string Key(const Term& t) { return std::to_string(static_cast<int>(t.kind)) + ":" + t.value; }

std::string Local(const std::string& iri) {
  size_t pos = iri.find_last_of("#/:");
  return pos == std::string::npos || pos + 1 == iri.size() ? iri : iri.substr(pos + 1);
}

bool IsFourDigitYear(const std::string& s) {
  return s.size() == 4 && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// The subtypes of CONTRACT.md section 3, lower case.
std::vector<std::string> WithSubtypes(const std::string& type) {
  std::vector<std::string> out = {type};
  if (type == "person") out.push_back("official");
  if (type == "event") {
    for (auto s : {"meeting", "visit", "ceremony", "speech", "summit"}) out.emplace_back(s);
  }
  return out;
}

// Dates compare at the coarser of the two precisions.
int CompareDates(const std::string& a, const std::string& b) {
  size_t n = std::min(a.size(), b.size());
  int c = a.compare(0, n, b, 0, n);
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

}  // namespace

struct ReferenceEvaluator::Scalar {
  enum class Kind { kNull, kEntity, kString, kNumber, kDate, kBool };
  Kind kind = Kind::kNull;
  int id = -1;
  std::string text;  // label, string value, date, number lexical form
  double number = 0;
};

ReferenceEvaluator::ReferenceEvaluator(const std::vector<WrittenFact>& facts) {
  // Canonical statements and whether any support makes them matchable.
  std::map<std::tuple<int, int, int>, bool> stored;
  for (const auto& f : facts) {
    Term s = f.s, p = f.p, o = f.o;
    if (o.kind == TermKind::kTypedLiteral && o.datatype == kXsdDate) o = Term::Date(o.value);
    if (p.value == kSchema + "attendee") {
      p = Term::Iri(graph::vocab::VocabIri("attended"));
      std::swap(s, o);
    } else if (p.value == kSchema + "startDate") {
      p = Term::Iri(graph::vocab::VocabIri("date"));
    }
    if (p.value == graph::vocab::kRdfType && o.value == kSchema + "Event") o = Term::Iri(graph::vocab::VocabIri("Event"));
    const bool plain = !f.in_document || f.modality == graph::Modality::kAsserted ||
                       f.modality == graph::Modality::kPlanned;
    auto key = std::make_tuple(Intern(s), Intern(p), Intern(o));
    auto [it, inserted] = stored.emplace(key, plain);
    if (!inserted) it->second = it->second || plain;
  }
  rdf_type_ = Find(Term::Iri(std::string(graph::vocab::kRdfType)));
  const int label = Find(Term::Iri(std::string(graph::vocab::kLabel)));
  const int alias = Find(Term::Iri(std::string(graph::vocab::kAlias)));
  for (const auto& [key, plain] : stored) {
    auto [s, p, o] = key;
    const bool always = p == rdf_type_ || p == label || p == alias;
    statements_.push_back({s, p, o, plain || always});
    by_s_[s].push_back(statements_.size() - 1);
    by_o_[o].push_back(statements_.size() - 1);
    by_p_[p].push_back(statements_.size() - 1);
    if (p == label) labels_.emplace(s, terms_[o].value);  // one label per entity in generated graphs
    if (p == label || p == alias) {
      auto& ids = by_name_key_[AsciiNameKey(terms_[o].value)];
      if (std::find(ids.begin(), ids.end(), s) == ids.end()) ids.push_back(s);
    }
    if (p == rdf_type_) {
      // CONTRACT.md section 3: an Official is a Person; event kinds are Events.
      const std::string local = Local(terms_[o].value);
      types_[s].insert(local);
      if (local == "Official") types_[s].insert("Person");
      for (auto kind : {"Meeting", "Visit", "Ceremony", "Speech", "Summit"}) {
        if (local == kind) types_[s].insert("Event");
      }
      auto& ids = types_by_local_[AsciiLower(local)];
      if (std::find(ids.begin(), ids.end(), o) == ids.end()) ids.push_back(o);
    }
  }
  for (const auto& [p, list] : by_p_) predicates_by_local_[AsciiLower(Local(terms_[p].value))].push_back(p);
}

int ReferenceEvaluator::Intern(const Term& t) {
  auto [it, inserted] = term_ids_.emplace(Key(t), static_cast<int>(terms_.size()));
  if (inserted) terms_.push_back(t);
  return it->second;
}

int ReferenceEvaluator::Find(const Term& t) const {
  auto it = term_ids_.find(Key(t));
  return it == term_ids_.end() ? -1 : it->second;
}

std::string ReferenceEvaluator::Encode(int id) const {
  if (id < 0) return "-";
  const Term& t = terms_[id];
  switch (t.kind) {
    case TermKind::kIri:
    case TermKind::kBlank: {
      std::string out = "E:" + std::string(t.kind == TermKind::kBlank ? "_:" : "") + t.value + "|" + LabelOf(id) + "|";
      if (auto it = types_.find(id); it != types_.end()) {
        for (const auto& type : it->second) out += (out.back() == '|' ? "" : ",") + type;
      }
      return out;
    }
    case TermKind::kNumber: return "L:number:" + t.value;
    case TermKind::kDate: return "L:date:" + t.value;
    default: return "L:string:" + t.value;
  }
}

std::string ReferenceEvaluator::LabelOf(int id) const {
  auto it = labels_.find(id);
  return it != labels_.end() ? it->second : Local(terms_[id].value);
}

ReferenceEvaluator::Constant ReferenceEvaluator::ResolveConstant(const QTerm& t, bool type_position) const {
  Constant c;
  auto add = [&](int id) {
    if (id >= 0) c.ids.insert(id);
  };
  switch (t.kind) {
    case QTerm::Kind::kVar: break;
    case QTerm::Kind::kIri: add(Find(Term::Iri(t.text))); break;
    case QTerm::Kind::kName:
      if (type_position) {
        for (const auto& name : WithSubtypes(AsciiLower(t.text))) {
          auto it = types_by_local_.find(name);
          if (it != types_by_local_.end()) c.ids.insert(it->second.begin(), it->second.end());
        }
        break;
      }
      if (auto it = by_name_key_.find(AsciiNameKey(t.text)); it != by_name_key_.end()) {
        c.ids.insert(it->second.begin(), it->second.end());
      }
      add(Find(Term::String(t.text)));
      break;
    case QTerm::Kind::kNumber:
      add(Find(Term::Number(t.text)));
      if (IsFourDigitYear(t.text)) c.date_prefix = t.text;
      break;
    case QTerm::Kind::kDate:
      if (t.text.size() == 10) add(Find(Term::Date(t.text)));
      else c.date_prefix = t.text;
      break;
  }
  return c;
}

bool ReferenceEvaluator::Matches(const Constant& c, int id) const {
  if (c.ids.count(id)) return true;
  return !c.date_prefix.empty() && terms_[id].kind == TermKind::kDate && terms_[id].value.starts_with(c.date_prefix);
}

std::vector<ReferenceEvaluator::Alt> ReferenceEvaluator::ResolvePredicate(const QPredicate& p) const {
  std::vector<Alt> alts;
  if (p.kind == QPredicate::Kind::kVar) return {{-1, false}};
  if (p.kind == QPredicate::Kind::kType) {
    if (rdf_type_ >= 0) alts.push_back({rdf_type_, false});
    return alts;
  }
  for (const auto& a : p.alts) {
    if (a.is_iri) {
      // Import's forms: schema:attendee is attended reversed, schema:startDate is date.
      std::string iri = a.text;
      bool flip = false;
      if (iri == kSchema + "attendee") {
        iri = graph::vocab::VocabIri("attended");
        flip = true;
      } else if (iri == kSchema + "startDate") {
        iri = graph::vocab::VocabIri("date");
      }
      int id = Find(Term::Iri(iri));
      if (id >= 0) alts.push_back({id, a.inverse != flip});
      continue;
    }
    std::string lower = AsciiLower(a.text);
    if (lower == "label") lower = "name";
    auto it = predicates_by_local_.find(lower);
    if (it == predicates_by_local_.end()) continue;
    const bool symmetric = lower == "met" || lower == "spouseof";
    for (int id : it->second) {
      alts.push_back({id, a.inverse});
      if (symmetric) alts.push_back({id, !a.inverse});
    }
  }
  return alts;
}

std::vector<ReferenceEvaluator::Row> ReferenceEvaluator::MatchPattern(const QPattern& pat, const Row& row) const {
  const bool type_test = pat.p.kind == QPredicate::Kind::kType;
  const Constant sc = ResolveConstant(pat.s, false), oc = ResolveConstant(pat.o, type_test);
  const std::vector<Alt> alts = ResolvePredicate(pat.p);
  const int s_slot = pat.s.kind == QTerm::Kind::kVar ? Slot(pat.s.text) : -1;
  const int o_slot = pat.o.kind == QTerm::Kind::kVar ? Slot(pat.o.text) : -1;
  const int p_slot = pat.p.kind == QPredicate::Kind::kVar ? Slot(pat.p.var) : -1;
  std::set<std::tuple<int, int, int>> seen;
  std::vector<Row> out;
  // The fixed values of a position, if any (a bound variable or a constant without a date prefix).
  auto fixed = [&](const QTerm& t, int slot, const Constant& c) -> std::optional<std::vector<int>> {
    if (slot >= 0) {
      if (row[slot] >= 0) return std::vector<int>{row[slot]};
      return std::nullopt;
    }
    if (!c.date_prefix.empty()) return std::nullopt;
    (void)t;
    return std::vector<int>(c.ids.begin(), c.ids.end());
  };
  const auto s_fixed = fixed(pat.s, s_slot, sc), o_fixed = fixed(pat.o, o_slot, oc);
  for (const Alt& alt : alts) {
    // Candidate statements from the most selective index, then every check.
    std::vector<size_t> candidates;
    const auto& stored_s = alt.inverse ? o_fixed : s_fixed;
    const auto& stored_o = alt.inverse ? s_fixed : o_fixed;
    auto gather = [&](const std::unordered_map<int, std::vector<size_t>>& index, const std::vector<int>& ids) {
      for (int id : ids) {
        auto it = index.find(id);
        if (it != index.end()) candidates.insert(candidates.end(), it->second.begin(), it->second.end());
      }
    };
    if (stored_s) gather(by_s_, *stored_s);
    else if (stored_o) gather(by_o_, *stored_o);
    else if (alt.p >= 0) gather(by_p_, {alt.p});
    else {
      candidates.resize(statements_.size());
      for (size_t i = 0; i < candidates.size(); ++i) candidates[i] = i;
    }
    for (size_t i : candidates) {
      const Statement& st = statements_[i];
      if (!st.matchable) continue;
      if (alt.p >= 0 && st.p != alt.p) continue;
      const int subj = alt.inverse ? st.o : st.s, obj = alt.inverse ? st.s : st.o;
      Row r = row;
      auto bind = [&](int slot, const Constant& c, int value) {
        if (slot < 0) return Matches(c, value);
        if (r[slot] < 0) {
          r[slot] = value;
          return true;
        }
        return r[slot] == value;
      };
      if (!bind(s_slot, sc, subj)) continue;
      if (p_slot >= 0 && !bind(p_slot, Constant{}, st.p)) continue;
      if (!bind(o_slot, oc, obj)) continue;
      if (!seen.insert({s_slot >= 0 ? subj : -1, st.p, o_slot >= 0 ? obj : -1}).second) continue;
      out.push_back(std::move(r));
    }
  }
  return out;
}

std::vector<ReferenceEvaluator::Row> ReferenceEvaluator::EvalGroup(const std::vector<QClause>& clauses,
                                                                   std::vector<Row> rows,
                                                                   std::vector<bool>* bound) const {
  std::vector<const QPattern*> patterns;
  std::vector<const QExpr*> filters;
  std::vector<const QClause*> optionals;
  for (const auto& c : clauses) {
    if (c.kind == QClause::Kind::kPattern) patterns.push_back(&c.pattern);
    if (c.kind == QClause::Kind::kFilter) filters.push_back(&c.filter);
    if (c.kind == QClause::Kind::kOptional) optionals.push_back(&c);
  }
  std::vector<bool> applied(filters.size(), false);
  auto apply_filters = [&](bool all) {
    for (size_t i = 0; i < filters.size(); ++i) {
      if (applied[i]) continue;
      std::vector<std::string> vars;
      ExprVars(*filters[i], &vars);
      if (!all && !std::all_of(vars.begin(), vars.end(), [&](const std::string& v) { return (*bound)[Slot(v)]; })) {
        continue;
      }
      applied[i] = true;
      std::erase_if(rows, [&](const Row& r) { return !EvalFilter(*filters[i], r); });
    }
  };
  auto mark = [&](const QPattern& p) {
    if (p.s.kind == QTerm::Kind::kVar) (*bound)[Slot(p.s.text)] = true;
    if (p.p.kind == QPredicate::Kind::kVar) (*bound)[Slot(p.p.var)] = true;
    if (p.o.kind == QTerm::Kind::kVar) (*bound)[Slot(p.o.text)] = true;
  };
  apply_filters(false);
  // Join the patterns; the order only keeps intermediate results small (a
  // pattern sharing a bound variable first), the result does not depend on it.
  std::vector<bool> done(patterns.size(), false);
  for (size_t step = 0; step < patterns.size(); ++step) {
    size_t pick = patterns.size();
    for (size_t i = 0; i < patterns.size() && pick == patterns.size(); ++i) {
      if (done[i]) continue;
      const QPattern& p = *patterns[i];
      bool shares = (p.s.kind == QTerm::Kind::kVar && (*bound)[Slot(p.s.text)]) ||
                    (p.o.kind == QTerm::Kind::kVar && (*bound)[Slot(p.o.text)]) ||
                    (p.s.kind != QTerm::Kind::kVar && p.s.kind != QTerm::Kind::kNumber && p.s.kind != QTerm::Kind::kDate) ||
                    (p.o.kind != QTerm::Kind::kVar && p.o.kind != QTerm::Kind::kNumber && p.o.kind != QTerm::Kind::kDate &&
                     p.p.kind != QPredicate::Kind::kType);
      if (shares) pick = i;
    }
    if (pick == patterns.size()) {
      for (size_t i = 0; i < patterns.size(); ++i) {
        if (!done[i]) {
          pick = i;
          break;
        }
      }
    }
    done[pick] = true;
    std::vector<Row> next;
    for (const Row& r : rows) {
      for (auto& m : MatchPattern(*patterns[pick], r)) {
        next.push_back(std::move(m));
        if (next.size() > kMaxRows) throw TooBig();
      }
    }
    rows = std::move(next);
    mark(*patterns[pick]);
  }
  apply_filters(false);
  for (const QClause* opt : optionals) {
    std::vector<Row> next;
    for (const Row& r : rows) {
      std::vector<bool> inner_bound = *bound;
      std::vector<Row> matched = EvalGroup(opt->optional, {r}, &inner_bound);
      if (matched.empty()) next.push_back(r);
      for (auto& m : matched) next.push_back(std::move(m));
      if (next.size() > kMaxRows) throw TooBig();
    }
    // The group's variables count as bound from here on (where the planner places filters).
    for (const auto& v : PatternVars(opt->optional)) (*bound)[Slot(v)] = true;
    rows = std::move(next);
    apply_filters(false);
  }
  apply_filters(true);
  return rows;
}

ReferenceEvaluator::Scalar ReferenceEvaluator::ValueOf(const QExpr& e, const Row& row) const {
  Scalar s;
  switch (e.kind) {
    case QExpr::Kind::kVar: {
      int id = row[Slot(e.text)];
      if (id < 0) return s;
      const Term& t = terms_[id];
      s.id = id;
      if (t.kind == TermKind::kIri || t.kind == TermKind::kBlank) {
        s.kind = Scalar::Kind::kEntity;
        s.text = LabelOf(id);
      } else if (t.kind == TermKind::kNumber) {
        s.kind = Scalar::Kind::kNumber;
        s.text = t.value;
        s.number = std::strtod(t.value.c_str(), nullptr);
      } else if (t.kind == TermKind::kDate) {
        s.kind = Scalar::Kind::kDate;
        s.text = t.value;
      } else {
        s.kind = Scalar::Kind::kString;
        s.text = t.value;
      }
      return s;
    }
    case QExpr::Kind::kString: s.kind = Scalar::Kind::kString; s.text = e.text; return s;
    case QExpr::Kind::kNumber:
      s.kind = Scalar::Kind::kNumber;
      s.text = e.text;
      s.number = std::strtod(e.text.c_str(), nullptr);
      return s;
    case QExpr::Kind::kDate: s.kind = Scalar::Kind::kDate; s.text = e.text; return s;
    case QExpr::Kind::kYear: {
      Scalar d = ValueOf(e.args[0], row);
      if (d.kind != Scalar::Kind::kDate) return s;
      s.kind = Scalar::Kind::kNumber;
      s.text = d.text.substr(0, 4);
      s.number = std::strtod(s.text.c_str(), nullptr);
      return s;
    }
    default:
      s.kind = Scalar::Kind::kBool;
      s.number = EvalFilter(e, row) ? 1 : 0;
      return s;
  }
}

bool ReferenceEvaluator::EvalFilter(const QExpr& e, const Row& row) const {
  using K = Scalar::Kind;
  switch (e.kind) {
    case QExpr::Kind::kOr:
      return std::any_of(e.args.begin(), e.args.end(), [&](const QExpr& a) { return EvalFilter(a, row); });
    case QExpr::Kind::kAnd:
      return std::all_of(e.args.begin(), e.args.end(), [&](const QExpr& a) { return EvalFilter(a, row); });
    case QExpr::Kind::kNot: return !EvalFilter(e.args[0], row);
    case QExpr::Kind::kVar: return row[Slot(e.text)] >= 0;
    case QExpr::Kind::kContains: {
      Scalar hay = ValueOf(e.args[0], row), needle = ValueOf(e.args[1], row);
      if (hay.kind == K::kNull || needle.kind == K::kNull) return false;
      return AsciiLower(hay.text).find(AsciiLower(needle.text)) != std::string::npos;
    }
    case QExpr::Kind::kCompare: {
      Scalar a = ValueOf(e.args[0], row), b = ValueOf(e.args[1], row);
      if (a.kind == K::kNull || b.kind == K::kNull) return false;
      std::optional<int> c;
      auto sign = [](double d) { return d < 0 ? -1 : (d > 0 ? 1 : 0); };
      auto year = [](const Scalar& x) {
        return x.kind == K::kNumber && IsFourDigitYear(x.text);
      };
      if (a.kind == K::kNumber && b.kind == K::kNumber) c = sign(a.number - b.number);
      else if (a.kind == K::kDate && b.kind == K::kDate) c = CompareDates(a.text, b.text);
      else if (a.kind == K::kDate && year(b)) c = CompareDates(a.text, b.text);
      else if (year(a) && b.kind == K::kDate) c = CompareDates(a.text, b.text);
      else if (a.kind == K::kEntity && b.kind == K::kEntity) {
        if (e.op == "=" || e.op == "!=") c = a.id == b.id ? 0 : 1;
      } else if ((a.kind == K::kEntity && b.kind == K::kString) || (a.kind == K::kString && b.kind == K::kEntity)) {
        if (e.op == "=" || e.op == "!=") c = AsciiNameKey(a.text) == AsciiNameKey(b.text) ? 0 : 1;
      } else if (a.kind == K::kString && b.kind == K::kString) {
        c = a.text < b.text ? -1 : (a.text > b.text ? 1 : 0);
      }
      if (!c) throw std::logic_error("reference: comparison outside the documented cases: " + ExprText(e));
      if (e.op == "=") return *c == 0;
      if (e.op == "!=") return *c != 0;
      if (e.op == "<") return *c < 0;
      if (e.op == "<=") return *c <= 0;
      if (e.op == ">") return *c > 0;
      return *c >= 0;
    }
    case QExpr::Kind::kYear: return ValueOf(e, row).kind != K::kNull;
    default: return false;
  }
}

ExpectedResult ReferenceEvaluator::Run(const Query& q) const {
  ExpectedResult out;
  if (q.describe) {
    out.columns = {"subject", "predicate", "object"};
    Constant c = ResolveConstant(q.describe_term, false);
    // A name describes its entities, not the string equal to it (unless that is all it matches).
    std::set<int> entities;
    for (int id : c.ids) {
      if (!terms_[id].is_literal()) entities.insert(id);
    }
    if (!entities.empty()) c.ids = entities;
    for (int id : c.ids) {
      auto emit = [&](const std::unordered_map<int, std::vector<size_t>>& index, bool as_object) {
        auto it = index.find(id);
        if (it == index.end()) return;
        for (size_t i : it->second) {
          const Statement& st = statements_[i];
          if (!st.matchable || (as_object && st.s == id)) continue;
          out.rows.push_back({Encode(st.s), "L:string:" + Local(terms_[st.p].value), Encode(st.o)});
        }
      };
      emit(by_s_, false);
      emit(by_o_, true);
    }
    return out;
  }
  vars_.clear();
  std::vector<std::string> names = PatternVars(q.where);
  std::function<void(const std::vector<QClause>&)> filter_vars = [&](const std::vector<QClause>& cs) {
    for (const auto& c : cs) {
      if (c.kind == QClause::Kind::kFilter) ExprVars(c.filter, &names);
      if (c.kind == QClause::Kind::kOptional) filter_vars(c.optional);
    }
  };
  const std::vector<std::string> pattern_vars = names;
  filter_vars(q.where);
  for (const auto& n : names) vars_.emplace(n, static_cast<int>(vars_.size()));
  std::vector<bool> bound(vars_.size(), false);
  std::vector<Row> rows = EvalGroup(q.where, {Row(vars_.size(), -1)}, &bound);

  // Projection (and counts per group of the other columns).
  std::vector<QItem> items = q.projection;
  if (q.star) {
    std::vector<QItem> star;
    for (const auto& v : pattern_vars) star.push_back({v, false, false});
    items.insert(items.begin(), star.begin(), star.end());
  }
  bool has_count = false;
  for (const auto& i : items) {
    out.columns.push_back(i.is_count ? "count" : i.var);
    has_count = has_count || i.is_count;
  }
  // A projected row keeps the ids of its columns plus its hidden sort keys.
  struct Projected {
    std::vector<int> ids;      // per column (-1 unbound); counts in `counts`
    std::vector<uint64_t> counts;
    Row row;                   // the whole row (hidden sort keys)
  };
  std::vector<Projected> projected;
  if (has_count) {
    std::map<std::vector<int>, size_t> group_of;
    std::vector<std::vector<std::set<int>>> distinct;
    for (const Row& r : rows) {
      std::vector<int> key;
      for (const auto& i : items) {
        if (!i.is_count) key.push_back(r[Slot(i.var)]);
      }
      auto [it, inserted] = group_of.emplace(key, projected.size());
      if (inserted) {
        Projected p;
        for (const auto& i : items) p.ids.push_back(i.is_count ? -1 : r[Slot(i.var)]);
        p.counts.assign(items.size(), 0);
        projected.push_back(p);
        distinct.emplace_back(items.size());
      }
      Projected& g = projected[it->second];
      for (size_t k = 0; k < items.size(); ++k) {
        if (!items[k].is_count) continue;
        int v = items[k].var.empty() ? 0 : r[Slot(items[k].var)];
        if (v < 0) continue;
        if (items[k].count_distinct) distinct[it->second][k].insert(v);
        else ++g.counts[k];
      }
    }
    for (size_t g = 0; g < projected.size(); ++g) {
      for (size_t k = 0; k < items.size(); ++k) {
        if (items[k].count_distinct) projected[g].counts[k] = distinct[g][k].size();
      }
    }
    if (projected.empty() && items.size() == 1) projected.push_back({{-1}, {0}, {}});
    else if (projected.empty() && std::all_of(items.begin(), items.end(), [](const QItem& i) { return i.is_count; })) {
      projected.push_back({std::vector<int>(items.size(), -1), std::vector<uint64_t>(items.size(), 0), {}});
    }
  } else {
    for (const Row& r : rows) {
      Projected p;
      for (const auto& i : items) p.ids.push_back(r[Slot(i.var)]);
      p.row = r;
      projected.push_back(std::move(p));
    }
  }
  auto encode = [&](const Projected& p) {
    std::vector<std::string> cells;
    for (size_t k = 0; k < items.size(); ++k) {
      cells.push_back(items[k].is_count ? "L:number:" + std::to_string(p.counts[k]) : Encode(p.ids[k]));
    }
    return cells;
  };
  if (q.distinct) {
    std::set<std::vector<std::string>> seen;
    std::vector<Projected> kept;
    for (auto& p : projected) {
      if (seen.insert(encode(p)).second) kept.push_back(std::move(p));
    }
    projected = std::move(kept);
  }
  if (!q.order_by.empty()) {
    // Sort scalars per key: (rank, number or text); unbound first.
    struct SortValue {
      int rank = 0;  // 0 unbound, 1 number, 2 date, 3 text (entity label or string)
      double number = 0;
      std::string text;
    };
    auto value_of = [&](const Projected& p, const QOrderKey& k) {
      SortValue v;
      int column = -1;
      for (size_t c = 0; c < items.size() && column < 0; ++c) {
        if (items[c] == k.key) column = static_cast<int>(c);
      }
      if (column >= 0 && items[column].is_count) {
        v.rank = 1;
        v.number = static_cast<double>(p.counts[column]);
        return v;
      }
      const int id = column >= 0 ? p.ids[column] : p.row[Slot(k.key.var)];  // else a hidden key
      if (id < 0) return v;
      const Term& t = terms_[id];
      if (t.kind == TermKind::kNumber) {
        v.rank = 1;
        v.number = std::strtod(t.value.c_str(), nullptr);
      } else if (t.kind == TermKind::kDate) {
        v.rank = 2;
        v.text = t.value;
      } else {
        v.rank = 3;
        v.text = AsciiLower(t.is_literal() ? t.value : LabelOf(id));
      }
      return v;
    };
    auto compare = [&](const SortValue& a, const SortValue& b) {
      if (a.rank != b.rank) return a.rank < b.rank ? -1 : 1;
      if (a.rank == 1) return a.number < b.number ? -1 : (a.number > b.number ? 1 : 0);
      if (a.rank == 2) return CompareDates(a.text, b.text);
      return a.text < b.text ? -1 : (a.text > b.text ? 1 : 0);
    };
    std::vector<std::vector<SortValue>> keys;
    for (const auto& p : projected) {
      std::vector<SortValue> k;
      for (const auto& key : q.order_by) k.push_back(value_of(p, key));
      keys.push_back(std::move(k));
    }
    auto cmp_rows = [&](size_t a, size_t b) {
      for (size_t i = 0; i < q.order_by.size(); ++i) {
        int c = compare(keys[a][i], keys[b][i]);
        if (c != 0) return q.order_by[i].descending ? -c : c;
      }
      return 0;
    };
    std::vector<size_t> idx(projected.size());
    for (size_t i = 0; i < idx.size(); ++i) idx[i] = i;
    std::stable_sort(idx.begin(), idx.end(), [&](size_t a, size_t b) { return cmp_rows(a, b) < 0; });
    int cls = -1;
    for (size_t i = 0; i < idx.size(); ++i) {
      if (i == 0 || cmp_rows(idx[i - 1], idx[i]) != 0) ++cls;
      out.tie_class.push_back(cls);
      out.rows.push_back(encode(projected[idx[i]]));
    }
    out.ordered = true;
  } else {
    for (const auto& p : projected) out.rows.push_back(encode(p));
  }
  out.limit = q.limit;
  out.offset = q.offset.value_or(0);
  return out;
}

}  // namespace kg::difftest
