// Citation order: grouped by fact, the most direct sentence first, repeats dropped
// (query/result/citation_order.h). Invented names throughout.
#include <gtest/gtest.h>

#include "query/result/citation_order.h"

namespace kg::query {
namespace {

Value Entity(const std::string& label) {
  Value v;
  v.kind = Value::Kind::kEntity;
  v.id = "urn:kg:entity:" + label;
  v.label = label;
  return v;
}

RowCitation Cite(graph::StatementIds ids, const std::string& s, const std::string& o, const std::string& sentence,
                 uint32_t start, float confidence = 1.0f) {
  RowCitation c;
  c.fact.ids = ids;
  c.fact.subject = Entity(s);
  c.fact.predicate = "met";
  c.fact.object = Entity(o);
  c.citation.sentence = sentence;
  c.citation.source = "a.txt";
  c.citation.provenance.doc_id = "d";
  c.citation.provenance.start = start;
  c.citation.provenance.end = start + static_cast<uint32_t>(sentence.size());
  c.citation.provenance.confidence = confidence;
  return c;
}

TEST(CitationOrderTest, MentionScoreCountsNamedEnds) {
  RowCitation c = Cite({1, 2, 3}, "Dara Okonkwo", "Lio Benn", "", 0);
  EXPECT_EQ(MentionScore("Dara Okonkwo met Lio Benn.", c.fact), 4);
  EXPECT_EQ(MentionScore("Okonkwo met him.", c.fact), 1);
  EXPECT_EQ(MentionScore("They met.", c.fact), 0);
}

TEST(CitationOrderTest, GroupsByFactThenMostDirectFirstAndDropsRepeats) {
  const graph::StatementIds met{1, 2, 3}, visited{1, 4, 5};
  std::vector<RowCitation> cites = {
      Cite(visited, "Dara Okonkwo", "Veloria", "She went there.", 100),
      Cite(met, "Dara Okonkwo", "Lio Benn", "The two met on Monday.", 0),
      Cite(met, "Dara Okonkwo", "Lio Benn", "Dara Okonkwo met Lio Benn in the capital.", 40),
      Cite(met, "Dara Okonkwo", "Lio Benn", "Dara Okonkwo met Lio Benn in the capital.", 40, 0.5f),  // second rule
      Cite(met, "Dara Okonkwo", "Lio Benn", "Okonkwo met Benn.", 80, 0.6f),
  };
  OrderCitations({met, visited}, &cites);
  ASSERT_EQ(cites.size(), 4u);
  EXPECT_EQ(cites[0].citation.provenance.start, 40u);  // names both in full
  EXPECT_EQ(cites[0].citation.provenance.confidence, 1.0f);  // the more confident rule of the two kept
  EXPECT_EQ(cites[1].citation.provenance.start, 80u);  // surnames only
  EXPECT_EQ(cites[2].citation.provenance.start, 0u);   // names neither
  EXPECT_EQ(cites[3].fact.ids, visited);               // the second fact's group after the first's
}

TEST(CitationOrderTest, ASymmetricReverseJoinsItsForwardFact) {
  const graph::StatementIds forward{1, 2, 3}, reverse{3, 2, 1};
  std::vector<RowCitation> cites = {
      Cite(reverse, "Lio Benn", "Dara Okonkwo", "Lio Benn met Dara Okonkwo.", 0),
      Cite(forward, "Dara Okonkwo", "Lio Benn", "Lio Benn met Dara Okonkwo.", 0),
  };
  OrderCitations({forward, reverse}, &cites);
  EXPECT_EQ(cites.size(), 1u);  // one sentence, one fact read both ways
}

}  // namespace
}  // namespace kg::query
