// The reader against hand-written cases modelled on the W3C N-Triples/N-Quads
// test suites: positive syntax (with the terms each line must yield) and
// negative syntax (each must fail).
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "loaders/rdf/nquads_reader.h"

namespace kg::loaders::rdf {
namespace {

using graph::Term;

Quad ParseOk(std::string_view line, Syntax syntax = Syntax::kNQuads) {
  Quad q;
  bool has = false;
  Status s = ParseLine(line, syntax, &q, &has);
  EXPECT_TRUE(s.ok()) << line << " -> " << s.message();
  EXPECT_TRUE(has) << line;
  return q;
}

TEST(NQuadsReader, PositiveSyntax) {
  auto q = ParseOk("<http://ex/s> <http://ex/p> <http://ex/o> .");
  EXPECT_EQ(q.subject, Term::Iri("http://ex/s"));
  EXPECT_EQ(q.predicate, Term::Iri("http://ex/p"));
  EXPECT_EQ(q.object, Term::Iri("http://ex/o"));
  EXPECT_FALSE(q.has_graph);

  // No white space needed around terms; tabs allowed; trailing comment.
  q = ParseOk("<http://ex/s><http://ex/p>\t\"x\".# done");
  EXPECT_EQ(q.object, Term::String("x"));

  q = ParseOk("_:b1 <http://ex/p> _:b.2 <http://ex/g> .");
  EXPECT_EQ(q.subject, Term::Blank("b1"));
  EXPECT_EQ(q.object, Term::Blank("b.2"));
  EXPECT_EQ(q.graph, Term::Iri("http://ex/g"));
  EXPECT_TRUE(q.has_graph);

  q = ParseOk("_:a <http://ex/p> _:b.");  // the '.' ends the statement, not the label
  EXPECT_EQ(q.object, Term::Blank("b"));

  q = ParseOk("<http://ex/s> <http://ex/p> \"chat\"@fr-BE .");
  EXPECT_EQ(q.object, Term::String("chat", "fr-be"));

  q = ParseOk("<http://ex/s> <http://ex/p> \"5\"^^<http://www.w3.org/2001/XMLSchema#integer> _:g .");
  EXPECT_EQ(q.object, Term::Typed("5", "http://www.w3.org/2001/XMLSchema#integer"));
  EXPECT_EQ(q.graph, Term::Blank("g"));

  q = ParseOk("<http://ex/s> <http://ex/p> \"s\"^^<http://www.w3.org/2001/XMLSchema#string> .");
  EXPECT_EQ(q.object, Term::String("s"));  // xsd:string is the plain literal

  // Every ECHAR, and \u / \U escapes (in literals and IRIs).
  q = ParseOk(R"(<http://ex/s> <http://ex/p> "t\tb\bn\nr\rf\fq\"a\'s\\" .)");
  EXPECT_EQ(q.object.value, "t\tb\bn\nr\rf\fq\"a's\\");
  q = ParseOk(R"(<http://ex/\u00E9> <http://ex/p> "caf\u00E9 \U0001F600" .)");
  EXPECT_EQ(q.subject.value, "http://ex/\xC3\xA9");
  EXPECT_EQ(q.object.value, "caf\xC3\xA9 \xF0\x9F\x98\x80");

  // Raw UTF-8 passes through; CRLF line endings are fine.
  q = ParseOk("<http://ex/s> <http://ex/p> \"Kim Jong-un \xEA\xB9\x80\" .\r");
  EXPECT_EQ(q.object.value, "Kim Jong-un \xEA\xB9\x80");

  // Empty literal; IRIs of other schemes.
  q = ParseOk("<urn:kg:entity:a> <urn:kg:vocab:met> \"\" .");
  EXPECT_EQ(q.object, Term::String(""));
}

TEST(NQuadsReader, BlankAndCommentLinesYieldNothing) {
  for (std::string_view line : {"", "   ", "\t", "# a comment", "  # indented comment", "\r"}) {
    Quad q;
    bool has = true;
    EXPECT_TRUE(ParseLine(line, Syntax::kNTriples, &q, &has).ok()) << line;
    EXPECT_FALSE(has) << line;
  }
}

TEST(NQuadsReader, NegativeSyntax) {
  const char* bad[] = {
      "<http://ex/s> <http://ex/p> <http://ex/o>",                     // no '.'
      "<http://ex/s> <http://ex/p> <http://ex/o> . extra",             // text after '.'
      "<s> <http://ex/p> <http://ex/o> .",                             // relative IRI
      "<http://ex/s> <http://ex/p> <o> .",                             // relative IRI object
      "<http://ex/s a> <http://ex/p> <http://ex/o> .",                 // space in IRI
      "<http://ex/s> <http://ex/p> <http://ex/{o}> .",                 // '{' in IRI
      "<http://ex/s> <http://ex/p> <http://ex/o",                      // unterminated IRI
      "\"lit\" <http://ex/p> <http://ex/o> .",                         // literal subject
      "<http://ex/s> \"p\" <http://ex/o> .",                           // literal predicate
      "<http://ex/s> _:p <http://ex/o> .",                             // blank predicate
      "<http://ex/s> <http://ex/p> \"unterminated .",                  // unterminated string
      "<http://ex/s> <http://ex/p> \"bad \\z escape\" .",              // unknown escape
      "<http://ex/s> <http://ex/p> \"\\u00G0\" .",                     // bad hex
      "<http://ex/s> <http://ex/p> \"\\uD800\" .",                     // surrogate
      "<http://ex/\\n> <http://ex/p> <http://ex/o> .",                 // ECHAR in IRI
      "<http://ex/s> <http://ex/p> \"x\"@ .",                          // empty lang tag
      "<http://ex/s> <http://ex/p> \"x\"@en- .",                       // bad lang tag
      "<http://ex/s> <http://ex/p> \"x\"^<http://ex/dt> .",            // single ^
      "<http://ex/s> <http://ex/p> \"x\"^^\"dt\" .",                   // datatype not an IRI
      "<http://ex/s> <http://ex/p> \"x\"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#langString> .",
      "<http://ex/s> <http://ex/p> <http://ex/o>, <http://ex/o2> .",   // Turtle object list
      "<http://ex/s> <http://ex/p> <http://ex/o> \"g\" .",             // literal graph
      "_: <http://ex/p> <http://ex/o> .",                              // empty blank label
      "_:-a <http://ex/p> <http://ex/o> .",                            // bad first char
      "@prefix ex: <http://ex/> .",                                    // Turtle directive
      "<http://ex/s> <http://ex/p> \"bad \xC3\x28 utf8\" .",           // ill-formed UTF-8
  };
  for (const char* line : bad) {
    Quad q;
    bool has = false;
    Status s = ParseLine(line, Syntax::kNQuads, &q, &has);
    EXPECT_FALSE(s.ok()) << "accepted: " << line;
    EXPECT_EQ(s.code(), Status::Code::kInvalidArgument) << line;
  }
}

// Issue 22: EOL ::= [#xD#xA]+, so a lone CR ends a line too.
TEST(NQuadsReader, LfCrlfAndLoneCrAllEndLines) {
  std::istringstream in(
      "<http://ex/a> <http://ex/p> \"1\" .\r"
      "<http://ex/b> <http://ex/p> \"2\" .\r\n"
      "# comment\r\r"
      "<http://ex/c> <http://ex/p> \"3\" .\n"
      "<http://ex/d> <http://ex/p> \"4\" .");
  Reader reader(in, Syntax::kNTriples);
  std::vector<std::string> subjects;
  Quad q;
  while (reader.Next(&q)) subjects.push_back(q.subject.value);
  EXPECT_TRUE(reader.status().ok()) << reader.status().message();
  EXPECT_EQ(subjects, (std::vector<std::string>{"http://ex/a", "http://ex/b", "http://ex/c", "http://ex/d"}));
  // A bad line after CR-ended ones is reported at its own line number.
  std::istringstream bad("<http://ex/a> <http://ex/p> \"1\" .\r\r<http://ex/b> <http://ex/p> .\r");
  Reader r2(bad, Syntax::kNTriples);
  while (r2.Next(&q)) {
  }
  EXPECT_FALSE(r2.status().ok());
  EXPECT_EQ(r2.line(), 3u);
}

TEST(NQuadsReader, GraphLabelIsAnErrorInNTriples) {
  Quad q;
  bool has = false;
  Status s = ParseLine("<http://ex/s> <http://ex/p> <http://ex/o> <http://ex/g> .", Syntax::kNTriples, &q, &has);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("N-Triples"), std::string::npos);
  EXPECT_EQ(SyntaxForPath("a/b.nt"), Syntax::kNTriples);
  EXPECT_EQ(SyntaxForPath("b.nq"), Syntax::kNQuads);
}

TEST(NQuadsReader, ErrorsNameTheColumn) {
  Quad q;
  bool has = false;
  Status s = ParseLine("<http://ex/s> <http://ex/p> <http://ex/o>", Syntax::kNQuads, &q, &has);
  EXPECT_EQ(s.message(), "expected '.' at the end of the statement (column 42)");
}

TEST(NQuadsReader, StreamReportsTheLineOfTheFirstError) {
  std::istringstream in(
      "# header\n"
      "<http://ex/a> <http://ex/p> <http://ex/b> .\n"
      "\n"
      "<http://ex/b> <http://ex/p> \"c\" .\n"
      "<http://ex/c> <http://ex/p> .\n"
      "<http://ex/d> <http://ex/p> <http://ex/e> .\n");
  Reader reader(in, Syntax::kNTriples);
  Quad q;
  int n = 0;
  while (reader.Next(&q)) ++n;
  EXPECT_EQ(n, 2);
  EXPECT_FALSE(reader.status().ok());
  EXPECT_EQ(reader.line(), 5u);
}

TEST(NQuadsReader, FormatTermRoundTrips) {
  std::vector<Term> terms = {Term::Iri("http://ex/\xC3\xA9"), Term::Blank("b1"), Term::String("a \"q\"\n\\ b"),
                             Term::String("chat", "fr"), Term::Typed("x", "http://ex/dt")};
  for (const auto& t : terms) {
    std::string line = "<http://ex/s> <http://ex/p> " + FormatTerm(t) + " .";
    auto q = ParseOk(line);
    EXPECT_EQ(q.object, t) << line;
  }
  EXPECT_EQ(FormatTerm(Term::Number("42")), "\"42\"^^<http://www.w3.org/2001/XMLSchema#integer>");
  EXPECT_EQ(FormatTerm(Term::Date("2025-05")), "\"2025-05\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>");
}

}  // namespace
}  // namespace kg::loaders::rdf
