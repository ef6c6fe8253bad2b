#include "loaders/rdf/nquads_reader.h"

#include <cctype>

#include "util/text.h"

namespace kg::loaders::rdf {
namespace {

constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
constexpr std::string_view kXsdString = "http://www.w3.org/2001/XMLSchema#string";
constexpr std::string_view kLangString = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void AppendUtf8(std::string* out, uint32_t cp) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Recursive-descent over one line; errors carry the 1-based column.
class LineParser {
 public:
  LineParser(std::string_view s, Syntax syntax) : s_(s), syntax_(syntax) {}

  Status Parse(Quad* q, bool* has_quad) {
    *has_quad = false;
    SkipWs();
    if (AtEnd() || s_[i_] == '#') return Status::Ok();
    // Subject: IRI or blank node.
    if (Peek('<')) {
      KG_RETURN_IF_ERROR(Iri(&q->subject));
    } else if (Peek('_')) {
      KG_RETURN_IF_ERROR(Blank(&q->subject));
    } else {
      return Error(Peek('"') ? "a literal cannot be a subject" : "expected a subject (IRI or blank node)");
    }
    SkipWs();
    if (!Peek('<')) return Error("expected a predicate IRI");
    KG_RETURN_IF_ERROR(Iri(&q->predicate));
    SkipWs();
    if (Peek('<')) {
      KG_RETURN_IF_ERROR(Iri(&q->object));
    } else if (Peek('_')) {
      KG_RETURN_IF_ERROR(Blank(&q->object));
    } else if (Peek('"')) {
      KG_RETURN_IF_ERROR(Literal(&q->object));
    } else {
      return Error("expected an object (IRI, blank node or literal)");
    }
    SkipWs();
    q->has_graph = false;
    if (Peek('<') || Peek('_')) {
      if (syntax_ == Syntax::kNTriples) return Error("a graph label is not allowed in N-Triples (use .nq)");
      KG_RETURN_IF_ERROR(Peek('<') ? Iri(&q->graph) : Blank(&q->graph));
      q->has_graph = true;
      SkipWs();
    } else if (Peek('"')) {
      return Error("a literal cannot be a graph label");
    }
    if (!Peek('.')) return Error("expected '.' at the end of the statement");
    ++i_;
    SkipWs();
    if (!AtEnd() && s_[i_] != '#') return Error("unexpected text after '.'");
    *has_quad = true;
    return Status::Ok();
  }

 private:
  bool AtEnd() const { return i_ >= s_.size(); }
  bool Peek(char c) const { return i_ < s_.size() && s_[i_] == c; }
  void SkipWs() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t')) ++i_;
  }
  Status Error(std::string what) const {
    return Status::InvalidArgument(what + " (column " + std::to_string(i_ + 1) + ")");
  }

  // \uXXXX or \UXXXXXXXX at i_ (pointing at 'u'/'U'); appends UTF-8.
  Status Uchar(std::string* out) {
    int n = s_[i_] == 'u' ? 4 : 8;
    ++i_;
    if (i_ + n > s_.size()) return Error("truncated \\u escape");
    uint32_t cp = 0;
    for (int k = 0; k < n; ++k) {
      int h = HexValue(s_[i_ + k]);
      if (h < 0) return Error("bad hex digit in \\u escape");
      cp = cp * 16 + static_cast<uint32_t>(h);
    }
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return Error("\\u escape is not a Unicode scalar value");
    i_ += n;
    AppendUtf8(out, cp);
    return Status::Ok();
  }

  Status Iri(graph::Term* t) {
    ++i_;  // '<'
    t->kind = graph::TermKind::kIri;
    t->lang.clear();
    t->datatype.clear();
    std::string& out = t->value;
    out.clear();
    size_t start = i_;
    while (true) {
      if (AtEnd()) return Error("unterminated IRI (missing '>')");
      char c = s_[i_];
      if (c == '>') break;
      if (c == '\\') {
        out.append(s_.substr(start, i_ - start));
        ++i_;
        if (!Peek('u') && !Peek('U')) return Error("only \\u and \\U escapes are allowed in IRIs");
        KG_RETURN_IF_ERROR(Uchar(&out));
        start = i_;
        continue;
      }
      unsigned char u = static_cast<unsigned char>(c);
      if (u <= 0x20 || c == '<' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`') {
        return Error(std::string("character not allowed in an IRI: ") + (u <= 0x20 ? "space or control" : std::string(1, c)));
      }
      ++i_;
    }
    out.append(s_.substr(start, i_ - start));
    ++i_;  // '>'
    // Absolute IRIs only: scheme ":" ...
    size_t k = 0;
    if (out.empty() || !IsAlpha(out[0])) return Error("relative IRI <" + out + "> (N-Triples needs absolute IRIs)");
    while (k < out.size() && (IsAlpha(out[k]) || IsDigit(out[k]) || out[k] == '+' || out[k] == '-' || out[k] == '.')) ++k;
    if (k == out.size() || out[k] != ':') return Error("relative IRI <" + out + "> (N-Triples needs absolute IRIs)");
    return Status::Ok();
  }

  // RDF 1.1 errata and the W3C suites: no ':' in blank node labels.
  static bool IsPnCharsU(unsigned char c) { return IsAlpha(static_cast<char>(c)) || c == '_' || c >= 0x80; }
  static bool IsPnChars(unsigned char c) { return IsPnCharsU(c) || IsDigit(static_cast<char>(c)) || c == '-'; }

  Status Blank(graph::Term* t) {
    if (i_ + 1 >= s_.size() || s_[i_ + 1] != ':') return Error("expected '_:' to start a blank node");
    i_ += 2;
    size_t start = i_;
    if (AtEnd() || !(IsPnCharsU(static_cast<unsigned char>(s_[i_])) || IsDigit(s_[i_]))) {
      return Error("bad blank node label");
    }
    ++i_;
    while (!AtEnd() && (IsPnChars(static_cast<unsigned char>(s_[i_])) || s_[i_] == '.')) ++i_;
    while (s_[i_ - 1] == '.') --i_;  // a label cannot end in '.': that is the terminator
    t->kind = graph::TermKind::kBlank;
    t->value.assign(s_.substr(start, i_ - start));
    t->lang.clear();
    t->datatype.clear();
    return Status::Ok();
  }

  Status Literal(graph::Term* t) {
    ++i_;  // '"'
    std::string& out = t->value;
    out.clear();
    size_t start = i_;
    while (true) {
      if (AtEnd()) return Error("unterminated string literal");
      char c = s_[i_];
      if (c == '"') break;
      if (c == '\\') {
        out.append(s_.substr(start, i_ - start));
        ++i_;
        if (AtEnd()) return Error("unterminated escape");
        char e = s_[i_];
        switch (e) {
          case 't': out.push_back('\t'); break;
          case 'b': out.push_back('\b'); break;
          case 'n': out.push_back('\n'); break;
          case 'r': out.push_back('\r'); break;
          case 'f': out.push_back('\f'); break;
          case '"': out.push_back('"'); break;
          case '\'': out.push_back('\''); break;
          case '\\': out.push_back('\\'); break;
          case 'u':
          case 'U':
            KG_RETURN_IF_ERROR(Uchar(&out));
            start = i_;
            continue;
          default:
            return Error(std::string("unknown escape \\") + e);
        }
        ++i_;
        start = i_;
        continue;
      }
      if (c == '\r' || c == '\n') return Error("raw line break in a string literal");
      ++i_;
    }
    out.append(s_.substr(start, i_ - start));
    ++i_;  // closing '"'
    t->lang.clear();
    t->datatype.clear();
    t->kind = graph::TermKind::kString;
    if (Peek('@')) {
      ++i_;
      size_t ls = i_;
      while (!AtEnd() && IsAlpha(s_[i_])) ++i_;
      if (i_ == ls) return Error("empty language tag");
      while (Peek('-')) {
        ++i_;
        size_t ss = i_;
        while (!AtEnd() && (IsAlpha(s_[i_]) || IsDigit(s_[i_]))) ++i_;
        if (i_ == ss) return Error("bad language tag");
      }
      t->lang = text::Fold(s_.substr(ls, i_ - ls));
    } else if (Peek('^')) {
      if (i_ + 1 >= s_.size() || s_[i_ + 1] != '^') return Error("expected '^^' before a datatype");
      i_ += 2;
      if (!Peek('<')) return Error("expected a datatype IRI after '^^'");
      graph::Term dt;
      KG_RETURN_IF_ERROR(Iri(&dt));
      if (dt.value == kLangString) return Error("rdf:langString needs a language tag, not a datatype");
      if (dt.value != kXsdString) {
        t->kind = graph::TermKind::kTypedLiteral;
        t->datatype = std::move(dt.value);
      }
    }
    return Status::Ok();
  }

  std::string_view s_;
  Syntax syntax_;
  size_t i_ = 0;
};

bool IsAscii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

void EscapeInto(std::string* out, std::string_view s, bool iri) {
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (!iri) {
      switch (c) {
        case '"': *out += "\\\""; continue;
        case '\\': *out += "\\\\"; continue;
        case '\n': *out += "\\n"; continue;
        case '\r': *out += "\\r"; continue;
        case '\t': *out += "\\t"; continue;
        default: break;
      }
    }
    if (u < 0x20 || (iri && (c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' ||
                             c == '`' || c == '\\' || c == ' '))) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04X", u);
      *out += buf;
      continue;
    }
    out->push_back(c);
  }
}

}  // namespace

Syntax SyntaxForPath(std::string_view path) {
  return path.size() >= 3 && path.substr(path.size() - 3) == ".nt" ? Syntax::kNTriples : Syntax::kNQuads;
}

Status ParseLine(std::string_view line, Syntax syntax, Quad* quad, bool* has_quad) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (!IsAscii(line) && !text::IsValidUtf8(line)) {
    *has_quad = false;
    return Status::InvalidArgument("ill-formed UTF-8");
  }
  return LineParser(line, syntax).Parse(quad, has_quad);
}

bool Reader::Next(Quad* quad) {
  if (!status_.ok()) return false;
  for (;;) {
    // Line ends are LF, CRLF or a lone CR (EOL ::= [#xD#xA]+): a chunk read
    // up to an LF may hold several lines ended by CR.
    if (!in_chunk_) {
      if (!std::getline(in_, buf_)) break;
      pos_ = 0;
      in_chunk_ = true;
    }
    const size_t cr = buf_.find('\r', pos_);
    const size_t end = cr == std::string::npos ? buf_.size() : cr;
    const std::string_view line = std::string_view(buf_).substr(pos_, end - pos_);
    pos_ = end + 1;
    if (pos_ >= buf_.size()) in_chunk_ = false;  // the chunk's last line (a CRLF's CR included)
    ++line_;
    bool has = false;
    status_ = ParseLine(line, syntax_, quad, &has);
    if (!status_.ok()) return false;
    if (has) return true;
  }
  if (in_.bad()) status_ = Status::IOError("read error");
  return false;
}

std::string FormatTerm(const graph::Term& t) {
  std::string out;
  switch (t.kind) {
    case graph::TermKind::kIri:
      out.push_back('<');
      EscapeInto(&out, t.value, true);
      out.push_back('>');
      return out;
    case graph::TermKind::kBlank:
      return "_:" + t.value;
    default:
      break;
  }
  out.push_back('"');
  EscapeInto(&out, t.value, false);
  out.push_back('"');
  std::string dt;
  switch (t.kind) {
    case graph::TermKind::kString:
      if (!t.lang.empty()) out += "@" + t.lang;
      return out;
    case graph::TermKind::kNumber:
      dt = std::string(kXsd) + (t.value.find_first_of("eE") != std::string::npos ? "double"
                                : t.value.find('.') != std::string::npos      ? "decimal"
                                                                              : "integer");
      break;
    case graph::TermKind::kDate:
      dt = std::string(kXsd) + (t.value.size() == 4 ? "gYear" : t.value.size() == 7 ? "gYearMonth" : "date");
      break;
    default:
      dt = t.datatype;
  }
  out += "^^<";
  EscapeInto(&out, dt, true);
  out += ">";
  return out;
}

}  // namespace kg::loaders::rdf
