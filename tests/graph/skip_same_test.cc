// StatementCursor::SkipSame: with the position that follows a scan's bound
// prefix (o of a POS scan with p bound) it visits one statement per distinct
// value; with another position it skips only the adjacent equal ones.
#include <gtest/gtest.h>

#include <set>

#include "tests/graph/test_util.h"

namespace kg::graph {
namespace {

using namespace testing;

TEST(SkipSame, VisitsOneStatementPerDistinctObject) {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  // thanked: a->x, b->x, c->x, a->y, b->z; other predicates around it.
  std::vector<Fact> facts;
  for (auto [s, o] : std::vector<std::pair<const char*, const char*>>{
           {"a", "x"}, {"b", "x"}, {"c", "x"}, {"a", "y"}, {"b", "z"}}) {
    facts.push_back(F(E(s), V("thanked"), E(o), ""));
  }
  facts.push_back(F(E("a"), V("met"), E("b"), ""));
  facts.push_back(F(E("x"), V("visited"), E("y"), ""));
  uint64_t added = 0;
  ASSERT_TRUE(store->ImportFacts(facts, &added).ok());
  const TermId thanked = *store->Lookup(V("thanked"));
  for (bool reader : {false, true}) {
    if (reader) {
      store.reset();
      store = OpenOrDie(dir.path(), true);
    }
    std::set<TermId> objects;
    int visits = 0;
    for (auto c = store->Scan({kNoTerm, thanked, kNoTerm}); c->Valid(); c->SkipSame(2)) {
      EXPECT_EQ(c->Current().p, thanked);
      objects.insert(c->Current().o);
      ++visits;
    }
    EXPECT_EQ(visits, 3) << "reader " << reader;  // x, y, z once each
    EXPECT_EQ(objects, (std::set<TermId>{*store->Lookup(E("x")), *store->Lookup(E("y")), *store->Lookup(E("z"))}));
    // Subjects are not adjacent in POS: skipping by subject still sees all five
    // statements unless two neighbours share the subject, and never loses one.
    std::set<TermId> subjects;
    for (auto c = store->Scan({kNoTerm, thanked, kNoTerm}); c->Valid(); c->SkipSame(0)) subjects.insert(c->Current().s);
    EXPECT_EQ(subjects, (std::set<TermId>{*store->Lookup(E("a")), *store->Lookup(E("b")), *store->Lookup(E("c"))}));
  }
}

}  // namespace
}  // namespace kg::graph
