// Canonical vocabulary (CONTRACT.md sections 3 and 5).
#include <gtest/gtest.h>

#include "graph/vocabulary.h"

namespace kg::graph::vocab {
namespace {

TEST(Vocabulary, SchemaOrgAndVocabFormsMapToOneCanonicalIri) {
  EXPECT_EQ(CanonicalizePredicate("https://schema.org/name").iri, kLabel);
  EXPECT_EQ(CanonicalizePredicate("http://schema.org/name").iri, kLabel);
  EXPECT_EQ(CanonicalizePredicate("http://www.w3.org/2000/01/rdf-schema#label").iri, kLabel);
  EXPECT_EQ(CanonicalizePredicate("http://www.w3.org/2004/02/skos/core#prefLabel").iri, kLabel);
  EXPECT_EQ(CanonicalizePredicate("https://schema.org/alternateName").iri, kAlias);
  EXPECT_EQ(CanonicalizePredicate(kRdfType).iri, kRdfType);
  auto att = CanonicalizePredicate("https://schema.org/attendee");
  EXPECT_EQ(att.iri, "urn:kg:vocab:attended");
  EXPECT_TRUE(att.flip);
  EXPECT_TRUE(CanonicalizePredicate("https://schema.org/organizer").flip);
  EXPECT_FALSE(CanonicalizePredicate("urn:kg:vocab:attended").flip);
  EXPECT_EQ(CanonicalizePredicate("urn:kg:vocab:attended").iri, "urn:kg:vocab:attended");
  EXPECT_EQ(CanonicalizePredicate("https://schema.org/jobTitle").iri, "urn:kg:vocab:title");
  EXPECT_EQ(CanonicalizePredicate("https://schema.org/parent").iri, "urn:kg:vocab:childOf");
  EXPECT_EQ(CanonicalizePredicate("https://schema.org/children").iri, "urn:kg:vocab:parentOf");
  EXPECT_EQ(CanonicalizePredicate("https://schema.org/spouse").iri, "urn:kg:vocab:spouseOf");
  EXPECT_EQ(CanonicalizePredicate("https://schema.org/startDate").iri, "urn:kg:vocab:date");
  EXPECT_EQ(CanonicalizePredicate("https://schema.org/containedInPlace").iri, "urn:kg:vocab:locatedIn");
  EXPECT_EQ(CanonicalizePredicate("http://xmlns.com/foaf/0.1/knows").iri, "http://xmlns.com/foaf/0.1/knows");
  EXPECT_EQ(CanonicalizeType("https://schema.org/Person"), "urn:kg:vocab:Person");
  EXPECT_EQ(CanonicalizeType("urn:kg:vocab:Official"), "urn:kg:vocab:Official");
  EXPECT_EQ(CanonicalizeType("https://schema.org/Thing"), "https://schema.org/Thing");
}

TEST(Vocabulary, ExportMappingIsTheInverse) {
  bool inverse = false;
  EXPECT_EQ(SchemaOrgFor("urn:kg:vocab:attended", &inverse), "https://schema.org/attendee");
  EXPECT_TRUE(inverse);
  EXPECT_EQ(SchemaOrgFor("urn:kg:vocab:title", &inverse), "https://schema.org/jobTitle");
  EXPECT_FALSE(inverse);
  EXPECT_EQ(SchemaOrgFor("urn:kg:vocab:Person"), "https://schema.org/Person");
  EXPECT_FALSE(SchemaOrgFor("urn:kg:vocab:met").has_value());
  EXPECT_FALSE(SchemaOrgFor("urn:kg:vocab:Official").has_value());
}

TEST(Vocabulary, LocalNamesAndIris) {
  EXPECT_EQ(LocalName("http://xmlns.com/foaf/0.1/knows"), "knows");
  EXPECT_EQ(LocalName("http://www.w3.org/2000/01/rdf-schema#label"), "label");
  EXPECT_EQ(LocalName("urn:kg:vocab:met"), "met");
  EXPECT_EQ(EntityIri("Kim Jong Un"), "urn:kg:entity:kim-jong-un");
  EXPECT_EQ(VocabIri("met"), "urn:kg:vocab:met");
  EXPECT_TRUE(IsCorePredicate("met"));
  EXPECT_FALSE(IsCorePredicate("thank"));
  EXPECT_TRUE(IsCoreType("Official"));
}

}  // namespace
}  // namespace kg::graph::vocab
