#include "loaders/rdf/jsonld_reader.h"

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <vector>

#include "graph/term.h"
#include "loaders/rdf/nquads_reader.h"

namespace kg::loaders::rdf {
namespace {

using json = nlohmann::json;

constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
constexpr std::string_view kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

struct BadJsonLd {
  std::string what;
};

struct TermDefinition {
  std::string iri;          // expanded; may be a keyword ("@id", "@type")
  std::string type;         // "@id", "@vocab", a datatype IRI, or ""
  std::string language;     // "@language" of the term
  bool has_language = false;
  bool reverse = false;
};

// One active context: @vocab, @base, default language and the term definitions.
struct Context {
  std::string vocab;
  std::string language;
  std::map<std::string, TermDefinition> terms;
};

bool IsAbsoluteIri(std::string_view s) {
  const size_t colon = s.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  if (!std::isalpha(static_cast<unsigned char>(s[0]))) return false;  // a scheme starts with a letter
  for (size_t i = 0; i < colon; ++i) {
    const char c = s[i];
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.')) return false;
  }
  return true;
}

// A blank node label N-Quads can write: letters, digits, '_', '-', '.'
// (not last); kept to ASCII, the labels kg's exports and common JSON-LD use.
bool IsBlankLabel(std::string_view label) {
  if (label.empty() || label.back() == '.' || label[0] == '-' || label[0] == '.') return false;
  for (unsigned char c : label) {
    if (!(std::isalnum(c) || c == '_' || c == '-' || c == '.')) return false;
  }
  return true;
}

// An IRI N-Quads can write: absolute, and none of the characters IRIREF
// excludes (controls, space, <>"{}|^`\).
bool IsWritableIri(std::string_view s) {
  if (!IsAbsoluteIri(s)) return false;
  for (unsigned char c : s) {
    if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' ||
        c == '`' || c == '\\') {
      return false;
    }
  }
  return true;
}

bool IsSchemaOrgContext(const std::string& url) {
  for (const char* form : {"https://schema.org", "http://schema.org", "https://schema.org/", "http://schema.org/",
                           "https://schema.org/docs/jsonldcontext.json", "http://schema.org/docs/jsonldcontext.json",
                           "https://schema.org/docs/jsonldcontext.jsonld"}) {
    if (url == form) return true;
  }
  return false;
}

class Converter {
 public:
  explicit Converter(std::string base) : base_(std::move(base)) {}

  std::string Run(const json& doc) {
    Context ctx;
    if (doc.is_array()) {
      for (const auto& node : doc) Node(node, ctx, "");
    } else if (doc.is_object()) {
      Node(doc, ctx, "", /*top=*/true);
    } else {
      throw BadJsonLd{"a JSON-LD document is an object or an array"};
    }
    return out_.str();
  }

 private:
  // ---- context processing
  Context Apply(const Context& active, const json& local) {
    Depth depth(&depth_);
    Context ctx = active;
    if (local.is_array()) {
      for (const auto& c : local) ctx = Apply(ctx, c);
      return ctx;
    }
    if (local.is_null()) return Context();
    if (local.is_string()) {
      if (IsSchemaOrgContext(local.get<std::string>())) {
        ctx.vocab = "https://schema.org/";
        return ctx;
      }
      throw BadJsonLd{"remote context " + local.get<std::string>() + " is not supported (only schema.org's)"};
    }
    if (!local.is_object()) throw BadJsonLd{"@context must be an object, a string or an array"};
    if (local.contains("@vocab")) {
      const auto& v = local["@vocab"];
      ctx.vocab = v.is_null() ? "" : ExpandIri(ctx, v.get<std::string>(), true);
    }
    if (local.contains("@language")) ctx.language = local["@language"].is_null() ? "" : local["@language"].get<std::string>();
    // Terms may use each other and prefixes in any order: define until stable.
    std::vector<std::string> pending;
    for (const auto& [key, value] : local.items()) {
      if (!key.empty() && key[0] == '@') continue;
      pending.push_back(key);
    }
    for (const auto& key : pending) Define(ctx, local, key, 0);
    return ctx;
  }

  void Define(Context& ctx, const json& local, const std::string& key, int depth) {
    if (depth > 32) throw BadJsonLd{"cyclic term definition for '" + key + "'"};
    const json& value = local[key];
    TermDefinition def;
    auto expand_with_local = [&](const std::string& s) {
      // A prefix the same context defines later: define it first.
      const size_t colon = s.find(':');
      if (colon != std::string::npos) {
        const std::string prefix = s.substr(0, colon);
        if (prefix != key && local.contains(prefix) && !ctx.terms.count(prefix)) Define(ctx, local, prefix, depth + 1);
      } else if (s != key && local.contains(s) && !ctx.terms.count(s)) {
        Define(ctx, local, s, depth + 1);
      }
      return ExpandIri(ctx, s, true);
    };
    if (value.is_null()) {
      ctx.terms.erase(key);
      return;
    }
    if (value.is_string()) {
      def.iri = expand_with_local(value.get<std::string>());
    } else if (value.is_object()) {
      if (value.contains("@container")) {
        const auto& c = value["@container"];
        const std::string container = c.is_string() ? c.get<std::string>() : "";
        if (container != "@set") throw BadJsonLd{"term '" + key + "': @container is not supported except @set"};
      }
      if (value.contains("@reverse")) {
        def.iri = expand_with_local(value["@reverse"].get<std::string>());
        def.reverse = true;
      } else if (value.contains("@id") && value["@id"].is_string()) {
        def.iri = expand_with_local(value["@id"].get<std::string>());
      } else {
        def.iri = key.find(':') != std::string::npos ? expand_with_local(key) : ctx.vocab + key;
      }
      if (value.contains("@type")) {
        const std::string t = value["@type"].get<std::string>();
        def.type = t == "@id" || t == "@vocab" ? t : expand_with_local(t);
      }
      if (value.contains("@language")) {
        def.has_language = true;
        def.language = value["@language"].is_null() ? "" : value["@language"].get<std::string>();
      }
    } else {
      throw BadJsonLd{"term '" + key + "' must map to a string or an object"};
    }
    ctx.terms[key] = std::move(def);
  }

  // ---- IRI expansion
  std::string ExpandIri(const Context& ctx, const std::string& s, bool vocab) {
    if (!s.empty() && s[0] == '@') return s;
    if (vocab) {
      auto t = ctx.terms.find(s);
      if (t != ctx.terms.end()) return t->second.iri;
    }
    const size_t colon = s.find(':');
    if (colon != std::string::npos) {
      const std::string prefix = s.substr(0, colon), suffix = s.substr(colon + 1);
      if (prefix == "_") return s;  // blank node
      if (suffix.rfind("//", 0) != 0) {
        auto t = ctx.terms.find(prefix);
        if (t != ctx.terms.end()) return t->second.iri + suffix;
      }
      if (IsAbsoluteIri(s)) return s;
    }
    if (vocab && !ctx.vocab.empty()) return ctx.vocab + s;
    return Resolve(s);
  }

  std::string Resolve(const std::string& relative) const {
    if (relative.empty()) return base_;
    if (relative[0] == '#') return base_.substr(0, base_.find('#')) + relative;
    const size_t slash = base_.rfind('/');
    return (slash == std::string::npos ? base_ + "/" : base_.substr(0, slash + 1)) + relative;
  }

  // The keyword a key stands for ("@id" for an alias "id"), else "".
  static std::string Keyword(const Context& ctx, const std::string& key) {
    if (!key.empty() && key[0] == '@') return key;
    auto t = ctx.terms.find(key);
    if (t != ctx.terms.end() && !t->second.iri.empty() && t->second.iri[0] == '@') return t->second.iri;
    return "";
  }

  // ---- output
  // A language tag N-Quads can write ("" for none): letters, then '-' and
  // letters or digits (BCP 47's shape).
  static const std::string& LanguageTag(const std::string& tag) {
    auto alpha = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
    auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    if (tag.empty()) return tag;
    size_t i = 0;
    while (i < tag.size() && alpha(tag[i])) ++i;
    bool ok = i > 0;
    while (ok && i < tag.size()) {
      ok = tag[i++] == '-';
      const size_t start = i;
      while (ok && i < tag.size() && alnum(tag[i])) ++i;
      ok = ok && i > start;
    }
    if (!ok) throw BadJsonLd{"'" + tag + "' is not a language tag"};
    return tag;
  }

  // A node: a blank node label, or an IRI N-Quads can write ("@Person", a
  // keyword-like word that expands to nothing, or "a b" is an error).
  graph::Term Subject(const std::string& iri) {
    if (iri.rfind("_:", 0) == 0) {
      if (!IsBlankLabel(std::string_view(iri).substr(2))) throw BadJsonLd{"'" + iri + "' is not a blank node label"};
      return graph::Term::Blank(iri.substr(2));
    }
    if (!IsWritableIri(iri)) throw BadJsonLd{"'" + iri + "' is not an absolute IRI"};
    return graph::Term::Iri(iri);
  }
  // A label no written "_:x" is likely to share (JSON-LD would relabel all).
  graph::Term NewBlank() { return graph::Term::Blank("kgjsonld" + std::to_string(next_blank_++)); }

  // Nesting bound: a hostile document must not exhaust the stack.
  struct Depth {
    explicit Depth(int* d) : d_(d) {
      if (++*d_ > kMaxDepth) throw BadJsonLd{"nesting deeper than " + std::to_string(kMaxDepth) + " levels"};
    }
    ~Depth() { --*d_; }
    int* d_;
  };
  static constexpr int kMaxDepth = 256;
  int depth_ = 0;

  void Emit(const graph::Term& s, const std::string& p, const graph::Term& o, const std::string& graph) {
    out_ << FormatTerm(s) << ' ' << FormatTerm(graph::Term::Iri(p)) << ' ' << FormatTerm(o);
    if (!graph.empty()) out_ << ' ' << FormatTerm(Subject(graph));
    out_ << " .\n";
  }

  // ---- nodes and values

  // Reads a node object; returns its subject term.
  graph::Term Node(const json& node, const Context& outer, const std::string& graph, bool top = false) {
    Depth depth(&depth_);
    if (!node.is_object()) throw BadJsonLd{"a node must be an object"};
    Context ctx = node.contains("@context") ? Apply(outer, node["@context"]) : outer;
    std::optional<std::string> id;
    const json* inner_graph = nullptr;
    for (const auto& [key, value] : node.items()) {
      const std::string kw = Keyword(ctx, key);
      if (kw == "@id") id = ExpandIri(ctx, value.get<std::string>(), false);
      if (kw == "@graph") inner_graph = &value;
      if (kw == "@list") throw BadJsonLd{"@list is not supported"};
      if (kw == "@value") throw BadJsonLd{"a value object where a node belongs"};
    }
    // Only @context and @graph (and maybe @id): the graph's nodes, not a node itself.
    bool has_properties = false;
    for (const auto& [key, value] : node.items()) {
      const std::string kw = Keyword(ctx, key);
      if (kw != "@context" && kw != "@graph" && kw != "@id") has_properties = true;
    }
    graph::Term subject = id ? Subject(*id) : NewBlank();
    if (inner_graph != nullptr) {
      // A top-level @graph without an @id is the default graph.
      const std::string named = id ? *id : (top ? graph : subject.kind == graph::TermKind::kBlank ? "_:" + subject.value : "");
      const json& nodes = *inner_graph;
      if (nodes.is_array()) {
        for (const auto& n : nodes) Node(n, ctx, named);
      } else {
        Node(nodes, ctx, named);
      }
      if (!has_properties) return subject;
    }
    for (const auto& [key, value] : node.items()) {
      const std::string kw = Keyword(ctx, key);
      if (kw == "@id" || kw == "@graph" || kw == "@context" || kw == "@index") continue;
      if (kw == "@type") {
        for (const auto& t : value.is_array() ? value : json::array({value})) {
          Emit(subject, std::string(kRdfType), Subject(ExpandIri(ctx, t.get<std::string>(), true)), graph);
        }
        continue;
      }
      if (kw == "@reverse") {
        if (!value.is_object()) throw BadJsonLd{"@reverse must be an object"};
        for (const auto& [rkey, rvalue] : value.items()) {
          const std::string p = ExpandIri(ctx, rkey, true);
          if (!IsWritableIri(p)) continue;  // as for other keys: no IRI, dropped
          for (const auto& v : rvalue.is_array() ? rvalue : json::array({rvalue})) {
            Emit(NodeOrReference(v, ctx, graph), p, subject, graph);
          }
        }
        continue;
      }
      if (!kw.empty()) throw BadJsonLd{kw + " is not supported here"};
      const auto def = ctx.terms.find(key);
      const TermDefinition* term = def == ctx.terms.end() ? nullptr : &def->second;
      const std::string p = ExpandIri(ctx, key, true);
      if (!IsWritableIri(p)) continue;  // JSON-LD drops keys that expand to no IRI
      for (const auto& v : value.is_array() ? value : json::array({value})) {
        if (v.is_null()) continue;
        std::optional<graph::Term> object = Value(v, ctx, term, graph);
        if (!object) continue;
        if (term != nullptr && term->reverse) {
          Emit(*object, p, subject, graph);
        } else {
          Emit(subject, p, *object, graph);
        }
      }
    }
    return subject;
  }

  graph::Term NodeOrReference(const json& v, const Context& ctx, const std::string& graph) {
    if (v.is_string()) return Subject(ExpandIri(ctx, v.get<std::string>(), false));
    return Node(v, ctx, graph);
  }

  std::optional<graph::Term> Value(const json& v, const Context& ctx, const TermDefinition* term,
                                   const std::string& graph) {
    Depth depth(&depth_);
    const std::string coerce = term ? term->type : "";
    if (v.is_string()) {
      const std::string s = v.get<std::string>();
      if (coerce == "@id") return Subject(ExpandIri(ctx, s, false));
      if (coerce == "@vocab") return Subject(ExpandIri(ctx, s, true));
      if (!coerce.empty()) {
        if (!IsWritableIri(coerce) || coerce == "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString") {
          throw BadJsonLd{"datatype '" + coerce + "' cannot type a string value"};
        }
        return graph::Term::Typed(s, coerce);
      }
      return graph::Term::String(s, LanguageTag(term && term->has_language ? term->language : ctx.language));
    }
    if (v.is_boolean()) return graph::Term::Typed(v.get<bool>() ? "true" : "false", coerce.empty() ? std::string(kXsd) + "boolean" : coerce);
    if (v.is_number_integer() || v.is_number_unsigned()) {
      const std::string lexical = v.dump();
      if (coerce.empty() || coerce == std::string(kXsd) + "integer") return graph::Term::Typed(lexical, std::string(kXsd) + "integer");
      if (coerce != std::string(kXsd) + "double") return graph::Term::Typed(lexical, coerce);
    }
    if (v.is_number()) {
      // JSON-LD's canonical xsd:double form: 1.5E0.
      std::ostringstream d;
      d.precision(15);
      d << std::scientific << v.get<double>();
      std::string s = d.str();
      const size_t e = s.find('e');
      std::string mantissa = s.substr(0, e), exponent = s.substr(e + 1);
      while (mantissa.size() > 3 && mantissa.back() == '0') mantissa.pop_back();
      const int exp = std::stoi(exponent);
      return graph::Term::Typed(mantissa + "E" + std::to_string(exp), coerce.empty() ? std::string(kXsd) + "double" : coerce);
    }
    if (v.is_object()) {
      if (v.contains("@value")) {
        const json& value = v["@value"];
        if (value.is_null()) return std::nullopt;
        std::string lexical = value.is_string() ? value.get<std::string>() : value.dump();
        if (v.contains("@type")) {
          const std::string datatype = ExpandIri(ctx, v["@type"].get<std::string>(), true);
          if (!IsWritableIri(datatype)) throw BadJsonLd{"datatype '" + datatype + "' is not an absolute IRI"};
          if (datatype == "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString") {
            throw BadJsonLd{"rdf:langString is given by @language, not @type"};
          }
          return graph::Term::Typed(lexical, datatype);
        }
        if (v.contains("@language")) return graph::Term::String(lexical, LanguageTag(v["@language"].get<std::string>()));
        if (!value.is_string()) return Value(value, ctx, nullptr, graph);
        return graph::Term::String(lexical);
      }
      if (v.contains("@list")) throw BadJsonLd{"@list is not supported"};
      if (v.contains("@set")) throw BadJsonLd{"a nested @set is not supported"};
      return Node(v, ctx, graph);
    }
    throw BadJsonLd{"unsupported value " + v.dump().substr(0, 40)};
  }

  std::string base_;
  std::ostringstream out_;
  uint64_t next_blank_ = 0;
};

}  // namespace

Result<std::string> JsonLdToNQuads(std::string_view text, const std::string& base, uint64_t* error_line) {
  json doc;
  try {
    doc = json::parse(text.begin(), text.end());
  } catch (const json::parse_error& e) {
    const size_t at = std::min<size_t>(e.byte, text.size());
    const uint64_t line = 1 + static_cast<uint64_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
    if (error_line) *error_line = line;
    return Status::InvalidArgument("malformed JSON");
  } catch (const json::exception& e) {  // e.g. a number out of range ("2e+555")
    return Status::InvalidArgument(std::string("malformed JSON (") + e.what() + ")");
  }
  try {
    return Converter(base).Run(doc);
  } catch (const BadJsonLd& e) {
    return Status::InvalidArgument("JSON-LD: " + e.what);
  } catch (const json::exception& e) {
    return Status::InvalidArgument(std::string("JSON-LD: unexpected shape (") + e.what() + ")");
  }
}

bool LooksLikeJsonLd(std::string_view path, std::string_view head) {
  auto ends = [&](std::string_view suffix) {
    return path.size() >= suffix.size() && path.substr(path.size() - suffix.size()) == suffix;
  };
  if (ends(".jsonld") || ends(".json")) return true;
  if (ends(".nq") || ends(".nt")) return false;
  const size_t first = head.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && (head[first] == '{' || head[first] == '[');
}

}  // namespace kg::loaders::rdf
