#include "query/output/json_renderer.h"

#include <cmath>

namespace kg::query {

using json = nlohmann::ordered_json;

json JsonRenderer::ValueJson(const Value& v) {
  switch (v.kind) {
    case Value::Kind::kNull: return nullptr;
    case Value::Kind::kEntity: return json{{"id", v.id}, {"label", v.label}, {"types", v.types}};
    case Value::Kind::kLiteral: return json{{"value", v.value}, {"datatype", v.datatype}};
  }
  return nullptr;
}

json JsonRenderer::FactJson(const CitedFact& fact) {
  auto end = [](const Value& v) -> json {
    if (v.kind == Value::Kind::kEntity) return json{{"id", v.id}, {"label", v.label}};
    return json{{"value", v.value}, {"datatype", v.datatype}};
  };
  return json{{"s", end(fact.subject)}, {"p", fact.predicate}, {"o", end(fact.object)}};
}

json JsonRenderer::RowJson(const std::vector<std::string>& columns, const ResultRow& row, bool cite) {
  json r = json::object();
  for (size_t i = 0; i < columns.size() && i < row.values.size(); ++i) r[columns[i]] = ValueJson(row.values[i]);
  if (cite) {
    json cites = json::array();
    for (const auto& rc : row.citations) {
      const auto& c = rc.citation;
      json j = {{"doc", c.provenance.doc_id}, {"title", c.title},         {"published", c.published},
                {"source", c.source},         {"sentence", c.sentence},   {"start", c.provenance.start},
                {"end", c.provenance.end}};
      if (!rc.attributed_id.empty()) j["attributedTo"] = {{"id", rc.attributed_id}, {"label", rc.attributed_label}};
      if (c.provenance.modality == graph::Modality::kPlanned) j["modality"] = "planned";
      if (rc.fact.ids.p != graph::kNoTerm) j["fact"] = FactJson(rc.fact);
      if (!c.provenance.extractor.empty()) j["rule"] = c.provenance.extractor;
      // Two decimals: a float's noise (0.699999988) says nothing to a reader.
      j["confidence"] = std::round(static_cast<double>(c.provenance.confidence) * 100) / 100;
      cites.push_back(std::move(j));
    }
    r["citations"] = std::move(cites);
  }
  return r;
}

void JsonRenderer::Begin(const std::vector<std::string>& columns, bool cite) {
  columns_ = columns;
  cite_ = cite;
  rows_ = json::array();
}

bool JsonRenderer::Row(const ResultRow& row) {
  rows_.push_back(RowJson(columns_, row, cite_));
  return true;
}

void JsonRenderer::End(const ResultSummary&) {
  json doc = {{"columns", columns_}, {"rows", std::move(rows_)}};
  out_ << doc.dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
  out_.flush();
  rows_ = json::array();
}

}  // namespace kg::query
