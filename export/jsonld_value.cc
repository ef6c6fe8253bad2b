#include "export/jsonld_value.h"

#include "export/rdf_fields.h"
#include "export/rdf_mapping.h"
#include "graph/vocabulary.h"

namespace kg::exporter {

std::string JsonLdId(const graph::Term& t) {
  if (t.kind == graph::TermKind::kBlank) return "_:" + BlankLabel(t);
  return IsSafeAbsoluteIri(t.value) ? t.value : SanitizeIri(t.value);
}

void AppendJsonLdValue(const JsonLdContext& ctx, const graph::Term& t, Coercion coercion, std::string* out) {
  using graph::TermKind;
  switch (t.kind) {
    case TermKind::kIri:
    case TermKind::kBlank:
      if (coercion == Coercion::kId) {
        AppendJsonString(t.kind == TermKind::kIri ? ctx.CompactIri(JsonLdId(t)) : JsonLdId(t), out);
      } else {
        out->append("{\"@id\": ");
        AppendJsonString(JsonLdId(t), out);
        out->push_back('}');
      }
      return;
    case TermKind::kString:
      if (t.lang.empty() && coercion == Coercion::kNone) {
        AppendJsonString(t.value, out);
      } else if (t.lang.empty()) {
        out->append("{\"@value\": ");
        AppendJsonString(t.value, out);
        out->push_back('}');
      } else {
        out->append("{\"@value\": ");
        AppendJsonString(t.value, out);
        out->append(", \"@language\": ");
        AppendJsonString(t.lang, out);
        out->push_back('}');
      }
      return;
    default: {
      std::string dt = LiteralDatatype(t);
      if (coercion == Coercion::kNativeInteger && dt == std::string(kXsd) + "integer" && t.value.size() < 10 &&
          !t.value.empty() && t.value[0] != '-' && t.value[0] != '+' && (t.value == "0" || t.value[0] != '0')) {
        out->append(t.value);  // a JSON number: jsonld.js turns it into "n"^^xsd:integer
        return;
      }
      if (coercion == Coercion::kDecimal && dt == std::string(kXsd) + "decimal") {
        AppendJsonString(t.value, out);
        return;
      }
      out->append("{\"@value\": ");
      AppendJsonString(t.value, out);
      out->append(", \"@type\": ");
      AppendJsonString(ctx.CompactIri(dt), out);
      out->push_back('}');
      return;
    }
  }
}

uint64_t AppendNewsArticleNode(const JsonLdContext& ctx, const std::string& iri, const graph::DocumentRecord& doc,
                               bool with_text, std::string* out) {
  const std::string text_iri = std::string(graph::vocab::kSchemaPrefix) + "text";
  out->append("{\"@id\": ");
  AppendJsonString(iri, out);
  out->append(", \"@type\": \"NewsArticle\"");
  uint64_t quads = 1;
  for (const Field& f : DocumentFields(doc)) {
    if (!with_text && f.predicate == text_iri) continue;
    Coercion coercion;
    std::string key = ctx.FieldKey(f.predicate, &coercion);
    out->append(",\n     ");
    AppendJsonString(key, out);
    out->append(": ");
    AppendJsonLdValue(ctx, f.value, coercion, out);
    ++quads;
  }
  out->push_back('}');
  return quads;
}

}  // namespace kg::exporter
