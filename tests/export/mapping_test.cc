// The RDF term mapping and the JSON-LD context's spellings.
#include <gtest/gtest.h>

#include "export/jsonld_context.h"
#include "export/rdf_mapping.h"

namespace kg::exporter {
namespace {

TEST(MappingTest, PredicatesAndTypes) {
  auto a = ExportPredicate("urn:kg:vocab:attended", true);
  EXPECT_EQ(a.iri, "https://schema.org/attendee");
  EXPECT_TRUE(a.flipped);
  // A literal cannot become a subject: keep the canonical IRI, unflipped.
  auto lit = ExportPredicate("urn:kg:vocab:attended", false);
  EXPECT_EQ(lit.iri, "urn:kg:vocab:attended");
  EXPECT_FALSE(lit.flipped);
  EXPECT_EQ(ExportPredicate("urn:kg:vocab:childOf", true).iri, "https://schema.org/parent");
  EXPECT_EQ(ExportPredicate("urn:kg:vocab:met", true).iri, "urn:kg:vocab:met");
  EXPECT_EQ(ExportPredicate("http://xmlns.com/foaf/0.1/knows", true).iri, "http://xmlns.com/foaf/0.1/knows");
  EXPECT_EQ(ExportType("urn:kg:vocab:Country"), "https://schema.org/Country");
  EXPECT_EQ(ExportType("urn:kg:vocab:Official"), "urn:kg:vocab:Official");
}

TEST(MappingTest, DocumentAndSourceIris) {
  EXPECT_EQ(DocumentIri("abc", ""), "urn:kg:doc:abc");
  EXPECT_EQ(DocumentIri("abc", "https://x.org/a b"), "https://x.org/a%20b");
  EXPECT_EQ(DocumentIri("abc", "not a url"), "urn:kg:doc:abc");
  EXPECT_EQ(SourceIri("https://g.org/1"), "https://g.org/1");
  EXPECT_EQ(SourceIri("data/my file.nt"), "urn:kg:source:data/my%20file.nt");
  EXPECT_EQ(SourceIdFromIri("urn:kg:source:data/my%20file.nt"), "data/my file.nt");
  EXPECT_EQ(SourceIdFromIri(SourceIri("_:g1")), "_:g1");
  EXPECT_EQ(SourceIdFromIri(SourceIri("a%b:c")), "a%b:c");
}

TEST(MappingTest, Literals) {
  using graph::Term;
  const std::string xsd = "http://www.w3.org/2001/XMLSchema#";
  EXPECT_EQ(LiteralDatatype(Term::Number("-12")), xsd + "integer");
  EXPECT_EQ(LiteralDatatype(Term::Number("1.5")), xsd + "decimal");
  EXPECT_EQ(LiteralDatatype(Term::Number("1e3")), xsd + "double");
  EXPECT_EQ(LiteralDatatype(Term::Date("2025")), xsd + "gYear");
  EXPECT_EQ(LiteralDatatype(Term::Date("2025-05")), xsd + "gYearMonth");
  EXPECT_EQ(LiteralDatatype(Term::Date("2025-05-09")), xsd + "date");
  EXPECT_EQ(LiteralDatatype(Term::String("x")), "");
  EXPECT_EQ(FormatConfidence(0.9f), "0.9");
  EXPECT_EQ(FormatConfidence(1.0f), "1");
  EXPECT_EQ(FormatConfidence(0.25f), "0.25");
}

TEST(MappingTest, CitationIriIsStableAndDistinct) {
  graph::Provenance p;
  p.doc_id = "d";
  p.start = 1;
  p.end = 9;
  std::string a = CitationIri("<s> <p> <o>", p);
  EXPECT_EQ(a, CitationIri("<s> <p> <o>", p));
  EXPECT_TRUE(a.starts_with("urn:kg:citation:"));
  EXPECT_EQ(a.size(), std::string("urn:kg:citation:").size() + 16);
  p.end = 10;
  EXPECT_NE(a, CitationIri("<s> <p> <o>", p));
}

TEST(ContextTest, KeysExpandToTheGivenIri) {
  JsonLdContext ctx;
  EXPECT_EQ(ctx.PredicateKey("https://schema.org/name"), "name");
  EXPECT_EQ(ctx.PredicateKey("https://schema.org/jobTitle"), "title");
  EXPECT_EQ(ctx.PredicateKey("https://schema.org/parent"), "childOf");
  EXPECT_EQ(ctx.PredicateKey("urn:kg:vocab:thank"), "thank");  // via @vocab
  // Names the context uses for something else fall back to the kg: prefix.
  EXPECT_EQ(ctx.PredicateKey("urn:kg:vocab:end"), "kg:end");
  EXPECT_EQ(ctx.PredicateKey("urn:kg:vocab:attended"), "kg:attended");
  EXPECT_EQ(ctx.PredicateKey("urn:kg:vocab:has%20space"), "kg:has%20space");
  EXPECT_EQ(ctx.PredicateKey("urn:kg:prov:doc"), "kgp:doc");  // never an @id-coerced term
  EXPECT_EQ(ctx.PredicateKey("http://xmlns.com/foaf/0.1/knows"), "http://xmlns.com/foaf/0.1/knows");
  EXPECT_EQ(ctx.ReverseKey("https://schema.org/attendee"), "attended");
  EXPECT_EQ(ctx.ReverseKey("https://schema.org/organizer"), "organized");
  EXPECT_EQ(ctx.TypeName("https://schema.org/Person"), "Person");
  EXPECT_EQ(ctx.TypeName("urn:kg:vocab:Official"), "Official");
  EXPECT_EQ(ctx.TypeName("urn:kg:vocab:date"), "kg:date");
  Coercion c;
  EXPECT_EQ(ctx.FieldKey("urn:kg:prov:doc", &c), "doc");
  EXPECT_EQ(c, Coercion::kId);
  EXPECT_EQ(ctx.FieldKey("https://schema.org/headline", &c), "headline");
  EXPECT_EQ(c, Coercion::kNone);
}

}  // namespace
}  // namespace kg::exporter
