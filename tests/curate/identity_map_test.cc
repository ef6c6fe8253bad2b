#include "curate/identity_map.h"

#include <gtest/gtest.h>

#include "graph/vocabulary.h"

namespace kg::curate {
namespace {

using graph::Fact;
using graph::Term;

Fact F(const std::string& s, const std::string& p, Term o) {
  Fact f{Term::Iri(s), Term::Iri(p), std::move(o), {}};
  f.provenance.doc_id = "doc";
  return f;
}
const std::string kName(graph::vocab::kLabel);
const std::string kAlias(graph::vocab::kAlias);
const std::string kMet = graph::vocab::VocabIri("met");
const std::string kTitle = graph::vocab::VocabIri("title");

TEST(IdentityMapTest, MergedEntityStatementsMoveAndItsLabelBecomesAnAlias) {
  IdentityMap map;
  map.Merge("urn:kg:entity:okonkwo", "urn:kg:entity:dara-okonkwo");
  Fact said = F("urn:kg:entity:ferrand", graph::vocab::VocabIri("said"), Term::String("we agree"));
  said.provenance.attributed_to = "urn:kg:entity:okonkwo";
  auto out = map.Apply({F("urn:kg:entity:okonkwo", kName, Term::String("Okonkwo")),
                        F("urn:kg:entity:okonkwo", kMet, Term::Iri("urn:kg:entity:ferrand")),
                        F("urn:kg:entity:dara-okonkwo", kName, Term::String("Dara Okonkwo")), said});
  ASSERT_EQ(out.size(), 4u);
  EXPECT_EQ(out[0].s.value, "urn:kg:entity:dara-okonkwo");
  EXPECT_EQ(out[0].p.value, kAlias);
  EXPECT_EQ(out[1].s.value, "urn:kg:entity:dara-okonkwo");
  EXPECT_EQ(out[1].o.value, "urn:kg:entity:ferrand");
  EXPECT_EQ(out[2].p.value, kName);  // the kept entity's own label stays its label
  EXPECT_EQ(out[3].provenance.attributed_to, "urn:kg:entity:dara-okonkwo");
}

TEST(IdentityMapTest, MergesChainAndASelfLinkTheyMakeGoes) {
  IdentityMap map;
  map.Merge("urn:kg:entity:a", "urn:kg:entity:b");
  map.Merge("urn:kg:entity:b", "urn:kg:entity:c");
  EXPECT_EQ(map.Canonical("urn:kg:entity:a"), "urn:kg:entity:c");
  EXPECT_EQ(map.Canonical("urn:kg:entity:z"), "urn:kg:entity:z");
  auto out = map.Apply({F("urn:kg:entity:a", kMet, Term::Iri("urn:kg:entity:c"))});
  EXPECT_TRUE(out.empty());
  // A self-link the text itself stated is not the merge's doing: it stays.
  auto kept = map.Apply({F("urn:kg:entity:z", kMet, Term::Iri("urn:kg:entity:z"))});
  EXPECT_EQ(kept.size(), 1u);
}

TEST(IdentityMapTest, RenamedEntityKeepsItsOldLabelsAsAliases) {
  IdentityMap map;
  map.Rename("urn:kg:entity:veloria");
  auto out = map.Apply({F("urn:kg:entity:veloria", kName, Term::String("Veloria")),
                        F("urn:kg:entity:marsden", kName, Term::String("Marsden"))});
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].p.value, kAlias);
  EXPECT_EQ(out[1].p.value, kName);
}

TEST(IdentityMapTest, RejectedPatternsDropMatchingStatementsOnly) {
  IdentityMap map;
  map.Merge("urn:kg:entity:okonkwo", "urn:kg:entity:dara-okonkwo");
  map.Reject({"urn:kg:entity:okonkwo", kTitle, "", "admiral"});  // matched after the merge, text by NameKey
  map.Reject({"", kMet, "urn:kg:entity:ferrand", ""});
  auto out = map.Apply({F("urn:kg:entity:dara-okonkwo", kTitle, Term::String("Admiral")),
                        F("urn:kg:entity:dara-okonkwo", kTitle, Term::String("Minister")),
                        F("urn:kg:entity:lyle", kMet, Term::Iri("urn:kg:entity:ferrand")),
                        F("urn:kg:entity:lyle", kMet, Term::Iri("urn:kg:entity:marsden"))});
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].o.value, "Minister");
  EXPECT_EQ(out[1].o.value, "urn:kg:entity:marsden");
}

TEST(IdentityMapTest, ChangesIsTrueWheneverApplyWouldChangeSomething) {
  IdentityMap map;
  const std::vector<Fact> kept = {F("urn:kg:entity:lyle", kName, Term::String("Lyle"))};
  const std::vector<Fact> merged = {F("urn:kg:entity:marsh", kMet, Term::Iri("urn:kg:entity:okonkwo"))};
  const std::vector<Fact> target = {F("urn:kg:entity:dara-okonkwo", kName, Term::String("Dara Okonkwo"))};
  map.Merge("urn:kg:entity:okonkwo", "urn:kg:entity:dara-okonkwo");
  EXPECT_FALSE(map.Changes(kept));
  EXPECT_TRUE(map.Changes(merged));
  EXPECT_FALSE(map.Changes(target));
  // Renaming the merged-away IRI renames the entity it is now part of.
  map.Rename("urn:kg:entity:okonkwo");
  EXPECT_TRUE(map.Changes(target));
  EXPECT_EQ(map.Apply(target)[0].p.value, kAlias);
  map.Reject({"urn:kg:entity:nobody", kMet, "", ""});
  EXPECT_TRUE(map.Changes(kept));  // rejections are checked by Apply itself
}

TEST(IdentityMapTest, EmptyMapChangesNothing) {
  IdentityMap map;
  std::vector<Fact> in = {F("urn:kg:entity:a", kName, Term::String("A"))};
  auto out = map.Apply(in);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].p.value, kName);
}

}  // namespace
}  // namespace kg::curate
