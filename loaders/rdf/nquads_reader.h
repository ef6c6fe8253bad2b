// A streaming N-Triples / N-Quads reader (W3C RDF 1.1 N-Triples and N-Quads):
// IRIs with \u escapes, blank nodes, literals with escapes, language tags and
// datatypes, comments. It yields RDF terms exactly as written (no vocabulary
// mapping: see import_mapping.h), so export round-trips and other tools can
// reuse it. Memory is one line at a time.
// Thread-safety: a Reader is used by one thread; ParseLine is pure.
#pragma once

#include <cstdint>
#include <istream>
#include <string>
#include <string_view>

#include "graph/term.h"
#include "util/status.h"

namespace kg::loaders::rdf {

enum class Syntax { kNTriples, kNQuads };

// .nt -> N-Triples (a graph label is an error); anything else -> N-Quads.
Syntax SyntaxForPath(std::string_view path);

struct Quad {
  graph::Term subject, predicate, object;
  graph::Term graph;       // valid when has_graph
  bool has_graph = false;
};

// Literals come back as: language-tagged -> Term::String(v, lang lower-cased);
// plain or xsd:string -> Term::String(v); any other datatype -> Term::Typed(v, dt).

// Parses one line (without its line terminator; a trailing '\r' is ignored).
// Ok with *has_quad = false for blank and comment-only lines.
// Errors: InvalidArgument("<what> (column C)") for a malformed line, including
// ill-formed UTF-8, relative IRIs and a graph label in N-Triples.
Status ParseLine(std::string_view line, Syntax syntax, Quad* quad, bool* has_quad);

// Reads quads one by one from a stream.
class Reader {
 public:
  Reader(std::istream& in, Syntax syntax) : in_(in), syntax_(syntax) {}
  // Stores the next quad and returns true; returns false at the end of input
  // or on the first malformed line (then status() says why and line() where).
  bool Next(Quad* quad);
  const Status& status() const { return status_; }
  // 1-based number of the line last read.
  uint64_t line() const { return line_; }

 private:
  std::istream& in_;
  Syntax syntax_;
  std::string buf_;        // the chunk up to the last LF read
  size_t pos_ = 0;         // where the chunk's next line starts
  bool in_chunk_ = false;  // buf_ still holds lines to parse
  uint64_t line_ = 0;
  Status status_;
};

// Writes a term in N-Triples syntax (IRIs in <>, escapes as the spec's
// canonical form); the inverse of what ParseLine reads.
std::string FormatTerm(const graph::Term& t);

}  // namespace kg::loaders::rdf
