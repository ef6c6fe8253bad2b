#include "query/binder/binder.h"

#include <algorithm>

#include "query/query_error.h"

namespace kg::query::binder {

VarId Binder::Var(const std::string& name) {
  auto [it, inserted] = vars_.emplace(name, static_cast<VarId>(out_.var_names.size()));
  if (inserted) {
    out_.var_names.push_back(name);
    bound_in_where_.push_back(false);
  }
  return it->second;
}

BoundStatement Binder::Bind(const ast::Statement& st) {
  out_ = BoundStatement();
  vars_.clear();
  bound_in_where_.clear();
  out_.explain = st.explain;
  if (st.kind == ast::Statement::Kind::kDescribe) {
    out_.is_describe = true;
    if (st.describe.entity.kind == ast::Term::Kind::kVariable) {
      throw BindError("DESCRIBE needs an entity name, not a variable", st.describe.entity.pos);
    }
    out_.describe.entity = BindTerm(st.describe.entity);
    // Describe the entities a name matches, not the string literal equal to it
    // (its statements are the entity's own name statements again).
    std::vector<graph::TermId> entities;
    for (auto id : out_.describe.entity.ids) {
      auto term = store_->Resolve(id);
      if (term.ok() && !term->is_literal()) entities.push_back(id);
    }
    if (!entities.empty()) out_.describe.entity.ids = entities;
    out_.describe.cite = st.describe.cite;
    return std::move(out_);
  }
  out_.find = BindFind(st.find);
  return std::move(out_);
}

BoundGroup Binder::BindGroup(const std::vector<ast::Clause>& clauses) {
  BoundGroup g;
  for (const auto& c : clauses) {
    switch (c.kind) {
      case ast::Clause::Kind::kPattern: {
        BoundPattern p;
        p.pos = c.pos;
        p.index = next_pattern_++;
        p.type_test = c.pattern.predicate.kind == ast::Predicate::Kind::kType;
        p.predicate = BindPredicate(c.pattern.predicate);
        // A string literal is never a stored subject: a quoted subject stands
        // for it only when some alternative reads the pattern reversed
        // (^title, a symmetric predicate, schema:attendee).
        const auto& alts = p.predicate.alternatives;
        p.subject = BindTerm(c.pattern.subject, !alts.empty() && std::none_of(alts.begin(), alts.end(), [](const auto& a) {
                                                  return a.inverse;
                                                }));
        p.object = c.pattern.predicate.kind == ast::Predicate::Kind::kType ? BindType(c.pattern.object)
                                                                            : BindTerm(c.pattern.object);
        for (VarId v : {p.subject.var, p.predicate.var, p.object.var}) {
          if (v != kNoVar) bound_in_where_[v] = true;
        }
        g.patterns.push_back(std::move(p));
        break;
      }
      case ast::Clause::Kind::kOptional:
        g.optionals.push_back(BindGroup(c.optional));
        break;
      case ast::Clause::Kind::kFilter:
        g.filters.push_back(BindExpr(*c.filter));
        break;
    }
  }
  return g;
}

namespace {

// Names every variable a pattern uses, so a FILTER may precede its patterns.
void CollectPatternVars(const std::vector<ast::Clause>& clauses, std::vector<std::string>* out) {
  for (const auto& c : clauses) {
    if (c.kind == ast::Clause::Kind::kOptional) CollectPatternVars(c.optional, out);
    if (c.kind != ast::Clause::Kind::kPattern) continue;
    if (c.pattern.subject.kind == ast::Term::Kind::kVariable) out->push_back(c.pattern.subject.text);
    if (c.pattern.predicate.kind == ast::Predicate::Kind::kVariable) out->push_back(c.pattern.predicate.variable);
    if (c.pattern.object.kind == ast::Term::Kind::kVariable) out->push_back(c.pattern.object.text);
  }
}

}  // namespace

BoundFind Binder::BindFind(const ast::FindQuery& find) {
  BoundFind f;
  std::vector<std::string> names;
  CollectPatternVars(find.where, &names);
  for (const auto& n : names) Var(n);
  f.where = BindGroup(find.where);
  f.distinct = find.distinct;
  f.limit = find.limit;
  f.offset = find.offset;
  f.cite = find.cite;
  f.cite_all = find.cite_all;
  auto check_var = [&](const std::string& name, ast::SourcePos pos) {
    auto it = vars_.find(name);
    if (it == vars_.end() || !bound_in_where_[it->second]) {
      throw BindError("variable ?" + name + " is not bound by any pattern in WHERE", pos);
    }
    return it->second;
  };
  if (find.star) {
    for (size_t v = 0; v < out_.var_names.size(); ++v) {
      if (bound_in_where_[v]) f.columns.push_back({out_.var_names[v], static_cast<VarId>(v), false, false});
    }
  }
  int counts = 0;
  for (const auto& item : find.projection) counts += item.is_count ? 1 : 0;
  for (const auto& item : find.projection) {
    BoundColumn col;
    if (item.is_count) {
      col.is_count = true;
      col.count_distinct = item.count_distinct;
      if (!item.variable.empty()) col.var = check_var(item.variable, item.pos);
      col.name = counts == 1 || item.variable.empty() ? "count" : "count_" + item.variable;
    } else {
      col.var = check_var(item.variable, item.pos);
      col.name = item.variable;
    }
    for (const auto& other : f.columns) {
      if (other.name == col.name) throw BindError("column '" + col.name + "' is projected twice", item.pos);
    }
    f.columns.push_back(std::move(col));
  }
  for (const auto& key : find.order_by) {
    BoundOrderKey k;
    k.descending = key.descending;
    k.column = -1;
    for (size_t i = 0; i < f.columns.size(); ++i) {
      const auto& c = f.columns[i];
      bool same = key.key.is_count ? (c.is_count && c.count_distinct == key.key.count_distinct &&
                                       (c.var == kNoVar ? key.key.variable.empty()
                                                        : !key.key.variable.empty() &&
                                                              out_.var_names[c.var] == key.key.variable))
                                   : (!c.is_count && c.name == key.key.variable);
      if (same) k.column = static_cast<int>(i);
    }
    if (k.column < 0) {
      if (key.key.is_count || counts > 0) {
        throw BindError("ORDER BY key must be one of the projected columns", key.key.pos);
      }
      k.var = check_var(key.key.variable, key.key.pos);  // hidden sort key
    } else {
      k.var = f.columns[k.column].var;
    }
    f.order_by.push_back(k);
  }
  return f;
}

void BoundExpr::CollectVars(std::vector<VarId>* out) const {
  if (kind == Kind::kVariable && std::find(out->begin(), out->end(), var) == out->end()) out->push_back(var);
  for (const auto& a : args) a.CollectVars(out);
}

}  // namespace kg::query::binder
