// More extraction rules on invented sentences annotated by hand in UD style
// (event coreference, planned attendance, ...). Expected facts are worked out
// from the sentences, not copied from output.
#include <gtest/gtest.h>

#include <string>

#include "extract/extractor.h"
#include "graph/vocabulary.h"
#include "tests/extract/doc_builder.h"

namespace kg::extract {
namespace {

using graph::Modality;
using graph::vocab::EntityIri;
using graph::vocab::VocabIri;

// Facts of one hand-annotated document.
class Facts {
 public:
  explicit Facts(const std::string& conllu) {
    doc_ = testing::BuildDoc(conllu, "2024-05-02");
    record_.id = "doc";
    record_.text = doc_.text;
    record_.published = "2024-05-02";
    extraction_ = ExtractFacts(doc_, record_);
  }
  // The first fact s p o (o an IRI or literal value; "" = any), or nullptr.
  const graph::Fact* Get(const std::string& s, const std::string& p, const std::string& o) const {
    std::string piri = p == "type"    ? std::string(graph::vocab::kRdfType)
                       : p == "alias" ? std::string(graph::vocab::kAlias)
                                      : VocabIri(p);
    for (const auto& f : extraction_.facts) {
      if ((s.empty() || f.s.value == s) && f.p.value == piri && (o.empty() || f.o.value == o)) return &f;
    }
    return nullptr;
  }
  bool Has(const std::string& s, const std::string& p, const std::string& o) const { return Get(s, p, o); }

 private:
  nlp::Doc doc_;
  graph::DocumentRecord record_;
  Extraction extraction_;
};

// Delegates are arriving in Tarvik for the annual Nordvale Forum.
const char* kForumArrival = R"(1 Delegates delegate NOUN 3 nsubj
2 are be AUX 3 aux
3 arriving arrive VERB 0 root
4 in in ADP 5 case
5 Tarvik Tarvik PROPN 3 obl NER=B-PLACE
6 for for ADP 10 case
7 the the DET 10 det
8 annual annual ADJ 10 amod
9 Nordvale Nordvale PROPN 10 compound
10 Forum Forum PROPN 3 obl SpaceAfter=No
11 . . PUNCT 3 punct

)";

// ... Premier Ola Brandt is among the leaders attending the meeting.
// Minister Kai Lund will attend.
const std::string kForum = std::string(kForumArrival) + R"(1 Premier premier PROPN 2 compound
2 Ola Ola PROPN 7 nsubj NER=B-PERSON
3 Brandt Brandt PROPN 2 flat NER=I-PERSON
4 is be AUX 7 cop
5 among among ADP 7 case
6 the the DET 7 det
7 leaders leader NOUN 0 root
8 attending attend VERB 7 acl
9 the the DET 10 det
10 meeting meeting NOUN 8 obj SpaceAfter=No
11 . . PUNCT 7 punct

1 Minister minister PROPN 2 compound
2 Kai Kai PROPN 5 nsubj NER=B-PERSON
3 Lund Lund PROPN 2 flat NER=I-PERSON
4 will will AUX 5 aux
5 attend attend VERB 0 root SpaceAfter=No
6 . . PUNCT 5 punct
)";

TEST(EventCorefTest, DefiniteGenericNounTakesUpTheNamedGathering) {
  Facts f(kForum);
  EXPECT_TRUE(f.Has(EntityIri("ola brandt"), "attended", EntityIri("Nordvale Forum")));
}

TEST(PlannedAttendanceTest, AttendWithoutObjectMeansThePassageEvent) {
  Facts f(kForum);
  const graph::Fact* fact = f.Get(EntityIri("kai lund"), "attended", EntityIri("Nordvale Forum"));
  ASSERT_NE(fact, nullptr);
  EXPECT_EQ(fact->provenance.modality, Modality::kPlanned);
}

// Tomas Ruiz, 40, greeted fans, accompanied by his wife Mia Lind.
// (parsed as often happens: the name is the root, the verbs hang below it)
const char* kRootSubject = R"(1 Tomas Tomas PROPN 0 root NER=B-PERSON
2 Ruiz Ruiz PROPN 1 flat NER=I-PERSON SpaceAfter=No
3 , , PUNCT 4 punct
4 40 40 NUM 1 appos SpaceAfter=No
5 , , PUNCT 1 punct
6 greeted greet VERB 7 amod
7 fans fan NOUN 1 dep SpaceAfter=No
8 , , PUNCT 9 punct
9 accompanied accompany VERB 7 acl
10 by by ADP 12 case
11 his his PRON 12 nmod:poss
12 wife wife NOUN 9 obl:agent
13 Mia Mia PROPN 12 appos NER=B-PERSON
14 Lind Lind PROPN 13 flat NER=I-PERSON SpaceAfter=No
15 . . PUNCT 1 punct
)";

TEST(AccompanyTest, RootNameIsThePrincipalWhenTheParseHasNoSubject) {
  Facts f(kRootSubject);
  EXPECT_TRUE(f.Has(EntityIri("mia lind"), "accompanied", EntityIri("tomas ruiz")));
  EXPECT_FALSE(f.Has(EntityIri("tomas ruiz"), "accompanied", EntityIri("mia lind")));
}

// Coach Mart Kask resigned. Kask was banned for two years by the ISU.
// (the tagger took the sentence-initial "Kask" and the acronym for common nouns)
const char* kTaggerMisses = R"(1 Coach coach NOUN 2 compound
2 Mart Mart PROPN 4 nsubj NER=B-PERSON
3 Kask Kask PROPN 2 flat NER=I-PERSON
4 resigned resign VERB 0 root SpaceAfter=No
5 . . PUNCT 4 punct

1 Kask kask NOUN 4 nsubj:pass
2 was be AUX 4 aux:pass
3 also also ADV 4 advmod
4 banned ban VERB 0 root
5 for for ADP 7 case
6 two two NUM 7 nummod
7 years year NOUN 4 obl
8 by by ADP 10 case
9 the the DET 10 det
10 ISU isu NOUN 7 nmod SpaceAfter=No
11 . . PUNCT 4 punct
)";

TEST(MentionTest, NamesTheTaggerCalledNounsAndAgentsAfterAnAdverbial) {
  Facts f(kTaggerMisses);
  EXPECT_TRUE(f.Has(EntityIri("ISU"), "ban", EntityIri("mart kask")));
}

// Sprinters Mart Kask and Eva Lill have appeared. The pair arrived with coach Ivo Sepp.
// (the parse missed the coordination of the two names)
const char* kPairNoConj = R"(1 Sprinters sprinter NOUN 0 root
2 Mart Mart PROPN 3 compound NER=B-PERSON
3 Kask Kask PROPN 1 nmod NER=I-PERSON
4 and and CCONJ 8 cc
5 Eva Eva PROPN 8 nsubj NER=B-PERSON
6 Lill Lill PROPN 5 flat NER=I-PERSON
7 have have AUX 8 aux
8 appeared appear VERB 1 conj SpaceAfter=No
9 . . PUNCT 1 punct

1 The the DET 2 det
2 pair pair NOUN 3 nsubj
3 arrived arrive VERB 0 root
4 with with ADP 5 case
5 coach coach NOUN 3 obl
6 Ivo Ivo PROPN 5 appos NER=B-PERSON
7 Sepp Sepp PROPN 6 flat NER=I-PERSON SpaceAfter=No
8 . . PUNCT 3 punct
)";

TEST(GroupAnaphorTest, PairFindsNamesJoinedByAndWithoutAConj) {
  Facts f(kPairNoConj);
  EXPECT_TRUE(f.Has(EntityIri("ivo sepp"), "accompanied", EntityIri("mart kask")));
  EXPECT_TRUE(f.Has(EntityIri("ivo sepp"), "accompanied", EntityIri("eva lill")));
}

// Ola Brandt gave the Mart Kask Lecture. Brandt, 70, praised Kask, whose work
// he admired. He said the work was vital.
// (the NER took "Mart Kask Lecture" for a person; the parse lost Brandt's subject link)
const char* kLecture = R"(1 Ola Ola PROPN 3 nsubj NER=B-PERSON
2 Brandt Brandt PROPN 1 flat NER=I-PERSON
3 gave give VERB 0 root
4 the the DET 7 det
5 Mart Mart PROPN 7 compound NER=B-PERSON
6 Kask Kask PROPN 5 flat NER=I-PERSON
7 Lecture Lecture PROPN 3 obj NER=I-PERSON SpaceAfter=No
8 . . PUNCT 3 punct

1 Brandt Brandt PROPN 0 root NER=B-PERSON SpaceAfter=No
2 , , PUNCT 3 punct
3 70 70 NUM 1 appos SpaceAfter=No
4 , , PUNCT 1 punct
5 praised praise VERB 1 acl
6 Kask Kask PROPN 5 obj NER=B-PERSON SpaceAfter=No
7 , , PUNCT 11 punct
8 whose whose PRON 9 nmod:poss
9 work work NOUN 11 obj
10 he he PRON 11 nsubj
11 admired admire VERB 6 acl:relcl SpaceAfter=No
12 . . PUNCT 1 punct

1 He he PRON 2 nsubj
2 said say VERB 0 root
3 the the DET 4 det
4 work work NOUN 6 nsubj
5 was be AUX 6 cop
6 vital vital ADJ 2 ccomp SpaceAfter=No
7 . . PUNCT 2 punct
)";

TEST(MentionTest, PersonNameBeforeAnEventWordNamesAnEvent) {
  Facts f(kLecture);
  EXPECT_TRUE(f.Has(EntityIri("Mart Kask Lecture"), "type", VocabIri("Event")));
  EXPECT_FALSE(f.Has(EntityIri("Mart Kask Lecture"), "type", VocabIri("Person")));
}

TEST(CorefTest, SentenceOpeningNameOutranksASubordinateSubject) {
  Facts f(kLecture);
  EXPECT_TRUE(f.Has(EntityIri("ola brandt"), "said", ""));
  EXPECT_FALSE(f.Has(EntityIri("kask"), "said", ""));
}

// Ivo Marsh spoke. Marsh left. Marsh slept. Deputy Minister Tomas Varga said
// he would go. "We are ready," he said.
// The pronoun of the last sentence is decided by the previous sentence's
// subject (Varga), although a title puts his name off the sentence's first
// words and Marsh is named three times as often nearby.
const char* kSubjectOverFrequentName = R"(1 Ivo Ivo PROPN 3 nsubj NER=B-PERSON
2 Marsh Marsh PROPN 1 flat NER=I-PERSON
3 spoke speak VERB 0 root SpaceAfter=No
4 . . PUNCT 3 punct

1 Marsh Marsh PROPN 2 nsubj NER=B-PERSON
2 left leave VERB 0 root SpaceAfter=No
3 . . PUNCT 2 punct

1 Marsh Marsh PROPN 2 nsubj NER=B-PERSON
2 slept sleep VERB 0 root SpaceAfter=No
3 . . PUNCT 2 punct

1 Deputy deputy ADJ 2 amod
2 Minister minister PROPN 3 nmod:desc
3 Tomas Tomas PROPN 5 nsubj NER=B-PERSON
4 Varga Varga PROPN 3 flat NER=I-PERSON
5 said say VERB 0 root
6 he he PRON 8 nsubj
7 would would AUX 8 aux
8 go go VERB 5 ccomp SpaceAfter=No
9 . . PUNCT 5 punct

1 " " PUNCT 4 punct SpaceAfter=No
2 We we PRON 4 nsubj
3 are be AUX 4 cop
4 ready ready ADJ 0 root SpaceAfter=No
5 , , PUNCT 4 punct SpaceAfter=No
6 " " PUNCT 4 punct
7 he he PRON 8 nsubj
8 said say VERB 4 parataxis SpaceAfter=No
9 . . PUNCT 4 punct
)";

TEST(CorefTest, PreviousSubjectOutranksANameMentionedMoreOften) {
  Facts f(kSubjectOverFrequentName);
  EXPECT_TRUE(f.Has(EntityIri("tomas varga"), "said", "We are ready,"));
  EXPECT_FALSE(f.Has(EntityIri("ivo marsh"), "said", "We are ready,"));
}

// "The bridge opens soon," said Ilse Varno. "Nobody asked Tomas Brandt."
// ¶ "We will build it. It is paid," Brandt was quoted as telling the council.
// The second quotation continues Varno's (no frame of its own, only her frame
// between them); the name inside it is not a speaker. The third runs over two
// sentences; its frame ("was quoted as telling") is no quotation itself.
const char* kQuotations = R"(1 " " PUNCT 4 punct SpaceAfter=No
2 The the DET 3 det
3 bridge bridge NOUN 4 nsubj
4 opens open VERB 8 ccomp
5 soon soon ADV 4 advmod SpaceAfter=No
6 , , PUNCT 4 punct SpaceAfter=No
7 " " PUNCT 4 punct
8 said say VERB 0 root
9 Ilse Ilse PROPN 8 nsubj NER=B-PERSON
10 Varno Varno PROPN 9 flat NER=I-PERSON SpaceAfter=No
11 . . PUNCT 8 punct

1 " " PUNCT 3 punct SpaceAfter=No
2 Nobody nobody PRON 3 nsubj
3 asked ask VERB 0 root
4 Tomas Tomas PROPN 3 obj NER=B-PERSON
5 Brandt Brandt PROPN 4 flat NER=I-PERSON SpaceAfter=No
6 . . PUNCT 3 punct SpaceAfter=No
7 " " PUNCT 3 punct
#newpar
1 " " PUNCT 4 punct SpaceAfter=No
2 We we PRON 4 nsubj
3 will will AUX 4 aux
4 build build VERB 0 root
5 it it PRON 4 obj SpaceAfter=No
6 . . PUNCT 4 punct

1 It it PRON 3 nsubj
2 is be AUX 3 aux:pass
3 paid pay VERB 8 parataxis SpaceAfter=No
4 , , PUNCT 3 punct SpaceAfter=No
5 " " PUNCT 3 punct
6 Brandt Brandt PROPN 8 nsubj:pass NER=B-PERSON
7 was be AUX 8 aux:pass
8 quoted quote VERB 0 root
9 as as SCONJ 10 mark
10 telling tell VERB 8 advcl
11 the the DET 12 det
12 council council NOUN 10 obj SpaceAfter=No
13 . . PUNCT 8 punct
)";

TEST(SaidTest, QuotationsContinueRunOnAndAreNeverTheirFrame) {
  Facts f(kQuotations);
  EXPECT_TRUE(f.Has(EntityIri("ilse varno"), "said", "The bridge opens soon,"));
  EXPECT_TRUE(f.Has(EntityIri("ilse varno"), "said", "Nobody asked Tomas Brandt."));
  EXPECT_FALSE(f.Has(EntityIri("tomas brandt"), "said", "Nobody asked Tomas Brandt."));
  EXPECT_TRUE(f.Has(EntityIri("tomas brandt"), "said", "We will build it. It is paid,"));
  EXPECT_FALSE(f.Has("", "said", "Brandt was quoted as telling the council"));
  EXPECT_FALSE(f.Has(EntityIri("ilse varno"), "said", "We will build it. It is paid,"));
}

// Tomas Brandt spoke. Brandt left. Brandt slept. Former Green councillor
// Dame Ola Varno, who chairs the panel, called Brandt's plan reckless.
// She told reporters: "We will vote no."
// The parse makes the title ("councillor") the subject and hangs the name
// under it; the name is still the subject the pronoun goes back to, ahead of
// a person named more often.
const char* kTitleHeadedSubject = R"(1 Tomas Tomas PROPN 3 nsubj NER=B-PERSON
2 Brandt Brandt PROPN 1 flat NER=I-PERSON
3 spoke speak VERB 0 root SpaceAfter=No
4 . . PUNCT 3 punct

1 Brandt Brandt PROPN 2 nsubj NER=B-PERSON
2 left leave VERB 0 root SpaceAfter=No
3 . . PUNCT 2 punct

1 Brandt Brandt PROPN 2 nsubj NER=B-PERSON
2 slept sleep VERB 0 root SpaceAfter=No
3 . . PUNCT 2 punct

1 Former former ADJ 3 amod
2 Green Green PROPN 3 compound
3 councillor councillor NOUN 13 nsubj
4 Dame Dame PROPN 3 flat NER=B-PERSON
5 Ola Ola PROPN 3 flat NER=I-PERSON
6 Varno Varno PROPN 3 flat NER=I-PERSON SpaceAfter=No
7 , , PUNCT 9 punct
8 who who PRON 9 nsubj
9 chairs chair VERB 3 acl:relcl
10 the the DET 11 det
11 panel panel NOUN 9 obj SpaceAfter=No
12 , , PUNCT 3 punct
13 called call VERB 0 root
14 Brandt Brandt PROPN 16 nmod:poss NER=B-PERSON
15 's 's PART 14 case
16 plan plan NOUN 13 obj
17 reckless reckless ADJ 13 xcomp SpaceAfter=No
18 . . PUNCT 13 punct

1 She she PRON 2 nsubj
2 told tell VERB 0 root
3 reporters reporter NOUN 2 iobj SpaceAfter=No
4 : : PUNCT 8 punct
5 " " PUNCT 8 punct SpaceAfter=No
6 We we PRON 8 nsubj
7 will will AUX 8 aux
8 vote vote VERB 2 ccomp
9 no no ADV 8 advmod SpaceAfter=No
10 . . PUNCT 2 punct SpaceAfter=No
11 " " PUNCT 2 punct
)";

TEST(CorefTest, NameUnderASubjectTitleIsTheSubject) {
  Facts f(kTitleHeadedSubject);
  EXPECT_TRUE(f.Has(EntityIri("ola varno"), "said", "We will vote no."));
  EXPECT_FALSE(f.Has(EntityIri("tomas brandt"), "said", "We will vote no."));
}

// "The vote was close," Tarvik Herald narrated, "and the mayor won."
// A narrating paper speaks both quotations around its frame.
const char* kNarrated = R"(1 " " PUNCT 5 punct SpaceAfter=No
2 The the DET 3 det
3 vote vote NOUN 5 nsubj
4 was be AUX 5 cop
5 close close ADJ 10 ccomp SpaceAfter=No
6 , , PUNCT 5 punct SpaceAfter=No
7 " " PUNCT 5 punct
8 Tarvik Tarvik PROPN 9 compound NER=B-ORG
9 Herald Herald PROPN 10 nsubj NER=I-ORG
10 narrated narrate VERB 0 root SpaceAfter=No
11 , , PUNCT 16 punct
12 " " PUNCT 16 punct SpaceAfter=No
13 and and CCONJ 16 cc
14 the the DET 15 det
15 mayor mayor NOUN 16 nsubj
16 won win VERB 10 parataxis SpaceAfter=No
17 . . PUNCT 10 punct SpaceAfter=No
18 " " PUNCT 10 punct
)";

TEST(SaidTest, NarratingSourceSpeaksBothQuotationsAroundItsFrame) {
  Facts f(kNarrated);
  EXPECT_TRUE(f.Has(EntityIri("Tarvik Herald"), "said", "The vote was close,"));
  EXPECT_TRUE(f.Has(EntityIri("Tarvik Herald"), "said", "and the mayor won."));
}

// Comrade Ola Brandt spoke. Ola Brandt left.  ("Comrade" is a form of address)
const char* kComrade = R"(1 Comrade Comrade PROPN 2 compound NER=B-PERSON
2 Ola Ola PROPN 4 nsubj NER=I-PERSON
3 Brandt Brandt PROPN 2 flat NER=I-PERSON
4 spoke speak VERB 0 root SpaceAfter=No
5 . . PUNCT 4 punct

1 Ola Ola PROPN 3 nsubj NER=B-PERSON
2 Brandt Brandt PROPN 1 flat NER=I-PERSON
3 left leave VERB 0 root SpaceAfter=No
4 . . PUNCT 3 punct
)";

TEST(MentionTest, ComradeIsAFormOfAddressNotPartOfTheName) {
  Facts f(kComrade);
  EXPECT_TRUE(f.Has(EntityIri("ola brandt"), "type", VocabIri("Person")));
  EXPECT_FALSE(f.Has(EntityIri("comrade ola brandt"), "type", ""));
}

// The French and Belgian militaries said the convoy had left.
// Ivo Sepp's government claimed the vote was fair.
// Institutions speak through common nouns: one source per country modifier,
// or the possessor that heads them.
const char* kInstitutions = R"(1 The the DET 5 det
2 French French ADJ 5 amod
3 and and CCONJ 4 cc
4 Belgian Belgian ADJ 2 conj
5 militaries military NOUN 6 nsubj
6 said say VERB 0 root
7 the the DET 8 det
8 convoy convoy NOUN 10 nsubj
9 had have AUX 10 aux
10 left leave VERB 6 ccomp SpaceAfter=No
11 . . PUNCT 6 punct

1 Ivo Ivo PROPN 4 nmod:poss NER=B-PERSON
2 Sepp Sepp PROPN 1 flat NER=I-PERSON
3 's 's PART 1 case
4 government government NOUN 5 nsubj
5 claimed claim VERB 0 root
6 the the DET 7 det
7 vote vote NOUN 9 nsubj
8 was be AUX 9 cop
9 fair fair ADJ 5 ccomp SpaceAfter=No
10 . . PUNCT 5 punct
)";

TEST(SaidTest, InstitutionsSpeakThroughCommonNouns) {
  Facts f(kInstitutions);
  EXPECT_TRUE(f.Has(EntityIri("French military"), "said", "the convoy had left"));
  EXPECT_TRUE(f.Has(EntityIri("Belgian military"), "said", "the convoy had left"));
  EXPECT_TRUE(f.Has(EntityIri("French military"), "type", VocabIri("Organization")));
  EXPECT_TRUE(f.Has(EntityIri("ivo sepp"), "said", "the vote was fair"));
}

// Maria J. Ortega arrived. Maria Ortega spoke. Ortega left.
const char* kMiddleInitial = R"(1 Maria Maria PROPN 4 nsubj NER=B-PERSON
2 J. J. PROPN 1 flat NER=I-PERSON
3 Ortega Ortega PROPN 1 flat NER=I-PERSON
4 arrived arrive VERB 0 root SpaceAfter=No
5 . . PUNCT 4 punct

1 Maria Maria PROPN 3 nsubj NER=B-PERSON
2 Ortega Ortega PROPN 1 flat NER=I-PERSON
3 spoke speak VERB 0 root SpaceAfter=No
4 . . PUNCT 3 punct

1 Ortega Ortega PROPN 2 nsubj NER=B-PERSON
2 left leave VERB 0 root SpaceAfter=No
3 . . PUNCT 2 punct
)";

TEST(CorefTest, NameWithAndWithoutMiddleInitialIsOnePerson) {
  Facts f(kMiddleInitial);
  EXPECT_TRUE(f.Has(EntityIri("maria j ortega"), "type", VocabIri("Person")));
  EXPECT_TRUE(f.Has(EntityIri("maria j ortega"), "alias", "Maria Ortega"));
  EXPECT_TRUE(f.Has(EntityIri("maria j ortega"), "alias", "Ortega"));
  EXPECT_FALSE(f.Has(EntityIri("maria ortega"), "type", ""));
}

// Jon A. Sarn met Jon B. Sarn. Jon Sarn left.  (two people share the short form)
const char* kTwoInitials = R"(1 Jon Jon PROPN 4 nsubj NER=B-PERSON
2 A. A. PROPN 1 flat NER=I-PERSON
3 Sarn Sarn PROPN 1 flat NER=I-PERSON
4 met meet VERB 0 root
5 Jon Jon PROPN 4 obj NER=B-PERSON
6 B. B. PROPN 5 flat NER=I-PERSON
7 Sarn Sarn PROPN 5 flat NER=I-PERSON SpaceAfter=No
8 . . PUNCT 4 punct

1 Jon Jon PROPN 3 nsubj NER=B-PERSON
2 Sarn Sarn PROPN 1 flat NER=I-PERSON
3 left leave VERB 0 root SpaceAfter=No
4 . . PUNCT 3 punct
)";

TEST(CorefTest, TwoDifferentMiddleInitialsStayTwoPeople) {
  Facts f(kTwoInitials);
  EXPECT_TRUE(f.Has(EntityIri("jon a sarn"), "met", EntityIri("jon b sarn")));
  EXPECT_FALSE(f.Has(EntityIri("jon a sarn"), "alias", "Jon B. Sarn"));
  EXPECT_FALSE(f.Has(EntityIri("jon a sarn"), "alias", "Jon Sarn"));  // which of the two is not said
  EXPECT_FALSE(f.Has(EntityIri("jon b sarn"), "alias", "Jon Sarn"));
}

// Dario Montevel arrived. Lucia Ferra-Montevel spoke. Montevel left.
// The lone surname is Dario's: for Lucia it is only half of a double-barrelled
// name, although she was named more recently.
const char* kDoubleBarrelled = R"(1 Dario Dario PROPN 3 nsubj NER=B-PERSON
2 Montevel Montevel PROPN 1 flat NER=I-PERSON
3 arrived arrive VERB 0 root SpaceAfter=No
4 . . PUNCT 3 punct

1 Lucia Lucia PROPN 3 nsubj NER=B-PERSON
2 Ferra-Montevel Ferra-Montevel PROPN 1 flat NER=I-PERSON
3 spoke speak VERB 0 root SpaceAfter=No
4 . . PUNCT 3 punct

1 Montevel Montevel PROPN 2 nsubj NER=B-PERSON
2 left leave VERB 0 root SpaceAfter=No
3 . . PUNCT 2 punct
)";

TEST(CorefTest, LoneSurnamePrefersWholeLastNameOverHalfOfADoubleBarrelledOne) {
  Facts f(kDoubleBarrelled);
  EXPECT_TRUE(f.Has(EntityIri("dario montevel"), "alias", "Montevel"));
  EXPECT_FALSE(f.Has(EntityIri("lucia ferra montevel"), "alias", "Montevel"));
}

// Tomas Reyka appeared on VNT saying "we will win". Parsed as parsers do:
// "on" the mark of a gerund clause whose subject is the channel.
const char* kAppearedOnSaying = R"(1 Tomas Tomas PROPN 3 nsubj NER=B-PERSON
2 Reyka Reyka PROPN 1 flat NER=I-PERSON
3 appeared appear VERB 0 root
4 on on SCONJ 6 mark
5 VNT VNT PROPN 6 nsubj NER=B-ORG
6 saying say VERB 3 advcl
7 " " PUNCT 9 punct SpaceAfter=No
8 we we PRON 9 nsubj
9 win win VERB 6 ccomp SpaceAfter=No
10 " " PUNCT 9 punct SpaceAfter=No
11 . . PUNCT 3 punct
)";

// With officials saying "we will win": "with" introduces a real subject.
const char* kWithOfficialsSaying = R"(1 Lena Lena PROPN 2 nsubj NER=B-PERSON
2 left leave VERB 0 root
3 with with SCONJ 5 mark
4 Orvik Orvik PROPN 5 nsubj NER=B-PERSON
5 saying say VERB 2 advcl
6 " " PUNCT 8 punct SpaceAfter=No
7 we we PRON 8 nsubj
8 win win VERB 5 ccomp SpaceAfter=No
9 " " PUNCT 8 punct SpaceAfter=No
10 . . PUNCT 2 punct
)";

TEST(SaidTest, ChannelAfterOnIsNotTheSpeakerOfTheParticiple) {
  Facts f(kAppearedOnSaying);
  EXPECT_TRUE(f.Has(EntityIri("tomas reyka"), "said", ""));
  EXPECT_FALSE(f.Has(EntityIri("VNT"), "said", ""));
  Facts g(kWithOfficialsSaying);
  EXPECT_TRUE(g.Has(EntityIri("orvik"), "said", ""));
  EXPECT_FALSE(g.Has(EntityIri("lena"), "said", ""));
}

// "Speaking on VNT saying we win." A fronted participle as the root (its
// subject is the clause below it) over a participle clause whose only
// subject is the channel after "on" (none, so it climbs back up): the subject
// search must end, not recurse for ever (it crashed an ingest).
const char* kSubjectCycle = R"(1 Speaking speak VERB 0 root XPOS=VBG
2 on on SCONJ 4 mark
3 VNT VNT PROPN 4 nsubj NER=B-ORG
4 saying say VERB 1 advcl XPOS=VBG
5 we we PRON 6 nsubj
6 win win VERB 4 ccomp SpaceAfter=No
7 . . PUNCT 1 punct
)";

TEST(SaidTest, SubjectSearchEndsOnACyclicParse) {
  Facts f(kSubjectCycle);
  EXPECT_FALSE(f.Has(EntityIri("VNT"), "said", ""));
}

// Police arrested Ivan Petrov, also known as Vanya, on Monday. Vanya denied it.
const char* kStatedAlias = R"(1 Police police NOUN 2 nsubj
2 arrested arrest VERB 0 root
3 Ivan Ivan PROPN 2 obj NER=B-PERSON
4 Petrov Petrov PROPN 3 flat NER=I-PERSON SpaceAfter=No
5 , , PUNCT 9 punct
6 also also ADV 7 advmod
7 known know VERB 3 acl
8 as as ADP 9 case
9 Vanya Vanya PROPN 7 obl NER=B-PERSON SpaceAfter=No
10 , , PUNCT 9 punct
11 on on ADP 12 case
12 Monday Monday PROPN 2 obl SpaceAfter=No
13 . . PUNCT 2 punct

1 Vanya Vanya PROPN 2 nsubj NER=B-PERSON
2 denied deny VERB 0 root
3 it it PRON 2 obj SpaceAfter=No
4 . . PUNCT 2 punct
)";

TEST(CorefTest, StatedAliasJoinsThePersonNamed) {
  Facts f(kStatedAlias);
  EXPECT_TRUE(f.Has(EntityIri("ivan petrov"), "alias", "Vanya"));
  EXPECT_FALSE(f.Has(EntityIri("vanya"), "type", ""));
}

// Ivo Sepp, a board member of Estonia's central bank, the Eestipank, spoke.
// (the NER took "Eestipank" for a person)
const char* kBoardMember = R"(1 Ivo Ivo PROPN 17 nsubj NER=B-PERSON
2 Sepp Sepp PROPN 1 flat NER=I-PERSON SpaceAfter=No
3 , , PUNCT 6 punct
4 a a DET 6 det
5 board board NOUN 6 compound
6 member member NOUN 1 appos
7 of of ADP 11 case
8 Estonia Estonia PROPN 11 nmod:poss NER=B-PLACE SpaceAfter=No
9 's 's PART 8 case
10 central central ADJ 11 amod
11 bank bank NOUN 6 nmod SpaceAfter=No
12 , , PUNCT 14 punct
13 the the DET 14 det
14 Eestipank Eestipank PROPN 11 appos NER=B-PERSON SpaceAfter=No
15 , , PUNCT 1 punct
16 then then ADV 17 advmod
17 spoke speak VERB 0 root SpaceAfter=No
18 . . PUNCT 17 punct
)";

TEST(TitleTest, OneWordNameWithTheAfterAnOfficeIsTheOrganisation) {
  Facts f(kBoardMember);
  EXPECT_TRUE(f.Has(EntityIri("ivo sepp"), "memberOf", EntityIri("Eestipank")));
  EXPECT_TRUE(f.Has(EntityIri("Eestipank"), "type", VocabIri("Organization")));
}

// Dr Ola Brandt, 70, who was in Tarvik to attend the G9 summit, said talks went well.
// (parsed with the name as the root and the verbs hung below it)
const char* kRootName = R"(1 Dr Dr PROPN 2 nmod:desc NER=B-PERSON
2 Ola Ola PROPN 0 root NER=I-PERSON
3 Brandt Brandt PROPN 2 flat NER=I-PERSON SpaceAfter=No
4 , , PUNCT 5 punct
5 70 70 NUM 2 flat SpaceAfter=No
6 , , PUNCT 10 punct
7 who who PRON 10 nsubj
8 was be AUX 10 cop
9 in in ADP 10 case
10 Tarvik Tarvik PROPN 2 acl:relcl NER=B-PLACE
11 to to PART 12 mark
12 attend attend VERB 2 advcl
13 the the DET 15 det
14 G9 g9 NOUN 15 compound
15 summit summit NOUN 12 obj SpaceAfter=No
16 , , PUNCT 2 punct
17 said say VERB 2 dep
18 talks talk NOUN 19 nsubj
19 went go VERB 17 ccomp
20 well well ADV 19 advmod SpaceAfter=No
21 . . PUNCT 2 punct
)";

TEST(SubjectTest, RootNameIsTheSubjectOfVerbsHungBelowIt) {
  Facts f(kRootName);
  EXPECT_TRUE(f.Has(EntityIri("ola brandt"), "attended", EntityIri("G9 summit")));
  EXPECT_TRUE(f.Has(EntityIri("ola brandt"), "said", ""));
}

// Orvane, the Estonian handset maker, is planning a party. Kask, the company's
// founder, will attend.
const char* kCompany = R"(1 Orvane Orvane PROPN 9 nsubj SpaceAfter=No
2 , , PUNCT 6 punct
3 the the DET 6 det
4 Estonian Estonian ADJ 6 amod
5 handset handset NOUN 6 compound
6 maker maker NOUN 1 appos SpaceAfter=No
7 , , PUNCT 1 punct
8 is be AUX 9 aux
9 planning plan VERB 0 root
10 a a DET 11 det
11 party party NOUN 9 obj SpaceAfter=No
12 . . PUNCT 9 punct

1 Kask Kask PROPN 8 nsubj SpaceAfter=No
2 , , PUNCT 6 punct
3 the the DET 4 det
4 company company NOUN 6 nmod:poss
5 's 's PART 4 case
6 founder founder NOUN 1 appos SpaceAfter=No
7 , , PUNCT 1 punct
8 attend attend VERB 0 root SpaceAfter=No
9 . . PUNCT 8 punct
)";

TEST(TypingTest, AppositiveCompanyNounMakesAnOrganisation) {
  Facts f(kCompany);
  EXPECT_TRUE(f.Has(EntityIri("Orvane"), "type", VocabIri("Organization")));
  const graph::Fact* org = f.Get(EntityIri("Orvane"), "organized", "");
  ASSERT_NE(org, nullptr);
  EXPECT_EQ(org->provenance.modality, Modality::kPlanned);
  EXPECT_FALSE(f.Has(EntityIri("Kask"), "type", VocabIri("Organization")));
}

// "Trade must grow," Ivo Sepp, its minister for economic affairs, added.
// (the NER took "Ivo Sepp" for a place)
const char* kPlaceMinister = R"(1 " " PUNCT 4 punct SpaceAfter=No
2 Trade trade NOUN 4 nsubj
3 must must AUX 4 aux
4 grow grow VERB 0 root SpaceAfter=No
5 , , PUNCT 4 punct SpaceAfter=No
6 " " PUNCT 4 punct
7 Ivo Ivo PROPN 17 nsubj NER=B-PLACE
8 Sepp Sepp PROPN 7 flat NER=I-PLACE SpaceAfter=No
9 , , PUNCT 11 punct
10 its its PRON 11 nmod:poss
11 minister minister NOUN 7 appos
12 for for ADP 14 case
13 economic economic ADJ 14 amod
14 affairs affair NOUN 11 nmod SpaceAfter=No
15 , , PUNCT 7 punct
16 then then ADV 17 advmod
17 added add VERB 4 parataxis SpaceAfter=No
18 . . PUNCT 4 punct
)";

TEST(TypingTest, TwoWordNameWithAnAppositiveOfficeIsAPerson) {
  Facts f(kPlaceMinister);
  EXPECT_TRUE(f.Has(EntityIri("ivo sepp"), "type", VocabIri("Person")));
  EXPECT_FALSE(f.Has(EntityIri("ivo sepp"), "type", VocabIri("Place")));
}

// Among the software firms present were Orvane and Telmar.
// (the NER took "Telmar" for a place)
const char* kCompanyList = R"(1 Among among ADP 4 case
2 the the DET 4 det
3 software software NOUN 4 compound
4 firms firm NOUN 6 obl
5 present present ADJ 4 amod
6 were be AUX 0 root
7 Orvane Orvane PROPN 6 nsubj NER=B-ORG
8 and and CCONJ 9 cc
9 Telmar Telmar PROPN 7 conj NER=B-PLACE SpaceAfter=No
10 . . PUNCT 6 punct
)";

TEST(TypingTest, NamesListedAmongCompaniesAreOrganisations) {
  Facts f(kCompanyList);
  EXPECT_TRUE(f.Has(EntityIri("Telmar"), "type", VocabIri("Organization")));
  EXPECT_FALSE(f.Has(EntityIri("Telmar"), "type", VocabIri("Place")));
  EXPECT_TRUE(f.Has(EntityIri("Orvane"), "type", VocabIri("Organization")));
}

// Among the towns visited were Tartu and Narva.
// (a list among a non-company noun keeps its types)
const char* kPlaceList = R"(1 Among among ADP 3 case
2 the the DET 3 det
3 towns town NOUN 5 obl
4 visited visit VERB 3 acl
5 were be AUX 0 root
6 Tartu Tartu PROPN 5 nsubj NER=B-PLACE
7 and and CCONJ 8 cc
8 Narva Narva PROPN 6 conj NER=B-PLACE SpaceAfter=No
9 . . PUNCT 5 punct
)";

TEST(TypingTest, ListAmongOtherNounsKeepsItsTypes) {
  Facts f(kPlaceList);
  EXPECT_TRUE(f.Has(EntityIri("Tartu"), "type", VocabIri("Place")));
  EXPECT_FALSE(f.Has(EntityIri("Tartu"), "type", VocabIri("Organization")));
}

// Later, Estonian pop singer Liis Rand was named an ambassador.
// (the NER missed "Liis Rand")
const char* kSingerName = R"(1 Later later ADV 9 advmod SpaceAfter=No
2 , , PUNCT 1 punct
3 Estonian Estonian ADJ 5 amod
4 pop pop NOUN 5 compound
5 singer singer NOUN 6 compound
6 Liis Liis PROPN 9 nsubj:pass
7 Rand Rand PROPN 6 flat
8 was be AUX 9 aux:pass
9 named name VERB 0 root
10 an a DET 11 det
11 ambassador ambassador NOUN 9 xcomp SpaceAfter=No
12 . . PUNCT 9 punct
)";

TEST(TypingTest, NameAfterAPersonOccupationIsAPerson) {
  Facts f(kSingerName);
  EXPECT_TRUE(f.Has(EntityIri("Liis Rand"), "type", VocabIri("Person")));
  EXPECT_TRUE(f.Has(EntityIri("Liis Rand"), "title", ""));
}

// Agencies reported that Ola Brandt and Mart Kask would discuss trade at a meeting.
const char* kReportedMeeting = R"(1 Agencies agency NOUN 2 nsubj
2 reported report VERB 0 root
3 that that SCONJ 10 mark
4 Ola Ola PROPN 10 nsubj NER=B-PERSON
5 Brandt Brandt PROPN 4 flat NER=I-PERSON
6 and and CCONJ 7 cc
7 Mart Mart PROPN 4 conj NER=B-PERSON
8 Kask Kask PROPN 7 flat NER=I-PERSON
9 would would AUX 10 aux
10 discuss discuss VERB 2 ccomp
11 trade trade NOUN 10 obj
12 at at ADP 14 case
13 a a DET 14 det
14 meeting meeting NOUN 10 obl SpaceAfter=No
15 . . PUNCT 2 punct
)";

TEST(MeetingTest, CoordinatedSubjectsAtAMeetingMeetAndReportedWouldIsPlanned) {
  Facts f(kReportedMeeting);
  const graph::Fact* met = f.Get(EntityIri("ola brandt"), "met", EntityIri("mart kask"));
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(met->provenance.modality, Modality::kPlanned);
}

// Estonia Petrochemicals Limited (EPL) posted results. Ivo Sepp - another EPL
// board member - resigned.
// (the NER took "Petrochemicals Limited" and "Ivo Sepp - another EPL" for persons)
const char* kCompanySpans = R"(1 Estonia Estonia PROPN 3 compound NER=B-PLACE
2 Petrochemicals Petrochemicals PROPN 3 compound NER=B-PERSON
3 Limited Limited PROPN 7 nsubj NER=I-PERSON
4 ( ( PUNCT 5 punct SpaceAfter=No
5 EPL EPL PROPN 3 appos SpaceAfter=No
6 ) ) PUNCT 5 punct
7 posted post VERB 0 root
8 results result NOUN 7 obj SpaceAfter=No
9 . . PUNCT 7 punct

1 Ivo Ivo PROPN 9 nsubj NER=B-PERSON
2 Sepp Sepp PROPN 1 flat NER=I-PERSON
3 - - PUNCT 7 punct NER=I-PERSON
4 another another DET 7 det NER=I-PERSON
5 EPL EPL PROPN 7 compound NER=I-PERSON
6 board board NOUN 7 compound
7 member member NOUN 1 appos
8 - - PUNCT 7 punct
9 resigned resign VERB 0 root SpaceAfter=No
10 . . PUNCT 9 punct
)";

TEST(MentionTest, CompanySuffixAndDashRepairNerSpans) {
  Facts f(kCompanySpans);
  const std::string epl = EntityIri("Estonia Petrochemicals Limited");
  EXPECT_TRUE(f.Has(epl, "type", VocabIri("Organization")));
  EXPECT_TRUE(f.Has(EntityIri("ivo sepp"), "memberOf", epl));
}

// The former unit was sold off and acquired by energy giant Orvane.
const char* kCoordPassive = R"(1 The the DET 3 det
2 former former ADJ 3 amod
3 unit unit NOUN 5 nsubj:pass
4 was be AUX 5 aux:pass
5 sold sell VERB 0 root
6 off off ADP 5 compound:prt
7 and and CCONJ 8 cc
8 acquired acquire VERB 5 conj
9 by by ADP 12 case
10 energy energy NOUN 12 compound
11 giant giant NOUN 12 compound
12 Orvane Orvane PROPN 8 obl:agent SpaceAfter=No
13 . . PUNCT 5 punct
)";

TEST(OpenRelationTest, CoordinatedPassiveSharesItsSubjectAndGiantMakesACompany) {
  Facts f(kCoordPassive);
  EXPECT_TRUE(f.Has(EntityIri("Orvane"), "acquire", "former unit"));
  EXPECT_TRUE(f.Has(EntityIri("Orvane"), "type", VocabIri("Organization")));
}

// Orvane posted results. The company said profits rose. Mia Lind arrived late.
// The actress thanked fans.
const char* kDefinites = R"(1 Orvane Orvane PROPN 2 nsubj NER=B-ORG
2 posted post VERB 0 root
3 results result NOUN 2 obj SpaceAfter=No
4 . . PUNCT 2 punct

1 The the DET 2 det
2 company company NOUN 3 nsubj
3 said say VERB 0 root
4 profits profit NOUN 5 nsubj
5 rose rise VERB 3 ccomp SpaceAfter=No
6 . . PUNCT 3 punct

1 Mia Mia PROPN 3 nsubj NER=B-PERSON
2 Lind Lind PROPN 1 flat NER=I-PERSON
3 arrived arrive VERB 0 root
4 late late ADV 3 advmod SpaceAfter=No
5 . . PUNCT 3 punct

1 The the DET 2 det
2 actress actress NOUN 3 nsubj
3 thanked thank VERB 0 root
4 fans fan NOUN 3 obj SpaceAfter=No
5 . . PUNCT 3 punct
)";

TEST(CorefTest, DefiniteDescriptionSubjectsTakeTheNearbyEntity) {
  Facts f(kDefinites);
  EXPECT_TRUE(f.Has(EntityIri("Orvane"), "said", "profits rose"));
  EXPECT_TRUE(f.Has(EntityIri("mia lind"), "thank", "fans"));
}

// Lena Park, chief executive of Baltika operator Orvane spoke.
const char* kModifierName = R"(1 Lena Lena PROPN 10 nsubj NER=B-PERSON
2 Park Park PROPN 1 flat NER=I-PERSON SpaceAfter=No
3 , , PUNCT 5 punct
4 chief chief ADJ 5 amod
5 executive executive NOUN 1 appos
6 of of ADP 8 case
7 Baltika Baltika PROPN 8 compound NER=B-ORG
8 operator operator NOUN 5 nmod
9 Orvane Orvane PROPN 8 appos NER=B-ORG
10 spoke speak VERB 0 root SpaceAfter=No
11 . . PUNCT 10 punct
)";

TEST(TitleTest, NameModifyingANounBeforeAnotherNameIsNotTheOrganisation) {
  Facts f(kModifierName);
  EXPECT_TRUE(f.Has(EntityIri("lena park"), "leaderOf", EntityIri("Orvane")));
  EXPECT_FALSE(f.Has(EntityIri("lena park"), "leaderOf", EntityIri("Baltika")));
}

// Nordvale Forum opened. Nordvale Forum closed. Tarvik Forum opened.
// Ola Brandt attended the forum.
const char* kTwoForums = R"(1 Nordvale Nordvale PROPN 2 compound
2 Forum Forum PROPN 3 nsubj
3 opened open VERB 0 root SpaceAfter=No
4 . . PUNCT 3 punct

1 Nordvale Nordvale PROPN 2 compound
2 Forum Forum PROPN 3 nsubj
3 closed close VERB 0 root SpaceAfter=No
4 . . PUNCT 3 punct

1 Tarvik Tarvik PROPN 2 compound
2 Forum Forum PROPN 3 nsubj
3 opened open VERB 0 root SpaceAfter=No
4 . . PUNCT 3 punct

1 Ola Ola PROPN 3 nsubj NER=B-PERSON
2 Brandt Brandt PROPN 1 flat NER=I-PERSON
3 attended attend VERB 0 root
4 the the DET 5 det
5 forum forum NOUN 3 obj SpaceAfter=No
6 . . PUNCT 3 punct
)";

TEST(EventCorefTest, DefiniteNounTakesTheEventNamedMostOften) {
  Facts f(kTwoForums);
  EXPECT_TRUE(f.Has(EntityIri("ola brandt"), "attended", EntityIri("Nordvale Forum")));
  EXPECT_FALSE(f.Has(EntityIri("ola brandt"), "attended", EntityIri("Tarvik Forum")));
}

// Delegates are arriving in Tarvik for the annual Nordvale Forum. (as kForum)
// Premier Ola Brandt is to speak.
const char* kSpeak = R"(1 Delegates delegate NOUN 3 nsubj
2 are be AUX 3 aux
3 arriving arrive VERB 0 root
4 in in ADP 5 case
5 Tarvik Tarvik PROPN 3 obl NER=B-PLACE
6 for for ADP 10 case
7 the the DET 10 det
8 annual annual ADJ 10 amod
9 Nordvale Nordvale PROPN 10 compound
10 Forum Forum PROPN 3 obl SpaceAfter=No
11 . . PUNCT 3 punct

1 Premier premier PROPN 2 compound
2 Ola Ola PROPN 6 nsubj NER=B-PERSON
3 Brandt Brandt PROPN 2 flat NER=I-PERSON
4 is be AUX 6 cop
5 to to PART 6 mark
6 speak speak VERB 0 root SpaceAfter=No
7 . . PUNCT 6 punct
)";

TEST(PlannedAttendanceTest, IsToSpeakInAStoryAboutAGathering) {
  Facts f(kSpeak);
  const graph::Fact* fact = f.Get(EntityIri("ola brandt"), "attended", EntityIri("Nordvale Forum"));
  ASSERT_NE(fact, nullptr);
  EXPECT_EQ(fact->provenance.modality, Modality::kPlanned);
}

// (kForum's first sentence) Mr Lund will open the session, before Premier Ola
// Brandt, who announced his attendance late.
const char* kAnnounced = R"(1 Delegates delegate NOUN 3 nsubj
2 are be AUX 3 aux
3 arriving arrive VERB 0 root
4 in in ADP 5 case
5 Tarvik Tarvik PROPN 3 obl NER=B-PLACE
6 for for ADP 10 case
7 the the DET 10 det
8 annual annual ADJ 10 amod
9 Nordvale Nordvale PROPN 10 compound
10 Forum Forum PROPN 3 obl SpaceAfter=No
11 . . PUNCT 3 punct

1 Mr Mr PROPN 2 compound NER=B-PERSON
2 Lund Lund PROPN 4 nsubj NER=I-PERSON
3 will will AUX 4 aux
4 open open VERB 0 root
5 the the DET 6 det
6 session session NOUN 4 obj SpaceAfter=No
7 , , PUNCT 10 punct
8 before before ADP 10 case
9 Premier premier PROPN 10 compound
10 Ola Ola PROPN 4 obl NER=B-PERSON
11 Brandt Brandt PROPN 10 flat NER=I-PERSON SpaceAfter=No
12 , , PUNCT 14 punct
13 who who PRON 14 nsubj
14 announced announce VERB 10 acl:relcl
15 his his PRON 16 nmod:poss
16 attendance attendance NOUN 14 obj
17 late late ADV 14 advmod SpaceAfter=No
18 . . PUNCT 4 punct
)";

TEST(PlannedAttendanceTest, AnnouncedHisAttendanceIsTheSubjectsOwn) {
  Facts f(kAnnounced);
  const graph::Fact* fact = f.Get(EntityIri("ola brandt"), "attended", EntityIri("Nordvale Forum"));
  ASSERT_NE(fact, nullptr);
  EXPECT_EQ(fact->provenance.modality, Modality::kPlanned);
  // Lund opens the session, so he will be there too; but not through the
  // attendance Brandt announced.
  const graph::Fact* lund = f.Get(EntityIri("lund"), "attended", EntityIri("Nordvale Forum"));
  ASSERT_NE(lund, nullptr);
  EXPECT_NE(lund->provenance.extractor, "announced-attendance");
}

// Sprinters Mart Kask and Eva Lill have appeared before a tribunal.
// (parsed as [Sprinters Mart Kask] and [Eva Lill have appeared ...])
const char* kNounRootConj = R"(1 Sprinters sprinter NOUN 0 root
2 Mart Mart PROPN 3 compound NER=B-PERSON
3 Kask Kask PROPN 1 nmod NER=I-PERSON
4 and and CCONJ 8 cc
5 Eva Eva PROPN 8 nsubj NER=B-PERSON
6 Lill Lill PROPN 5 flat NER=I-PERSON
7 have have AUX 8 aux
8 appeared appear VERB 1 conj
9 before before ADP 11 case
10 a a DET 11 det
11 tribunal tribunal NOUN 8 obl SpaceAfter=No
12 . . PUNCT 1 punct
)";

TEST(SubjectTest, NameBeforeAndJoinsTheSubjectOfAVerbConjoinedToANounRoot) {
  Facts f(kNounRootConj);
  EXPECT_TRUE(f.Has(EntityIri("eva lill"), "attended", ""));
  EXPECT_TRUE(f.Has(EntityIri("mart kask"), "attended", ""));
}

// Talks were held with Oil and Mineral Trading Corporation.
const char* kAndInName = R"(1 Talks talk NOUN 3 nsubj:pass
2 were be AUX 3 aux:pass
3 held hold VERB 0 root
4 with with ADP 5 case
5 Oil oil NOUN 3 obl
6 and and CCONJ 9 cc
7 Mineral Mineral ADJ 9 amod NER=B-ORG
8 Trading Trading PROPN 9 compound NER=I-ORG
9 Corporation Corporation PROPN 5 conj NER=I-ORG SpaceAfter=No
10 . . PUNCT 3 punct
)";

TEST(MentionTest, CapitalisedWordAndAndBeforeACompanyNameBelongToIt) {
  Facts f(kAndInName);
  EXPECT_TRUE(f.Has(EntityIri("Oil and Mineral Trading Corporation"), "type", VocabIri("Organization")));
  EXPECT_FALSE(f.Has(EntityIri("Mineral Trading Corporation"), "type", VocabIri("Organization")));
}

// Antonio "AJ" Lind, chairman of Orvane Group, said: "We grew."
const char* kNickname = R"(1 Antonio Antonio PROPN 0 root
2 " " PUNCT 3 punct SpaceAfter=No
3 AJ AJ PROPN 1 flat SpaceAfter=No
4 " " PUNCT 3 punct
5 Lind Lind PROPN 1 flat SpaceAfter=No
6 , , PUNCT 7 punct
7 chairman chairman NOUN 1 appos
8 of of ADP 10 case
9 Orvane Orvane PROPN 10 compound NER=B-ORG
10 Group Group PROPN 7 nmod NER=I-ORG SpaceAfter=No
11 , , PUNCT 1 punct
12 said say VERB 1 dep SpaceAfter=No
13 : : PUNCT 16 punct
14 " " PUNCT 16 punct SpaceAfter=No
15 We we PRON 16 nsubj
16 grew grow VERB 12 ccomp SpaceAfter=No
17 . . PUNCT 16 punct SpaceAfter=No
18 " " PUNCT 16 punct
)";

TEST(MentionTest, QuotedNicknameInsideAName) {
  Facts f(kNickname);
  EXPECT_TRUE(f.Has(EntityIri("antonio lind"), "type", VocabIri("Person")));
  EXPECT_TRUE(f.Has(EntityIri("antonio lind"), "said", ""));
  EXPECT_TRUE(f.Has(EntityIri("antonio lind"), "alias", "Antonio \"AJ\" Lind"));
}

// Kestrel Mining, which is run by Lena Vos, opened a mine.
const char* kRelativePassive = R"(1 Kestrel Kestrel PROPN 2 compound NER=B-ORG
2 Mining Mining PROPN 11 nsubj NER=I-ORG SpaceAfter=No
3 , , PUNCT 6 punct
4 which which PRON 6 nsubj:pass
5 is be AUX 6 aux:pass
6 run run VERB 2 acl:relcl
7 by by ADP 8 case
8 Lena Lena PROPN 6 obl:agent NER=B-PERSON
9 Vos Vos PROPN 8 flat NER=I-PERSON SpaceAfter=No
10 , , PUNCT 6 punct
11 opened open VERB 0 root
12 a a DET 13 det
13 mine mine NOUN 11 obj SpaceAfter=No
14 . . PUNCT 11 punct
)";

TEST(OpenRelationTest, RelativePronounOfAPassiveStandsForTheModifiedNoun) {
  Facts f(kRelativePassive);
  EXPECT_TRUE(f.Has(EntityIri("lena vos"), "run", EntityIri("kestrel mining")));
  EXPECT_TRUE(f.Has(EntityIri("lena vos"), "leaderOf", EntityIri("kestrel mining")));
  const graph::Fact* any = f.Get(EntityIri("lena vos"), "run", "");
  ASSERT_NE(any, nullptr);
  EXPECT_EQ(any->o.value, EntityIri("kestrel mining"));  // not the literal "which"
}

// According to the newspaper Nordpost, Tomas Ruiz met Mia Lind.
// (parsed with two subjects on "met": the source hung there too)
const char* kTwoSubjects = R"(1 According according VERB 5 case
2 to to ADP 1 fixed
3 the the DET 4 det
4 newspaper newspaper NOUN 5 compound
5 Nordpost Nordpost PROPN 9 nsubj NER=B-ORG SpaceAfter=No
6 , , PUNCT 5 punct
7 Tomas Tomas PROPN 9 nsubj NER=B-PERSON
8 Ruiz Ruiz PROPN 7 flat NER=I-PERSON
9 met meet VERB 0 root
10 Mia Mia PROPN 9 obj NER=B-PERSON
11 Lind Lind PROPN 10 flat NER=I-PERSON SpaceAfter=No
12 . . PUNCT 9 punct
)";

TEST(SubjectTest, OfTwoSubjectsTheOneNearestTheVerbActs) {
  Facts f(kTwoSubjects);
  const graph::Fact* met = f.Get("", "met", EntityIri("mia lind"));
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(met->s.value, EntityIri("tomas ruiz"));
  EXPECT_FALSE(f.Has(EntityIri("Nordpost"), "met", ""));
}

// Ola Brandt held a meeting with Nordvale Council Secretary Ivo Sepp.
// (the parse lost the "with" phrase: it hangs on the full stop)
const char* kAffiliatedPartner = R"(1 Ola Ola PROPN 3 nsubj NER=B-PERSON
2 Brandt Brandt PROPN 1 flat NER=I-PERSON
3 held hold VERB 0 root
4 a a DET 5 det
5 meeting meeting NOUN 3 obj
6 with with ADP 12 mark
7 Nordvale Nordvale PROPN 8 compound NER=B-ORG
8 Council Council PROPN 9 compound NER=I-ORG
9 Secretary secretary PROPN 10 nmod:desc
10 Ivo Ivo PROPN 12 nsubj NER=B-PERSON
11 Sepp Sepp PROPN 10 flat NER=I-PERSON SpaceAfter=No
12 . . PUNCT 3 punct
)";

TEST(MeetingTest, AnOrganisationBeforeItsOfficialIsNoPartner) {
  Facts f(kAffiliatedPartner);
  EXPECT_TRUE(f.Has(EntityIri("ola brandt"), "met", EntityIri("ivo sepp")));
  const graph::Fact* other = f.Get(EntityIri("ola brandt"), "met", "");
  ASSERT_NE(other, nullptr);
  EXPECT_EQ(other->o.value, EntityIri("ivo sepp"));  // the only partner
}

// Ola Brandt, who led the team last year, also visited Tarvik.
// (parsed as often happens: "year" became the root, the main verb hangs on it)
const char* kSubjectBehindRelative = R"(1 Ola Ola PROPN 9 nsubj NER=B-PERSON
2 Brandt Brandt PROPN 1 flat NER=I-PERSON SpaceAfter=No
3 , , PUNCT 5 punct
4 who who PRON 5 nsubj
5 led lead VERB 1 acl:relcl
6 the the DET 7 det
7 team team NOUN 5 obj
8 last last ADJ 9 amod
9 year year NOUN 0 root SpaceAfter=No
10 , , PUNCT 12 punct
11 also also ADV 12 advmod
12 visited visit VERB 9 dep
13 Tarvik Tarvik PROPN 12 obj NER=B-PLACE SpaceAfter=No
14 . . PUNCT 9 punct
)";

TEST(SubjectTest, AVerbAfterARelativeClauseTakesTheNameItDescribes) {
  Facts f(kSubjectBehindRelative);
  EXPECT_TRUE(f.Has(EntityIri("ola brandt"), "visited", EntityIri("Tarvik")));
}

// Premier Ola Brandt and Minister Kai Lund are among the leaders attending the summit.
// (garbled as parsers do with long subjects: the second name hangs on the
// first, the copula and "among" on the full stop)
const char* kAmongAttending = R"(1 Premier premier PROPN 2 compound
2 Ola Ola PROPN 0 root NER=B-PERSON
3 Brandt Brandt PROPN 2 flat NER=I-PERSON
4 and and CCONJ 6 cc
5 Minister minister PROPN 6 compound
6 Kai Kai PROPN 2 nmod NER=B-PERSON
7 Lund Lund PROPN 6 flat NER=I-PERSON
8 are be AUX 15 cop
9 among among ADP 15 case
10 the the DET 11 det
11 leaders leader NOUN 12 nsubj
12 attending attend VERB 2 advcl
13 the the DET 14 det
14 summit summit NOUN 12 obj SpaceAfter=No
15 . . PUNCT 2 punct
)";

TEST(AttendanceTest, NamesBeforeAreAmongAttendTheEventAfterAttending) {
  Facts f(kAmongAttending);
  const graph::Fact* a = f.Get(EntityIri("ola brandt"), "attended", "");
  const graph::Fact* b = f.Get(EntityIri("kai lund"), "attended", "");
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(a->o.value, b->o.value);  // the same event: the summit
}

// ... Premier Ola Brandt is to speak, days after his election.
const std::string kSpeakDaysAfter = std::string(kForumArrival) + R"(1 Premier premier PROPN 2 compound
2 Ola Ola PROPN 6 nsubj NER=B-PERSON
3 Brandt Brandt PROPN 2 flat NER=I-PERSON
4 is be AUX 6 cop
5 to to PART 6 mark
6 speak speak VERB 0 root SpaceAfter=No
7 , , PUNCT 8 punct
8 days day NOUN 6 obl
9 after after ADP 11 case
10 his his PRON 11 nmod:poss
11 election election NOUN 6 obl SpaceAfter=No
12 . . PUNCT 6 punct
)";

TEST(AttendanceTest, SpeakingDaysAfterSomethingStillMeansAtTheGathering) {
  Facts f(kSpeakDaysAfter);
  const graph::Fact* fact = f.Get(EntityIri("ola brandt"), "attended", EntityIri("Nordvale Forum"));
  ASSERT_NE(fact, nullptr);
  EXPECT_EQ(fact->provenance.modality, Modality::kPlanned);
}

// Ola Brandt hailed the plan as a big step in a speech at the Nordvale Forum.
const char* kSpeechDeepAtEvent = R"(1 Ola Ola PROPN 3 nsubj NER=B-PERSON
2 Brandt Brandt PROPN 1 flat NER=I-PERSON
3 hailed hail VERB 0 root
4 the the DET 5 det
5 plan plan NOUN 3 obj
6 as as ADP 9 case
7 a a DET 9 det
8 big big ADJ 9 amod
9 step step NOUN 3 obl
10 in in ADP 12 case
11 a a DET 12 det
12 speech speech NOUN 9 nmod
13 at at ADP 16 case
14 the the DET 16 det
15 Nordvale Nordvale PROPN 16 compound
16 Forum Forum PROPN 12 nmod SpaceAfter=No
17 . . PUNCT 3 punct
)";

TEST(AttendanceTest, ASpeechAtAnEventDeepInTheClauseIsTheSubjects) {
  Facts f(kSpeechDeepAtEvent);
  EXPECT_TRUE(f.Has(EntityIri("ola brandt"), "attended", EntityIri("Nordvale Forum")));
}

}  // namespace
}  // namespace kg::extract
