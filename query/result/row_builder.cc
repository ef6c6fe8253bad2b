#include "query/result/row_builder.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "graph/literal_kind.h"
#include "graph/vocabulary.h"
#include "query/binder/catalog.h"
#include "query/query_error.h"
#include "query/result/citation_order.h"
#include "util/text.h"

namespace kg::query {

const std::vector<std::string>& RowBuilder::TypesOf(graph::TermId id) {
  auto it = types_.find(id);
  if (it != types_.end()) return it->second;
  std::vector<std::string> types;
  if (ctx_->rdf_type() != graph::kNoTerm) {
    graph::Pattern p;
    p.s = id;
    p.p = ctx_->rdf_type();
    for (auto c = ctx_->store().Scan(p); c->Valid(); c->Next()) {
      std::string local(graph::vocab::LocalName(ctx_->TermOf(c->Current().o).value));
      for (const auto& super : binder::Catalog::Supertypes(local)) types.push_back(super);
      types.push_back(std::move(local));
    }
  }
  std::sort(types.begin(), types.end());
  types.erase(std::unique(types.begin(), types.end()), types.end());
  return types_.emplace(id, std::move(types)).first->second;
}

Value RowBuilder::ValueOf(const exec::ExecRow& row, int index, bool predicate_as_string) {
  exec::Slot slot = row.slots[index];
  if (row.IsComputed(index)) return Value::Literal(std::to_string(slot), "number");
  if (slot == exec::kUnbound) return Value::Null();
  if (predicate_as_string) {
    return Value::Literal(std::string(graph::vocab::LocalName(ctx_->TermOf(slot).value)), "string");
  }
  return TermValue(slot, types_wanted_);
}

Value RowBuilder::TermValue(graph::TermId slot, bool with_types) {
  // The cache holds values as the columns want them; a fact's ends drop types anyway.
  auto it = values_.find(slot);
  if (it != values_.end()) return it->second;
  // The term and its label in one store read.
  std::string label;
  auto resolved = ctx_->store().ResolveLabeled(slot, &label);
  const graph::Term t = resolved.ok() ? std::move(resolved.value()) : graph::Term::Iri("");
  Value v;
  switch (t.kind) {
    case graph::TermKind::kIri:
    case graph::TermKind::kBlank:
      v.kind = Value::Kind::kEntity;
      v.id = t.kind == graph::TermKind::kBlank ? "_:" + t.value : t.value;
      v.label = std::move(label);
      if (with_types) v.types = TypesOf(slot);
      break;
    default:
      switch (graph::ComparableKind(t)) {  // "5"^^xsd:byte shows as a number
        case graph::TermKind::kNumber: v = Value::Literal(t.value, "number"); break;
        case graph::TermKind::kDate: v = Value::Literal(t.value, "date"); break;
        default: v = Value::Literal(t.value, "string"); break;
      }
  }
  if (with_types != types_wanted_) return v;
  return values_.emplace(slot, v).first->second;
}

CitedFact RowBuilder::FactOf(const graph::StatementIds& st) {
  CitedFact f;
  f.ids = st;
  auto end = [&](graph::TermId id) {
    auto cached = fact_ends_.find(id);
    if (cached != fact_ends_.end()) return cached->second;
    Value v = TermValue(id, /*with_types=*/false);
    v.types.clear();
    return fact_ends_.emplace(id, std::move(v)).first->second;
  };
  f.subject = end(st.s);
  f.predicate = std::string(graph::vocab::LocalName(ctx_->TermOf(st.p).value));
  f.object = end(st.o);
  return f;
}

int RowBuilder::MentionsOf(const RowCitation& c) {
  // A sentence supports many facts across a statement's rows: fold it once.
  const auto& p = c.citation.provenance;
  std::string where = p.doc_id;
  where.append(1, '\0').append(std::to_string(p.start));
  auto sentence = sentence_keys_.find(where);
  if (sentence == sentence_keys_.end()) {
    if (sentence_keys_.size() > kMaxCachedSentences) sentence_keys_.clear();
    sentence = sentence_keys_.emplace(std::move(where), text::NameKey(c.citation.sentence)).first;
  }
  auto keys = [&](graph::TermId id, const Value& end) -> const EndKeys& {
    auto it = end_keys_.find(id);
    if (it == end_keys_.end()) it = end_keys_.emplace(id, KeysOf(end)).first;
    return it->second;
  };
  return MentionScore(sentence->second, keys(c.fact.ids.s, c.fact.subject), keys(c.fact.ids.o, c.fact.object));
}

ResultRow RowBuilder::Build(const exec::ExecRow& row) {
  ResultRow out;
  for (const auto& c : *columns_) out.values.push_back(ValueOf(row, c.slot, c.predicate_as_string));
  out.statements = row.used;
  out.statements.insert(out.statements.end(), row.used_by_types.begin(), row.used_by_types.end());
  if (!cite_) return out;
  // Type tests only filter the rows; their sentences are cited when asked (CITE ALL).
  const std::vector<graph::StatementIds>& cited = cite_all_ ? out.statements : row.used;
  std::vector<int> mentions;  // parallel to out.citations
  for (const auto& st : cited) {
    for (auto& c : ReadOrThrow(ctx_->store().CitationsOf(st))) {
      auto m = c.provenance.modality;
      if (m == graph::Modality::kNegated || m == graph::Modality::kHypothetical) continue;
      RowCitation rc;
      if (!c.provenance.attributed_to.empty()) {
        rc.attributed_id = c.provenance.attributed_to;
        auto lit = speaker_labels_.find(rc.attributed_id);
        if (lit == speaker_labels_.end()) {
          std::string label(graph::vocab::LocalName(rc.attributed_id));
          const graph::TermId id = ReadOrThrow(ctx_->store().Lookup(graph::Term::Iri(rc.attributed_id)));
          if (id != graph::kNoTerm) label = ReadOrThrow(ctx_->store().LabelOf(id));
          lit = speaker_labels_.emplace(rc.attributed_id, label).first;
        }
        rc.attributed_label = lit->second;
      }
      rc.citation = std::move(c);
      rc.fact = FactOf(st);
      mentions.push_back(MentionsOf(rc));
      out.citations.push_back(std::move(rc));
    }
  }
  OrderCitations(cited, &out.citations, &mentions);
  return out;
}

}  // namespace kg::query
