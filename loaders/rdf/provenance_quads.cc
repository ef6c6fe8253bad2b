#include "loaders/rdf/provenance_quads.h"

#include <charconv>
#include <string_view>

#include "graph/vocabulary.h"

namespace kg::loaders::rdf {
namespace {

// Spellings shared with export/rdf_mapping.h (export cannot be linked from
// loaders; the round-trip test in tests/export keeps both sides in step).
constexpr std::string_view kExportNode = "urn:kg:export";
constexpr std::string_view kProv = "urn:kg:prov:";
constexpr std::string_view kCitationPrefix = "urn:kg:citation:";
constexpr std::string_view kSourcePrefix = "urn:kg:source:";
constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr std::string_view kSchema = "https://schema.org/";

bool Is(const graph::Term& t, std::string_view ns, std::string_view local) {
  return t.kind == graph::TermKind::kIri && t.value.size() == ns.size() + local.size() && t.value.starts_with(ns) &&
         std::string_view(t.value).substr(ns.size()) == local;
}

std::string Decode(std::string_view enc) {
  std::string out;
  for (size_t i = 0; i < enc.size(); ++i) {
    unsigned v = 0;
    if (enc[i] == '%' && i + 2 < enc.size() &&
        std::from_chars(enc.data() + i + 1, enc.data() + i + 3, v, 16).ptr == enc.data() + i + 3) {
      out += static_cast<char>(v);
      i += 2;
    } else {
      out += enc[i];
    }
  }
  return out;
}

bool ParseU32(const graph::Term& t, uint32_t* v) {
  const std::string& s = t.value;
  auto r = std::from_chars(s.data(), s.data() + s.size(), *v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

// "0-120 121-300" -> spans.
bool ParseParagraphs(std::string_view s, std::vector<std::pair<uint32_t, uint32_t>>* out) {
  while (!s.empty()) {
    size_t sp = s.find(' ');
    std::string_view item = s.substr(0, sp);
    size_t dash = item.find('-');
    if (dash == std::string_view::npos) return false;
    uint32_t b = 0, e = 0;
    if (std::from_chars(item.data(), item.data() + dash, b).ptr != item.data() + dash) return false;
    if (std::from_chars(item.data() + dash + 1, item.data() + item.size(), e).ptr != item.data() + item.size())
      return false;
    out->emplace_back(b, e);
    if (sp == std::string_view::npos) break;
    s.remove_prefix(sp + 1);
  }
  return true;
}

}  // namespace

Status ProvenanceQuads::Add(const Quad& q, std::vector<graph::Fact>* facts, bool* consumed) {
  *consumed = false;
  if (!in_export_) {
    if (Is(q.subject, kExportNode, "") && Is(q.predicate, kRdf, "type") && Is(q.object, kProv, "Export")) {
      in_export_ = true;
      *consumed = true;
    }
    return Status::Ok();
  }
  // Moving to another subject completes the previous citation node.
  if (q.subject.value != last_subject_) {
    if (citations_.count(last_subject_)) Complete(last_subject_, facts);
    last_subject_ = q.subject.value;
  }
  *consumed = true;
  // A statement quad waits for a citation node of the same triple (kg
  // export's N-Quads write it right after; its JSON-LD a few nodes later);
  // one that no citation names by the end is a plain triple someone added,
  // imported as such (never dropped).
  auto statement = [&] {
    uncited_.try_emplace(TripleKey(q.subject, q.predicate, q.object), q);
    return Status::Ok();
  };
  if (q.subject.kind != graph::TermKind::kIri) return statement();
  if (q.subject.value == kExportNode) return Status::Ok();
  if (q.subject.value.starts_with(kCitationPrefix)) return AddCitationField(q);
  if (!q.has_graph) {
    if (Is(q.predicate, kRdf, "type") && Is(q.object, kSchema, "NewsArticle")) {
      if (!documents_.count(q.subject.value)) document_order_.push_back(q.subject.value);
      documents_[q.subject.value];
      return Status::Ok();
    }
    auto it = documents_.find(q.subject.value);
    if (it != documents_.end()) {
      bool known = false;
      KG_RETURN_IF_ERROR(AddDocumentField(q, &it->second, &known));
      // A property kg export does not write: keep it as a plain fact.
      if (!known) *consumed = false;
      return Status::Ok();
    }
  }
  return statement();
}

void ProvenanceQuads::FlushUncited(std::vector<graph::Fact>* facts) {
  for (auto& [key, q] : uncited_) facts->push_back(mapper_.Map(std::move(q)));
  uncited_.clear();
}

std::string ProvenanceQuads::TripleKey(const graph::Term& s, const graph::Term& p, const graph::Term& o) {
  return FormatTerm(s) + ' ' + FormatTerm(p) + ' ' + FormatTerm(o);
}

Status ProvenanceQuads::AddDocumentField(const Quad& q, graph::DocumentRecord* doc, bool* known) {
  *known = true;
  const std::string& v = q.object.value;
  if (Is(q.predicate, kSchema, "headline")) doc->title = v;
  else if (Is(q.predicate, kSchema, "datePublished")) doc->published = v;
  else if (Is(q.predicate, kSchema, "url")) doc->url = v;
  else if (Is(q.predicate, kSchema, "publisher")) doc->publisher = v;
  else if (Is(q.predicate, kSchema, "author")) doc->author = v;
  else if (Is(q.predicate, kSchema, "text")) doc->text = v;
  else if (Is(q.predicate, kProv, "docId")) doc->id = v;
  else if (Is(q.predicate, kProv, "source")) doc->source = v;
  else if (Is(q.predicate, kProv, "paragraphs")) {
    doc->paragraphs.clear();
    if (!ParseParagraphs(v, &doc->paragraphs)) {
      return Status::InvalidArgument("document " + q.subject.value + ": malformed kgp:paragraphs '" + v + "'");
    }
  } else {
    *known = false;
  }
  return Status::Ok();
}

Status ProvenanceQuads::AddCitationField(const Quad& q) {
  PendingCitation& c = citations_[q.subject.value];
  const graph::Term& o = q.object;
  auto bad = [&](const char* what) {
    return Status::InvalidArgument("citation " + q.subject.value + ": malformed " + what + " '" + o.value + "'");
  };
  if (Is(q.predicate, kRdf, "subject")) {
    c.s = o;
    c.has_s = true;
  } else if (Is(q.predicate, kRdf, "predicate")) {
    c.p = o;
    c.has_p = true;
  } else if (Is(q.predicate, kRdf, "object")) {
    c.o = o;
    c.has_o = true;
  } else if (Is(q.predicate, kProv, "doc")) {
    c.doc_iri = o.kind == graph::TermKind::kBlank ? "_:" + o.value : o.value;
  } else if (Is(q.predicate, kProv, "start")) {
    if (!ParseU32(o, &c.provenance.start)) return bad("kgp:start");
    c.has_start = true;
  } else if (Is(q.predicate, kProv, "end")) {
    if (!ParseU32(o, &c.provenance.end)) return bad("kgp:end");
    c.has_end = true;
  } else if (Is(q.predicate, kProv, "extractor")) {
    c.provenance.extractor = o.value;
  } else if (Is(q.predicate, kProv, "confidence")) {
    float f = 0;
    auto r = std::from_chars(o.value.data(), o.value.data() + o.value.size(), f);
    if (r.ec != std::errc() || r.ptr != o.value.data() + o.value.size()) return bad("kgp:confidence");
    c.provenance.confidence = f;
  } else if (Is(q.predicate, kProv, "modality")) {
    const std::string& m = o.value;
    if (m == "asserted") c.provenance.modality = graph::Modality::kAsserted;
    else if (m == "planned") c.provenance.modality = graph::Modality::kPlanned;
    else if (m == "negated") c.provenance.modality = graph::Modality::kNegated;
    else if (m == "hypothetical") c.provenance.modality = graph::Modality::kHypothetical;
    else return bad("kgp:modality");
  } else if (Is(q.predicate, kProv, "attributedTo")) {
    c.provenance.attributed_to = o.value;
  }
  return Status::Ok();  // rdf:type kgp:Citation and unknown properties need nothing
}

bool ProvenanceQuads::Complete(const std::string& iri, std::vector<graph::Fact>* facts) {
  auto it = citations_.find(iri);
  if (it == citations_.end()) return true;
  PendingCitation& c = it->second;
  if (!c.has_s || !c.has_p || !c.has_o || c.doc_iri.empty() || !c.has_start || !c.has_end) return false;
  uncited_.erase(TripleKey(c.s, c.p, c.o));  // its statement quads are cited: no plain fact
  Quad q;
  q.subject = std::move(c.s);
  q.predicate = std::move(c.p);
  q.object = std::move(c.o);
  graph::Fact f = mapper_.Map(std::move(q));
  c.provenance.doc_id = DocIdFor(c.doc_iri);
  f.provenance = std::move(c.provenance);
  facts->push_back(std::move(f));
  citations_.erase(it);
  return true;
}

// A document node without kgp:docId is named by its IRI (minus urn:kg:doc:).
static std::string FallbackDocId(const std::string& iri) {
  constexpr std::string_view kDoc = "urn:kg:doc:";
  return iri.starts_with(kDoc) ? iri.substr(kDoc.size()) : iri;
}

std::string ProvenanceQuads::DocIdFor(const std::string& iri) const {
  auto it = documents_.find(iri);
  if (it != documents_.end()) return it->second.id.empty() ? FallbackDocId(iri) : it->second.id;
  if (iri.starts_with(kSourcePrefix)) return Decode(std::string_view(iri).substr(kSourcePrefix.size()));
  return iri;
}

Status ProvenanceQuads::Finish(std::vector<graph::Fact>* facts) {
  std::vector<std::string> open;
  for (const auto& [iri, c] : citations_) open.push_back(iri);
  for (const auto& iri : open) {
    if (!Complete(iri, facts)) {
      return Status::InvalidArgument("citation " + iri +
                                     " lacks one of rdf:subject, rdf:predicate, rdf:object, kgp:doc, kgp:start, kgp:end");
    }
  }
  FlushUncited(facts);  // after the last citations: what they name is not plain
  return Status::Ok();
}

std::vector<graph::DocumentRecord> ProvenanceQuads::TakeDocuments() {
  std::vector<graph::DocumentRecord> out;
  for (const auto& iri : document_order_) {
    graph::DocumentRecord d = std::move(documents_[iri]);
    if (d.id.empty()) d.id = FallbackDocId(iri);
    out.push_back(std::move(d));
  }
  documents_.clear();
  document_order_.clear();
  return out;
}

}  // namespace kg::loaders::rdf
