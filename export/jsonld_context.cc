#include "export/jsonld_context.h"

#include <array>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "export/rdf_mapping.h"
#include "graph/vocabulary.h"

namespace kg::exporter {
namespace {

namespace vocab = graph::vocab;

// Core names of CONTRACT.md section 3; those SchemaOrgFor maps get a schema.org term.
constexpr std::array<std::string_view, 16> kCorePredicates = {
    "attended", "organized", "met",      "visited", "accompanied", "title",    "memberOf",  "leaderOf",
    "nationality", "childOf", "parentOf", "spouseOf", "date",      "location", "locatedIn", "said"};
constexpr std::array<std::string_view, 11> kCoreTypes = {"Person", "Official", "Organization", "Country",
                                                         "Place",  "Event",    "Meeting",      "Visit",
                                                         "Ceremony", "Speech", "Summit"};

// A name usable as a bare JSON-LD key or type under @vocab.
bool IsSimpleName(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

std::string Schema(std::string_view local) { return std::string(vocab::kSchemaPrefix) + std::string(local); }

}  // namespace

JsonLdContext::JsonLdContext() {
  prefixes_ = {{"kg", std::string(vocab::kVocabPrefix)},
               {"kgp", std::string(kProvPrefix)},
               {"schema", std::string(vocab::kSchemaPrefix)},
               {"rdf", std::string(kRdf)},
               {"xsd", std::string(kXsd)}};
  for (auto t : kCoreTypes) {
    std::string canonical = vocab::VocabIri(t);
    std::string exported = ExportType(canonical);
    if (exported != canonical) Add(std::string(t), exported, true);
  }
  Add("NewsArticle", std::string(kNewsArticle), true);
  Add("Citation", ProvIri("Citation"), true);
  Add("name", std::string(vocab::kLabel), false);
  Add("alternateName", std::string(vocab::kAlias), false);
  for (auto p : kCorePredicates) {
    bool inverse = false;
    auto schema = vocab::SchemaOrgFor(vocab::VocabIri(p), &inverse);
    if (!schema) continue;
    Add(std::string(p), *schema, false);
    if (inverse) {
      terms_.back().reverse = true;
      forward_by_iri_.erase(*schema);
      reverse_by_iri_[*schema] = terms_.size() - 1;
    }
  }
  for (auto f : {"headline", "datePublished", "url", "publisher", "author", "text"}) Add(f, Schema(f), false);
  for (auto f : {"docId", "source", "paragraphs"}) Add(f, ProvIri(f), false);
  Add("subject", std::string(kRdf) + "subject", false, Coercion::kId);
  Add("predicate", std::string(kRdf) + "predicate", false, Coercion::kId);
  Add("object", std::string(kRdf) + "object", false);
  Add("doc", ProvIri("doc"), false, Coercion::kId);
  Add("start", ProvIri("start"), false, Coercion::kNativeInteger);
  Add("end", ProvIri("end"), false, Coercion::kNativeInteger);
  Add("extractor", ProvIri("extractor"), false);
  Add("confidence", ProvIri("confidence"), false, Coercion::kDecimal);
  Add("modality", ProvIri("modality"), false);
  Add("attributedTo", ProvIri("attributedTo"), false, Coercion::kId);
}

void JsonLdContext::Add(std::string name, std::string iri, bool is_type, Coercion c) {
  // First definition of an IRI wins for compaction (e.g. one schema type name).
  size_t index = terms_.size();
  by_name_[name] = index;
  forward_by_iri_.try_emplace(iri, index);
  terms_.push_back({std::move(name), std::move(iri), false, is_type, c});
}

bool JsonLdContext::IsTerm(std::string_view name) const {
  if (by_name_.count(name)) return true;
  for (const auto& [p, ns] : prefixes_)
    if (p == name) return true;
  return false;
}

std::string JsonLdContext::ToJson(int indent) const {
  nlohmann::ordered_json ctx;
  ctx["@version"] = 1.1;
  ctx["@vocab"] = std::string(vocab::kVocabPrefix);
  for (const auto& [p, ns] : prefixes_) ctx[p] = ns;
  for (const auto& t : terms_) {
    std::string iri = PrefixForm(t.iri);
    if (t.reverse) {
      ctx[t.name] = {{"@reverse", iri}};
    } else if (t.coercion == Coercion::kId) {
      ctx[t.name] = {{"@id", iri}, {"@type", "@id"}};
    } else if (t.coercion == Coercion::kDecimal) {
      ctx[t.name] = {{"@id", iri}, {"@type", "xsd:decimal"}};
    } else {
      ctx[t.name] = iri;
    }
  }
  return ctx.dump(indent);
}

std::string JsonLdContext::PrefixForm(std::string_view iri) const {
  for (const auto& [p, ns] : prefixes_) {
    if (iri.size() > ns.size() && iri.starts_with(ns)) {
      std::string_view local = iri.substr(ns.size());
      if (local.starts_with("//")) continue;
      return p + ":" + std::string(local);
    }
  }
  return std::string(iri);
}

std::string JsonLdContext::CompactIri(std::string_view iri) const { return PrefixForm(iri); }

std::string JsonLdContext::FieldKey(std::string_view iri, Coercion* coercion) const {
  *coercion = Coercion::kNone;
  auto it = forward_by_iri_.find(iri);
  if (it != forward_by_iri_.end()) {
    *coercion = terms_[it->second].coercion;
    return terms_[it->second].name;
  }
  return PredicateKey(iri);
}

std::string JsonLdContext::PredicateKey(std::string_view iri) const {
  auto it = forward_by_iri_.find(iri);
  if (it != forward_by_iri_.end() && terms_[it->second].coercion == Coercion::kNone && !terms_[it->second].is_type)
    return terms_[it->second].name;
  if (iri.starts_with(vocab::kVocabPrefix)) {
    std::string_view local = iri.substr(vocab::kVocabPrefix.size());
    if (IsSimpleName(local) && !IsTerm(local)) return std::string(local);
  }
  return PrefixForm(iri);
}

std::string JsonLdContext::ReverseKey(std::string_view schema_iri) const {
  auto it = reverse_by_iri_.find(schema_iri);
  return it == reverse_by_iri_.end() ? "" : terms_[it->second].name;
}

std::string JsonLdContext::TypeName(std::string_view iri) const {
  auto it = forward_by_iri_.find(iri);
  if (it != forward_by_iri_.end() && terms_[it->second].is_type) return terms_[it->second].name;
  if (iri.starts_with(vocab::kVocabPrefix)) {
    std::string_view local = iri.substr(vocab::kVocabPrefix.size());
    if (IsSimpleName(local) && !IsTerm(local)) return std::string(local);
  }
  return PrefixForm(iri);
}

void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out->append(buf);
        } else {
          out->push_back(ch);
        }
    }
  }
  out->push_back('"');
}

}  // namespace kg::exporter
