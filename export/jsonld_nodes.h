// NodeStreamer: writes statements (in SPO order) as JSON-LD node objects plus
// each statement's per-document named graph with its Citation nodes. Shared by
// the whole-store export (jsonld.cc) and query results (query_jsonld.cc).
// Internal to export/. Thread-safety: one writer.
#pragma once

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "export/export_stats.h"
#include "export/jsonld_context.h"
#include "export/jsonld_value.h"
#include "export/output_buffer.h"
#include "export/rdf_fields.h"
#include "export/rdf_mapping.h"
#include "export/store_walker.h"

namespace kg::exporter {

// IRIs as the N-Quads writer spells them (percent-encoded where needed).
inline std::string SafeIri(const std::string& iri) { return IsSafeAbsoluteIri(iri) ? iri : SanitizeIri(iri); }

// Streams node objects into the top-level "@graph" array. A subject's
// statements arrive together (SPO order) and are written as one node, one key
// per line; a key that comes back after another key (two stored predicates
// with one spelling) opens a second node object for the same @id, which
// JSON-LD merges. The subject's named-graph objects (citations) are kept in
// `pending_` and written after its node.
class NodeStreamer {
 public:
  NodeStreamer(const JsonLdContext& ctx, OutputBuffer& buf) : ctx_(ctx), buf_(buf), out_(buf.str()) {}

  // Query results also carry each citation's sentence (citation IRI -> text).
  // REQUIRES: `sentences` outlives the streamer.
  void set_sentences(const std::unordered_map<std::string, std::string>* sentences) { sentences_ = sentences; }

  // Starts a top-level item (the separator before it).
  void BeginItem() {
    out_->append(first_item_ ? "\n    " : ",\n    ");
    first_item_ = false;
  }

  void Add(const WalkedStatement& st, ExportStats& stats) {
    std::string id = JsonLdId(st.stored_subject);
    if (!open_ || id != node_id_) {
      Close();
      node_id_ = id;
      OpenNode();
    }
    std::string key = KeyOf(st);
    if (key != key_) {
      CloseKey();
      if (std::find(used_keys_.begin(), used_keys_.end(), key) != used_keys_.end()) {
        out_->push_back('}');
        OpenNode();
      }
      key_ = key;
      used_keys_.push_back(key);
    }
    std::string value;
    AppendObject(st, key, &value);
    values_.push_back(std::move(value));
    ++stats.quads;
    AddCitations(st, key, stats);
    // A hub entity's citations would pile up: end the node here and continue
    // the subject in a new node object (JSON-LD merges them), so memory stays bounded.
    if (pending_.size() > kMaxPending) Close();
  }

  // Ends the current node (if any) and writes its pending named graphs.
  void Close() {
    if (!open_) return;
    CloseKey();
    out_->push_back('}');
    open_ = false;
    out_->append(pending_);
    pending_.clear();
    used_keys_.clear();
  }

 private:
  std::string KeyOf(const WalkedStatement& st) const {
    bool node_object = st.o.kind == graph::TermKind::kIri || st.o.kind == graph::TermKind::kBlank;
    if (st.is_type && node_object) return "@type";
    if (st.flipped) {
      std::string k = ctx_.ReverseKey(st.p.value);
      if (!k.empty()) return k;
    }
    return ctx_.PredicateKey(SafeIri(st.p.value));
  }

  // The value under `key` in the stored subject's node: the stored object
  // (a reverse key such as "attended" points the schema.org term back at it).
  void AppendObject(const WalkedStatement& st, const std::string& key, std::string* out) const {
    if (key != "@type") return AppendJsonLdValue(ctx_, st.stored_object, Coercion::kNone, out);
    if (st.o.kind == graph::TermKind::kBlank) return AppendJsonString(JsonLdId(st.o), out);
    AppendJsonString(ctx_.TypeName(SafeIri(st.o.value)), out);
  }

  void OpenNode() {
    BeginItem();
    out_->append("{\"@id\": ");
    AppendJsonString(node_id_, out_);
    open_ = true;
    key_.clear();
    used_keys_.clear();
  }

  void CloseKey() {
    if (key_.empty()) return;
    out_->append(",\n     ");
    AppendJsonString(key_, out_);
    out_->append(": ");
    if (values_.size() == 1) {
      out_->append(values_[0]);
    } else {
      out_->push_back('[');
      for (size_t i = 0; i < values_.size(); ++i) {
        if (i) out_->append(", ");
        out_->append(values_[i]);
      }
      out_->push_back(']');
    }
    values_.clear();
    key_.clear();
  }

  // One {"@id": doc, "@graph": [statement, citations...]} per supporting document.
  void AddCitations(const WalkedStatement& st, const std::string& key, ExportStats& stats) {
    std::vector<bool> done(st.citations.size(), false);
    for (size_t i = 0; i < st.citations.size(); ++i) {
      if (done[i]) continue;
      const std::string& doc = st.citations[i].doc_iri;
      std::string& p = pending_;
      p.append(",\n    {\"@id\": ");
      AppendJsonString(doc, &p);
      p.append(", \"@graph\": [\n      {\"@id\": ");
      AppendJsonString(node_id_, &p);
      p.append(", ");
      AppendJsonString(key, &p);
      p.append(": ");
      AppendObject(st, key, &p);
      p.push_back('}');
      ++stats.quads;
      for (size_t j = i; j < st.citations.size(); ++j) {
        if (done[j] || st.citations[j].doc_iri != doc) continue;
        done[j] = true;
        const WalkedCitation& c = st.citations[j];
        p.append(",\n      {\"@id\": ");
        AppendJsonString(c.iri, &p);
        p.append(", \"@type\": \"Citation\"");
        ++stats.quads;
        for (const Field& f : CitationFields(st, c)) {
          Coercion coercion;
          std::string k = ctx_.FieldKey(f.predicate, &coercion);
          p.append(", ");
          AppendJsonString(k, &p);
          p.append(": ");
          AppendJsonLdValue(ctx_, f.value, coercion, &p);
          ++stats.quads;
        }
        if (sentences_) {
          auto it = sentences_->find(c.iri);
          if (it != sentences_->end()) {
            p.append(", \"kgp:sentence\": ");
            AppendJsonString(it->second, &p);
            ++stats.quads;
          }
        }
        p.push_back('}');
        ++stats.citations;
      }
      p.append("]}");
    }
  }

  static constexpr size_t kMaxPending = 4 << 20;  // bytes of buffered named graphs
  const JsonLdContext& ctx_;
  OutputBuffer& buf_;
  std::string* out_;
  bool first_item_ = true;
  bool open_ = false;
  std::string node_id_;
  std::string key_;
  std::vector<std::string> values_;
  std::vector<std::string> used_keys_;
  std::string pending_;
  const std::unordered_map<std::string, std::string>* sentences_ = nullptr;
};


// Writes `{"@context": ..., "@graph": [` (the items follow through a NodeStreamer).
inline void AppendJsonLdOpening(const JsonLdContext& ctx, std::string* b) {
  b->append("{\n  \"@context\": ");
  std::string context = ctx.ToJson(2);
  for (char c : context) {  // indent the context under its key
    b->push_back(c);
    if (c == '\n') b->append("  ");
  }
  b->append(",\n  \"@graph\": [");
}

// Closes what AppendJsonLdOpening opened.
inline void AppendJsonLdClosing(std::string* b) { b->append("\n  ]\n}\n"); }

}  // namespace kg::exporter
