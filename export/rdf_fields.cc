#include "export/rdf_fields.h"

#include "export/rdf_mapping.h"
#include "graph/vocabulary.h"

namespace kg::exporter {
namespace {

std::string Schema(const char* local) { return std::string(graph::vocab::kSchemaPrefix) + local; }
std::string Rdf(const char* local) { return std::string(kRdf) + local; }

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
  if (!doc.title.empty()) f.push_back({Schema("headline"), graph::Term::String(doc.title)});
  if (!doc.published.empty()) f.push_back({Schema("datePublished"), DateOrString(doc.published)});
  if (!doc.url.empty()) f.push_back({Schema("url"), graph::Term::String(doc.url)});
  if (!doc.publisher.empty()) f.push_back({Schema("publisher"), graph::Term::String(doc.publisher)});
  if (!doc.author.empty()) f.push_back({Schema("author"), graph::Term::String(doc.author)});
  f.push_back({ProvIri("docId"), graph::Term::String(doc.id)});
  if (!doc.source.empty()) f.push_back({ProvIri("source"), graph::Term::String(doc.source)});
  if (!doc.paragraphs.empty()) {
    std::string spans;
    for (const auto& [b, e] : doc.paragraphs) {
      if (!spans.empty()) spans.push_back(' ');
      spans += std::to_string(b) + "-" + std::to_string(e);
    }
    f.push_back({ProvIri("paragraphs"), graph::Term::String(std::move(spans))});
  }
  f.push_back({Schema("text"), graph::Term::String(doc.text)});
  return f;
}

std::vector<Field> CitationFields(const WalkedStatement& st, const WalkedCitation& c) {
  const graph::Provenance& p = c.provenance;
  std::vector<Field> f;
  f.push_back({Rdf("subject"), st.s});
  f.push_back({Rdf("predicate"), st.p});
  f.push_back({Rdf("object"), st.o});
  f.push_back({ProvIri("doc"), graph::Term::Iri(c.doc_iri)});
  f.push_back({ProvIri("start"), graph::Term::Number(std::to_string(p.start))});
  f.push_back({ProvIri("end"), graph::Term::Number(std::to_string(p.end))});
  f.push_back({ProvIri("extractor"), graph::Term::String(p.extractor)});
  f.push_back({ProvIri("confidence"), graph::Term::Typed(FormatConfidence(p.confidence),
                                                         std::string(kXsd) + "decimal")});
  if (p.modality != graph::Modality::kAsserted) {
    f.push_back({ProvIri("modality"), graph::Term::String(std::string(ModalityName(p.modality)))});
  }
  if (!p.attributed_to.empty()) f.push_back({ProvIri("attributedTo"), graph::Term::Iri(p.attributed_to)});
  return f;
}

}  // namespace kg::exporter
