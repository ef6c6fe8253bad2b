#include "export/nquads_terms.h"

#include "export/rdf_mapping.h"

namespace kg::exporter {

void AppendNQuadsString(std::string_view s, std::string* out) {
  out->push_back('"');
  for (char c : s) {
    switch (c) {
      case '\\': out->append("\\\\"); break;
      case '"': out->append("\\\""); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default: out->push_back(c);
    }
  }
  out->push_back('"');
}

void AppendNQuadsIri(std::string_view iri, std::string* out) {
  out->push_back('<');
  out->append(iri);
  out->push_back('>');
}

void AppendNQuadsTerm(const graph::Term& t, std::string* out) {
  using graph::TermKind;
  switch (t.kind) {
    case TermKind::kIri:
      if (IsSafeAbsoluteIri(t.value)) AppendNQuadsIri(t.value, out);
      else AppendNQuadsIri(SanitizeIri(t.value), out);
      return;
    case TermKind::kBlank:
      out->append("_:");
      out->append(BlankLabel(t));
      return;
    case TermKind::kString:
      AppendNQuadsString(t.value, out);
      if (!t.lang.empty()) {
        out->push_back('@');
        out->append(t.lang);
      }
      return;
    default:
      AppendNQuadsString(t.value, out);
      out->append("^^");
      AppendNQuadsIri(LiteralDatatype(t), out);
      return;
  }
}

void AppendNQuadsGraphName(std::string_view name, std::string* out) {
  if (name.starts_with("_:")) {
    out->append(name);
  } else {
    AppendNQuadsIri(name, out);
  }
}

}  // namespace kg::exporter
