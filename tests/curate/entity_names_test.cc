#include "curate/entity_names.h"

#include <gtest/gtest.h>

#include "graph/memory_store.h"
#include "graph/vocabulary.h"

namespace kg::curate {
namespace {

using graph::Fact;
using graph::Term;

class EntityNamesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<Fact> facts;
    auto add = [&](const std::string& s, const std::string& p, Term o) {
      Fact f{Term::Iri(s), Term::Iri(p), std::move(o), {}};
      f.provenance.doc_id = "import";
      facts.push_back(std::move(f));
    };
    const std::string name(graph::vocab::kLabel);
    add("urn:kg:entity:dara-okonkwo", name, Term::String("Dara Okonkwo"));
    add("urn:kg:entity:dara-okonkwo", graph::vocab::VocabIri("visited"), Term::Iri("urn:kg:entity:veloria"));
    add("urn:kg:entity:dara-okonkwo", graph::vocab::VocabIri("title"), Term::String("Admiral"));
    add("urn:kg:entity:veloria", name, Term::String("Veloria"));
    add("urn:kg:entity:lyle-marsh", name, Term::String("Marsh"));
    add("urn:kg:entity:ada-marsh", std::string(graph::vocab::kAlias), Term::String("Marsh"));
    ASSERT_TRUE(store_.ImportFacts(facts, nullptr).ok());
  }
  Result<RejectPattern> Parse(const std::string& text, std::string* display = nullptr) {
    std::string shown;
    auto terms = SplitPatternTerms(text);
    if (!terms.ok()) return terms.status();
    return ParseRejectPattern(store_, *terms, display ? display : &shown);
  }
  graph::MemoryStore store_;
};

TEST_F(EntityNamesTest, FindsAnEntityByAnyFormOfItsNameOrItsIri) {
  EXPECT_EQ(*FindEntity(store_, "dara okonkwo"), "urn:kg:entity:dara-okonkwo");
  EXPECT_EQ(*FindEntity(store_, "\"Dara-Okonkwo\""), "urn:kg:entity:dara-okonkwo");
  EXPECT_EQ(*FindEntity(store_, "<urn:kg:entity:veloria>"), "urn:kg:entity:veloria");
  EXPECT_EQ(*FindEntity(store_, "urn:kg:entity:veloria"), "urn:kg:entity:veloria");
}

TEST_F(EntityNamesTest, UnknownAndAmbiguousNamesAreErrors) {
  EXPECT_EQ(FindEntity(store_, "Nobody Known").status().code(), Status::Code::kNotFound);
  EXPECT_EQ(FindEntity(store_, "urn:kg:entity:nobody").status().code(), Status::Code::kNotFound);
  auto marsh = FindEntity(store_, "Marsh");
  EXPECT_EQ(marsh.status().code(), Status::Code::kNotFound);
  EXPECT_NE(marsh.status().message().find("2 entities"), std::string::npos) << marsh.status().message();
  EXPECT_EQ(FindEntity(store_, "!!").status().code(), Status::Code::kInvalidArgument);
}

TEST_F(EntityNamesTest, PatternsResolveEntitiesPredicatesAndText) {
  std::string shown;
  auto p = Parse("\"Dara Okonkwo\" visited \"Veloria\"", &shown);
  ASSERT_TRUE(p.ok()) << p.status().message();
  EXPECT_EQ(p->s, "urn:kg:entity:dara-okonkwo");
  EXPECT_EQ(p->p, graph::vocab::VocabIri("visited"));
  EXPECT_EQ(p->o_entity, "urn:kg:entity:veloria");
  EXPECT_EQ(shown, "\"Dara Okonkwo\" visited \"Veloria\"");
  auto title = Parse("? title \"Admiral\"");
  ASSERT_TRUE(title.ok()) << title.status().message();
  EXPECT_TRUE(title->s.empty());
  EXPECT_EQ(title->o_text, "Admiral");  // no entity by that name: literal text
  auto any = Parse("\"Dara Okonkwo\" ?x ?");
  ASSERT_TRUE(any.ok());
  EXPECT_TRUE(any->p.empty());
}

TEST_F(EntityNamesTest, MalformedPatternsAreInvalidArguments) {
  for (const char* bad :
       {"\"Dara Okonkwo\" visited", "? ? ?", "\"Dara Okonkwo\" visited \"Veloria", "Dara visited ?",
        "\"Dara Okonkwo\" \"visited\" ?", "\"Dara Okonkwo\" visited ? extra"}) {
    auto p = Parse(bad);
    EXPECT_EQ(p.status().code(), Status::Code::kInvalidArgument) << bad;
  }
}

TEST_F(EntityNamesTest, UnknownNamesAndPredicatesInPatternsAreNotFound) {
  EXPECT_EQ(Parse("\"Nobody Known\" visited ?").status().code(), Status::Code::kNotFound);
  EXPECT_EQ(Parse("\"Dara Okonkwo\" befriended ?").status().code(), Status::Code::kNotFound);
}

}  // namespace
}  // namespace kg::curate
