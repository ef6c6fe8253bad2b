// Import mapping: canonical vocabulary, flipped inverses, typed literals, scoped
// blank nodes and provenance (CONTRACT.md section 5).
#include <gtest/gtest.h>

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
}

}  // namespace
}  // namespace kg::loaders::rdf
