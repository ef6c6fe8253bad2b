#include "tests/query/difftest/query_model.h"

#include <algorithm>

namespace kg::difftest {
namespace {

std::string TermText(const QTerm& t) {
  switch (t.kind) {
    case QTerm::Kind::kVar: return "?" + t.text;
    case QTerm::Kind::kIri: return "<" + t.text + ">";
    case QTerm::Kind::kName: return "\"" + t.text + "\"";
    default: return t.text;
  }
}

std::string ItemText(const QItem& i) {
  if (!i.is_count) return "?" + i.var;
  return std::string("COUNT(") + (i.count_distinct ? "DISTINCT " : "") + (i.var.empty() ? "*" : "?" + i.var) + ")";
}

std::string ClausesText(const std::vector<QClause>& clauses) {
  std::string out;
  for (const auto& c : clauses) {
    if (!out.empty()) out += ", ";
    switch (c.kind) {
      case QClause::Kind::kPattern: {
        const QPattern& p = c.pattern;
        std::string verb;
        if (p.p.kind == QPredicate::Kind::kType) verb = "a";
        else if (p.p.kind == QPredicate::Kind::kVar) verb = "?" + p.p.var;
        else {
          for (const auto& a : p.p.alts) {
            if (!verb.empty()) verb += "|";
            verb += (a.inverse ? "^" : "") + (a.is_iri ? "<" + a.text + ">" : a.text);
          }
        }
        std::string object = p.p.kind == QPredicate::Kind::kType && p.o.kind == QTerm::Kind::kName ? p.o.text
                                                                                                   : TermText(p.o);
        out += TermText(p.s) + " " + verb + " " + object;
        break;
      }
      case QClause::Kind::kOptional: out += "OPTIONAL { " + ClausesText(c.optional) + " }"; break;
      case QClause::Kind::kFilter: out += "FILTER " + ExprText(c.filter); break;
    }
  }
  return out;
}

void CollectPatternVars(const std::vector<QClause>& clauses, std::vector<std::string>* out) {
  auto add = [&](const std::string& v) {
    if (std::find(out->begin(), out->end(), v) == out->end()) out->push_back(v);
  };
  for (const auto& c : clauses) {
    if (c.kind == QClause::Kind::kOptional) CollectPatternVars(c.optional, out);
    if (c.kind != QClause::Kind::kPattern) continue;
    if (c.pattern.s.kind == QTerm::Kind::kVar) add(c.pattern.s.text);
    if (c.pattern.p.kind == QPredicate::Kind::kVar) add(c.pattern.p.var);
    if (c.pattern.o.kind == QTerm::Kind::kVar) add(c.pattern.o.text);
  }
}

bool HasPattern(const std::vector<QClause>& clauses) {
  for (const auto& c : clauses) {
    if (c.kind == QClause::Kind::kPattern) return true;
  }
  return false;
}

bool GroupsValid(const std::vector<QClause>& clauses) {
  for (const auto& c : clauses) {
    if (c.kind == QClause::Kind::kOptional && (!HasPattern(c.optional) || !GroupsValid(c.optional))) return false;
    if (c.kind == QClause::Kind::kPattern && c.pattern.p.kind == QPredicate::Kind::kPath && c.pattern.p.alts.empty()) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string ExprText(const QExpr& e) {
  switch (e.kind) {
    case QExpr::Kind::kOr:
    case QExpr::Kind::kAnd: {
      std::string s = "(";
      for (size_t i = 0; i < e.args.size(); ++i) {
        if (i) s += e.kind == QExpr::Kind::kOr ? " OR " : " AND ";
        s += ExprText(e.args[i]);
      }
      return s + ")";
    }
    case QExpr::Kind::kNot: return "NOT " + ExprText(e.args[0]);
    case QExpr::Kind::kCompare: return ExprText(e.args[0]) + " " + e.op + " " + ExprText(e.args[1]);
    case QExpr::Kind::kYear: return "YEAR(" + ExprText(e.args[0]) + ")";
    case QExpr::Kind::kContains: return "CONTAINS(" + ExprText(e.args[0]) + ", " + ExprText(e.args[1]) + ")";
    case QExpr::Kind::kVar: return "?" + e.text;
    case QExpr::Kind::kString: return "\"" + e.text + "\"";
    default: return e.text;
  }
}

std::string Query::ToText() const {
  if (describe) return "DESCRIBE " + TermText(describe_term);
  std::string s = "FIND ";
  if (distinct) s += "DISTINCT ";
  if (star) s += "*";
  for (size_t i = 0; i < projection.size(); ++i) s += (i || star ? ", " : "") + ItemText(projection[i]);
  s += " WHERE " + ClausesText(where);
  for (size_t i = 0; i < order_by.size(); ++i) {
    s += i ? ", " : " ORDER BY ";
    s += ItemText(order_by[i].key) + (order_by[i].descending ? " DESC" : "");
  }
  if (limit) s += " LIMIT " + std::to_string(*limit);
  if (offset) s += " OFFSET " + std::to_string(*offset);
  return s;
}

std::vector<std::string> PatternVars(const std::vector<QClause>& clauses) {
  std::vector<std::string> out;
  CollectPatternVars(clauses, &out);
  return out;
}

void ExprVars(const QExpr& e, std::vector<std::string>* out) {
  if (e.kind == QExpr::Kind::kVar && std::find(out->begin(), out->end(), e.text) == out->end()) out->push_back(e.text);
  for (const auto& a : e.args) ExprVars(a, out);
}

bool IsValid(const Query& q) {
  if (q.describe) return true;
  if (!HasPattern(q.where) || !GroupsValid(q.where)) return false;
  if (!q.star && q.projection.empty()) return false;
  const std::vector<std::string> vars = PatternVars(q.where);
  auto bound = [&](const std::string& v) { return std::find(vars.begin(), vars.end(), v) != vars.end(); };
  std::vector<std::string> names;
  int counts = 0;
  for (const auto& i : q.projection) {
    if (!i.var.empty() && !bound(i.var)) return false;
    if (i.is_count) ++counts;
    std::string name = i.is_count ? "count" : i.var;
    if (!i.is_count && std::find(names.begin(), names.end(), name) != names.end()) return false;
    if (!i.is_count) names.push_back(name);
  }
  if (q.star && counts > 0) return false;
  if (counts > 1) return false;  // keeps column names simple: one "count"
  if (q.star) {
    for (const auto& i : q.projection) {
      if (!i.is_count) return false;  // "?x projected twice"
    }
  }
  for (const auto& k : q.order_by) {
    bool projected = q.star ? (!k.key.is_count && bound(k.key.var))
                            : std::find(q.projection.begin(), q.projection.end(), k.key) != q.projection.end();
    if (projected) continue;
    // A hidden key: a pattern variable, only without COUNT and DISTINCT (which
    // would make the hidden value of a merged row arbitrary).
    if (k.key.is_count || counts > 0 || q.distinct || !bound(k.key.var)) return false;
  }
  return true;
}

}  // namespace kg::difftest
