#include "export/rdf_mapping.h"

#include <charconv>
#include <cstdio>

#include "graph/vocabulary.h"

namespace kg::exporter {
namespace {

namespace vocab = graph::vocab;

uint64_t Fnv1a(std::string_view data, uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : data) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::string Hex16(uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

bool NeedsEscape(unsigned char c) {
  return c <= 0x20 || c == 0x7f || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' ||
         c == '^' || c == '`' || c == '\\';
}

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

std::string ProvIri(std::string_view name) { return std::string(kProvPrefix) + std::string(name); }

ExportedPredicate ExportPredicate(std::string_view canonical_iri, bool object_is_node) {
  bool inverse = false;
  auto schema = vocab::SchemaOrgFor(canonical_iri, &inverse);
  if (!schema) return {std::string(canonical_iri), false};
  if (inverse && !object_is_node) return {std::string(canonical_iri), false};
  return {std::move(*schema), inverse};
}

std::string ExportType(std::string_view canonical_iri) {
  bool inverse = false;
  auto schema = vocab::SchemaOrgFor(canonical_iri, &inverse);
  if (schema && !inverse) return *schema;
  return std::string(canonical_iri);
}

bool IsSafeAbsoluteIri(std::string_view iri) {
  size_t colon = iri.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (!alpha(iri[0])) return false;
  for (size_t i = 1; i < colon; ++i) {
    char c = iri[i];
    if (!alpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return false;
  }
  for (unsigned char c : iri)
    if (NeedsEscape(c)) return false;
  return true;
}

std::string SanitizeIri(std::string_view iri) {
  std::string out;
  out.reserve(iri.size());
  for (unsigned char c : iri) {
    if (NeedsEscape(c)) {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string DocumentIri(std::string_view id, std::string_view url) {
  if (!url.empty()) {
    std::string iri = SanitizeIri(url);
    if (IsSafeAbsoluteIri(iri)) return iri;
  }
  return std::string(vocab::kDocPrefix) + SanitizeIri(id);
}

bool IsBlankGraphName(std::string_view doc_id) { return doc_id.size() > 2 && doc_id.starts_with("_:"); }

std::string SourceIri(std::string_view doc_id) {
  if (IsSafeAbsoluteIri(doc_id)) return std::string(doc_id);
  // Percent-encode everything but unreserved characters so decoding is exact.
  std::string out(kSourcePrefix);
  for (unsigned char c : doc_id) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                c == '.' || c == '_' || c == '~' || c == '/';
    if (keep) {
      out += static_cast<char>(c);
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

std::string SourceIdFromIri(std::string_view iri) {
  if (!iri.starts_with(kSourcePrefix)) return std::string(iri);
  std::string_view enc = iri.substr(kSourcePrefix.size());
  std::string out;
  for (size_t i = 0; i < enc.size(); ++i) {
    if (enc[i] == '%' && i + 2 < enc.size()) {
      unsigned v = 0;
      auto r = std::from_chars(enc.data() + i + 1, enc.data() + i + 3, v, 16);
      if (r.ec == std::errc() && r.ptr == enc.data() + i + 3) {
        out += static_cast<char>(v);
        i += 2;
        continue;
      }
    }
    out += enc[i];
  }
  return out;
}

std::string LiteralDatatype(const graph::Term& t) {
  using graph::TermKind;
  std::string xsd(kXsd);
  switch (t.kind) {
    case TermKind::kNumber: {
      std::string_view v = t.value;
      std::string_view body = (!v.empty() && (v[0] == '-' || v[0] == '+')) ? v.substr(1) : v;
      if (IsDigits(body)) return xsd + "integer";
      if (body.find_first_of("eE") != std::string_view::npos) return xsd + "double";
      return xsd + "decimal";
    }
    case TermKind::kDate: {
      std::string_view v = t.value;
      if (v.find('T') != std::string_view::npos) return xsd + "dateTime";
      if (v.size() == 4) return xsd + "gYear";
      if (v.size() == 7) return xsd + "gYearMonth";
      return xsd + "date";
    }
    case TermKind::kTypedLiteral:
      return t.datatype;
    default:
      return "";
  }
}

std::string BlankLabel(const graph::Term& t) { return std::string("b").append(Hex16(Fnv1a(t.value))); }

std::string CitationIri(std::string_view spo_key, const graph::Provenance& p) {
  uint64_t h = Fnv1a(spo_key);
  h = Fnv1a(std::string_view("\x1f"), h);
  h = Fnv1a(p.doc_id, h);
  char nums[64];
  std::snprintf(nums, sizeof nums, "\x1f%u\x1f%u\x1f%d\x1f", p.start, p.end, static_cast<int>(p.modality));
  h = Fnv1a(nums, h);
  h = Fnv1a(p.extractor, h);
  h = Fnv1a(std::string_view("\x1f"), h);
  h = Fnv1a(p.attributed_to, h);
  return std::string(kCitationPrefix) + Hex16(h);
}

std::string_view ModalityName(graph::Modality m) {
  switch (m) {
    case graph::Modality::kPlanned: return "planned";
    case graph::Modality::kNegated: return "negated";
    case graph::Modality::kHypothetical: return "hypothetical";
    default: return "asserted";
  }
}

bool ParseModality(std::string_view name, graph::Modality* m) {
  if (name == "asserted") *m = graph::Modality::kAsserted;
  else if (name == "planned") *m = graph::Modality::kPlanned;
  else if (name == "negated") *m = graph::Modality::kNegated;
  else if (name == "hypothetical") *m = graph::Modality::kHypothetical;
  else return false;
  return true;
}

std::string FormatConfidence(float c) {
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, c);
  std::string s(buf, r.ptr);
  // xsd:decimal has no exponent: fall back to fixed notation for tiny values.
  if (s.find_first_of("eE") != std::string::npos) {
    std::snprintf(buf, sizeof buf, "%.9f", static_cast<double>(c));
    s = buf;
    while (s.size() > 1 && s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s;
}

}  // namespace kg::exporter
