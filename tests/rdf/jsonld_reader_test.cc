// JSON-LD in (loaders/rdf/jsonld_reader.h): the quads of small invented
// documents, worked out by hand from the JSON-LD 1.1 toRdf rules, and the
// shapes it refuses.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <vector>

#include "loaders/rdf/jsonld_reader.h"

namespace kg::loaders::rdf {
namespace {

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> Quads(const std::string& json) {
  auto r = JsonLdToNQuads(json, "file:///data/people.jsonld");
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? Lines(*r) : std::vector<std::string>{};
}

TEST(JsonLdReader, SchemaOrgContextByUrl) {
  EXPECT_EQ(Quads(R"({"@context": "https://schema.org", "@id": "urn:kg:entity:dara", "@type": "Person",
                      "name": "Dara Okonkwo", "nationality": {"@id": "urn:kg:entity:veloria", "name": "Veloria"}})"),
            (std::vector<std::string>{
                "<urn:kg:entity:dara> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Person> .",
                "<urn:kg:entity:dara> <https://schema.org/name> \"Dara Okonkwo\" .",
                "<urn:kg:entity:dara> <https://schema.org/nationality> <urn:kg:entity:veloria> .",
                "<urn:kg:entity:veloria> <https://schema.org/name> \"Veloria\" .",
            }));
}

TEST(JsonLdReader, InlineContextTermsPrefixesAliasesReverseAndValues) {
  EXPECT_EQ(Quads(R"({"@context": {"id": "@id", "ex": "http://ex.org/", "seats": "ex:seats",
                                   "attended": {"@reverse": "ex:attendee"}, "home": {"@id": "ex:home", "@type": "@id"},
                                   "opened": {"@id": "ex:opened", "@type": "http://www.w3.org/2001/XMLSchema#date"},
                                   "@language": "en", "label": "ex:label"},
                      "id": "#lio", "seats": 40, "home": "ex:tarsova", "opened": "2031-03-03", "label": "Lio",
                      "ex:share": 0.5, "attended": {"id": "ex:summit", "label": {"@value": "Sommet", "@language": "fr"}}})"),
            (std::vector<std::string>{
                "<file:///data/people.jsonld#lio> <http://ex.org/home> <http://ex.org/tarsova> .",
                "<file:///data/people.jsonld#lio> <http://ex.org/label> \"Lio\"@en .",
                "<file:///data/people.jsonld#lio> <http://ex.org/opened> \"2031-03-03\"^^<http://www.w3.org/2001/XMLSchema#date> .",
                "<file:///data/people.jsonld#lio> <http://ex.org/seats> \"40\"^^<http://www.w3.org/2001/XMLSchema#integer> .",
                "<file:///data/people.jsonld#lio> <http://ex.org/share> \"5.0E-1\"^^<http://www.w3.org/2001/XMLSchema#double> .",
                "<http://ex.org/summit> <http://ex.org/attendee> <file:///data/people.jsonld#lio> .",
                "<http://ex.org/summit> <http://ex.org/label> \"Sommet\"@fr .",
            }));
}

TEST(JsonLdReader, NamedGraphsAndBlankNodes) {
  EXPECT_EQ(Quads(R"({"@context": {"@vocab": "urn:kg:vocab:"},
                      "@graph": [{"@id": "urn:kg:doc:1", "@graph": [{"@id": "urn:kg:entity:a", "met": {"name": "B"}}]}]})"),
            (std::vector<std::string>{
                "<urn:kg:entity:a> <urn:kg:vocab:met> _:kgjsonld1 <urn:kg:doc:1> .",
                "_:kgjsonld1 <urn:kg:vocab:name> \"B\" <urn:kg:doc:1> .",
            }));
}

TEST(JsonLdReader, RefusesWhatItCannotReadWhole) {
  auto list = JsonLdToNQuads(R"({"@context": {"@vocab": "urn:x:"}, "@id": "urn:a", "p": {"@list": [1]}})", "file:///f");
  EXPECT_FALSE(list.ok());
  EXPECT_NE(list.status().message().find("@list"), std::string::npos);
  auto remote = JsonLdToNQuads(R"({"@context": "https://example.org/ctx.jsonld", "@id": "urn:a"})", "file:///f");
  EXPECT_FALSE(remote.ok());
  EXPECT_NE(remote.status().message().find("remote context"), std::string::npos);
  uint64_t line = 0;
  auto broken = JsonLdToNQuads("{\n  \"@id\": \"urn:a\",\n  oops\n}", "file:///f", &line);
  EXPECT_FALSE(broken.ok());
  EXPECT_EQ(line, 3u);
  EXPECT_FALSE(JsonLdToNQuads("42", "file:///f").ok());
  EXPECT_FALSE(JsonLdToNQuads("2e+555", "file:///f").ok());  // out of range: an error, not an exception (fuzz)
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "{\"urn:x:p\": ";
  deep += "1" + std::string(5000, '}');
  auto nested = JsonLdToNQuads(deep, "file:///f");
  EXPECT_FALSE(nested.ok());  // refused, not a stack overflow
  EXPECT_NE(nested.status().message().find("nesting deeper"), std::string::npos) << nested.status().message();
}

// Found by fuzz_jsonld_import: a keyword-like type ("@Member") expanded to
// the relative IRI <@Member>, which the N-Quads reader then refused. Nothing
// that is no absolute IRI reaches the output.
TEST(JsonLdReader, RefusesWhatExpandsToNoAbsoluteIri) {
  auto keyword_like = JsonLdToNQuads(R"({"@context": "https://schema.org", "@type": "@Member", "name": "A"})",
                                     "file:///f");
  EXPECT_FALSE(keyword_like.ok());
  EXPECT_NE(keyword_like.status().message().find("'@Member' is not an absolute IRI"), std::string::npos)
      << keyword_like.status().message();
  EXPECT_FALSE(JsonLdToNQuads(R"({"@id": "urn:a b", "urn:x:p": "v"})", "file:///f").ok());
  // A scheme starts with a letter: "8urn:a" is relative and resolves against the base.
  auto digit = JsonLdToNQuads(R"({"@id": "8urn:a", "urn:x:p": "v"})", "file:///data/f.jsonld");
  ASSERT_TRUE(digit.ok()) << digit.status().message();
  EXPECT_NE(digit->find("<file:///data/8urn:a>"), std::string::npos) << *digit;
  EXPECT_FALSE(JsonLdToNQuads(R"({"@id": "urn:a", "urn:x:p": {"@value": "1", "@type": "@x"}})", "file:///f").ok());
  EXPECT_TRUE(JsonLdToNQuads(R"({"@id": "urn:a", "urn:x:p": {"@id": "urn:b"}})", "file:///f").ok());
  // A vocabulary of blank nodes (fuzz): a type "_:x://y/Person" is no blank node label N-Quads can write.
  EXPECT_FALSE(JsonLdToNQuads(R"({"@context": {"@vocab": "_:x://y/"}, "@id": "urn:a", "@type": "Person"})",
                              "file:///f")
                   .ok());
  EXPECT_FALSE(JsonLdToNQuads(R"({"@id": "urn:a", "urn:x:p": {"@value": "v", "@language": "en: {"}})", "file:///f").ok());
  auto tagged = JsonLdToNQuads(R"({"@id": "urn:a", "urn:x:p": {"@value": "v", "@language": "pt-BR"}})", "file:///f");
  ASSERT_TRUE(tagged.ok()) << tagged.status().message();
  EXPECT_NE(tagged->find("\"v\"@pt-BR"), std::string::npos) << *tagged;
  EXPECT_FALSE(JsonLdToNQuads(
                   R"({"@id": "urn:a", "urn:x:p": {"@value": "v", "@type": "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"}})",
                   "file:///f")
                   .ok());  // N-Quads writes a language-tagged string only with its tag
  auto kept = JsonLdToNQuads(R"({"@id": "_:b1", "urn:x:p": {"@id": "_:b2"}})", "file:///f");
  ASSERT_TRUE(kept.ok()) << kept.status().message();
  EXPECT_NE(kept->find("_:b1 <urn:x:p> _:b2 ."), std::string::npos) << *kept;
}

TEST(JsonLdReader, SniffsByNameOrFirstCharacter) {
  EXPECT_TRUE(LooksLikeJsonLd("graph.jsonld", ""));
  EXPECT_TRUE(LooksLikeJsonLd("-", "  {"));
  EXPECT_FALSE(LooksLikeJsonLd("graph.nq", "{"));
  EXPECT_FALSE(LooksLikeJsonLd("-", "<urn:a>"));
}

}  // namespace
}  // namespace kg::loaders::rdf
