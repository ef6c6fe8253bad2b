// Extraction rules on invented news sentences annotated by hand in UD style.
// Expected facts are worked out from the sentences, not copied from output.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "extract/entity_resolver.h"
#include "extract/extractor.h"
#include "graph/vocabulary.h"
#include "tests/extract/doc_builder.h"

namespace kg::extract {
namespace {

using graph::Modality;
using graph::vocab::EntityIri;
using graph::vocab::VocabIri;

// Reference date: Wednesday 2024-03-06.
const char* kStory = R"(1 French french ADJ 3 amod
2 Foreign foreign PROPN 3 compound
3 Minister minister PROPN 4 compound
4 Anna Anna PROPN 6 nsubj NER=B-PERSON
5 Delcour Delcour PROPN 4 flat NER=I-PERSON
6 met meet VERB 0 root
7 Tomas Tomas PROPN 6 obj NER=B-PERSON
8 Ruiz Ruiz PROPN 7 flat NER=I-PERSON
9 in in ADP 10 case
10 Madrid Madrid PROPN 6 obl NER=B-PLACE
11 on on ADP 12 case
12 Monday Monday PROPN 6 obl SpaceAfter=No
13 . . PUNCT 6 punct

1 Officials official NOUN 3 nsubj
2 present present ADJ 1 amod
3 included include VERB 0 root
4 Paul Paul PROPN 3 obj NER=B-PERSON
5 Ek Ek PROPN 4 flat NER=I-PERSON
6 and and CCONJ 7 cc
7 Jan Jan PROPN 4 conj NER=B-PERSON
8 Ost Ost PROPN 7 flat NER=I-PERSON SpaceAfter=No
9 . . PUNCT 3 punct

1 Ruiz Ruiz PROPN 2 nsubj NER=B-PERSON
2 arrived arrive VERB 0 root
3 with with ADP 5 case
4 his he PRON 5 nmod:poss
5 wife wife NOUN 2 obl SpaceAfter=No
6 , , PUNCT 7 punct
7 Elena Elena PROPN 5 appos NER=B-PERSON
8 Ruiz Ruiz PROPN 7 flat NER=I-PERSON SpaceAfter=No
9 . . PUNCT 2 punct

1 Delcour Delcour PROPN 4 nsubj NER=B-PERSON
2 did do AUX 4 aux
3 not not PART 4 advmod
4 mention mention VERB 0 root
5 the the DET 6 det
6 dispute dispute NOUN 4 obj SpaceAfter=No
7 . . PUNCT 4 punct

1 She she PRON 3 nsubj
2 will will AUX 3 aux
3 visit visit VERB 0 root
4 Lisbon Lisbon PROPN 3 obj NER=B-PLACE
5 on on ADP 6 case
6 Friday Friday PROPN 3 obl SpaceAfter=No
7 . . PUNCT 3 punct

1 Portugal Portugal PROPN 2 nsubj NER=B-PLACE
2 sent send VERB 0 root
3 over over ADV 4 advmod
4 2,000 2,000 NUM 5 nummod
5 troops troop NOUN 2 obj SpaceAfter=No
6 . . PUNCT 2 punct

1 Ruiz Ruiz PROPN 2 nsubj NER=B-PERSON
2 said say VERB 0 root
3 the the DET 4 det
4 talks talk NOUN 6 nsubj
5 were be AUX 6 cop
6 useful useful ADJ 2 ccomp SpaceAfter=No
7 . . PUNCT 2 punct

1 Delcour Delcour PROPN 3 nsubj NER=B-PERSON
2 could could AUX 3 aux
3 meet meet VERB 0 root
4 Ruiz Ruiz PROPN 3 obj NER=B-PERSON
5 again again ADV 3 advmod SpaceAfter=No
6 . . PUNCT 3 punct
)";

class StoryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    doc_ = testing::BuildDoc(kStory, "2024-03-06");
    record_.id = "doc1";
    record_.text = doc_.text;
    record_.published = "2024-03-06";
    extraction_ = ExtractFacts(doc_, record_);
  }

  // Facts s p o (o an IRI or a literal value), optionally only from sentence `sentence`.
  std::vector<graph::Fact> Find(const std::string& s, const std::string& p, const std::string& o,
                                int sentence = -1) const {
    std::vector<graph::Fact> out;
    std::string piri = p == "type" ? std::string(graph::vocab::kRdfType) : VocabIri(p);
    for (const auto& f : extraction_.facts) {
      if ((s.empty() || f.s.value == s) && f.p.value == piri && (o.empty() || f.o.value == o)) {
        if (sentence >= 0 && f.provenance.start != doc_.sentences[sentence].start) continue;
        out.push_back(f);
      }
    }
    return out;
  }
  bool Has(const std::string& s, const std::string& p, const std::string& o, int sentence = -1) const {
    return !Find(s, p, o, sentence).empty();
  }

  nlp::Doc doc_;
  graph::DocumentRecord record_;
  Extraction extraction_;
  const std::string anna_ = EntityIri("anna delcour"), tomas_ = EntityIri("tomas ruiz"),
                    elena_ = EntityIri("elena ruiz");
};

TEST_F(StoryTest, ProvenanceCitesTheSentence) {
  ASSERT_FALSE(extraction_.facts.empty());
  for (const auto& f : extraction_.facts) {
    EXPECT_EQ(f.provenance.doc_id, "doc1");
    EXPECT_LE(f.provenance.end, doc_.text.size());
    EXPECT_LT(f.provenance.start, f.provenance.end);
  }
  auto met = Find(anna_, "met", tomas_);
  ASSERT_EQ(met.size(), 1u);
  EXPECT_EQ(doc_.text.substr(met[0].provenance.start, met[0].provenance.end - met[0].provenance.start),
            "French Foreign Minister Anna Delcour met Tomas Ruiz in Madrid on Monday.");
  EXPECT_EQ(met[0].provenance.extractor, "rule:meet-verb");
}

TEST_F(StoryTest, TitleNationalityAndOfficialType) {
  EXPECT_TRUE(Has(anna_, "title", "French Foreign Minister"));
  EXPECT_TRUE(Has(anna_, "nationality", EntityIri("France")));
  EXPECT_TRUE(Has(anna_, "type", VocabIri("Official")));
  EXPECT_TRUE(Has(anna_, "type", VocabIri("Person")));
  // A minister is not the leader of the country.
  EXPECT_FALSE(Has(anna_, "leaderOf", ""));
}

TEST_F(StoryTest, MeetingEventHasDateAndPlace) {
  // "on Monday" read against Wednesday 2024-03-06 is 2024-03-04.
  auto attended = Find(anna_, "attended", "");
  ASSERT_FALSE(attended.empty());
  std::string event = attended[0].o.value;
  EXPECT_TRUE(Has(event, "date", "2024-03-04"));
  EXPECT_TRUE(Has(event, "location", EntityIri("Madrid")));
  EXPECT_TRUE(Has(event, "type", VocabIri("Meeting")));
  EXPECT_TRUE(Has(tomas_, "attended", event));
  // "Officials present included Paul Ek and Jan Ost": they attended the same meeting, as officials.
  EXPECT_TRUE(Has(EntityIri("paul ek"), "attended", event));
  EXPECT_TRUE(Has(EntityIri("jan ost"), "attended", event));
  EXPECT_TRUE(Has(EntityIri("jan ost"), "type", VocabIri("Official")));
}

TEST_F(StoryTest, SurnamePronounAndFamily) {
  // "Ruiz arrived with his wife, Elena Ruiz": the surname is Tomas (named first), "his" too.
  EXPECT_TRUE(Has(elena_, "spouseOf", tomas_));
  EXPECT_TRUE(Has(tomas_, "spouseOf", elena_));
  EXPECT_TRUE(Has(elena_, "accompanied", tomas_));
  EXPECT_FALSE(Has(tomas_, "spouseOf", tomas_));
}

TEST_F(StoryTest, NegationAndHypotheticalAreNotFacts) {
  EXPECT_FALSE(Has(anna_, "mention", ""));           // "did not mention"
  EXPECT_FALSE(Has(anna_, "met", tomas_, 7));        // "could meet"
  EXPECT_FALSE(Has(tomas_, "met", anna_, 7));
}

TEST_F(StoryTest, PlannedVisitCarriesModality) {
  // "She will visit Lisbon": she = Delcour, the subject of the sentence before.
  auto visits = Find(anna_, "visited", EntityIri("Lisbon"));
  ASSERT_EQ(visits.size(), 1u);
  EXPECT_EQ(visits[0].provenance.modality, Modality::kPlanned);
}

TEST_F(StoryTest, OpenRelationKeepsQuantity) {
  auto sent = Find(EntityIri("Portugal"), "sent", "over 2,000 troops");
  sent = sent.empty() ? Find(EntityIri("Portugal"), "send", "over 2,000 troops") : sent;
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].o.kind, graph::TermKind::kString);
  EXPECT_TRUE(Has(EntityIri("Portugal"), "type", VocabIri("Country")));
}

TEST_F(StoryTest, ReportedSpeech) {
  EXPECT_TRUE(Has(tomas_, "said", "the talks were useful"));
}

// Reference date: Wednesday 2023-10-11.
const char* kStory2 = R"(1 Lena Lena PROPN 10 nsubj NER=B-PERSON
2 Park Park PROPN 1 flat NER=I-PERSON SpaceAfter=No
3 , , PUNCT 5 punct
4 chief chief ADJ 5 amod
5 executive executive NOUN 1 appos
6 of of ADP 8 case
7 Orvane Orvane PROPN 8 compound NER=B-ORG
8 Systems Systems PROPN 5 nmod NER=I-ORG SpaceAfter=No
9 , , PUNCT 5 punct
10 attended attend VERB 0 root
11 the the DET 13 det
12 Tallinn Tallinn PROPN 13 compound NER=B-ORG
13 Forum Forum PROPN 10 obj NER=I-ORG SpaceAfter=No
14 . . PUNCT 10 punct

1 Park Park PROPN 3 nsubj:pass NER=B-PERSON
2 was be AUX 3 aux:pass
3 accompanied accompany VERB 0 root
4 by by ADP 6 case
5 her she PRON 6 nmod:poss
6 deputy deputy NOUN 3 obl:agent SpaceAfter=No
7 , , PUNCT 8 punct
8 Ivo Ivo PROPN 6 appos NER=B-PERSON
9 Sepp Sepp PROPN 8 flat NER=I-PERSON SpaceAfter=No
10 . . PUNCT 3 punct

1 The the DET 2 det
2 company company NOUN 4 nsubj:pass
3 was be AUX 4 aux:pass
4 founded found VERB 0 root
5 by by ADP 6 case
6 Mart Mart PROPN 4 obl:agent NER=B-PERSON
7 Kask Kask PROPN 6 flat NER=I-PERSON
8 and and CCONJ 9 cc
9 Eva Eva PROPN 6 conj NER=B-PERSON
10 Lill Lill PROPN 9 flat NER=I-PERSON SpaceAfter=No
11 . . PUNCT 4 punct

1 Ms Ms PROPN 2 compound NER=B-PERSON
2 Park Park PROPN 6 nsubj NER=I-PERSON
3 and and CCONJ 5 cc
4 Mr Mr PROPN 5 compound NER=B-PERSON
5 Kask Kask PROPN 2 conj NER=I-PERSON
6 plan plan VERB 0 root
7 to to PART 8 mark
8 meet meet VERB 6 xcomp
9 in in ADP 10 case
10 Riga Riga PROPN 8 obl NER=B-PLACE SpaceAfter=No
11 . . PUNCT 6 punct

1 Sepp Sepp PROPN 11 nsubj NER=B-PERSON SpaceAfter=No
2 , , PUNCT 5 punct
3 who who PRON 5 nsubj
4 was be AUX 5 cop
5 head head NOUN 1 acl:relcl
6 of of ADP 8 case
7 the the DET 8 det
8 delegation delegation NOUN 5 nmod SpaceAfter=No
9 , , PUNCT 5 punct
10 also also ADV 11 advmod
11 visited visit VERB 0 root
12 the the DET 13 det
13 plant plant NOUN 11 obj SpaceAfter=No
14 . . PUNCT 11 punct
)";

class Story2Test : public StoryTest {
 protected:
  void SetUp() override {
    doc_ = testing::BuildDoc(kStory2, "2023-10-11");
    record_.id = "doc2";
    record_.text = doc_.text;
    record_.published = "2023-10-11";
    extraction_ = ExtractFacts(doc_, record_);
  }
  const std::string lena_ = EntityIri("lena park"), ivo_ = EntityIri("ivo sepp"), mart_ = EntityIri("mart kask");
};

TEST_F(Story2Test, AppositionTitleGivesLeadership) {
  EXPECT_TRUE(Has(lena_, "title", "chief executive of Orvane Systems"));
  EXPECT_TRUE(Has(lena_, "leaderOf", EntityIri("Orvane Systems")));
  EXPECT_TRUE(Has(EntityIri("Orvane Systems"), "type", VocabIri("Organization")));
}

TEST_F(Story2Test, NamedEventAttendance) {
  EXPECT_TRUE(Has(lena_, "attended", EntityIri("Tallinn Forum")));
  EXPECT_TRUE(Has(EntityIri("Tallinn Forum"), "type", VocabIri("Event")));
}

TEST_F(Story2Test, PassiveAccompanimentThroughApposition) {
  EXPECT_TRUE(Has(ivo_, "accompanied", lena_));
  EXPECT_FALSE(Has(lena_, "accompanied", ivo_));
}

TEST_F(Story2Test, PassiveOpenRelationWithCoordinatedAgents) {
  // "The company" is Orvane Systems, the organisation named just before.
  EXPECT_TRUE(Has(mart_, "found", EntityIri("Orvane Systems")));
  EXPECT_TRUE(Has(EntityIri("eva lill"), "found", EntityIri("Orvane Systems")));
}

TEST_F(Story2Test, PlannedMeetingOfCoordinatedSubjects) {
  // "Ms Park and Mr Kask plan to meet": honorific + surname resolve to the full names.
  auto met = Find(lena_, "met", mart_);
  ASSERT_EQ(met.size(), 1u);
  EXPECT_EQ(met[0].provenance.modality, Modality::kPlanned);
}

TEST_F(Story2Test, RelativeClauseCopulaTitle) {
  EXPECT_TRUE(Has(ivo_, "title", "head of the delegation"));
  EXPECT_TRUE(Has(ivo_, "type", VocabIri("Official")));
}

TEST_F(Story2Test, HonorificSurfaceIsAnAlias) {
  bool found = false;
  for (const auto& f : extraction_.facts) {
    found |= f.s.value == lena_ && f.p.value == graph::vocab::kAlias && f.o.value == "Ms Park";
  }
  EXPECT_TRUE(found);
}

TEST(PersonKeyTest, TransliterationVariantsShareAKey) {
  EXPECT_EQ(PersonKey("Aleksey Morozov"), PersonKey("Aleksei Morozov"));
  EXPECT_EQ(PersonKey("Pak Sun-hee"), PersonKey("Pak Sun Hee"));
  EXPECT_EQ(PersonKey("PAK SUN HEE"), "pak sun hee");
  EXPECT_NE(PersonKey("Pak Sun Hee"), PersonKey("Pak Jin Ho"));
  EXPECT_NE(PersonKey("Morozov"), PersonKey("Aleksei Morozov"));  // a surname alone is not the full name
}

TEST(ReExtractTest, SameDocSameFacts) {
  nlp::Doc doc = testing::BuildDoc(kStory, "2024-03-06");
  graph::DocumentRecord r;
  r.id = "doc1";
  r.text = doc.text;
  r.published = "2024-03-06";
  auto a = ExtractFacts(doc, r), b = ExtractFacts(doc, r);
  ASSERT_EQ(a.facts.size(), b.facts.size());
  for (size_t i = 0; i < a.facts.size(); ++i) {
    EXPECT_EQ(a.facts[i].s, b.facts[i].s);
    EXPECT_EQ(a.facts[i].o, b.facts[i].o);
  }
}

// "name" as a verb must not become a label: urn:kg:vocab:name means schema:name.
TEST(OpenRelationTest, VerbNameNeverWritesALabel) {
  const char* conllu = R"(1 Orvane Orvane PROPN 2 nsubj NER=B-ORG
2 named name VERB 0 root
3 Lena Lena PROPN 2 obj NER=B-PERSON
4 Brix Brix PROPN 3 flat NER=I-PERSON
5 in in ADP 6 case
6 Oslo Oslo PROPN 2 obl NER=B-PLACE SpaceAfter=No
7 . . PUNCT 2 punct
)";
  nlp::Doc doc = testing::BuildDoc(conllu, "2024-03-06");
  graph::DocumentRecord r;
  r.id = "doc2";
  r.text = doc.text;
  r.published = "2024-03-06";
  auto ex = ExtractFacts(doc, r);
  size_t labels = 0;
  for (const auto& f : ex.facts) {
    if (f.p.value == std::string(graph::vocab::kLabel) || f.p.value == VocabIri("name")) {
      EXPECT_EQ(f.o.kind, graph::TermKind::kString) << "a label must be a string, got " << f.o.value;
      ++labels;
    }
  }
  EXPECT_EQ(labels, 3u);  // Orvane, Lena Brix, Oslo
}

}  // namespace
}  // namespace kg::extract
