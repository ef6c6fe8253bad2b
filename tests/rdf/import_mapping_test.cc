// Import mapping: canonical vocabulary, flipped inverses, typed literals, scoped
// blank nodes and provenance (CONTRACT.md section 5).
#include <gtest/gtest.h>

#include "graph/literal_kind.h"
#include "graph/vocabulary.h"
#include "loaders/rdf/import_mapping.h"

namespace kg::loaders::rdf {
namespace {

using graph::Term;
using graph::TermKind;

graph::Fact MapLine(const std::string& line, const std::string& source = "facts.nq") {
  Quad q;
  bool has = false;
  EXPECT_TRUE(ParseLine(line, Syntax::kNQuads, &q, &has).ok()) << line;
  return ImportMapper(source).Map(std::move(q));
}

TEST(ImportMapping, InverseSchemaPredicatesAreFlipped) {
  auto f = MapLine("<http://ex/summit> <https://schema.org/attendee> <urn:kg:entity:kim> .");
  EXPECT_EQ(f.s, Term::Iri("urn:kg:entity:kim"));
  EXPECT_EQ(f.p, Term::Iri("urn:kg:vocab:attended"));
  EXPECT_EQ(f.o, Term::Iri("http://ex/summit"));
  f = MapLine("<urn:kg:entity:kim> <urn:kg:vocab:attended> <http://ex/summit> .");
  EXPECT_EQ(f.s, Term::Iri("urn:kg:entity:kim"));
}

TEST(ImportMapping, LabelsTypesAndLiterals) {
  auto f = MapLine("<urn:kg:entity:a> <http://www.w3.org/2004/02/skos/core#prefLabel> \"A\"@en .");
  EXPECT_EQ(f.p.value, graph::vocab::kLabel);
  EXPECT_EQ(f.o, Term::String("A", "en"));
  f = MapLine("<urn:kg:entity:a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Person> .");
  EXPECT_EQ(f.o, Term::Iri("urn:kg:vocab:Person"));
  f = MapLine("<urn:kg:entity:a> <urn:kg:vocab:deploy> \"14000\"^^<http://www.w3.org/2001/XMLSchema#integer> .");
  EXPECT_EQ(f.o, Term::Number("14000"));
  f = MapLine("<urn:kg:entity:e> <https://schema.org/startDate> \"2025-05-09\"^^<http://www.w3.org/2001/XMLSchema#date> .");
  EXPECT_EQ(f.p.value, "urn:kg:vocab:date");
  EXPECT_EQ(f.o, Term::Date("2025-05-09"));
  f = MapLine("<urn:kg:entity:e> <urn:kg:vocab:date> \"2025\"^^<http://www.w3.org/2001/XMLSchema#gYear> .");
  EXPECT_EQ(f.o, Term::Date("2025"));
  f = MapLine("<urn:kg:entity:e> <urn:kg:vocab:x> \"abc\"^^<http://www.w3.org/2001/XMLSchema#integer> .");
  EXPECT_EQ(f.o.kind, TermKind::kTypedLiteral);  // ill-typed: kept as written
  f = MapLine("<urn:kg:entity:e> <urn:kg:vocab:x> \"2025-05-09T10:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime> .");
  EXPECT_EQ(f.o.kind, TermKind::kTypedLiteral);
}

// Issue 22: a literal keeps its exact datatype and lexical form unless export
// writes it back identically from kg's own number and date kinds.
TEST(ImportMapping, LiteralsKeepTheirDatatypeUnlessTheyRoundTrip) {
  const std::string xsd = "http://www.w3.org/2001/XMLSchema#";
  auto object = [&](const std::string& lexical, const std::string& type) {
    return MapLine("<urn:kg:entity:e> <urn:kg:vocab:x> \"" + lexical + "\"^^<" + xsd + type + "> .").o;
  };
  EXPECT_EQ(object("123", "byte"), Term::Typed("123", xsd + "byte"));
  EXPECT_EQ(object("1", "double"), Term::Typed("1", xsd + "double"));  // export would say integer
  EXPECT_EQ(object("12345", "gYear"), Term::Typed("12345", xsd + "gYear"));
  EXPECT_EQ(object("1.50", "float"), Term::Typed("1.50", xsd + "float"));
  EXPECT_EQ(object("2.5", "integer"), Term::Typed("2.5", xsd + "integer"));  // ill-typed: as written
  EXPECT_EQ(object("-7", "integer"), Term::Number("-7"));
  EXPECT_EQ(object("1.50", "decimal"), Term::Number("1.50"));
  EXPECT_EQ(object("2.5E3", "double"), Term::Number("2.5E3"));
  EXPECT_EQ(object("2024-05", "gYearMonth"), Term::Date("2024-05"));
  EXPECT_EQ(object("2024-05", "date"), Term::Typed("2024-05", xsd + "date"));
}

TEST(ImportMapping, XsdLiteralsKeptAsTypedStillCompareAsNumbersAndDates) {
  const std::string xsd = "http://www.w3.org/2001/XMLSchema#";
  EXPECT_EQ(graph::ComparableKind(Term::Typed("123", xsd + "byte")), TermKind::kNumber);
  EXPECT_EQ(graph::ComparableKind(Term::Typed("1", xsd + "double")), TermKind::kNumber);
  EXPECT_EQ(graph::ComparableKind(Term::Typed("abc", xsd + "int")), TermKind::kTypedLiteral);
  EXPECT_EQ(graph::ComparableKind(Term::Typed("2024-05-01", xsd + "date")), TermKind::kDate);
  EXPECT_EQ(graph::ComparableKind(Term::Typed("12345", xsd + "gYear")), TermKind::kTypedLiteral);
  EXPECT_EQ(graph::ComparableKind(Term::Typed("5", "http://ex/dt")), TermKind::kTypedLiteral);
  EXPECT_EQ(graph::ComparableKind(Term::String("5")), TermKind::kString);
}

TEST(ImportMapping, ProvenanceIsTheGraphOrTheFile) {
  auto f = MapLine("<urn:kg:entity:a> <urn:kg:vocab:met> <urn:kg:entity:b> <https://news.example.org/a1> .");
  EXPECT_EQ(f.provenance.doc_id, "https://news.example.org/a1");
  EXPECT_EQ(f.provenance.extractor, "import");
  f = MapLine("<urn:kg:entity:a> <urn:kg:vocab:met> <urn:kg:entity:b> .", "curated.nt");
  EXPECT_EQ(f.provenance.doc_id, "curated.nt");
}

TEST(ImportMapping, BlankNodesAreScopedToTheirFile) {
  auto a = MapLine("_:x <urn:kg:vocab:met> _:y .", "one.nt");
  auto b = MapLine("_:x <urn:kg:vocab:met> _:y .", "two.nt");
  auto a2 = MapLine("_:x <urn:kg:vocab:met> _:y .", "one.nt");
  EXPECT_EQ(a.s.kind, TermKind::kBlank);
  EXPECT_NE(a.s, b.s);
  EXPECT_EQ(a.s, a2.s);  // re-importing a file names the same nodes
  EXPECT_NE(a.s, a.o);
  // A blank graph name is the file's own too: it never merges across files.
  auto ga = MapLine("<urn:kg:entity:a> <urn:kg:vocab:met> <urn:kg:entity:b> _:g .", "one.nq");
  auto gb = MapLine("<urn:kg:entity:a> <urn:kg:vocab:met> <urn:kg:entity:b> _:g .", "two.nq");
  auto ga2 = MapLine("<urn:kg:entity:a> <urn:kg:vocab:met> <urn:kg:entity:b> _:g .", "one.nq");
  EXPECT_EQ(ga.provenance.doc_id.rfind("_:", 0), 0u) << ga.provenance.doc_id;
  EXPECT_NE(ga.provenance.doc_id, gb.provenance.doc_id);
  EXPECT_EQ(ga.provenance.doc_id, ga2.provenance.doc_id);
}

}  // namespace
}  // namespace kg::loaders::rdf
