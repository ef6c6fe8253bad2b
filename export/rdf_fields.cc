#include "export/rdf_fields.h"

#include "export/rdf_mapping.h"
#include "graph/vocabulary.h"

namespace kg::exporter {
namespace {

// Predicate IRIs built once: the writers call these lists per citation.
struct Iris {
  std::string headline, date_published, url, publisher, author, text;
  std::string doc_id, source, paragraphs;
  std::string subject, predicate, object;
  std::string doc, start, end, extractor, confidence, modality, attributed_to;
};
const Iris& I() {
  static const Iris iris = [] {
    auto schema = [](const char* l) { return std::string(graph::vocab::kSchemaPrefix) + l; };
    auto rdf = [](const char* l) { return std::string(kRdf) + l; };
    return Iris{schema("headline"), schema("datePublished"), schema("url"), schema("publisher"),
                schema("author"),   schema("text"),          ProvIri("docId"), ProvIri("source"),
                ProvIri("paragraphs"), rdf("subject"),       rdf("predicate"), rdf("object"),
                ProvIri("doc"),     ProvIri("start"),        ProvIri("end"),   ProvIri("extractor"),
                ProvIri("confidence"), ProvIri("modality"),  ProvIri("attributedTo")};
  }();
  return iris;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

graph::Term DateOrString(const std::string& text) {
  auto digits = [&](size_t from, size_t n) {
    if (text.size() < from + n) return false;
    for (size_t i = from; i < from + n; ++i)
      if (!IsDigit(text[i])) return false;
    return true;
  };
  bool ok = digits(0, 4) && (text.size() == 4 || (text.size() >= 7 && text[4] == '-' && digits(5, 2) &&
                                                  (text.size() == 7 || (text.size() >= 10 && text[7] == '-' &&
                                                                        digits(8, 2) &&
                                                                        (text.size() == 10 || text[10] == 'T')))));
  return ok ? graph::Term::Date(text) : graph::Term::String(text);
}

std::vector<Field> DocumentFields(const graph::DocumentRecord& doc) {
  std::vector<Field> f;
  if (!doc.title.empty()) f.push_back({I().headline, graph::Term::String(doc.title)});
  if (!doc.published.empty()) f.push_back({I().date_published, DateOrString(doc.published)});
  if (!doc.url.empty()) f.push_back({I().url, graph::Term::String(doc.url)});
  if (!doc.publisher.empty()) f.push_back({I().publisher, graph::Term::String(doc.publisher)});
  if (!doc.author.empty()) f.push_back({I().author, graph::Term::String(doc.author)});
  f.push_back({I().doc_id, graph::Term::String(doc.id)});
  if (!doc.source.empty()) f.push_back({I().source, graph::Term::String(doc.source)});
  if (!doc.paragraphs.empty()) {
    std::string spans;
    for (const auto& [b, e] : doc.paragraphs) {
      if (!spans.empty()) spans.push_back(' ');
      spans += std::to_string(b) + "-" + std::to_string(e);
    }
    f.push_back({I().paragraphs, graph::Term::String(std::move(spans))});
  }
  f.push_back({I().text, graph::Term::String(doc.text)});
  return f;
}

std::vector<Field> CitationFields(const WalkedStatement& st, const WalkedCitation& c) {
  const graph::Provenance& p = c.provenance;
  std::vector<Field> f;
  f.push_back({I().subject, st.s});
  f.push_back({I().predicate, st.p});
  f.push_back({I().object, st.o});
  f.push_back({I().doc, IsBlankGraphName(p.doc_id) ? graph::Term::Blank(p.doc_id) : graph::Term::Iri(c.doc_iri)});
  f.push_back({I().start, graph::Term::Number(std::to_string(p.start))});
  f.push_back({I().end, graph::Term::Number(std::to_string(p.end))});
  f.push_back({I().extractor, graph::Term::String(p.extractor)});
  f.push_back({I().confidence, graph::Term::Typed(FormatConfidence(p.confidence),
                                                         std::string(kXsd) + "decimal")});
  if (p.modality != graph::Modality::kAsserted) {
    f.push_back({I().modality, graph::Term::String(std::string(ModalityName(p.modality)))});
  }
  if (!p.attributed_to.empty()) f.push_back({I().attributed_to, graph::Term::Iri(p.attributed_to)});
  return f;
}

}  // namespace kg::exporter
