// The predicate-argument layer (extract/predicates.h), the trigger lexicon
// (extract/event_lexicon.h) and the event rule's frames, on invented
// sentences annotated by hand in UD style. Expected facts are worked out from
// the sentences, not copied from output.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "extract/context.h"
#include "extract/event_lexicon.h"
#include "extract/extractor.h"
#include "extract/predicates.h"
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
  explicit Facts(const std::string& conllu, const std::string& title = "") {
    doc_ = testing::BuildDoc(conllu, "2024-05-02");
    record_.id = "doc";
    record_.title = title;
    record_.text = doc_.text;
    record_.published = "2024-05-02";
    extraction_ = ExtractFacts(doc_, record_);
  }
  const graph::Fact* Get(const std::string& s, const std::string& p, const std::string& o) const {
    for (const auto& f : extraction_.facts) {
      if ((s.empty() || f.s.value == s) && f.p.value == VocabIri(p) && (o.empty() || f.o.value == o)) return &f;
    }
    return nullptr;
  }
  bool Has(const std::string& s, const std::string& p, const std::string& o) const { return Get(s, p, o); }
  // Distinct objects of s p.
  int Count(const std::string& s, const std::string& p) const {
    std::set<std::string> objects;
    for (const auto& f : extraction_.facts) {
      if (f.s.value == s && f.p.value == VocabIri(p)) objects.insert(f.o.value);
    }
    return static_cast<int>(objects.size());
  }
  // The label stated for entity iri, or "".
  std::string Label(const std::string& iri) const {
    for (const auto& f : extraction_.facts) {
      if (f.s.value == iri && f.p.value == graph::vocab::kLabel) return f.o.value;
    }
    return "";
  }
  bool Met(const std::string& a, const std::string& b) const {
    return Has(EntityIri(a), "met", EntityIri(b)) || Has(EntityIri(b), "met", EntityIri(a));
  }

 private:
  nlp::Doc doc_;
  graph::DocumentRecord record_;
  Extraction extraction_;
};

// Envoy Lina Sorel was received by President Tomas Varek in Tarvik.
const char* kPassive = R"(1 Envoy envoy NOUN 2 compound
2 Lina Lina PROPN 5 nsubj:pass NER=B-PERSON
3 Sorel Sorel PROPN 2 flat NER=I-PERSON
4 was be AUX 5 aux:pass
5 received receive VERB 0 root
6 by by ADP 8 case
7 President president PROPN 8 compound
8 Tomas Tomas PROPN 5 obl:agent NER=B-PERSON
9 Varek Varek PROPN 8 flat NER=I-PERSON
10 in in ADP 11 case
11 Tarvik Tarvik PROPN 5 obl NER=B-PLACE SpaceAfter=No
12 . . PUNCT 5 punct
)";

// The agent of the passive is the host (active-voice subject); met is
// symmetric, so one direction is stored.
TEST(EventTest, ReceivedByMeansTheyMet) {
  Facts f(kPassive);
  EXPECT_TRUE(f.Has(EntityIri("tomas varek"), "met", EntityIri("lina sorel")));
  // ... at a meeting where they were received: in Tarvik.
  const graph::Fact* meeting = f.Get(EntityIri("lina sorel"), "attended", "");
  ASSERT_NE(meeting, nullptr);
  EXPECT_TRUE(f.Has(meeting->o.value, "location", EntityIri("tarvik")));
}

// Rana Holt agreed to meet Piet Lund.
const char* kControl = R"(1 Rana Rana PROPN 3 nsubj NER=B-PERSON
2 Holt Holt PROPN 1 flat NER=I-PERSON
3 agreed agree VERB 0 root
4 to to PART 5 mark
5 meet meet VERB 3 xcomp
6 Piet Piet PROPN 5 obj NER=B-PERSON
7 Lund Lund PROPN 6 flat NER=I-PERSON SpaceAfter=No
8 . . PUNCT 3 punct
)";

TEST(EventTest, ControlVerbLendsItsSubjectAndAgreeingIsAPlan) {
  Facts f(kControl);
  const graph::Fact* fact = f.Get(EntityIri("rana holt"), "met", EntityIri("piet lund"));
  ASSERT_NE(fact, nullptr);
  EXPECT_EQ(fact->provenance.modality, Modality::kPlanned);
}

// Rana Holt denied ever meeting Piet Lund.
const char* kDenied = R"(1 Rana Rana PROPN 3 nsubj NER=B-PERSON
2 Holt Holt PROPN 1 flat NER=I-PERSON
3 denied deny VERB 0 root
4 ever ever ADV 5 advmod
5 meeting meet VERB 3 xcomp
6 Piet Piet PROPN 5 obj NER=B-PERSON
7 Lund Lund PROPN 6 flat NER=I-PERSON SpaceAfter=No
8 . . PUNCT 3 punct
)";

TEST(EventTest, DeniedMeetingIsNoMeeting) {
  Facts f(kDenied);
  EXPECT_FALSE(f.Met("rana holt", "piet lund"));
}

// Tomas Varek and Ilse Morand gathered in Tarvik on Monday.
const char* kGather = R"(1 Tomas Tomas PROPN 6 nsubj NER=B-PERSON
2 Varek Varek PROPN 1 flat NER=I-PERSON
3 and and CCONJ 4 cc
4 Ilse Ilse PROPN 1 conj NER=B-PERSON
5 Morand Morand PROPN 4 flat NER=I-PERSON
6 gathered gather VERB 0 root
7 in in ADP 8 case
8 Tarvik Tarvik PROPN 6 obl NER=B-PLACE
9 on on ADP 10 case
10 Monday Monday PROPN 6 obl NER=B-DATE SpaceAfter=No
11 . . PUNCT 6 punct
)";

TEST(EventTest, CoordinatedSubjectsOfGatherMeetAndAttendOneMeetingThere) {
  Facts f(kGather);
  EXPECT_TRUE(f.Met("tomas varek", "ilse morand"));
  const graph::Fact* a = f.Get(EntityIri("tomas varek"), "attended", "");
  const graph::Fact* b = f.Get(EntityIri("ilse morand"), "attended", "");
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(a->o.value, b->o.value);
  EXPECT_TRUE(f.Has(a->o.value, "location", EntityIri("tarvik")));
}

// At the summit, Ilse Morand said trade would grow.
const char* kAtSummit = R"(1 At at ADP 3 case
2 the the DET 3 det
3 summit summit NOUN 7 obl SpaceAfter=No
4 , , PUNCT 3 punct
5 Ilse Ilse PROPN 7 nsubj NER=B-PERSON
6 Morand Morand PROPN 5 flat NER=I-PERSON
7 said say VERB 0 root
8 trade trade NOUN 10 nsubj
9 would would AUX 10 aux
10 grow grow VERB 7 ccomp SpaceAfter=No
11 . . PUNCT 7 punct
)";

TEST(EventTest, SpeakerOfAClauseSetAtAnEventAttendedIt) {
  Facts f(kAtSummit);
  EXPECT_TRUE(f.Has(EntityIri("ilse morand"), "attended", ""));
}

// Piet Lund held talks with Rana Holt.
const char* kHeldTalks = R"(1 Piet Piet PROPN 3 nsubj NER=B-PERSON
2 Lund Lund PROPN 1 flat NER=I-PERSON
3 held hold VERB 0 root
4 talks talk NOUN 3 obj
5 with with ADP 6 case
6 Rana Rana PROPN 4 nmod NER=B-PERSON
7 Holt Holt PROPN 6 flat NER=I-PERSON SpaceAfter=No
8 . . PUNCT 3 punct
)";

TEST(EventTest, HeldTalksWithMeansTheyMetAndBothAttended) {
  Facts f(kHeldTalks);
  EXPECT_TRUE(f.Met("piet lund", "rana holt"));
  EXPECT_TRUE(f.Has(EntityIri("piet lund"), "attended", ""));
  EXPECT_TRUE(f.Has(EntityIri("rana holt"), "attended", ""));
}

// Leaders met at the Nordvale Summit. Piet Lund was among the guests.
const char* kAmongGuests = R"(1 Leaders leader NOUN 2 nsubj
2 met meet VERB 0 root
3 at at ADP 6 case
4 the the DET 6 det
5 Nordvale Nordvale PROPN 6 compound
6 Summit Summit PROPN 2 obl SpaceAfter=No
7 . . PUNCT 2 punct

1 Piet Piet PROPN 6 nsubj NER=B-PERSON
2 Lund Lund PROPN 1 flat NER=I-PERSON
3 was be AUX 6 cop
4 among among ADP 6 case
5 the the DET 6 det
6 guests guest NOUN 0 root SpaceAfter=No
7 . . PUNCT 6 punct
)";

TEST(EventTest, AmongTheGuestsAttendedThePassageEvent) {
  Facts f(kAmongGuests);
  EXPECT_TRUE(f.Has(EntityIri("piet lund"), "attended", EntityIri("Nordvale Summit")));
}

// At the summit, Ilse Morand called for talks.
const char* kCalledFor = R"(1 At at ADP 3 case
2 the the DET 3 det
3 summit summit NOUN 7 obl SpaceAfter=No
4 , , PUNCT 3 punct
5 Ilse Ilse PROPN 7 nsubj NER=B-PERSON
6 Morand Morand PROPN 5 flat NER=I-PERSON
7 called call VERB 0 root
8 for for ADP 9 case
9 talks talk NOUN 7 obl SpaceAfter=No
10 . . PUNCT 7 punct
)";

// "called for" makes its object hoped-for, not the place the clause is set in.
TEST(EventTest, SettingOfAClauseKeepsTheClauseModality) {
  Facts f(kCalledFor);
  const graph::Fact* fact = f.Get(EntityIri("ilse morand"), "attended", "");
  ASSERT_NE(fact, nullptr);
  EXPECT_EQ(fact->provenance.modality, Modality::kAsserted);
}

// Tomas Varek and his counterparts, Rana Holt and Jan Ilves, gathered in Tarvik.
// (parsed as often happens: the nominal is the root, the first name its
// subject, the verb a participle on it)
const char* kGatherList = R"(1 Tomas Tomas PROPN 5 nsubj NER=B-PERSON
2 Varek Varek PROPN 1 flat NER=I-PERSON
3 and and CCONJ 5 cc
4 his his PRON 5 nmod:poss
5 counterparts counterpart NOUN 0 root SpaceAfter=No
6 , , PUNCT 7 punct
7 Rana Rana PROPN 5 appos NER=B-PERSON
8 Holt Holt PROPN 7 flat NER=I-PERSON
9 and and CCONJ 10 cc
10 Jan Jan PROPN 7 conj NER=B-PERSON
11 Ilves Ilves PROPN 10 flat NER=I-PERSON SpaceAfter=No
12 , , PUNCT 13 punct
13 gathered gather VERB 5 acl
14 in in ADP 15 case
15 Tarvik Tarvik PROPN 13 obl NER=B-PLACE SpaceAfter=No
16 . . PUNCT 5 punct
)";

TEST(EventTest, EveryoneListedBeforeGatheredMet) {
  Facts f(kGatherList);
  EXPECT_TRUE(f.Met("tomas varek", "rana holt"));
  EXPECT_TRUE(f.Met("tomas varek", "jan ilves"));
  EXPECT_TRUE(f.Met("rana holt", "jan ilves"));
}

// Ola Brandt said the minister spoke at a dinner hosted by Ilse Morand.
const char* kHostedBy = R"(1 Ola Ola PROPN 3 nsubj NER=B-PERSON
2 Brandt Brandt PROPN 1 flat NER=I-PERSON
3 said say VERB 0 root
4 the the DET 5 det
5 minister minister NOUN 6 nsubj
6 spoke speak VERB 3 ccomp
7 at at ADP 9 case
8 a a DET 9 det
9 dinner dinner NOUN 6 obl
10 hosted host VERB 9 acl
11 by by ADP 12 case
12 Ilse Ilse PROPN 10 obl:agent NER=B-PERSON
13 Morand Morand PROPN 12 flat NER=I-PERSON SpaceAfter=No
14 . . PUNCT 3 punct
)";

TEST(EventTest, TheHostOfAnEventOrganizedAndAttendedIt) {
  Facts f(kHostedBy);
  const graph::Fact* organized = f.Get(EntityIri("ilse morand"), "organized", "");
  ASSERT_NE(organized, nullptr);
  EXPECT_TRUE(f.Has(EntityIri("ilse morand"), "attended", organized->o.value));
}

// Rana Holt is visiting farms in Tarvik and Osterby.
const char* kVisitingIn = R"(1 Rana Rana PROPN 4 nsubj NER=B-PERSON
2 Holt Holt PROPN 1 flat NER=I-PERSON
3 is be AUX 4 aux
4 visiting visit VERB 0 root
5 farms farm NOUN 4 obj
6 in in ADP 7 case
7 Tarvik Tarvik PROPN 5 nmod NER=B-PLACE
8 and and CCONJ 9 cc
9 Osterby Osterby PROPN 7 conj NER=B-PLACE SpaceAfter=No
10 . . PUNCT 4 punct
)";

TEST(VisitTest, VisitingThingsInPlacesVisitsThePlaces) {
  Facts f(kVisitingIn);
  EXPECT_TRUE(f.Has(EntityIri("rana holt"), "visited", EntityIri("tarvik")));
  EXPECT_TRUE(f.Has(EntityIri("rana holt"), "visited", EntityIri("osterby")));
}

// Rana Holt will visit towns, such as Tarvik, where her party is weak.
const char* kVisitSuchAs = R"(1 Rana Rana PROPN 4 nsubj NER=B-PERSON
2 Holt Holt PROPN 1 flat NER=I-PERSON
3 will will AUX 4 aux
4 visit visit VERB 0 root
5 towns town NOUN 4 obj SpaceAfter=No
6 , , PUNCT 9 punct
7 such such ADJ 9 case
8 as as ADP 7 fixed
9 Tarvik Tarvik PROPN 5 nmod NER=B-PLACE SpaceAfter=No
10 , , PUNCT 15 punct
11 where where ADV 15 advmod
12 her her PRON 13 nmod:poss
13 party party NOUN 15 nsubj
14 is be AUX 15 cop
15 weak weak ADJ 5 acl:relcl SpaceAfter=No
16 . . PUNCT 4 punct
)";

// "such as" is one multiword preposition (UD: "as" fixed under "such"): the
// example it gives is the place visited, not the phrase "towns, such as X".
TEST(VisitTest, VisitingPlacesSuchAsXVisitsX) {
  Facts f(kVisitSuchAs);
  EXPECT_TRUE(f.Has(EntityIri("rana holt"), "visited", EntityIri("tarvik")));
  EXPECT_EQ(f.Count(EntityIri("rana holt"), "visited"), 1);
}

// Leaders such as Ilse Morand and Piet Lund attended the summit.
const char* kAttendSuchAs = R"(1 Leaders leader NOUN 9 nsubj
2 such such ADJ 4 case
3 as as ADP 2 fixed
4 Ilse Ilse PROPN 1 nmod NER=B-PERSON
5 Morand Morand PROPN 4 flat NER=I-PERSON
6 and and CCONJ 7 cc
7 Piet Piet PROPN 4 conj NER=B-PERSON
8 Lund Lund PROPN 7 flat NER=I-PERSON
9 attended attend VERB 0 root
10 the the DET 11 det
11 summit summit NOUN 9 obj SpaceAfter=No
12 . . PUNCT 9 punct
)";

// The predicate layer reads the people a common-noun subject gives as
// examples ("leaders such as A and B") as the subject's people.
// Tomas Varek was at the summit in Osterby.
const char* kWasAtSummit = R"(1 Tomas Tomas PROPN 6 nsubj NER=B-PERSON
2 Varek Varek PROPN 1 flat NER=I-PERSON
3 was be AUX 6 cop
4 at at ADP 6 case
5 the the DET 6 det
6 summit summit NOUN 0 root
7 in in ADP 8 case
8 Osterby Osterby PROPN 6 nmod NER=B-PLACE SpaceAfter=No
9 . . PUNCT 6 punct
)";

// A copular clause whose predicate is "at E" puts its subject at E.
TEST(EventTest, BeingAtAnEventIsAttendingIt) {
  Facts f(kWasAtSummit);
  EXPECT_NE(f.Get(EntityIri("tomas varek"), "attended", ""), nullptr);
}

// Tomas Varek was a guest at the wedding in Osterby.
const char* kGuestAt = R"(1 Tomas Tomas PROPN 5 nsubj NER=B-PERSON
2 Varek Varek PROPN 1 flat NER=I-PERSON
3 was be AUX 5 cop
4 a a DET 5 det
5 guest guest NOUN 0 root
6 at at ADP 8 case
7 the the DET 8 det
8 wedding wedding NOUN 5 nmod
9 in in ADP 10 case
10 Osterby Osterby PROPN 8 nmod NER=B-PLACE SpaceAfter=No
11 . . PUNCT 5 punct
)";

// Tomas Varek was a delegate in Osterby.
const char* kDelegateNoEvent = R"(1 Tomas Tomas PROPN 5 nsubj NER=B-PERSON
2 Varek Varek PROPN 1 flat NER=I-PERSON
3 was be AUX 5 cop
4 a a DET 5 det
5 delegate delegate NOUN 0 root
6 in in ADP 7 case
7 Osterby Osterby PROPN 5 nmod NER=B-PLACE SpaceAfter=No
8 . . PUNCT 5 punct
)";

// "a guest at E" names the event attended; "a delegate" with no event
// named beside it states no attendance.
TEST(EventTest, AGuestAtAnEventAttendedIt) {
  Facts f(kGuestAt);
  EXPECT_NE(f.Get(EntityIri("tomas varek"), "attended", ""), nullptr);
  Facts g(kDelegateNoEvent);
  EXPECT_EQ(g.Get(EntityIri("tomas varek"), "attended", ""), nullptr);
}

// Tomas Varek met his Kestonian counterpart Ilse Morand (the object left as
// a bare "dep", as the parser does).
const char* kMetCounterpartDep = R"(1 Tomas Tomas PROPN 3 nsubj NER=B-PERSON
2 Varek Varek PROPN 1 flat NER=I-PERSON
3 met meet VERB 0 root
4 his his PRON 6 nmod:poss
5 Kestonian Kestonian ADJ 6 amod
6 counterpart counterpart NOUN 3 dep
7 Ilse Ilse PROPN 6 appos NER=B-PERSON
8 Morand Morand PROPN 7 flat NER=I-PERSON SpaceAfter=No
9 . . PUNCT 3 punct
)";

TEST(EventTest, AnObjectLeftAsDepIsStillTheObject) {
  Facts f(kMetCounterpartDep);
  EXPECT_TRUE(f.Met("tomas varek", "ilse morand"));
}

// Tomas Varek landed in Osterby and shook hands with Ilse Morand.
const char* kLandedShook = R"(1 Tomas Tomas PROPN 3 nsubj NER=B-PERSON
2 Varek Varek PROPN 1 flat NER=I-PERSON
3 landed land VERB 0 root
4 in in ADP 5 case
5 Osterby Osterby PROPN 3 obl NER=B-PLACE
6 and and CCONJ 7 cc
7 shook shake VERB 3 conj
8 hands hand NOUN 7 obj
9 with with ADP 10 case
10 Ilse Ilse PROPN 7 obl NER=B-PERSON
11 Morand Morand PROPN 10 flat NER=I-PERSON SpaceAfter=No
12 . . PUNCT 3 punct
)";

// Lexicon: "land" is a travel verb, "shake (hands) with" a meeting.
TEST(EventTest, LandingInAPlaceVisitsItAndShakingHandsWithYMeetsY) {
  Facts f(kLandedShook);
  EXPECT_TRUE(f.Has(EntityIri("tomas varek"), "visited", EntityIri("osterby")));
  EXPECT_TRUE(f.Met("tomas varek", "ilse morand"));
}

// Tomas Varek attended the summit along with Ilse Morand.
const char* kAlongWithOnNoun = R"(1 Tomas Tomas PROPN 3 nsubj NER=B-PERSON
2 Varek Varek PROPN 1 flat NER=I-PERSON
3 attended attend VERB 0 root
4 the the DET 5 det
5 summit summit NOUN 3 obj
6 along along ADP 8 case
7 with with ADP 8 case
8 Ilse Ilse PROPN 5 nmod NER=B-PERSON
9 Morand Morand PROPN 8 flat NER=I-PERSON SpaceAfter=No
10 . . PUNCT 3 punct
)";

// "along with" as two case words, hung on the event noun: the companion was there too.
TEST(EventTest, AlongWithOnTheEventNounAttendedToo) {
  Facts f(kAlongWithOnNoun);
  const graph::Fact* a = f.Get(EntityIri("tomas varek"), "attended", "");
  ASSERT_NE(a, nullptr);
  EXPECT_TRUE(f.Has(EntityIri("ilse morand"), "attended", a->o.value));
}

// Tomas Varek chaired the meeting, which was attended by Ilse Morand.
const char* kWhichWasAttendedBy = R"(1 Tomas Tomas PROPN 3 nsubj NER=B-PERSON
2 Varek Varek PROPN 1 flat NER=I-PERSON
3 chaired chair VERB 0 root
4 the the DET 5 det
5 meeting meeting NOUN 3 obj SpaceAfter=No
6 , , PUNCT 9 punct
7 which which PRON 9 nsubj:pass
8 was be AUX 9 aux:pass
9 attended attend VERB 5 acl:relcl
10 by by ADP 11 case
11 Ilse Ilse PROPN 9 obl:agent NER=B-PERSON
12 Morand Morand PROPN 11 flat NER=I-PERSON SpaceAfter=No
13 . . PUNCT 3 punct
)";

// The layer reads a relative pronoun object (passive subject) as the noun
// it modifies, so the event of "which was attended by Y" is the meeting.
TEST(EventTest, WhichWasAttendedByYIsTheModifiedEvent) {
  Facts f(kWhichWasAttendedBy);
  const graph::Fact* chair = f.Get(EntityIri("tomas varek"), "attended", "");
  ASSERT_NE(chair, nullptr);
  EXPECT_TRUE(f.Has(EntityIri("ilse morand"), "attended", chair->o.value));
}

// Tomas Varek told the conference that the deal was close.
const char* kToldTheConference = R"(1 Tomas Tomas PROPN 3 nsubj NER=B-PERSON
2 Varek Varek PROPN 1 flat NER=I-PERSON
3 told tell VERB 0 root
4 the the DET 5 det
5 conference conference NOUN 3 iobj
6 that that SCONJ 10 mark
7 the the DET 8 det
8 deal deal NOUN 10 nsubj
9 was be AUX 10 cop
10 close close ADJ 3 ccomp SpaceAfter=No
11 . . PUNCT 3 punct
)";

// Tomas Varek and Ilse Morand were among the mourners at the funeral.
const char* kAmongMourners = R"(1 Tomas Tomas PROPN 8 nsubj NER=B-PERSON
2 Varek Varek PROPN 1 flat NER=I-PERSON
3 and and CCONJ 4 cc
4 Ilse Ilse PROPN 1 conj NER=B-PERSON
5 Morand Morand PROPN 4 flat NER=I-PERSON
6 were be AUX 8 cop
7 among among ADP 8 case
8 mourners mourner NOUN 0 root
9 at at ADP 11 case
10 the the DET 11 det
11 funeral funeral NOUN 8 nmod SpaceAfter=No
12 . . PUNCT 8 punct
)";

// Tomas Varek inaugurated the conference on Monday.
const char* kOpenedConference = R"(1 Tomas Tomas PROPN 3 nsubj NER=B-PERSON
2 Varek Varek PROPN 1 flat NER=I-PERSON
3 inaugurated inaugurate VERB 0 root
4 the the DET 5 det
5 conference conference NOUN 3 obj
6 on on ADP 7 case
7 Monday Monday PROPN 3 obl SpaceAfter=No
8 . . PUNCT 3 punct
)";

// Addressing a gathering ("told the conference"), being among its mourners
// and inaugurating it are all being there.
TEST(EventTest, TellingMourningAndInauguratingAreBeingThere) {
  EXPECT_NE(Facts(kToldTheConference).Get(EntityIri("tomas varek"), "attended", ""), nullptr);
  Facts m(kAmongMourners);
  EXPECT_NE(m.Get(EntityIri("tomas varek"), "attended", ""), nullptr);
  EXPECT_NE(m.Get(EntityIri("ilse morand"), "attended", ""), nullptr);
  EXPECT_NE(Facts(kOpenedConference).Get(EntityIri("tomas varek"), "attended", ""), nullptr);
}

TEST(EventTest, LeadersSuchAsAAndBAttended) {
  Facts f(kAttendSuchAs);
  EXPECT_NE(f.Get(EntityIri("ilse morand"), "attended", ""), nullptr);
  EXPECT_NE(f.Get(EntityIri("piet lund"), "attended", ""), nullptr);
}

// Piet Lund visited families at Camp Orvane.
const char* kVisitedAt = R"(1 Piet Piet PROPN 3 nsubj NER=B-PERSON
2 Lund Lund PROPN 1 flat NER=I-PERSON
3 visited visit VERB 0 root
4 families family NOUN 3 obj
5 at at ADP 6 case
6 Camp Camp PROPN 3 obl NER=B-PLACE
7 Orvane Orvane PROPN 6 flat NER=I-PLACE SpaceAfter=No
8 . . PUNCT 3 punct
)";

TEST(VisitTest, VisitingPeopleAtAPlaceVisitsThePlace) {
  Facts f(kVisitedAt);
  EXPECT_TRUE(f.Has(EntityIri("piet lund"), "visited", EntityIri("camp orvane")));
}

// Tomas Varek is to join Ilse Morand in a visit to Tarvik.
const char* kJoinInVisit = R"(1 Tomas Tomas PROPN 5 nsubj NER=B-PERSON
2 Varek Varek PROPN 1 flat NER=I-PERSON
3 is be AUX 5 aux
4 to to PART 5 mark
5 join join VERB 0 root
6 Ilse Ilse PROPN 5 obj NER=B-PERSON
7 Morand Morand PROPN 6 flat NER=I-PERSON
8 in in ADP 10 case
9 a a DET 10 det
10 visit visit NOUN 5 obl
11 to to ADP 12 case
12 Tarvik Tarvik PROPN 10 nmod NER=B-PLACE SpaceAfter=No
13 . . PUNCT 5 punct
)";

TEST(VisitTest, JoiningSomeoneInAVisitMakesBothVisitors) {
  Facts f(kJoinInVisit);
  const graph::Fact* joiner = f.Get(EntityIri("tomas varek"), "visited", EntityIri("tarvik"));
  ASSERT_NE(joiner, nullptr);
  EXPECT_EQ(joiner->provenance.modality, Modality::kPlanned);
  EXPECT_TRUE(f.Has(EntityIri("ilse morand"), "visited", EntityIri("tarvik")));
}

// Envoy Rana Holt, meeting with Piet Lund, said trade would grow.
// (the tagger took "meeting" for a noun in apposition)
const char* kAppositiveMeeting = R"(1 Envoy envoy NOUN 2 compound
2 Rana Rana PROPN 11 nsubj NER=B-PERSON
3 Holt Holt PROPN 2 flat NER=I-PERSON SpaceAfter=No
4 , , PUNCT 5 punct
5 meeting meeting NOUN 2 appos
6 with with ADP 7 case
7 Piet Piet PROPN 5 nmod NER=B-PERSON
8 Lund Lund PROPN 7 flat NER=I-PERSON SpaceAfter=No
9 , , PUNCT 5 punct
10 said say VERB 0 root
11 trade trade NOUN 13 nsubj
12 would would AUX 13 aux
13 grow grow VERB 10 ccomp SpaceAfter=No
14 . . PUNCT 10 punct
)";

TEST(EventTest, MeetingInAppositionToAPersonIsThatPersonsMeeting) {
  Facts f(kAppositiveMeeting);
  EXPECT_TRUE(f.Met("rana holt", "piet lund"));
}

// Ola Brandt spoke during a meeting in Tarvik.
// In Ruritania, on 3 March 2024, Ola Brandt met Piet Lund during a meeting with Piet Lund in Tarvik.
// (second sentence simplified: the country heads the clause, the town follows the partner)
const char* kTwoMentionsOfOneMeeting = R"(1 Ola Ola PROPN 3 nsubj NER=B-PERSON
2 Brandt Brandt PROPN 1 flat NER=I-PERSON
3 spoke speak VERB 0 root
4 during during ADP 6 case
5 a a DET 6 det
6 meeting meeting NOUN 3 obl
7 in in ADP 8 case
8 Tarvik Tarvik PROPN 6 nmod NER=B-PLACE SpaceAfter=No
9 . . PUNCT 3 punct

1 In in ADP 2 case
2 Ruritania Ruritania PROPN 8 obl NER=B-PLACE
3 , , PUNCT 2 punct
4 on on ADP 5 case
5 3 3 NUM 8 obl NER=B-DATE
6 March March PROPN 5 flat NER=I-DATE
7 2024 2024 NUM 5 nmod NER=I-DATE
8 spoke speak VERB 0 root
9 Ola Ola PROPN 8 nsubj NER=B-PERSON
10 Brandt Brandt PROPN 9 flat NER=I-PERSON
11 during during ADP 13 case
12 a a DET 13 det
13 meeting meeting NOUN 8 obl
14 with with ADP 15 case
15 Piet Piet PROPN 13 nmod NER=B-PERSON
16 Lund Lund PROPN 15 flat NER=I-PERSON
17 in in ADP 18 case
18 Tarvik Tarvik PROPN 15 nmod NER=B-PLACE SpaceAfter=No
19 . . PUNCT 8 punct
)";

TEST(EventMergeTest, SameKindSamePeopleNoConflictIsOneEventAtTheTown) {
  Facts f(kTwoMentionsOfOneMeeting);
  EXPECT_EQ(f.Count(EntityIri("ola brandt"), "attended"), 1);
  const graph::Fact* lund = f.Get(EntityIri("piet lund"), "attended", "");
  ASSERT_NE(lund, nullptr);
  EXPECT_TRUE(f.Has(EntityIri("ola brandt"), "attended", lund->o.value));
  EXPECT_TRUE(f.Has(lund->o.value, "location", EntityIri("tarvik")));
  EXPECT_TRUE(f.Has(lund->o.value, "date", "2024-03-03"));
}

// TARVIK, Ruritania -- Ola Brandt held talks with Piet Lund.
const char* kDateline = R"(1 TARVIK TARVIK PROPN 8 nsubj NER=B-ORG SpaceAfter=No
2 , , PUNCT 3 punct
3 Ruritania Ruritania PROPN 1 conj NER=B-PLACE
4 -- -- PUNCT 1 punct
5 Ola Ola PROPN 8 nsubj NER=B-PERSON
6 Brandt Brandt PROPN 5 flat NER=I-PERSON
7 also also ADV 8 advmod
8 held hold VERB 0 root
9 talks talk NOUN 8 obj
10 with with ADP 11 case
11 Piet Piet PROPN 9 nmod NER=B-PERSON
12 Lund Lund PROPN 11 flat NER=I-PERSON SpaceAfter=No
13 . . PUNCT 8 punct
)";

TEST(EventPlaceTest, AnEventWithNoPlaceOfItsOwnIsWhereTheStoryIsFiled) {
  Facts f(kDateline);
  EXPECT_TRUE(f.Met("ola brandt", "piet lund"));
  const graph::Fact* talks = f.Get(EntityIri("piet lund"), "attended", "");
  ASSERT_NE(talks, nullptr);
  EXPECT_TRUE(f.Has(talks->o.value, "location", EntityIri("TARVIK")));
}

// The forum was attended by envoys from six states, including Rana Holt.
const char* kIncluding = R"(1 The the DET 2 det
2 forum forum NOUN 4 nsubj:pass
3 was be AUX 4 aux:pass
4 attended attend VERB 0 root
5 by by ADP 6 case
6 envoys envoy NOUN 4 obl:agent
7 from from ADP 9 case
8 six six NUM 9 nummod
9 states state NOUN 4 obl SpaceAfter=No
10 , , PUNCT 12 punct
11 including including VERB 12 case
12 Rana Rana PROPN 9 nmod NER=B-PERSON
13 Holt Holt PROPN 12 flat NER=I-PERSON SpaceAfter=No
14 . . PUNCT 4 punct
)";

TEST(EventTest, ExamplesOfAnAgentAttend) {
  Facts f(kIncluding);
  EXPECT_TRUE(f.Has(EntityIri("rana holt"), "attended", ""));
}

// Tomas Varek had lunch with Ilse Morand.
const char* kLunchWith = R"(1 Tomas Tomas PROPN 3 nsubj NER=B-PERSON
2 Varek Varek PROPN 1 flat NER=I-PERSON
3 had have VERB 0 root
4 lunch lunch NOUN 3 obj
5 with with ADP 6 case
6 Ilse Ilse PROPN 4 nmod NER=B-PERSON
7 Morand Morand PROPN 6 flat NER=I-PERSON SpaceAfter=No
8 . . PUNCT 3 punct
)";

TEST(EventTest, AMealWithSomeoneIsAMeeting) {
  Facts f(kLunchWith);
  EXPECT_TRUE(f.Met("tomas varek", "ilse morand"));
}

// Piet Lund, whom Ola Brandt received, took part in the forum.
const char* kWhomTookPart = R"(1 Piet Piet PROPN 8 nsubj NER=B-PERSON
2 Lund Lund PROPN 1 flat NER=I-PERSON SpaceAfter=No
3 , , PUNCT 7 punct
4 whom whom PRON 7 obj
5 Ola Ola PROPN 7 nsubj NER=B-PERSON
6 Brandt Brandt PROPN 5 flat NER=I-PERSON
7 received receive VERB 1 acl:relcl SpaceAfter=No
8 took take VERB 0 root
9 part part NOUN 8 obj
10 in in ADP 12 case
11 the the DET 12 det
12 forum forum NOUN 8 obl SpaceAfter=No
13 . . PUNCT 8 punct
)";

TEST(EventTest, RelativeObjectAndTakingPart) {
  Facts f(kWhomTookPart);
  EXPECT_TRUE(f.Met("ola brandt", "piet lund"));
  EXPECT_TRUE(f.Has(EntityIri("piet lund"), "attended", ""));
}

// Rana Holt and Jan Ilves held talks.
const char* kCoSubjectsHeldTalks = R"(1 Rana Rana PROPN 6 nsubj NER=B-PERSON
2 Holt Holt PROPN 1 flat NER=I-PERSON
3 and and CCONJ 4 cc
4 Jan Jan PROPN 1 conj NER=B-PERSON
5 Ilves Ilves PROPN 4 flat NER=I-PERSON
6 held hold VERB 0 root
7 talks talk NOUN 6 obj SpaceAfter=No
8 . . PUNCT 6 punct
)";

TEST(EventTest, CoordinatedSubjectsWhoHoldTalksMeet) {
  Facts f(kCoSubjectsHeldTalks);
  EXPECT_TRUE(f.Met("rana holt", "jan ilves"));
}

// Lena Berg went to the reception. Karl Moe came to the funeral.
const char* kWentTo = R"(1 Lena Lena PROPN 3 nsubj NER=B-PERSON
2 Berg Berg PROPN 1 flat NER=I-PERSON
3 went go VERB 0 root
4 to to ADP 6 case
5 the the DET 6 det
6 reception reception NOUN 3 obl SpaceAfter=No
7 . . PUNCT 3 punct

1 Karl Karl PROPN 3 nsubj NER=B-PERSON
2 Moe Moe PROPN 1 flat NER=I-PERSON
3 came come VERB 0 root
4 to to ADP 6 case
5 the the DET 6 det
6 funeral funeral NOUN 3 obl SpaceAfter=No
7 . . PUNCT 3 punct
)";

TEST(EventTest, GoingToAnOccasionAttendsItAndAFuneralIsNoReception) {
  Facts f(kWentTo);
  const graph::Fact* berg = f.Get(EntityIri("lena berg"), "attended", "");
  const graph::Fact* moe = f.Get(EntityIri("karl moe"), "attended", "");
  ASSERT_NE(berg, nullptr);
  ASSERT_NE(moe, nullptr);
  EXPECT_NE(berg->o.value, moe->o.value);
}

// Ms Lena Berg arrived in Tarvik. Accompanied by Ola Brandt, she spoke.
const char* kFrontedParticiple = R"(1 Ms Ms PROPN 2 compound
2 Lena Lena PROPN 4 nsubj NER=B-PERSON
3 Berg Berg PROPN 2 flat NER=I-PERSON
4 arrived arrive VERB 0 root
5 in in ADP 6 case
6 Tarvik Tarvik PROPN 4 obl NER=B-PLACE SpaceAfter=No
7 . . PUNCT 4 punct

1 Accompanied accompany VERB 7 advcl
2 by by ADP 3 case
3 Ola Ola PROPN 1 obl:agent NER=B-PERSON
4 Brandt Brandt PROPN 3 flat NER=I-PERSON SpaceAfter=No
5 , , PUNCT 1 punct
6 she she PRON 7 nsubj
7 spoke speak VERB 0 root SpaceAfter=No
8 . . PUNCT 7 punct
)";

TEST(CorefTest, SubjectPronounIsNotANameInsideTheFrontedClause) {
  Facts f(kFrontedParticiple);
  EXPECT_TRUE(f.Has(EntityIri("ola brandt"), "accompanied", EntityIri("lena berg")));
}

// Envoy Lina Sorel arrived. President Tomas Varek waited. Lina Sorel was greeted by the president.
const char* kGreetedByThePresident = R"(1 Envoy envoy NOUN 2 compound
2 Lina Lina PROPN 4 nsubj NER=B-PERSON
3 Sorel Sorel PROPN 2 flat NER=I-PERSON
4 arrived arrive VERB 0 root SpaceAfter=No
5 . . PUNCT 4 punct

1 President president PROPN 2 compound
2 Tomas Tomas PROPN 4 nsubj NER=B-PERSON
3 Varek Varek PROPN 2 flat NER=I-PERSON
4 waited wait VERB 0 root SpaceAfter=No
5 . . PUNCT 4 punct

1 Lina Lina PROPN 4 nsubj:pass NER=B-PERSON
2 Sorel Sorel PROPN 1 flat NER=I-PERSON
3 was be AUX 4 aux:pass
4 greeted greet VERB 0 root
5 by by ADP 7 case
6 the the DET 7 det
7 president president NOUN 4 obl:agent SpaceAfter=No
8 . . PUNCT 4 punct
)";

// "the president" outside subject position is the person the text called
// "President X", and as the agent of "greeted" meets the envoy.
TEST(CorefTest, ThePresidentAsAgentIsThePersonCalledPresident) {
  Facts f(kGreetedByThePresident);
  EXPECT_TRUE(f.Met("tomas varek", "lina sorel"));
}

// Tomas Varek is on a visit to Osterby.
const char* kOnAVisit = R"(1 Tomas Tomas PROPN 6 nsubj NER=B-PERSON
2 Varek Varek PROPN 1 flat NER=I-PERSON
3 is be AUX 6 cop
4 on on ADP 6 case
5 a a DET 6 det
6 visit visit NOUN 0 root
7 to to ADP 8 case
8 Osterby Osterby PROPN 6 nmod NER=B-PLACE SpaceAfter=No
9 . . PUNCT 6 punct
)";

TEST(VisitTest, OnAVisitToAPlaceVisitsIt) {
  Facts f(kOnAVisit);
  EXPECT_TRUE(f.Has(EntityIri("tomas varek"), "visited", EntityIri("osterby")));
}

// Ilse Morand hosted a dinner for Tomas Varek. Varek sat down with Jan Ilves.
const char* kDinnerForSatWith = R"(1 Ilse Ilse PROPN 3 nsubj NER=B-PERSON
2 Morand Morand PROPN 1 flat NER=I-PERSON
3 hosted host VERB 0 root
4 a a DET 5 det
5 dinner dinner NOUN 3 obj
6 for for ADP 7 case
7 Tomas Tomas PROPN 5 nmod NER=B-PERSON
8 Varek Varek PROPN 7 flat NER=I-PERSON SpaceAfter=No
9 . . PUNCT 3 punct

1 Varek Varek PROPN 2 nsubj NER=B-PERSON
2 sat sit VERB 0 root
3 down down ADP 2 compound:prt
4 with with ADP 5 case
5 Jan Jan PROPN 2 obl NER=B-PERSON
6 Ilves Ilves PROPN 5 flat NER=I-PERSON SpaceAfter=No
7 . . PUNCT 2 punct
)";

TEST(EventTest, GuestOfHonourMetTheHostAndSittingDownWithIsMeeting) {
  Facts f(kDinnerForSatWith);
  const graph::Fact* organized = f.Get(EntityIri("ilse morand"), "organized", "");
  ASSERT_NE(organized, nullptr);
  EXPECT_TRUE(f.Has(EntityIri("tomas varek"), "attended", organized->o.value));
  EXPECT_TRUE(f.Met("ilse morand", "tomas varek"));
  EXPECT_TRUE(f.Met("tomas varek", "jan ilves"));
}

// Rana Holt flew to Tarvik for the summit. Piet Lund is in Tarvik for the
// talks. Jan Ilves led a delegation to the conference.
const char* kThereForIt = R"(1 Rana Rana PROPN 3 nsubj NER=B-PERSON
2 Holt Holt PROPN 1 flat NER=I-PERSON
3 flew fly VERB 0 root
4 to to ADP 5 case
5 Tarvik Tarvik PROPN 3 obl NER=B-PLACE
6 for for ADP 8 case
7 the the DET 8 det
8 summit summit NOUN 3 obl SpaceAfter=No
9 . . PUNCT 3 punct

1 Piet Piet PROPN 5 nsubj NER=B-PERSON
2 Lund Lund PROPN 1 flat NER=I-PERSON
3 is be AUX 5 cop
4 in in ADP 5 case
5 Tarvik Tarvik PROPN 0 root NER=B-PLACE
6 for for ADP 8 case
7 the the DET 8 det
8 talks talk NOUN 5 nmod SpaceAfter=No
9 . . PUNCT 5 punct

1 Jan Jan PROPN 3 nsubj NER=B-PERSON
2 Ilves Ilves PROPN 1 flat NER=I-PERSON
3 led lead VERB 0 root
4 a a DET 5 det
5 delegation delegation NOUN 3 obj
6 to to ADP 8 case
7 the the DET 8 det
8 conference conference NOUN 5 nmod SpaceAfter=No
9 . . PUNCT 3 punct
)";

TEST(EventTest, ThereForTheEventAndLeadingADelegationToItAttends) {
  Facts f(kThereForIt);
  EXPECT_TRUE(f.Has(EntityIri("rana holt"), "attended", ""));
  EXPECT_TRUE(f.Has(EntityIri("piet lund"), "attended", ""));
  EXPECT_TRUE(f.Has(EntityIri("jan ilves"), "attended", ""));
}

// Ola Brandt spoke at the Nordvale Congress, a trade fair, in Tarvik.
const char* kAppositionPlace = R"(1 Ola Ola PROPN 3 nsubj NER=B-PERSON
2 Brandt Brandt PROPN 1 flat NER=I-PERSON
3 spoke speak VERB 0 root
4 at at ADP 7 case
5 the the DET 7 det
6 Nordvale Nordvale PROPN 7 compound
7 Congress Congress PROPN 3 obl SpaceAfter=No
8 , , PUNCT 11 punct
9 a a DET 11 det
10 trade trade NOUN 11 compound
11 fair fair NOUN 7 appos SpaceAfter=No
12 , , PUNCT 14 punct
13 in in ADP 14 case
14 Tarvik Tarvik PROPN 11 nmod NER=B-PLACE SpaceAfter=No
15 . . PUNCT 3 punct
)";

TEST(EventPlaceTest, ThePlaceOfAnAppositionIsTheEventsPlace) {
  Facts f(kAppositionPlace);
  EXPECT_TRUE(f.Has(EntityIri("ola brandt"), "attended", EntityIri("Nordvale Congress")));
  EXPECT_TRUE(f.Has(EntityIri("Nordvale Congress"), "location", EntityIri("tarvik")));
}

// Rana Holt was unable to attend the summit.
const char* kUnable = R"(1 Rana Rana PROPN 4 nsubj NER=B-PERSON
2 Holt Holt PROPN 1 flat NER=I-PERSON
3 was be AUX 4 cop
4 unable unable ADJ 0 root
5 to to PART 6 mark
6 attend attend VERB 4 xcomp
7 the the DET 8 det
8 summit summit NOUN 6 obj SpaceAfter=No
9 . . PUNCT 4 punct
)";

TEST(EventTest, UnableToAttendIsNoAttendance) {
  Facts f(kUnable);
  EXPECT_FALSE(f.Has(EntityIri("rana holt"), "attended", ""));
}

// Ola Brandt told Piet Lund at a dinner that he would resign.
const char* kToldAtDinner = R"(1 Ola Ola PROPN 3 nsubj NER=B-PERSON
2 Brandt Brandt PROPN 1 flat NER=I-PERSON
3 told tell VERB 0 root
4 Piet Piet PROPN 3 iobj NER=B-PERSON
5 Lund Lund PROPN 4 flat NER=I-PERSON
6 at at ADP 8 case
7 a a DET 8 det
8 dinner dinner NOUN 3 obl
9 that that SCONJ 12 mark
10 he he PRON 12 nsubj
11 would would AUX 12 aux
12 resign resign VERB 3 ccomp SpaceAfter=No
13 . . PUNCT 3 punct
)";

TEST(EventTest, WhoeverIsToldSomethingAtAnEventIsThere) {
  Facts f(kToldAtDinner);
  const graph::Fact* brandt = f.Get(EntityIri("ola brandt"), "attended", "");
  ASSERT_NE(brandt, nullptr);
  EXPECT_TRUE(f.Has(EntityIri("piet lund"), "attended", brandt->o.value));
}

// Ola Brandt attended the ceremony along with Mia Lind. Piet Lund's inauguration drew crowds.
const char* kAlongWithOwnEvent = R"(1 Ola Ola PROPN 3 nsubj NER=B-PERSON
2 Brandt Brandt PROPN 1 flat NER=I-PERSON
3 attended attend VERB 0 root
4 the the DET 5 det
5 ceremony ceremony NOUN 3 obj
6 along along ADP 8 case
7 with with ADP 8 case
8 Mia Mia PROPN 3 obl NER=B-PERSON
9 Lind Lind PROPN 8 flat NER=I-PERSON SpaceAfter=No
10 . . PUNCT 3 punct

1 Piet Piet PROPN 4 nmod:poss NER=B-PERSON
2 Lund Lund PROPN 1 flat NER=I-PERSON
3 's 's PART 1 case
4 inauguration inauguration NOUN 5 nsubj
5 drew draw VERB 0 root
6 crowds crowd NOUN 5 obj SpaceAfter=No
7 . . PUNCT 5 punct
)";

TEST(EventTest, AlongWithAttendsTooAndOnesOwnInaugurationIsAttended) {
  Facts f(kAlongWithOwnEvent);
  const graph::Fact* brandt = f.Get(EntityIri("ola brandt"), "attended", "");
  ASSERT_NE(brandt, nullptr);
  EXPECT_TRUE(f.Has(EntityIri("mia lind"), "attended", brandt->o.value));
  EXPECT_TRUE(f.Has(EntityIri("piet lund"), "attended", ""));
}

// Ola Brandt says he would be happy to meet Piet Lund.
const char* kHappyToMeet = R"(1 Ola Ola PROPN 3 nsubj NER=B-PERSON
2 Brandt Brandt PROPN 1 flat NER=I-PERSON
3 says say VERB 0 root
4 he he PRON 7 nsubj
5 would would AUX 7 aux
6 be be AUX 7 cop
7 happy happy ADJ 3 ccomp
8 to to PART 9 mark
9 meet meet VERB 7 advcl
10 Piet Piet PROPN 9 obj NER=B-PERSON
11 Lund Lund PROPN 10 flat NER=I-PERSON SpaceAfter=No
12 . . PUNCT 3 punct
)";

TEST(EventTest, HappyToMeetIsNoMeeting) {
  Facts f(kHappyToMeet);
  EXPECT_FALSE(f.Met("ola brandt", "piet lund"));
}

// Undersecretary of State Rana Holt is meeting officials.
// (the title word tagged as a second name inside the subject)
const char* kTitleInsideSubject = R"(1 Undersecretary Undersecretary PROPN 4 compound NER=B-PERSON
2 of of ADP 3 case
3 State State PROPN 1 nmod
4 Rana Rana PROPN 6 nsubj NER=B-PERSON
5 Holt Holt PROPN 4 flat NER=I-PERSON
6 meeting meet VERB 0 root
7 officials official NOUN 6 obj SpaceAfter=No
8 . . PUNCT 6 punct
)";

TEST(EventTest, TwoNamesInOneSubjectPhraseAreNoCoordinatedPair) {
  Facts f(kTitleInsideSubject);
  EXPECT_FALSE(f.Met("undersecretary", "rana holt"));
}

// Ola Brandt allowed Piet Lund to visit Tarvik.
const char* kObjectControl = R"(1 Ola Ola PROPN 3 nsubj NER=B-PERSON
2 Brandt Brandt PROPN 1 flat NER=I-PERSON
3 allowed allow VERB 0 root
4 Piet Piet PROPN 3 obj NER=B-PERSON
5 Lund Lund PROPN 4 flat NER=I-PERSON
6 to to PART 7 mark
7 visit visit VERB 3 xcomp
8 Tarvik Tarvik PROPN 7 obj NER=B-PLACE SpaceAfter=No
9 . . PUNCT 3 punct
)";

TEST(PredicateTest, ObjectControlGivesTheObjectAsSubject) {
  Facts f(kObjectControl);
  EXPECT_TRUE(f.Has(EntityIri("piet lund"), "visited", EntityIri("tarvik")));
  EXPECT_FALSE(f.Has(EntityIri("ola brandt"), "visited", EntityIri("tarvik")));
}

// Leaders met at the Nordvale Forum. Ola Brandt held his first news conference.
const char* kOwnDescription = R"(1 Leaders leader NOUN 2 nsubj
2 met meet VERB 0 root
3 at at ADP 6 case
4 the the DET 6 det
5 Nordvale Nordvale PROPN 6 compound
6 Forum Forum PROPN 2 obl SpaceAfter=No
7 . . PUNCT 2 punct

1 Ola Ola PROPN 3 nsubj NER=B-PERSON
2 Brandt Brandt PROPN 1 flat NER=I-PERSON
3 held hold VERB 0 root
4 his his PRON 7 nmod:poss
5 first first ADJ 7 amod
6 news news NOUN 7 compound
7 conference conference NOUN 3 obj SpaceAfter=No
8 . . PUNCT 3 punct
)";

TEST(EventCorefTest, ANounThatSaysWhichGatheringItIsIsNoEarlierOne) {
  Facts f(kOwnDescription);
  EXPECT_TRUE(f.Has(EntityIri("ola brandt"), "attended", ""));
  EXPECT_FALSE(f.Has(EntityIri("ola brandt"), "attended", EntityIri("Nordvale Forum")));
}

// Ola Brandt returned Piet Lund to the Tarvik Club. Rana Holt visited Mr Ilves.
const char* kCarryingAndVisitingAPerson = R"(1 Ola Ola PROPN 3 nsubj NER=B-PERSON
2 Brandt Brandt PROPN 1 flat NER=I-PERSON
3 returned return VERB 0 root
4 Piet Piet PROPN 3 obj NER=B-PERSON
5 Lund Lund PROPN 4 flat NER=I-PERSON
6 to to ADP 9 case
7 the the DET 9 det
8 Tarvik Tarvik PROPN 9 compound NER=B-ORG
9 Club Club PROPN 3 obl NER=I-ORG SpaceAfter=No
10 . . PUNCT 3 punct

1 Rana Rana PROPN 3 nsubj NER=B-PERSON
2 Holt Holt PROPN 1 flat NER=I-PERSON
3 visited visit VERB 0 root
4 Mr Mr PROPN 5 compound
5 Ilves Ilves PROPN 3 obj SpaceAfter=No
6 . . PUNCT 3 punct
)";

TEST(VisitTest, CarryingSomeoneThereOrVisitingAPersonVisitsNoPlace) {
  Facts f(kCarryingAndVisitingAPerson);
  EXPECT_FALSE(f.Has(EntityIri("ola brandt"), "visited", ""));
  EXPECT_FALSE(f.Has(EntityIri("rana holt"), "visited", ""));
}

// Leaders met at the Nordvale Summit. Also expected to attend are Ola Brandt and Piet Lund.
const char* kAlsoExpected = R"(1 Leaders leader NOUN 2 nsubj
2 met meet VERB 0 root
3 at at ADP 6 case
4 the the DET 6 det
5 Nordvale Nordvale PROPN 6 compound
6 Summit Summit PROPN 2 obl SpaceAfter=No
7 . . PUNCT 2 punct

1 Also also ADV 3 advmod
2 expected expect VERB 3 amod
3 to to PART 4 mark
4 attend attend VERB 0 root
5 are be AUX 4 cop
6 Ola Ola PROPN 4 nsubj NER=B-PERSON
7 Brandt Brandt PROPN 6 flat NER=I-PERSON
8 and and CCONJ 9 cc
9 Piet Piet PROPN 6 conj NER=B-PERSON
10 Lund Lund PROPN 9 flat NER=I-PERSON SpaceAfter=No
11 . . PUNCT 4 punct
)";

TEST(PlannedAttendanceTest, AlsoExpectedToAttendAreTheListedPeople) {
  Facts f(kAlsoExpected);
  const graph::Fact* fact = f.Get(EntityIri("piet lund"), "attended", EntityIri("Nordvale Summit"));
  ASSERT_NE(fact, nullptr);
  EXPECT_EQ(fact->provenance.modality, Modality::kPlanned);
  EXPECT_TRUE(f.Has(EntityIri("ola brandt"), "attended", EntityIri("Nordvale Summit")));
}

// Piet Lund toured with his show An Audience With Ola Brandt.
const char* kTitleNoun = R"(1 Piet Piet PROPN 3 nsubj NER=B-PERSON
2 Lund Lund PROPN 1 flat NER=I-PERSON
3 toured tour VERB 0 root
4 with with ADP 6 case
5 his his PRON 6 nmod:poss
6 show show NOUN 3 obl
7 An a DET 8 det
8 Audience audience NOUN 6 appos
9 With with ADP 10 case
10 Ola Ola PROPN 8 nmod NER=B-PERSON
11 Brandt Brandt PROPN 10 flat NER=I-PERSON SpaceAfter=No
12 . . PUNCT 3 punct
)";

TEST(EventTest, ACapitalisedMeetingNounInsideASentenceIsATitle) {
  Facts f(kTitleNoun);
  EXPECT_FALSE(f.Met("piet lund", "ola brandt"));
}

// Ola Brandt and Jan Ilves arrived in Tarvik. The two leaders met on Monday.
const char* kTwoLeadersMet = R"(1 Ola Ola PROPN 6 nsubj NER=B-PERSON
2 Brandt Brandt PROPN 1 flat NER=I-PERSON
3 and and CCONJ 4 cc
4 Jan Jan PROPN 1 conj NER=B-PERSON
5 Ilves Ilves PROPN 4 flat NER=I-PERSON
6 arrived arrive VERB 0 root
7 in in ADP 8 case
8 Tarvik Tarvik PROPN 6 obl NER=B-PLACE SpaceAfter=No
9 . . PUNCT 6 punct

1 The the DET 3 det
2 two two NUM 3 nummod
3 leaders leader NOUN 4 nsubj
4 met meet VERB 0 root
5 on on ADP 6 case
6 Monday Monday PROPN 4 obl SpaceAfter=No
7 . . PUNCT 4 punct
)";

TEST(PredicateTest, TheTwoLeadersAreTheCoordinatedPairBefore) {
  Facts f(kTwoLeadersMet);
  EXPECT_TRUE(f.Met("ola brandt", "jan ilves"));
}

// Ola Brandt met Piet Holm, Rana Holt and Jan Ilves.
// (parsed with the list cut after the first name)
const char* kCutList = R"(1 Ola Ola PROPN 3 nsubj NER=B-PERSON
2 Brandt Brandt PROPN 1 flat NER=I-PERSON
3 met meet VERB 0 root
4 Piet Piet PROPN 3 obj NER=B-PERSON
5 Holm Holm PROPN 4 flat NER=I-PERSON SpaceAfter=No
6 , , PUNCT 7 punct
7 Rana Rana PROPN 3 dep NER=B-PERSON
8 Holt Holt PROPN 7 flat NER=I-PERSON
9 and and CCONJ 10 cc
10 Jan Jan PROPN 7 conj NER=B-PERSON
11 Ilves Ilves PROPN 10 flat NER=I-PERSON SpaceAfter=No
12 . . PUNCT 3 punct
)";

TEST(PredicateTest, AnObjectListCutByTheParserIsReadOffTheWords) {
  Facts f(kCutList);
  EXPECT_TRUE(f.Met("ola brandt", "piet holm"));
  EXPECT_TRUE(f.Met("ola brandt", "rana holt"));
  EXPECT_TRUE(f.Met("ola brandt", "jan ilves"));
}

// Headline "Tarvik summit ends". At the summit, Ilse Morand praised Tarvik.
const char* kHeadlinePlace = R"(1 At at ADP 3 case
2 the the DET 3 det
3 summit summit NOUN 7 obl SpaceAfter=No
4 , , PUNCT 3 punct
5 Ilse Ilse PROPN 7 nsubj NER=B-PERSON
6 Morand Morand PROPN 5 flat NER=I-PERSON
7 praised praise VERB 0 root
8 Tarvik Tarvik PROPN 7 obj NER=B-PLACE SpaceAfter=No
9 . . PUNCT 7 punct
)";

TEST(EventPlaceTest, TheHeadlineGivesAPlacelessEventItsPlace) {
  Facts f(kHeadlinePlace, "Tarvik summit ends");
  const graph::Fact* summit = f.Get(EntityIri("ilse morand"), "attended", "");
  ASSERT_NE(summit, nullptr);
  EXPECT_TRUE(f.Has(summit->o.value, "location", EntityIri("tarvik")));
  Facts untitled(kHeadlinePlace);
  const graph::Fact* other = untitled.Get(EntityIri("ilse morand"), "attended", "");
  ASSERT_NE(other, nullptr);
  EXPECT_FALSE(untitled.Has(other->o.value, "location", ""));
}

// Ola Brandt met Piet Holm on the sidelines of the summit.
const char* kSidelines = R"(1 Ola Ola PROPN 3 nsubj NER=B-PERSON
2 Brandt Brandt PROPN 1 flat NER=I-PERSON
3 met meet VERB 0 root
4 Piet Piet PROPN 3 obj NER=B-PERSON
5 Holm Holm PROPN 4 flat NER=I-PERSON
6 on on ADP 8 case
7 the the DET 8 det
8 sidelines sideline NOUN 3 obl
9 of of ADP 11 case
10 the the DET 11 det
11 summit summit NOUN 8 nmod SpaceAfter=No
12 . . PUNCT 3 punct
)";

TEST(EventTest, MeetingOnTheSidelinesOfASummitPutsBothThere) {
  Facts f(kSidelines);
  EXPECT_TRUE(f.Met("ola brandt", "piet holm"));
  int at_summit = 0;
  for (const char* who : {"ola brandt", "piet holm"}) {
    at_summit += f.Count(EntityIri(who), "attended") == 2;  // the meeting and the summit
  }
  EXPECT_EQ(at_summit, 2);
}

// Leaders attended the Nordvale Summit. Among them were Ola Brandt and Piet
// Holm. Brandt gave a speech. Holm chaired the session.
const char* kAmongThem = R"(1 Leaders leader NOUN 2 nsubj
2 attended attend VERB 0 root
3 the the DET 5 det
4 Nordvale Nordvale PROPN 5 compound
5 Summit Summit PROPN 2 obj SpaceAfter=No
6 . . PUNCT 2 punct

1 Among among ADP 2 case
2 them they PRON 3 obl
3 were be AUX 0 root
4 Ola Ola PROPN 3 nsubj NER=B-PERSON
5 Brandt Brandt PROPN 4 flat NER=I-PERSON
6 and and CCONJ 7 cc
7 Piet Piet PROPN 4 conj NER=B-PERSON
8 Holm Holm PROPN 7 flat NER=I-PERSON SpaceAfter=No
9 . . PUNCT 3 punct

1 Brandt Brandt PROPN 2 nsubj NER=B-PERSON
2 gave give VERB 0 root
3 a a DET 4 det
4 speech speech NOUN 2 obj SpaceAfter=No
5 . . PUNCT 2 punct

1 Holm Holm PROPN 2 nsubj NER=B-PERSON
2 chaired chaire VERB 0 root
3 the the DET 4 det
4 session session NOUN 2 obj SpaceAfter=No
5 . . PUNCT 2 punct
)";

TEST(EventTest, AmongThemWereAttendeesAndAGivenSpeechIsTheGiversOwn) {
  Facts f(kAmongThem);
  EXPECT_TRUE(f.Has(EntityIri("ola brandt"), "attended", EntityIri("Nordvale Summit")));
  EXPECT_TRUE(f.Has(EntityIri("piet holm"), "attended", EntityIri("Nordvale Summit")));
  EXPECT_EQ(f.Count(EntityIri("ola brandt"), "attended"), 2);  // the summit and the speech
}

// Piet Holm chaired the meeting. ("chaired" with the lemma "chaire")
const char* kWrongLemma = R"(1 Piet Piet PROPN 3 nsubj NER=B-PERSON
2 Holm Holm PROPN 1 flat NER=I-PERSON
3 chaired chaire VERB 0 root
4 the the DET 5 det
5 meeting meeting NOUN 3 obj SpaceAfter=No
6 . . PUNCT 3 punct
)";

TEST(EventTest, ATriggerVerbIsFoundThroughAWrongLemma) {
  Facts f(kWrongLemma);
  EXPECT_TRUE(f.Has(EntityIri("piet holm"), "attended", ""));
}

// According to a Monday report, Ola Brandt gave a speech.
const char* kDateOfAnotherNoun = R"(1 According accord VERB 5 case
2 to to ADP 1 fixed
3 a a DET 5 det
4 Monday Monday PROPN 5 compound NER=B-DATE
5 report report NOUN 9 obl SpaceAfter=No
6 , , PUNCT 5 punct
7 Ola Ola PROPN 9 nsubj NER=B-PERSON
8 Brandt Brandt PROPN 7 flat NER=I-PERSON
9 gave give VERB 0 root
10 a a DET 11 det
11 speech speech NOUN 9 obj SpaceAfter=No
12 . . PUNCT 9 punct
)";

TEST(EventDateTest, ADateOfAnotherNounIsNotTheEventsDate) {
  Facts f(kDateOfAnotherNoun);
  const graph::Fact* speech = f.Get(EntityIri("ola brandt"), "attended", "");
  ASSERT_NE(speech, nullptr);
  EXPECT_FALSE(f.Has(speech->o.value, "date", ""));
}

TEST(EventLexiconTest, CompiledTableHasTheCommonTriggers) {
  const lex::Trigger* meet = lex::FindTrigger("meet", /*verb=*/true);
  ASSERT_NE(meet, nullptr);
  EXPECT_EQ(meet->frame, lex::Frame::kMeet);
  const lex::Trigger* summit = lex::FindTrigger("summit", /*verb=*/false);
  ASSERT_NE(summit, nullptr);
  EXPECT_EQ(summit->kind, "Summit");
  EXPECT_EQ(lex::FindTrigger("summit", /*verb=*/true), nullptr);
  EXPECT_EQ(lex::FindTrigger("table", /*verb=*/false), nullptr);
}

TEST(EventLexiconTest, MalformedLinesAreFoundByNumber) {
  int bad = 0;
  EXPECT_EQ(lex::CountTriggerLines("# c\nmeet\tVERB\tMeeting\tmeet\n", &bad), 1);
  EXPECT_EQ(lex::CountTriggerLines("meet\tVERB\tMeeting\tmeet\nsummit\tNOUN\tSummit\n", &bad), -1);
  EXPECT_EQ(bad, 2);
  EXPECT_EQ(lex::CountTriggerLines("meet\tADJ\tMeeting\tmeet\n", &bad), -1);
  EXPECT_EQ(lex::CountTriggerLines("meet\tVERB\tMeeting\tgreet\n", &bad), -1);
}

// --- Constructions of unseen news (issue 19, third pass) ---

// Minister Dara Okonkwo landed in Tarvik. Again accompanied by Tomas
// Ferlinde, she recounted her journey. (The fronted participle parsed as the
// root, the main clause hung below it.)
const char* kFrontedAccompanied = R"(1 Minister minister NOUN 2 compound
2 Dara Dara PROPN 4 nsubj NER=B-PERSON
3 Okonkwo Okonkwo PROPN 2 flat NER=I-PERSON
4 landed land VERB 0 root
5 in in ADP 6 case
6 Tarvik Tarvik PROPN 4 obl NER=B-PLACE SpaceAfter=No
7 . . PUNCT 4 punct

1 Again again ADV 2 advmod
2 accompanied accompany VERB 0 root XPOS=VBN
3 by by ADP 4 case
4 Tomas Tomas PROPN 2 obl:agent NER=B-PERSON
5 Ferlinde Ferlinde PROPN 4 flat NER=I-PERSON SpaceAfter=No
6 , , PUNCT 8 punct
7 she she PRON 8 nsubj
8 recounted recount VERB 2 parataxis XPOS=VBD
9 her her PRON 10 nmod:poss
10 journey journey NOUN 8 obj SpaceAfter=No
11 . . PUNCT 2 punct
)";

// "she" is the main clause's subject, so not the companion named in the
// participle before it; the companion accompanied her.
TEST(EventConstructionTest, AFrontedParticipleAccompaniesTheMainSubject) {
  Facts f(kFrontedAccompanied);
  EXPECT_TRUE(f.Has(EntityIri("tomas ferlinde"), "accompanied", EntityIri("dara okonkwo")));
  EXPECT_FALSE(f.Has(EntityIri("dara okonkwo"), "accompanied", ""));
}

// Standing alongside President Lena Varnholt, Dara Okonkwo said she was glad.
const char* kStandingAlongside = R"(1 Standing stand VERB 9 advcl XPOS=VBG
2 alongside alongside ADP 4 case
3 President president PROPN 4 compound
4 Lena Lena PROPN 1 obl NER=B-PERSON
5 Varnholt Varnholt PROPN 4 flat NER=I-PERSON SpaceAfter=No
6 , , PUNCT 1 punct
7 Dara Dara PROPN 9 nsubj NER=B-PERSON
8 Okonkwo Okonkwo PROPN 7 flat NER=I-PERSON
9 said say VERB 0 root
10 she she PRON 12 nsubj
11 was be AUX 12 cop
12 glad glad ADJ 9 ccomp SpaceAfter=No
13 . . PUNCT 9 punct
)";

// Side by side is met; it is no gathering of its own.
TEST(EventConstructionTest, StandingAlongsideSomeoneIsMeetingThem) {
  Facts f(kStandingAlongside);
  EXPECT_TRUE(f.Met("lena varnholt", "dara okonkwo"));
  EXPECT_FALSE(f.Has(EntityIri("dara okonkwo"), "attended", ""));
}

// Governor Iven Marlund was briefed, and flew to Tarvik.
const char* kPassiveThenActive = R"(1 Governor governor NOUN 2 compound
2 Iven Iven PROPN 5 nsubj:pass NER=B-PERSON
3 Marlund Marlund PROPN 2 flat NER=I-PERSON
4 was be AUX 5 aux:pass
5 briefed brief VERB 0 root XPOS=VBN SpaceAfter=No
6 , , PUNCT 8 punct
7 and and CCONJ 8 cc
8 flew fly VERB 5 conj XPOS=VBD
9 to to ADP 10 case
10 Tarvik Tarvik PROPN 8 obl NER=B-PLACE SpaceAfter=No
11 . . PUNCT 5 punct
)";

// The passive subject of the first conjunct is the subject of an active one.
TEST(EventConstructionTest, AnActiveConjunctTakesThePassiveSubject) {
  Facts f(kPassiveThenActive);
  EXPECT_TRUE(f.Has(EntityIri("iven marlund"), "visited", EntityIri("tarvik")));
}

// Senator Iven Marlund started the week touring Tarvik. (lemmatized "toure")
const char* kSpanOfTime = R"(1 Senator senator NOUN 2 compound
2 Iven Iven PROPN 4 nsubj NER=B-PERSON
3 Marlund Marlund PROPN 2 flat NER=I-PERSON
4 started start VERB 0 root
5 the the DET 6 det
6 week week NOUN 4 obj
7 touring toure VERB 4 xcomp XPOS=VBG
8 Tarvik Tarvik PROPN 7 obj NER=B-PLACE SpaceAfter=No
9 . . PUNCT 4 punct
)";

// "the week" controls nothing: the senator tours; and the visit verb is
// found through the lemmatizer's slip.
TEST(EventConstructionTest, ASpanOfTimeIsNoControllerAndASlippedLemmaStillVisits) {
  Facts f(kSpanOfTime);
  EXPECT_TRUE(f.Has(EntityIri("iven marlund"), "visited", EntityIri("tarvik")));
}

// While in Tarvik to attend the summit, Iven Marlund told reporters he was calm.
const char* kVerblessClause = R"(1 While while SCONJ 3 mark
2 in in ADP 3 case
3 Tarvik Tarvik PROPN 11 obl NER=B-PLACE
4 to to PART 5 mark
5 attend attend VERB 3 xcomp
6 the the DET 7 det
7 summit summit NOUN 5 obj SpaceAfter=No
8 , , PUNCT 11 punct
9 Iven Iven PROPN 11 nsubj NER=B-PERSON
10 Marlund Marlund PROPN 9 flat NER=I-PERSON
11 told tell VERB 0 root
12 reporters reporter NOUN 11 obj
13 he he PRON 15 nsubj
14 was be AUX 15 cop
15 calm calm ADJ 11 ccomp SpaceAfter=No
16 . . PUNCT 11 punct
)";

// A verbless "while in Z" clause has the main clause's subject.
TEST(EventConstructionTest, AVerblessClauseHasTheMainSubject) {
  Facts f(kVerblessClause);
  EXPECT_NE(f.Get(EntityIri("iven marlund"), "attended", ""), nullptr);
}

// Dara Okonkwo was greeted at the base by the President and the First Lady,
// Clara Bennard.
const char* kLongAgent = R"(1 Dara Dara PROPN 4 nsubj:pass NER=B-PERSON
2 Okonkwo Okonkwo PROPN 1 flat NER=I-PERSON
3 was be AUX 4 aux:pass
4 greeted greet VERB 0 root
5 at at ADP 7 case
6 the the DET 7 det
7 base base NOUN 4 obl
8 by by ADP 10 case
9 the the DET 10 det
10 President president PROPN 7 nmod
11 and and CCONJ 14 cc
12 the the DET 14 det
13 First first ADJ 14 amod
14 Lady lady PROPN 10 conj SpaceAfter=No
15 , , PUNCT 16 punct
16 Clara Clara PROPN 10 conj NER=B-PERSON
17 Bennard Bennard PROPN 16 flat NER=I-PERSON SpaceAfter=No
18 . . PUNCT 4 punct
)";

// The agent phrase is the nominal "by" marks, through its conjuncts, even
// when its name comes late and the parser hung it elsewhere.
TEST(EventConstructionTest, ALongAgentPhraseStillNamesTheHost) {
  Facts f(kLongAgent);
  EXPECT_TRUE(f.Met("clara bennard", "dara okonkwo"));
}

// Minister Iven Marlund, who will hold talks in Tarvik on Friday, said the plan
// was ready. (The relative clause's verb parsed as the root.)
const char* kLostRelative = R"(1 Minister minister NOUN 2 compound
2 Iven Iven PROPN 7 vocative NER=B-PERSON
3 Marlund Marlund PROPN 2 flat NER=I-PERSON SpaceAfter=No
4 , , PUNCT 7 punct
5 who who PRON 7 nsubj
6 will will AUX 7 aux
7 hold hold VERB 0 root
8 talks talk NOUN 7 obj
9 in in ADP 10 case
10 Tarvik Tarvik PROPN 8 nmod NER=B-PLACE
11 on on ADP 12 case
12 Friday Friday PROPN 7 obl SpaceAfter=No
13 , , PUNCT 14 punct
14 said say VERB 7 conj
15 the the DET 16 det
16 plan plan NOUN 18 nsubj
17 was be AUX 18 cop
18 ready ready ADJ 14 ccomp SpaceAfter=No
19 . . PUNCT 7 punct
)";

TEST(EventConstructionTest, ARelativeClauseCutLooseKeepsItsAntecedent) {
  Facts f(kLostRelative);
  const graph::Fact* talks = f.Get(EntityIri("iven marlund"), "attended", "");
  ASSERT_NE(talks, nullptr);
  EXPECT_EQ(talks->provenance.modality, Modality::kPlanned);
}

// Senator Iven Marlund visited Tomas Ferlinde. Dara Okonkwo arrived at Orvane
// School.
const char* kVisitPersonArriveAt = R"(1 Senator senator NOUN 2 compound
2 Iven Iven PROPN 4 nsubj NER=B-PERSON
3 Marlund Marlund PROPN 2 flat NER=I-PERSON
4 visited visit VERB 0 root
5 Tomas Tomas PROPN 4 obj NER=B-PERSON
6 Ferlinde Ferlinde PROPN 5 flat NER=I-PERSON SpaceAfter=No
7 . . PUNCT 4 punct

1 Dara Dara PROPN 3 nsubj NER=B-PERSON
2 Okonkwo Okonkwo PROPN 1 flat NER=I-PERSON
3 arrived arrive VERB 0 root
4 at at ADP 6 case
5 Orvane Orvane PROPN 6 compound NER=B-ORG
6 School School PROPN 3 obl NER=I-ORG SpaceAfter=No
7 . . PUNCT 3 punct
)";

// Calling on a person is meeting them, not visiting a place; where one
// arrives, one is.
TEST(EventConstructionTest, VisitingAPersonIsMeetingAndArrivingAtIsVisiting) {
  Facts f(kVisitPersonArriveAt);
  EXPECT_TRUE(f.Met("iven marlund", "tomas ferlinde"));
  EXPECT_FALSE(f.Has(EntityIri("iven marlund"), "visited", EntityIri("tomas ferlinde")));
  EXPECT_TRUE(f.Has(EntityIri("dara okonkwo"), "visited", EntityIri("orvane school")));
}

// President Lena Varnholt chaired a cabinet meeting. (lemmatized "chaire")
const char* kChaired = R"(1 President president PROPN 2 compound
2 Lena Lena PROPN 4 nsubj NER=B-PERSON
3 Varnholt Varnholt PROPN 2 flat NER=I-PERSON
4 chaired chaire VERB 0 root
5 a a DET 7 det
6 cabinet cabinet NOUN 7 compound
7 meeting meeting NOUN 4 obj SpaceAfter=No
8 . . PUNCT 4 punct
)";

TEST(EventConstructionTest, WhoeverChairsAMeetingOrganizesAndAttendsIt) {
  Facts f(kChaired);
  const graph::Fact* organized = f.Get(EntityIri("lena varnholt"), "organized", "");
  ASSERT_NE(organized, nullptr);
  EXPECT_TRUE(f.Has(EntityIri("lena varnholt"), "attended", organized->o.value));
}

// Clara Lind-Berg greeted Anton Berg. Berg flew to Tarvik.
const char* kSharedSurname = R"(1 Clara Clara PROPN 3 nsubj NER=B-PERSON
2 Lind-Berg Lind-Berg PROPN 1 flat NER=I-PERSON
3 greeted greet VERB 0 root
4 Anton Anton PROPN 3 obj NER=B-PERSON
5 Berg Berg PROPN 4 flat NER=I-PERSON SpaceAfter=No
6 . . PUNCT 3 punct

1 Berg Berg PROPN 2 nsubj NER=B-PERSON
2 flew fly VERB 0 root
3 to to ADP 4 case
4 Tarvik Tarvik PROPN 2 obl NER=B-PLACE SpaceAfter=No
5 . . PUNCT 2 punct
)";

// A surname alone is the person whose surname it is, not one whose double
// surname contains it.
TEST(EventConstructionTest, ASurnameIsNotHalfOfADoubleSurname) {
  Facts f(kSharedSurname);
  const graph::Fact* visit = f.Get("", "visited", EntityIri("tarvik"));
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->s.value, EntityIri("anton berg"));
}

// The Orvane Summit opened. In a speech to the summit, Lena Varnholt called for calm.
const char* kSpeechTo = R"(1 The the DET 3 det
2 Orvane Orvane PROPN 3 compound NER=B-EVENT
3 Summit Summit PROPN 4 nsubj NER=I-EVENT
4 opened open VERB 0 root SpaceAfter=No
5 . . PUNCT 4 punct

1 In in ADP 3 case
2 a a DET 3 det
3 speech speech NOUN 11 obl
4 to to ADP 6 case
5 the the DET 6 det
6 summit summit NOUN 3 nmod SpaceAfter=No
7 , , PUNCT 3 punct
8 President president PROPN 9 compound
9 Lena Lena PROPN 11 nsubj NER=B-PERSON
10 Varnholt Varnholt PROPN 9 flat NER=I-PERSON
11 called call VERB 0 root
12 for for ADP 13 case
13 calm calm NOUN 11 obl SpaceAfter=No
14 . . PUNCT 11 punct
)";

// A speech to a gathering is given at it; the setting "in a speech" is not
// what "called for" hopes for, so the attendance is asserted.
TEST(EventConstructionTest, ASpeechToAGatheringIsGivenAtIt) {
  Facts f(kSpeechTo);
  const graph::Fact* fact = f.Get(EntityIri("lena varnholt"), "attended", "");
  ASSERT_NE(fact, nullptr);
  EXPECT_EQ(fact->provenance.modality, Modality::kAsserted);
}

// The forum brought together Lena Varnholt and Iven Marlund. Dara Okonkwo opened
// the forum.
const char* kBroughtTogether = R"(1 The the DET 2 det
2 forum forum NOUN 3 nsubj
3 brought bring VERB 0 root
4 together together ADV 3 advmod
5 Lena Lena PROPN 3 obj NER=B-PERSON
6 Varnholt Varnholt PROPN 5 flat NER=I-PERSON
7 and and CCONJ 8 cc
8 Iven Iven PROPN 5 conj NER=B-PERSON
9 Marlund Marlund PROPN 8 flat NER=I-PERSON SpaceAfter=No
10 . . PUNCT 3 punct

1 Dara Dara PROPN 3 nsubj NER=B-PERSON
2 Okonkwo Okonkwo PROPN 1 flat NER=I-PERSON
3 opened open VERB 0 root
4 the the DET 5 det
5 forum forum NOUN 3 obj SpaceAfter=No
6 . . PUNCT 3 punct
)";

TEST(EventConstructionTest, WhomAnEventBringsTogetherAndWhoOpensItAttend) {
  Facts f(kBroughtTogether);
  const graph::Fact* lena = f.Get(EntityIri("lena varnholt"), "attended", "");
  ASSERT_NE(lena, nullptr);
  EXPECT_TRUE(f.Has(EntityIri("iven marlund"), "attended", lena->o.value));
  EXPECT_TRUE(f.Has(EntityIri("dara okonkwo"), "attended", lena->o.value));
}

// Tomas Ferlinde was the keynote speaker at the forum.
const char* kKeynote = R"(1 Tomas Tomas PROPN 6 nsubj NER=B-PERSON
2 Ferlinde Ferlinde PROPN 1 flat NER=I-PERSON
3 was be AUX 6 cop
4 the the DET 6 det
5 keynote keynote NOUN 6 compound
6 speaker speaker NOUN 0 root
7 at at ADP 9 case
8 the the DET 9 det
9 forum forum NOUN 6 nmod SpaceAfter=No
10 . . PUNCT 6 punct
)";

TEST(EventConstructionTest, TheSpeakerAtAGatheringAttendsIt) {
  Facts f(kKeynote);
  EXPECT_NE(f.Get(EntityIri("tomas ferlinde"), "attended", ""), nullptr);
}

// Lena Varnholt returned from Veloria. Iven Marlund flew into Tarvik. Dara
// Okonkwo's arrival in Osterby was delayed.
const char* kTravelForms = R"(1 Lena Lena PROPN 3 nsubj NER=B-PERSON
2 Varnholt Varnholt PROPN 1 flat NER=I-PERSON
3 returned return VERB 0 root
4 from from ADP 5 case
5 Veloria Veloria PROPN 3 obl NER=B-PLACE SpaceAfter=No
6 . . PUNCT 3 punct

1 Iven Iven PROPN 3 nsubj NER=B-PERSON
2 Marlund Marlund PROPN 1 flat NER=I-PERSON
3 flew fly VERB 0 root
4 into into ADP 5 case
5 Tarvik Tarvik PROPN 3 obl NER=B-PLACE SpaceAfter=No
6 . . PUNCT 3 punct

1 Dara Dara PROPN 4 nmod:poss NER=B-PERSON
2 Okonkwo Okonkwo PROPN 1 flat NER=I-PERSON
3 's 's PART 1 case
4 arrival arrival NOUN 8 nsubj:pass
5 in in ADP 6 case
6 Osterby Osterby PROPN 4 nmod NER=B-PLACE
7 was be AUX 8 aux:pass
8 delayed delay VERB 0 root SpaceAfter=No
9 . . PUNCT 8 punct
)";

TEST(EventConstructionTest, ReturningFromFlyingIntoAndArrivingInAreVisits) {
  Facts f(kTravelForms);
  EXPECT_TRUE(f.Has(EntityIri("lena varnholt"), "visited", EntityIri("veloria")));
  EXPECT_TRUE(f.Has(EntityIri("iven marlund"), "visited", EntityIri("tarvik")));
  EXPECT_TRUE(f.Has(EntityIri("dara okonkwo"), "visited", EntityIri("osterby")));
}

// Lena Varnholt wore a red dress to the gala, and Iven Marlund brought Dara
// Okonkwo to the gala.
const char* kCarriedToAnEvent = R"(1 Lena Lena PROPN 3 nsubj NER=B-PERSON
2 Varnholt Varnholt PROPN 1 flat NER=I-PERSON
3 wore wear VERB 0 root
4 a a DET 6 det
5 red red ADJ 6 amod
6 dress dress NOUN 3 obj
7 to to ADP 9 case
8 the the DET 9 det
9 gala gala NOUN 3 obl SpaceAfter=No
10 , , PUNCT 14 punct
11 and and CCONJ 14 cc
12 Iven Iven PROPN 14 nsubj NER=B-PERSON
13 Marlund Marlund PROPN 12 flat NER=I-PERSON
14 brought bring VERB 3 conj
15 Dara Dara PROPN 14 obj NER=B-PERSON
16 Okonkwo Okonkwo PROPN 15 flat NER=I-PERSON
17 to to ADP 19 case
18 the the DET 19 det
19 gala gala NOUN 14 obl SpaceAfter=No
20 . . PUNCT 3 punct
)";

// What one wears or brings to an event, one is there with; whom one
// brings is there too.
TEST(EventConstructionTest, WearingOrBringingSomethingToAnEventIsBeingThere) {
  Facts f(kCarriedToAnEvent);
  const graph::Fact* gala = f.Get(EntityIri("lena varnholt"), "attended", "");
  ASSERT_NE(gala, nullptr);
  EXPECT_TRUE(f.Has(EntityIri("iven marlund"), "attended", gala->o.value));
  EXPECT_TRUE(f.Has(EntityIri("dara okonkwo"), "attended", gala->o.value));
}

// Iven Marlund's planned visit to Tarvik. Lena Varnholt's cancelled visit to Osterby.
const char* kPlannedAndCancelled = R"(1 Iven Iven PROPN 5 nmod:poss NER=B-PERSON
2 Marlund Marlund PROPN 1 flat NER=I-PERSON
3 's 's PART 1 case
4 planned planned ADJ 5 amod
5 visit visit NOUN 0 root
6 to to ADP 7 case
7 Tarvik Tarvik PROPN 5 nmod NER=B-PLACE SpaceAfter=No
8 . . PUNCT 5 punct

1 Lena Lena PROPN 5 nmod:poss NER=B-PERSON
2 Varnholt Varnholt PROPN 1 flat NER=I-PERSON
3 's 's PART 1 case
4 cancelled cancelled ADJ 5 amod
5 visit visit NOUN 0 root
6 to to ADP 7 case
7 Osterby Osterby PROPN 5 nmod NER=B-PLACE SpaceAfter=No
8 . . PUNCT 5 punct
)";

// A planned visit is planned; a cancelled one did not happen.
TEST(EventConstructionTest, PlannedAndCancelledOnTheNounSetTheModality) {
  Facts f(kPlannedAndCancelled);
  const graph::Fact* planned = f.Get(EntityIri("iven marlund"), "visited", EntityIri("tarvik"));
  ASSERT_NE(planned, nullptr);
  EXPECT_EQ(planned->provenance.modality, Modality::kPlanned);
  EXPECT_FALSE(f.Has(EntityIri("lena varnholt"), "visited", EntityIri("osterby")));
}

// Iven Marlund is due to visit Tarvik. (the infinitive parsed as the
// adjective's clausal subject)
const char* kDueToVisit = R"(1 Iven Iven PROPN 4 nsubj NER=B-PERSON
2 Marlund Marlund PROPN 1 flat NER=I-PERSON
3 is be AUX 4 cop
4 due due ADJ 0 root
5 to to PART 6 mark
6 visit visit VERB 4 csubj
7 Tarvik Tarvik PROPN 6 obj NER=B-PLACE SpaceAfter=No
8 . . PUNCT 4 punct
)";

TEST(EventConstructionTest, DueToAsAClausalSubjectIsStillAPlan) {
  Facts f(kDueToVisit);
  const graph::Fact* visit = f.Get(EntityIri("iven marlund"), "visited", EntityIri("tarvik"));
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->provenance.modality, Modality::kPlanned);
}

// Lena Varnholt chaired the weekly cabinet meeting. Iven Marlund held private talks
// with Dara Okonkwo.
const char* kLabels = R"(1 Lena Lena PROPN 3 nsubj NER=B-PERSON
2 Varnholt Varnholt PROPN 1 flat NER=I-PERSON
3 chaired chair VERB 0 root
4 the the DET 7 det
5 weekly weekly ADJ 7 amod
6 cabinet cabinet NOUN 7 compound
7 meeting meeting NOUN 3 obj SpaceAfter=No
8 . . PUNCT 3 punct

1 Iven Iven PROPN 3 nsubj NER=B-PERSON
2 Marlund Marlund PROPN 1 flat NER=I-PERSON
3 held hold VERB 0 root
4 private private ADJ 5 amod
5 talks talk NOUN 3 obj
6 with with ADP 7 case
7 Dara Dara PROPN 5 nmod NER=B-PERSON
8 Okonkwo Okonkwo PROPN 7 flat NER=I-PERSON SpaceAfter=No
9 . . PUNCT 3 punct
)";

// An event's label says what it is: its noun with the words that describe
// it, and for a meeting with no place or date, who met.
TEST(EventConstructionTest, AnEventLabelSaysWhatAndWhoNotABareNoun) {
  Facts f(kLabels);
  const graph::Fact* cabinet = f.Get(EntityIri("lena varnholt"), "attended", "");
  ASSERT_NE(cabinet, nullptr);
  EXPECT_EQ(f.Label(cabinet->o.value), "weekly cabinet meeting");
  const graph::Fact* talks = f.Get(EntityIri("iven marlund"), "attended", "");
  ASSERT_NE(talks, nullptr);
  EXPECT_EQ(f.Label(talks->o.value), "private talks between Iven Marlund and Dara Okonkwo");
}

// Iven Marlund and his wife Clara Bennard visited a school in Tarvik. Marlund began
// his tour in Osterby. During his stay in Veloria, Marlund met Dara Okonkwo.
const char* kVisitPlaces = R"(1 Iven Iven PROPN 8 nsubj NER=B-PERSON
2 Marlund Marlund PROPN 1 flat NER=I-PERSON
3 and and CCONJ 5 cc
4 his his PRON 5 nmod:poss
5 wife wife NOUN 1 conj
6 Clara Clara PROPN 5 appos NER=B-PERSON
7 Bennard Bennard PROPN 6 flat NER=I-PERSON
8 visited visit VERB 0 root
9 a a DET 10 det
10 school school NOUN 8 obj
11 in in ADP 12 case
12 Tarvik Tarvik PROPN 10 nmod NER=B-PLACE SpaceAfter=No
13 . . PUNCT 8 punct

1 Marlund Marlund PROPN 2 nsubj NER=B-PERSON
2 began begin VERB 0 root
3 his his PRON 4 nmod:poss
4 tour tour NOUN 2 obj
5 in in ADP 6 case
6 Osterby Osterby PROPN 2 obl NER=B-PLACE SpaceAfter=No
7 . . PUNCT 2 punct

1 During during ADP 3 case
2 his his PRON 3 nmod:poss
3 stay stay NOUN 8 obl
4 in in ADP 5 case
5 Veloria Veloria PROPN 3 nmod NER=B-PLACE SpaceAfter=No
6 , , PUNCT 3 punct
7 Marlund Marlund PROPN 8 nsubj NER=B-PERSON
8 met meet VERB 0 root
9 Dara Dara PROPN 8 obj NER=B-PERSON
10 Okonkwo Okonkwo PROPN 9 flat NER=I-PERSON SpaceAfter=No
11 . . PUNCT 8 punct
)";

// The apposition inside a coordinated subject does not replace it; a tour
// begun in Z and a stay in Z are visits to Z.
TEST(EventConstructionTest, CoordinatedVisitorsAndWhereAToursBeginsOrAStayIs) {
  Facts f(kVisitPlaces);
  EXPECT_TRUE(f.Has(EntityIri("iven marlund"), "visited", EntityIri("tarvik")));
  EXPECT_TRUE(f.Has(EntityIri("clara bennard"), "visited", EntityIri("tarvik")));
  EXPECT_TRUE(f.Has(EntityIri("iven marlund"), "visited", EntityIri("osterby")));
  EXPECT_TRUE(f.Has(EntityIri("iven marlund"), "visited", EntityIri("veloria")));
}

// Iven Marlund denied ever meeting Dara Okonkwo. (the gerund parsed as a bare
// adverbial clause)
const char* kDeniedAdvcl = R"(1 Iven Iven PROPN 3 nsubj NER=B-PERSON
2 Marlund Marlund PROPN 1 flat NER=I-PERSON
3 denied deny VERB 0 root
4 ever ever ADV 5 advmod
5 meeting meet VERB 3 advcl XPOS=VBG
6 Dara Dara PROPN 5 obj NER=B-PERSON
7 Okonkwo Okonkwo PROPN 6 flat NER=I-PERSON SpaceAfter=No
8 . . PUNCT 3 punct
)";

TEST(EventConstructionTest, DeniedMeetingAsABareAdverbialIsStillDenied) {
  Facts f(kDeniedAdvcl);
  EXPECT_FALSE(f.Met("iven marlund", "dara okonkwo"));
}

// Iven Marlund refused to resign, meeting Dara Okonkwo instead. (a participle
// set off by a comma is an adverbial: the refusal is not the meeting's)
const char* kParticipleAfterComma = R"(1 Iven Iven PROPN 3 nsubj NER=B-PERSON
2 Marlund Marlund PROPN 1 flat NER=I-PERSON
3 refused refuse VERB 0 root
4 to to PART 5 mark
5 resign resign VERB 3 xcomp SpaceAfter=No
6 , , PUNCT 7 punct
7 meeting meet VERB 3 advcl XPOS=VBG
8 Dara Dara PROPN 7 obj NER=B-PERSON
9 Okonkwo Okonkwo PROPN 8 flat NER=I-PERSON
10 instead instead ADV 7 advmod SpaceAfter=No
11 . . PUNCT 3 punct
)";

TEST(EventConstructionTest, AParticipleAfterACommaKeepsItsOwnModality) {
  Facts f(kParticipleAfterComma);
  EXPECT_TRUE(f.Met("iven marlund", "dara okonkwo"));
}

// Lena Varnholt, Iven Marlund and Dara Okonkwo were among the leaders who attended
// the summit. (the list split into two subjects of "leaders")
const char* kSplitCopularSubject = R"(1 Lena Lena PROPN 12 nsubj NER=B-PERSON
2 Varnholt Varnholt PROPN 1 flat NER=I-PERSON SpaceAfter=No
3 , , PUNCT 4 punct
4 Iven Iven PROPN 12 nsubj NER=B-PERSON
5 Marlund Marlund PROPN 4 flat NER=I-PERSON
6 and and CCONJ 7 cc
7 Dara Dara PROPN 4 conj NER=B-PERSON
8 Okonkwo Okonkwo PROPN 7 flat NER=I-PERSON
9 were be AUX 12 cop
10 among among ADP 12 case
11 the the DET 12 det
12 leaders leader NOUN 0 root
13 who who PRON 14 nsubj
14 attended attend VERB 12 acl:relcl
15 the the DET 16 det
16 summit summit NOUN 14 obj SpaceAfter=No
17 . . PUNCT 12 punct
)";

TEST(EventConstructionTest, AListSplitIntoSeveralCopularSubjectsIsOneSubject) {
  Facts f(kSplitCopularSubject);
  const graph::Fact* summit = f.Get(EntityIri("lena varnholt"), "attended", "");
  ASSERT_NE(summit, nullptr);
  EXPECT_TRUE(f.Has(EntityIri("iven marlund"), "attended", summit->o.value));
  EXPECT_TRUE(f.Has(EntityIri("dara okonkwo"), "attended", summit->o.value));
}

// Lena Varnholt spoke at the forum in Tarvik. She was joined on stage by her
// husband Tomas Ferlinde and her son Iven.
const char* kJoinedOnStage = R"(1 Lena Lena PROPN 3 nsubj NER=B-PERSON
2 Varnholt Varnholt PROPN 1 flat NER=I-PERSON
3 spoke speak VERB 0 root
4 at at ADP 6 case
5 the the DET 6 det
6 forum forum NOUN 3 obl
7 in in ADP 8 case
8 Tarvik Tarvik PROPN 6 nmod NER=B-PLACE SpaceAfter=No
9 . . PUNCT 3 punct

1 She she PRON 3 nsubj:pass
2 was be AUX 3 aux:pass
3 joined join VERB 0 root
4 on on ADP 5 case
5 stage stage NOUN 3 obl
6 by by ADP 8 case
7 her her PRON 8 nmod:poss XPOS=PRP$
8 husband husband NOUN 3 obl:agent
9 Tomas Tomas PROPN 8 appos NER=B-PERSON
10 Ferlinde Ferlinde PROPN 9 flat NER=I-PERSON
11 and and CCONJ 13 cc
12 her her PRON 13 nmod:poss XPOS=PRP$
13 son son NOUN 8 conj
14 Iven Iven PROPN 13 appos NER=B-PERSON SpaceAfter=No
15 . . PUNCT 3 punct
)";

// Whoever joins someone at the passage's event is there too, and met them.
TEST(EventConstructionTest, JoinedOnStageByIsAtThePassagesEvent) {
  Facts f(kJoinedOnStage);
  const graph::Fact* forum = f.Get(EntityIri("lena varnholt"), "attended", "");
  ASSERT_NE(forum, nullptr);
  EXPECT_TRUE(f.Has(EntityIri("tomas ferlinde"), "attended", forum->o.value));
  EXPECT_TRUE(f.Has(EntityIri("iven"), "attended", forum->o.value));
  EXPECT_TRUE(f.Met("lena varnholt", "tomas ferlinde"));
}

// Lena Varnholt appeared alongside Iven Marlund at the launch of the plan.
const char* kAlongsideAtEvent = R"(1 Lena Lena PROPN 3 nsubj NER=B-PERSON
2 Varnholt Varnholt PROPN 1 flat NER=I-PERSON
3 appeared appear VERB 0 root
4 alongside alongside ADP 5 case
5 Iven Iven PROPN 3 obl NER=B-PERSON
6 Marlund Marlund PROPN 5 flat NER=I-PERSON
7 at at ADP 9 case
8 the the DET 9 det
9 launch launch NOUN 3 obl
10 of of ADP 12 case
11 the the DET 12 det
12 plan plan NOUN 9 nmod SpaceAfter=No
13 . . PUNCT 3 punct
)";

// A launch is an event; whoever appears beside someone at it is there and met them.
TEST(EventConstructionTest, AppearingAlongsideSomeoneAtAnEvent) {
  Facts f(kAlongsideAtEvent);
  const graph::Fact* launch = f.Get(EntityIri("lena varnholt"), "attended", "");
  ASSERT_NE(launch, nullptr);
  EXPECT_TRUE(f.Has(EntityIri("iven marlund"), "attended", launch->o.value));
  EXPECT_TRUE(f.Met("lena varnholt", "iven marlund"));
}

// Lena Varnholt led a cabinet meeting. Ministers from a faction of the Concord
// League attended the cabinet meeting.
const char* kDelegation = R"(1 Lena Lena PROPN 3 nsubj NER=B-PERSON
2 Varnholt Varnholt PROPN 1 flat NER=I-PERSON
3 led lead VERB 0 root
4 a a DET 6 det
5 cabinet cabinet NOUN 6 compound
6 meeting meeting NOUN 3 obj SpaceAfter=No
7 . . PUNCT 3 punct

1 Ministers minister NOUN 9 nsubj
2 from from ADP 4 case
3 a a DET 4 det
4 faction faction NOUN 1 nmod
5 of of ADP 8 case
6 the the DET 8 det
7 Concord Concord PROPN 8 compound NER=B-ORG
8 League League PROPN 4 nmod NER=I-ORG
9 attended attend VERB 0 root
10 the the DET 12 det
11 cabinet cabinet NOUN 12 compound
12 meeting meeting NOUN 9 obj SpaceAfter=No
13 . . PUNCT 9 punct
)";

// Office holders named by the body they come from attend as a group; "the
// cabinet meeting" is the cabinet meeting named before.
TEST(EventConstructionTest, MinistersFromABodyAttendTheSameDescribedMeeting) {
  Facts f(kDelegation);
  const graph::Fact* led = f.Get(EntityIri("lena varnholt"), "organized", "");
  ASSERT_NE(led, nullptr);
  EXPECT_TRUE(f.Has(EntityIri("Ministers from a faction of the Concord League"), "attended", led->o.value));
}

// Lena Varnholt received a delegation led by Iven Marlund. Lena Varnholt and
// Dara Okonkwo shook hands. Iven Marlund and Dara Okonkwo held a joint news
// conference.
const char* kDelegationHandsJoint = R"(1 Lena Lena PROPN 3 nsubj NER=B-PERSON
2 Varnholt Varnholt PROPN 1 flat NER=I-PERSON
3 received receive VERB 0 root
4 a a DET 5 det
5 delegation delegation NOUN 3 obj
6 led lead VERB 5 acl XPOS=VBN
7 by by ADP 8 case
8 Iven Iven PROPN 6 obl:agent NER=B-PERSON
9 Marlund Marlund PROPN 8 flat NER=I-PERSON SpaceAfter=No
10 . . PUNCT 3 punct

1 Lena Lena PROPN 6 nsubj NER=B-PERSON
2 Varnholt Varnholt PROPN 1 flat NER=I-PERSON
3 and and CCONJ 4 cc
4 Dara Dara PROPN 1 conj NER=B-PERSON
5 Okonkwo Okonkwo PROPN 4 flat NER=I-PERSON
6 shook shake VERB 0 root
7 hands hand NOUN 6 obj SpaceAfter=No
8 . . PUNCT 6 punct

1 Iven Iven PROPN 6 nsubj NER=B-PERSON
2 Marlund Marlund PROPN 1 flat NER=I-PERSON
3 and and CCONJ 4 cc
4 Dara Dara PROPN 1 conj NER=B-PERSON
5 Okonkwo Okonkwo PROPN 4 flat NER=I-PERSON
6 held hold VERB 0 root
7 a a DET 10 det
8 joint joint ADJ 10 amod
9 news news NOUN 10 compound
10 conference conference NOUN 6 obj SpaceAfter=No
11 . . PUNCT 6 punct
)";

// A delegation stands for its leader; shaking hands and a joint news
// conference are meetings of those who do them.
TEST(EventConstructionTest, ADelegationsLeaderHandshakesAndJointAppearancesMeet) {
  Facts f(kDelegationHandsJoint);
  EXPECT_TRUE(f.Met("lena varnholt", "iven marlund"));
  EXPECT_TRUE(f.Met("lena varnholt", "dara okonkwo"));
  EXPECT_TRUE(f.Met("iven marlund", "dara okonkwo"));
}

// Dara Okonkwo landed in Tarvik. The Estonian politician was greeted by Iven
// Marlund.
const char* kDemonymDescription = R"(1 Dara Dara PROPN 3 nsubj NER=B-PERSON
2 Okonkwo Okonkwo PROPN 1 flat NER=I-PERSON
3 landed land VERB 0 root
4 in in ADP 5 case
5 Tarvik Tarvik PROPN 3 obl NER=B-PLACE SpaceAfter=No
6 . . PUNCT 3 punct

1 The the DET 3 det
2 Estonian Estonian ADJ 3 amod
3 politician politician NOUN 5 nsubj:pass
4 was be AUX 5 aux:pass
5 greeted greet VERB 0 root
6 by by ADP 7 case
7 Iven Iven PROPN 5 obl:agent NER=B-PERSON
8 Marlund Marlund PROPN 7 flat NER=I-PERSON SpaceAfter=No
9 . . PUNCT 5 punct
)";

// A demonym only says where the person is from: "the Estonian politician" as a
// subject takes up the story's person like "the politician" would.
TEST(EventConstructionTest, ADescriptionWithADemonymTakesUpTheStorysPerson) {
  Facts f(kDemonymDescription);
  EXPECT_TRUE(f.Met("iven marlund", "dara okonkwo"));
}

}  // namespace
}  // namespace kg::extract
