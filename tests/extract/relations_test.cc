// Offices, affiliation, party names, nationality and kinship on invented
// sentences annotated by hand in UD style (NER spans as the tagger tends to
// draw them). Expected facts are worked out from the sentences.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/party_names.h"
#include "graph/vocabulary.h"
#include "tests/extract/doc_builder.h"

namespace kg::extract {
namespace {

using graph::vocab::EntityIri;
using graph::vocab::VocabIri;

class Facts {
 public:
  explicit Facts(const std::string& conllu) {
    doc_ = testing::BuildDoc(conllu, "2024-05-02");
    record_.id = "doc";
    record_.text = doc_.text;
    record_.published = "2024-05-02";
    extraction_ = ExtractFacts(doc_, record_);
  }
  // Whether some fact s p o holds (o an IRI or a literal value; "" = any).
  bool Has(const std::string& s, const std::string& p, const std::string& o) const {
    std::string piri = p == "type" ? std::string(graph::vocab::kRdfType) : VocabIri(p);
    for (const auto& f : extraction_.facts) {
      if ((s.empty() || f.s.value == s) && (p.empty() || f.p.value == piri) &&
          (o.empty() || f.o.value == o)) {
        return true;
      }
    }
    return false;
  }

 private:
  nlp::Doc doc_;
  graph::DocumentRecord record_;
  Extraction extraction_;
};

// Green Unionist MP Ines Varda spoke.
const char* kPartyMp = R"(1 Green green ADJ 2 amod NER=B-PERSON
2 Unionist Unionist PROPN 3 compound NER=I-PERSON
3 MP MP PROPN 4 nmod:desc NER=I-PERSON
4 Ines Ines PROPN 6 nsubj NER=I-PERSON
5 Varda Varda PROPN 4 flat NER=I-PERSON
6 spoke speak VERB 0 root SpaceAfter=No
7 . . PUNCT 6 punct
)";

TEST(OfficeTest, PartyBeforeAnOfficeIsTheOrganisationNotPartOfTheName) {
  Facts f(kPartyMp);
  EXPECT_TRUE(f.Has(EntityIri("ines varda"), "title", "Green Unionist MP"));
  EXPECT_TRUE(f.Has(EntityIri("ines varda"), "memberOf", EntityIri("Green Unionist Party")));
  EXPECT_FALSE(f.Has(EntityIri("green unionist mp ines varda"), "", ""));
  EXPECT_FALSE(f.Has(EntityIri("Green Unionist MP"), "", ""));
}

// Ines Varda is a Progressive Party MP.
const char* kIsPartyMp = R"(1 Ines Ines PROPN 7 nsubj NER=B-PERSON
2 Varda Varda PROPN 1 flat NER=I-PERSON
3 is be AUX 7 cop
4 a a DET 7 det
5 Progressive Progressive ADJ 6 amod NER=B-ORG
6 Party Party PROPN 7 compound NER=I-ORG
7 MP MP PROPN 0 root SpaceAfter=No
8 . . PUNCT 7 punct
)";

// The copular office reads the body before it as the prenominal one does,
// and a capitalised office the parser tags PROPN is still an office.
TEST(OfficeTest, BeingAPartyMpIsMembership) {
  Facts f(kIsPartyMp);
  EXPECT_TRUE(f.Has(EntityIri("ines varda"), "title", "Progressive Party MP"));
  EXPECT_TRUE(f.Has(EntityIri("ines varda"), "memberOf", EntityIri("Progressive Party")));
}

// Ines Varda, who belongs to the Progressive Party, sits on the board of Orvane Holdings.
const char* kBelongsSits = R"(1 Ines Ines PROPN 13 nsubj NER=B-PERSON
2 Varda Varda PROPN 1 flat NER=I-PERSON SpaceAfter=No
3 , , PUNCT 5 punct
4 who who PRON 5 nsubj
5 belongs belong VERB 1 acl:relcl
6 to to ADP 9 case
7 the the DET 9 det
8 Progressive Progressive ADJ 9 amod NER=B-ORG
9 Party Party PROPN 5 obl NER=I-ORG SpaceAfter=No
10 , , PUNCT 5 punct
11 sits sit VERB 0 root
12 on on ADP 14 case
13 the the DET 14 det
14 board board NOUN 11 obl
15 of of ADP 17 case
16 Orvane Orvane PROPN 17 compound NER=B-ORG
17 Holdings Holdings PROPN 14 nmod NER=I-ORG SpaceAfter=No
18 . . PUNCT 11 punct
)";

// Membership verbs beside "join": "belongs to Y", "sits on the board of Y".
TEST(MembershipTest, BelongingToAndSittingOnTheBoardOfABody) {
  Facts f(kBelongsSits);
  EXPECT_TRUE(f.Has(EntityIri("ines varda"), "memberOf", EntityIri("Progressive Party")));
  EXPECT_TRUE(f.Has(EntityIri("ines varda"), "memberOf", EntityIri("Orvane Holdings")));
}

// Ines Varda of the opposition Progressive Party spoke.
const char* kOfOppositionParty = R"(1 Ines Ines PROPN 8 nsubj NER=B-PERSON
2 Varda Varda PROPN 1 flat NER=I-PERSON
3 of of ADP 7 case
4 the the DET 7 det
5 opposition opposition NOUN 7 compound
6 Progressive Progressive ADJ 7 amod NER=B-ORG
7 Party Party PROPN 1 nmod NER=I-ORG
8 spoke speak VERB 0 root SpaceAfter=No
9 . . PUNCT 8 punct
)";

// A lower-case word between "of the" and the party ("opposition", "ruling").
TEST(MembershipTest, OfTheOppositionPartyIsMembership) {
  Facts f(kOfOppositionParty);
  EXPECT_TRUE(f.Has(EntityIri("ines varda"), "memberOf", EntityIri("Progressive Party")));
}

// Members of the Progressive Party, including Ines Varda, walked out.
const char* kMembersIncluding = R"(1 Members member NOUN 11 nsubj
2 of of ADP 5 case
3 the the DET 5 det
4 Progressive Progressive ADJ 5 amod NER=B-ORG
5 Party Party PROPN 1 nmod NER=I-ORG SpaceAfter=No
6 , , PUNCT 8 punct
7 including include VERB 8 case
8 Ines Ines PROPN 1 nmod NER=B-PERSON
9 Varda Varda PROPN 8 flat NER=I-PERSON SpaceAfter=No
10 , , PUNCT 1 punct
11 walked walk VERB 0 root
12 out out ADP 11 advmod SpaceAfter=No
13 . . PUNCT 11 punct
)";

TEST(MembershipTest, MembersOfABodyIncludingXMakeXAMember) {
  Facts f(kMembersIncluding);
  EXPECT_TRUE(f.Has(EntityIri("ines varda"), "memberOf", EntityIri("Progressive Party")));
}

// Former farming minister Oskar Fellin MP criticised the plan.
const char* kPostNominal = R"(1 Former former ADJ 3 amod
2 farming farming NOUN 3 compound
3 minister minister NOUN 4 nmod:desc
4 Oskar Oskar PROPN 7 nsubj NER=B-PERSON
5 Fellin Fellin PROPN 4 flat NER=I-PERSON
6 MP MP PROPN 4 flat NER=I-PERSON
7 criticised criticise VERB 0 root
8 the the DET 9 det
9 plan plan NOUN 7 obj SpaceAfter=No
10 . . PUNCT 7 punct
)";

TEST(OfficeTest, PostNominalIsAnOfficeNotPartOfTheName) {
  Facts f(kPostNominal);
  EXPECT_TRUE(f.Has(EntityIri("oskar fellin"), "title", "MP"));
  EXPECT_TRUE(f.Has(EntityIri("oskar fellin"), "title", "Former farming minister"));
  EXPECT_FALSE(f.Has(EntityIri("oskar fellin mp"), "", ""));
}

// AfD leader Marek Stellan spoke.
const char* kPartyShortForm = R"(1 AfD AfD PROPN 2 compound
2 leader leader NOUN 3 nmod:desc
3 Marek Marek PROPN 5 nsubj NER=B-PERSON
4 Stellan Stellan PROPN 3 flat NER=I-PERSON
5 spoke speak VERB 0 root SpaceAfter=No
6 . . PUNCT 5 punct
)";

TEST(OfficeTest, LeaderOfAPartyNamedByItsShortForm) {
  Facts f(kPartyShortForm);
  EXPECT_TRUE(f.Has(EntityIri("marek stellan"), "leaderOf", EntityIri("Alternative for Germany")));
  EXPECT_TRUE(f.Has(EntityIri("Alternative for Germany"), "type", VocabIri("Organization")) ||
              f.Has(EntityIri("Alternative for Germany"), "type", "https://schema.org/Organization"));
}

// Deputy PM Jan Osk arrived.
const char* kAbbreviatedOffice = R"(1 Deputy deputy NOUN 2 compound
2 PM PM NOUN 3 nmod:desc
3 Jan Jan PROPN 5 nsubj NER=B-PERSON
4 Osk Osk PROPN 3 flat NER=I-PERSON
5 arrived arrive VERB 0 root SpaceAfter=No
6 . . PUNCT 5 punct
)";

TEST(OfficeTest, AbbreviatedOfficeIsATitleNotAPerson) {
  Facts f(kAbbreviatedOffice);
  EXPECT_TRUE(f.Has(EntityIri("jan osk"), "title", "Deputy PM"));
  EXPECT_FALSE(f.Has(EntityIri("pm"), "", ""));
}

// Commissioner for Transport Ilse Varnum visited Tarvik.
const char* kPortfolio = R"(1 Commissioner Commissioner PROPN 6 nsubj
2 for for ADP 5 case
3 Transport Transport PROPN 5 compound NER=B-PERSON
4 Ilse Ilse PROPN 5 flat NER=I-PERSON
5 Varnum Varnum PROPN 1 nmod NER=I-PERSON
6 visited visit VERB 0 root
7 Tarvik Tarvik PROPN 6 obj NER=B-PLACE SpaceAfter=No
8 . . PUNCT 6 punct
)";

TEST(OfficeTest, PortfolioAfterTheOfficeBelongsToTheTitle) {
  Facts f(kPortfolio);
  EXPECT_TRUE(f.Has(EntityIri("ilse varnum"), "title", "Commissioner for Transport"));
  EXPECT_FALSE(f.Has(EntityIri("transport ilse varnum"), "", ""));
}

// Ana Ruiz's spokesman, Ole Brandt, spoke.
const char* kPossessedOfficeThenName = R"(1 Ana Ana PROPN 4 nmod:poss NER=B-PERSON
2 Ruiz Ruiz PROPN 1 flat NER=I-PERSON SpaceAfter=No
3 's 's PART 1 case
4 spokesman spokesman NOUN 9 nsubj SpaceAfter=No
5 , , PUNCT 6 punct
6 Ole Ole PROPN 4 appos NER=B-PERSON
7 Brandt Brandt PROPN 6 flat NER=I-PERSON SpaceAfter=No
8 , , PUNCT 6 punct
9 spoke speak VERB 0 root SpaceAfter=No
10 . . PUNCT 9 punct
)";

TEST(OfficeTest, OfficeWithPossessorBeforeACommaAndTheName) {
  Facts f(kPossessedOfficeThenName);
  EXPECT_TRUE(f.Has(EntityIri("ole brandt"), "title", "spokesman"));
  EXPECT_FALSE(f.Has(EntityIri("ana ruiz"), "title", ""));
}

// Progressive policy chief Ole Brandt spoke.
const char* kSentenceInitialParty = R"(1 Progressive progressive ADJ 3 amod
2 policy policy NOUN 3 compound
3 chief chief NOUN 4 nmod:desc
4 Ole Ole PROPN 6 nsubj NER=B-PERSON
5 Brandt Brandt PROPN 4 flat NER=I-PERSON
6 spoke speak VERB 0 root SpaceAfter=No
7 . . PUNCT 6 punct
)";

TEST(OfficeTest, PartyWordOpeningTheSentenceBeforeAnOffice) {
  Facts f(kSentenceInitialParty);
  // A policy chief heads a department, not the party.
  EXPECT_TRUE(f.Has(EntityIri("ole brandt"), "memberOf", EntityIri("Progressive Party")));
  EXPECT_FALSE(f.Has(EntityIri("ole brandt"), "leaderOf", ""));
}

// Nordic Nations Secretary-General Ana Ruiz spoke.
const char* kHyphenatedOffice = R"(1 Nordic Nordic PROPN 2 compound NER=B-PERSON
2 Nations Nations PROPN 5 compound NER=I-PERSON
3 Secretary Secretary PROPN 5 compound NER=I-PERSON SpaceAfter=No
4 - - PUNCT 3 punct NER=I-PERSON SpaceAfter=No
5 General General PROPN 6 nmod:desc NER=I-PERSON
6 Ana Ana PROPN 8 nsubj NER=I-PERSON
7 Ruiz Ruiz PROPN 6 flat NER=I-PERSON
8 spoke speak VERB 0 root SpaceAfter=No
9 . . PUNCT 8 punct
)";

TEST(OfficeTest, HyphenatedOfficeSplitsOrganisationFromPerson) {
  Facts f(kHyphenatedOffice);
  EXPECT_TRUE(f.Has(EntityIri("ana ruiz"), "title", "Nordic Nations Secretary-General"));
  EXPECT_TRUE(f.Has(EntityIri("ana ruiz"), "memberOf", EntityIri("Nordic Nations")));
  EXPECT_FALSE(f.Has(EntityIri("-"), "", ""));
}

// Ole Brandt, now farming minister, spoke.
const char* kNowOffice = R"(1 Ole Ole PROPN 7 nsubj NER=B-PERSON
2 Brandt Brandt PROPN 1 flat NER=I-PERSON SpaceAfter=No
3 , , PUNCT 6 punct
4 now now ADV 6 advmod
5 farming farming NOUN 6 compound
6 minister minister NOUN 1 appos SpaceAfter=No
7 spoke speak VERB 0 root SpaceAfter=No
8 . . PUNCT 7 punct
)";

TEST(OfficeTest, TimeWordIsNoPartOfTheTitle) {
  Facts f(kNowOffice);
  EXPECT_TRUE(f.Has(EntityIri("ole brandt"), "title", "farming minister"));
  EXPECT_FALSE(f.Has(EntityIri("ole brandt"), "title", "now farming minister"));
}

// Presidents Ana Ruiz of Kenya and Pol Tenn of Ghana signed the pact.
const char* kPluralOfficeList = R"(1 Presidents President PROPN 3 compound
2 Ana Ana PROPN 3 flat NER=B-PERSON
3 Ruiz Ruiz PROPN 12 nsubj NER=I-PERSON
4 of of ADP 5 case
5 Kenya Kenya PROPN 3 nmod NER=B-PLACE
6 and and CCONJ 7 cc
7 Pol Pol PROPN 3 conj NER=B-PERSON
8 Tenn Tenn PROPN 7 flat NER=I-PERSON
9 of of ADP 10 case
10 Ghana Ghana PROPN 7 nmod NER=B-PLACE
11 signed sign VERB 0 root
12 the the DET 13 det
13 pact pact NOUN 11 obj SpaceAfter=No
14 . . PUNCT 11 punct
)";

TEST(OfficeTest, PluralOfficeGoesToEveryListedNameWithItsOwnCountry) {
  Facts f(kPluralOfficeList);
  EXPECT_TRUE(f.Has(EntityIri("ana ruiz"), "title", "President"));
  EXPECT_TRUE(f.Has(EntityIri("pol tenn"), "title", "President"));
  EXPECT_TRUE(f.Has(EntityIri("ana ruiz"), "leaderOf", EntityIri("Kenya")));
  EXPECT_TRUE(f.Has(EntityIri("pol tenn"), "leaderOf", EntityIri("Ghana")));
  EXPECT_FALSE(f.Has(EntityIri("ana ruiz"), "leaderOf", EntityIri("Ghana")));
  EXPECT_FALSE(f.Has(EntityIri("pol tenn"), "leaderOf", EntityIri("Kenya")));
}

// Prime Minister Jan Osk of Norway arrived.
const char* kPrimeMinisterOf = R"(1 Prime prime ADJ 2 amod
2 Minister minister PROPN 3 nmod:desc
3 Jan Jan PROPN 7 nsubj NER=B-PERSON
4 Osk Osk PROPN 3 flat NER=I-PERSON
5 of of ADP 6 case
6 Norway Norway PROPN 3 nmod NER=B-PLACE
7 arrived arrive VERB 0 root SpaceAfter=No
8 . . PUNCT 7 punct
)";

TEST(OfficeTest, PrimeMinisterOfACountryLeadsIt) {
  Facts f(kPrimeMinisterOf);
  EXPECT_TRUE(f.Has(EntityIri("jan osk"), "title", "Prime Minister"));
  EXPECT_TRUE(f.Has(EntityIri("jan osk"), "leaderOf", EntityIri("Norway")));
  EXPECT_TRUE(f.Has(EntityIri("jan osk"), "nationality", EntityIri("Norway")));
}

// Ana Ruiz spoke at the Tarvik Office Tuesday.
const char* kWeekdayAfterName = R"(1 Ana Ana PROPN 3 nsubj NER=B-PERSON
2 Ruiz Ruiz PROPN 1 flat NER=I-PERSON
3 spoke speak VERB 0 root
4 at at ADP 7 case
5 the the DET 7 det
6 Tarvik Tarvik PROPN 7 compound NER=B-ORG
7 Office Office PROPN 3 obl NER=I-ORG
8 Tuesday Tuesday PROPN 3 obl:tmod NER=I-ORG SpaceAfter=No
9 . . PUNCT 3 punct
)";

TEST(NameTest, NameDoesNotSwallowAWeekday) {
  Facts f(kWeekdayAfterName);
  EXPECT_TRUE(f.Has(EntityIri("Tarvik Office"), "", ""));
  EXPECT_FALSE(f.Has(EntityIri("Tarvik Office Tuesday"), "", ""));
}

// Ole Brandt, a former Progressive MP, spoke.
const char* kAppositionParty = R"(1 Ole Ole PROPN 9 nsubj NER=B-PERSON
2 Brandt Brandt PROPN 1 flat NER=I-PERSON SpaceAfter=No
3 , , PUNCT 7 punct
4 a a DET 7 det
5 former former ADJ 7 amod
6 Progressive Progressive PROPN 7 compound
7 MP MP PROPN 1 appos SpaceAfter=No
8 , , PUNCT 1 punct
9 spoke speak VERB 0 root SpaceAfter=No
10 . . PUNCT 9 punct
)";

TEST(OfficeTest, PartyInsideAnApposedOffice) {
  Facts f(kAppositionParty);
  EXPECT_TRUE(f.Has(EntityIri("ole brandt"), "title", "former Progressive MP"));
  EXPECT_TRUE(f.Has(EntityIri("ole brandt"), "memberOf", EntityIri("Progressive Party")));
}

// The list named Kang Min-ho and Ana Ruiz-led groups.
const char* kHyphenatedName = R"(1 The the DET 2 det
2 list list NOUN 3 nsubj
3 named name VERB 0 root
4 Kang Kang PROPN 3 obj NER=B-PERSON
5 Min Min PROPN 4 flat NER=I-PERSON SpaceAfter=No
6 - - PUNCT 7 punct SpaceAfter=No
7 ho ho NOUN 4 flat
8 and and CCONJ 13 cc
9 Ana Ana PROPN 13 compound NER=B-PERSON
10 Ruiz Ruiz PROPN 9 flat NER=I-PERSON SpaceAfter=No
11 - - PUNCT 12 punct SpaceAfter=No
12 led lead VERB 13 amod
13 groups group NOUN 4 conj SpaceAfter=No
14 . . PUNCT 3 punct
)";

TEST(NameTest, HyphenGluedSyllableCompletesTheNameButACompoundHeadDoesNot) {
  Facts f(kHyphenatedName);
  EXPECT_TRUE(f.Has(EntityIri("kang min ho"), "", ""));
  EXPECT_FALSE(f.Has(EntityIri("kang min"), "", ""));
  EXPECT_TRUE(f.Has(EntityIri("ana ruiz"), "", ""));
  EXPECT_FALSE(f.Has(EntityIri("ana ruiz led"), "", ""));
}

// The president of Kenya, Ana Ruiz, spoke.
const char* kOfficeOfCountryThenName = R"(1 The the DET 2 det
2 president president NOUN 9 nsubj
3 of of ADP 4 case
4 Kenya Kenya PROPN 2 nmod NER=B-PLACE SpaceAfter=No
5 , , PUNCT 6 punct
6 Ana Ana PROPN 2 appos NER=B-PERSON
7 Ruiz Ruiz PROPN 6 flat NER=I-PERSON SpaceAfter=No
8 , , PUNCT 6 punct
9 spoke speak VERB 0 root SpaceAfter=No
10 . . PUNCT 9 punct
)";

TEST(OfficeTest, OfficeOfACountryBeforeACommaAndTheName) {
  Facts f(kOfficeOfCountryThenName);
  EXPECT_TRUE(f.Has(EntityIri("ana ruiz"), "title", "president of Kenya"));
  EXPECT_TRUE(f.Has(EntityIri("ana ruiz"), "leaderOf", EntityIri("Kenya")));
}

// Deputy Prime Minister for Fisheries and Minister of Energy Ana Ruiz resigned.
const char* kCoordinatedOffices = R"(1 Deputy deputy NOUN 3 compound
2 Prime prime ADJ 3 amod
3 Minister Minister PROPN 11 nsubj
4 for for ADP 5 case
5 Fisheries Fisheries PROPN 3 nmod
6 and and CCONJ 7 cc
7 Minister Minister PROPN 3 conj
8 of of ADP 9 case
9 Energy Energy PROPN 7 nmod
10 Ana Ana PROPN 7 flat NER=B-PERSON
11 Ruiz Ruiz PROPN 12 nsubj NER=I-PERSON
12 resigned resign VERB 0 root SpaceAfter=No
13 . . PUNCT 12 punct
)";

TEST(OfficeTest, CoordinatedOfficesBeforeOneName) {
  Facts f(kCoordinatedOffices);
  EXPECT_TRUE(f.Has(EntityIri("ana ruiz"), "title", "Minister of Energy"));
  EXPECT_TRUE(f.Has(EntityIri("ana ruiz"), "title", "Deputy Prime Minister for Fisheries"));
}

// Likud Ana Ruiz voted against the plan.
const char* kPartyBeforeName = R"(1 Likud Likud PROPN 2 compound NER=B-PERSON
2 Ana Ana PROPN 4 nsubj NER=I-PERSON
3 Ruiz Ruiz PROPN 2 flat NER=I-PERSON
4 voted vote VERB 0 root
5 against against ADP 7 case
6 the the DET 7 det
7 plan plan NOUN 4 obl SpaceAfter=No
8 . . PUNCT 4 punct
)";

TEST(OfficeTest, PartyNamedRightBeforeAPerson) {
  Facts f(kPartyBeforeName);
  EXPECT_TRUE(f.Has(EntityIri("ana ruiz"), "memberOf", EntityIri("Likud")));
  EXPECT_FALSE(f.Has(EntityIri("likud ana ruiz"), "", ""));
}

// The archive shows former farming minister Ole Brandt signed it.
const char* kFormerOpensTheOffice = R"(1 The the DET 2 det
2 archive archive NOUN 3 nsubj
3 shows show NOUN 8 compound
4 former former ADJ 6 amod
5 farming farming NOUN 6 compound
6 minister minister NOUN 7 nmod:desc
7 Ole Ole PROPN 9 nsubj NER=B-PERSON
8 Brandt Brandt PROPN 7 flat NER=I-PERSON
9 signed sign VERB 0 root
10 it it PRON 9 obj SpaceAfter=No
11 . . PUNCT 9 punct
)";

TEST(OfficeTest, FormerOpensTheOfficePhrase) {
  Facts f(kFormerOpensTheOffice);
  EXPECT_TRUE(f.Has(EntityIri("ole brandt"), "title", "former farming minister"));
  EXPECT_FALSE(f.Has(EntityIri("ole brandt"), "title", "shows former farming minister"));
}

// Senior Likud candidate Ana Ruiz spoke.
const char* kAffiliationNoun = R"(1 Senior senior ADJ 3 amod
2 Likud Likud PROPN 3 compound
3 candidate candidate NOUN 4 nmod:desc
4 Ana Ana PROPN 6 nsubj NER=B-PERSON
5 Ruiz Ruiz PROPN 4 flat NER=I-PERSON
6 spoke speak VERB 0 root SpaceAfter=No
7 . . PUNCT 6 punct
)";

// Ana Ruiz of the Green Unionist Party spoke.
const char* kPartyAfterName = R"(1 Ana Ana PROPN 8 nsubj NER=B-PERSON
2 Ruiz Ruiz PROPN 1 flat NER=I-PERSON
3 of of ADP 7 case
4 the the DET 7 det
5 Green Green PROPN 7 compound NER=B-ORG
6 Unionist Unionist PROPN 7 compound NER=I-ORG
7 Party Party PROPN 1 nmod NER=I-ORG
8 spoke speak VERB 0 root SpaceAfter=No
9 . . PUNCT 8 punct
)";

TEST(AffiliationTest, BodyBeforeAnAffiliationNoun) {
  Facts f(kAffiliationNoun);
  EXPECT_TRUE(f.Has(EntityIri("ana ruiz"), "memberOf", EntityIri("Likud")));
  EXPECT_FALSE(f.Has(EntityIri("Senior Likud"), "", ""));
  EXPECT_FALSE(f.Has(EntityIri("ana ruiz"), "title", ""));  // a candidate holds no office
}

TEST(AffiliationTest, PartyAfterTheName) {
  Facts f(kPartyAfterName);
  EXPECT_TRUE(f.Has(EntityIri("ana ruiz"), "memberOf", EntityIri("Green Unionist Party")));
}

// Ana Ruiz joined the Tarvik Rowing Club. Ole Brandt is a member of Nordvale.
const char* kJoinAndMember = R"(1 Ana Ana PROPN 3 nsubj NER=B-PERSON
2 Ruiz Ruiz PROPN 1 flat NER=I-PERSON
3 joined join VERB 0 root
4 the the DET 7 det
5 Tarvik Tarvik PROPN 7 compound NER=B-ORG
6 Rowing Rowing PROPN 7 compound NER=I-ORG
7 Club Club PROPN 3 obj NER=I-ORG SpaceAfter=No
8 . . PUNCT 3 punct

1 Ole Ole PROPN 6 nsubj NER=B-PERSON
2 Brandt Brandt PROPN 1 flat NER=I-PERSON
3 is be AUX 6 cop
4 a a DET 6 det
5 founding founding NOUN 6 compound
6 member member NOUN 0 root
7 of of ADP 8 case
8 Nordvale Nordvale PROPN 6 nmod SpaceAfter=No
9 . . PUNCT 6 punct
)";

TEST(AffiliationTest, JoiningAndBeingAMember) {
  Facts f(kJoinAndMember);
  EXPECT_TRUE(f.Has(EntityIri("ana ruiz"), "memberOf", EntityIri("Tarvik Rowing Club")));
  EXPECT_TRUE(f.Has(EntityIri("ole brandt"), "memberOf", EntityIri("Nordvale")));
}

// Ana Ruiz leads Likud. Ole Brandt runs Likud's campaign.
const char* kLeadsParty = R"(1 Ana Ana PROPN 3 nsubj NER=B-PERSON
2 Ruiz Ruiz PROPN 1 flat NER=I-PERSON
3 leads lead VERB 0 root
4 Likud Likud PROPN 3 obj SpaceAfter=No
5 . . PUNCT 3 punct

1 Ole Ole PROPN 3 nsubj NER=B-PERSON
2 Brandt Brandt PROPN 1 flat NER=I-PERSON
3 runs run VERB 0 root
4 Likud Likud PROPN 6 nmod:poss SpaceAfter=No
5 's 's PART 4 case
6 campaign campaign NOUN 3 obj SpaceAfter=No
7 . . PUNCT 3 punct
)";

TEST(AffiliationTest, LeadingAPartyButNotItsCampaign) {
  Facts f(kLeadsParty);
  EXPECT_TRUE(f.Has(EntityIri("ana ruiz"), "leaderOf", EntityIri("Likud")));
  EXPECT_FALSE(f.Has(EntityIri("ole brandt"), "leaderOf", EntityIri("Likud")));
}

// Ana Ruiz is the Kenyan president.
const char* kCopulaDemonymOffice = R"(1 Ana Ana PROPN 6 nsubj NER=B-PERSON
2 Ruiz Ruiz PROPN 1 flat NER=I-PERSON
3 is be AUX 6 cop
4 the the DET 6 det
5 Kenyan Kenyan ADJ 6 amod
6 president president NOUN 0 root SpaceAfter=No
7 . . PUNCT 6 punct
)";

TEST(OfficeTest, CopularOfficeWithADemonym) {
  Facts f(kCopulaDemonymOffice);
  EXPECT_TRUE(f.Has(EntityIri("ana ruiz"), "title", "Kenyan president"));
  EXPECT_TRUE(f.Has(EntityIri("ana ruiz"), "nationality", EntityIri("Kenya")));
  EXPECT_TRUE(f.Has(EntityIri("ana ruiz"), "leaderOf", EntityIri("Kenya")));
}

// Ana Ruiz, 54, chief executive of Orvane, resigned.
const char* kAgeBeforeOffice = R"(1 Ana Ana PROPN 11 nsubj NER=B-PERSON
2 Ruiz Ruiz PROPN 1 flat NER=I-PERSON SpaceAfter=No
3 , , PUNCT 4 punct
4 54 54 NUM 1 appos SpaceAfter=No
5 , , PUNCT 7 punct
6 chief chief ADJ 7 amod
7 executive executive NOUN 1 appos
8 of of ADP 9 case
9 Orvane Orvane PROPN 7 nmod NER=B-ORG SpaceAfter=No
10 , , PUNCT 1 punct
11 resigned resign VERB 0 root SpaceAfter=No
12 . . PUNCT 11 punct
)";

// Ole Brandt was appointed as ambassador.
const char* kAppointedAs = R"(1 Ole Ole PROPN 4 nsubj:pass NER=B-PERSON
2 Brandt Brandt PROPN 1 flat NER=I-PERSON
3 was be AUX 4 aux:pass
4 appointed appoint VERB 0 root
5 as as ADP 6 case
6 ambassador ambassador NOUN 4 obl SpaceAfter=No
7 . . PUNCT 4 punct
)";

TEST(OfficeTest, AgeBetweenNameAndApposedOffice) {
  Facts f(kAgeBeforeOffice);
  EXPECT_TRUE(f.Has(EntityIri("ana ruiz"), "title", "chief executive of Orvane"));
  EXPECT_TRUE(f.Has(EntityIri("ana ruiz"), "leaderOf", EntityIri("Orvane")));
}

TEST(OfficeTest, AppointedAsAnOffice) {
  Facts f(kAppointedAs);
  EXPECT_TRUE(f.Has(EntityIri("ole brandt"), "title", "ambassador"));
}

// General Services Administration chief Ana Ruiz resigned.
const char* kOfficeWordInsideAnOrganisation = R"(1 General General PROPN 3 compound NER=B-PERSON
2 Services Services PROPN 3 compound NER=I-PERSON
3 Administration Administration PROPN 4 compound NER=I-PERSON
4 chief chief NOUN 5 nmod:desc
5 Ana Ana PROPN 7 nsubj NER=B-PERSON
6 Ruiz Ruiz PROPN 5 flat NER=I-PERSON
7 resigned resign VERB 0 root SpaceAfter=No
8 . . PUNCT 7 punct
)";

TEST(NameTest, OfficeWordInsideAnOrganisationNameSplitsNothing) {
  Facts f(kOfficeWordInsideAnOrganisation);
  EXPECT_FALSE(f.Has(EntityIri("services administration"), "", ""));
  EXPECT_TRUE(f.Has(EntityIri("ana ruiz"), "leaderOf", EntityIri("General Services Administration")));
}

// On Monday school inspection chief Ana Ruiz spoke.
const char* kWeekdayBeforeOffice = R"(1 On on ADP 5 case
2 Monday Monday PROPN 5 compound
3 school school NOUN 4 compound
4 inspection inspection NOUN 5 compound
5 chief chief NOUN 8 obl
6 Ana Ana PROPN 5 appos NER=B-PERSON
7 Ruiz Ruiz PROPN 6 flat NER=I-PERSON
8 spoke speak VERB 0 root SpaceAfter=No
9 . . PUNCT 8 punct
)";

TEST(NameTest, WeekdayStartsNoNameAndIsNoPartOfAnOffice) {
  Facts f(kWeekdayBeforeOffice);
  EXPECT_TRUE(f.Has(EntityIri("ana ruiz"), "title", "school inspection chief"));
  EXPECT_FALSE(f.Has(EntityIri("Monday school"), "", ""));
}

TEST(PartyNamesTest, AdjectivePluralAndFullFormsAreOneParty) {
  EXPECT_EQ(CanonicalPartyName("Green Unionist Party", PartyEvidence::kName, nullptr),
            "Green Unionist Party");
  EXPECT_EQ(CanonicalPartyName("Green Unionists", PartyEvidence::kOrganisation, nullptr),
            "Green Unionist Party");
  EXPECT_EQ(CanonicalPartyName("the Green Unionists", PartyEvidence::kOrganisation, nullptr),
            "Green Unionist Party");
  EXPECT_EQ(CanonicalPartyName("Green Unionist", PartyEvidence::kOfficeModifier, nullptr),
            "Green Unionist Party");
  std::vector<std::string> variants;
  EXPECT_EQ(CanonicalPartyName("Free Democrats", PartyEvidence::kOrganisation, &variants),
            "Free Democratic Party");
  EXPECT_NE(std::find(variants.begin(), variants.end(), "FDP"), variants.end());
  EXPECT_EQ(CanonicalPartyName("Likud", PartyEvidence::kName, nullptr), "Likud");
  EXPECT_EQ(CanonicalPartyName("Israeli Likud", PartyEvidence::kName, nullptr), "Likud");
}

TEST(PartyNamesTest, OtherNamesAreNoParties) {
  EXPECT_EQ(CanonicalPartyName("Green Unionist", PartyEvidence::kName, nullptr), "");
  // An organisation's name ending like an adjective is no party unless it modifies an office.
  EXPECT_EQ(CanonicalPartyName("Tarvik Initiative", PartyEvidence::kOrganisation, nullptr), "");
  EXPECT_EQ(CanonicalPartyName("Tarvik Guardian", PartyEvidence::kOrganisation, nullptr), "");
  EXPECT_EQ(CanonicalPartyName("Nordvale Executive", PartyEvidence::kOfficeModifier, nullptr), "");
  EXPECT_EQ(CanonicalPartyName("Orvane", PartyEvidence::kOfficeModifier, nullptr), "");
  EXPECT_EQ(CanonicalPartyName("Tarvik Harbour Board", PartyEvidence::kOfficeModifier, nullptr), "");
  EXPECT_EQ(CanonicalPartyName("party", PartyEvidence::kOfficeModifier, nullptr), "");
}

// Norwegian woman Kari Lund was injured.
const char* kNationalityPrenominal = R"(1 Norwegian Norwegian ADJ 2 amod
2 woman woman NOUN 0 root
3 Kari Kari PROPN 6 nsubj:pass NER=B-PERSON
4 Lund Lund PROPN 3 flat NER=I-PERSON
5 was be AUX 6 aux:pass
6 injured injure VERB 2 acl:relcl SpaceAfter=No
7 . . PUNCT 2 punct
)";

// Piet Voll is a Brazilian national.
const char* kNationalityCopula = R"(1 Piet Piet PROPN 6 nsubj NER=B-PERSON
2 Voll Voll PROPN 1 flat NER=I-PERSON
3 is be AUX 6 cop
4 a a DET 6 det
5 Brazilian Brazilian ADJ 6 amod
6 national national ADJ 0 root SpaceAfter=No
7 . . PUNCT 6 punct
)";

TEST(NationalityTest, DemonymBeforeANounForAPerson) {
  Facts f(kNationalityPrenominal);
  EXPECT_TRUE(f.Has(EntityIri("kari lund"), "nationality", EntityIri("Norway")));
}

TEST(NationalityTest, CopulaWithNational) {
  Facts f(kNationalityCopula);
  EXPECT_TRUE(f.Has(EntityIri("piet voll"), "nationality", EntityIri("Brazil")));
}

// Ana Ruiz and her Danish and Polish counterparts, Ole Brandt and Jan Osk, met.
const char* kCounterparts = R"(1 Ana Ana PROPN 15 nsubj NER=B-PERSON
2 Ruiz Ruiz PROPN 1 flat NER=I-PERSON
3 and and CCONJ 8 cc
4 her her PRON 8 nmod:poss
5 Danish Danish ADJ 8 amod
6 and and CCONJ 7 cc
7 Polish Polish ADJ 5 conj
8 counterparts counterpart NOUN 1 conj SpaceAfter=No
9 , , PUNCT 10 punct
10 Ole Ole PROPN 8 appos NER=B-PERSON
11 Brandt Brandt PROPN 10 flat NER=I-PERSON
12 and and CCONJ 13 cc
13 Jan Jan PROPN 10 conj NER=B-PERSON
14 Osk Osk PROPN 13 flat NER=I-PERSON SpaceAfter=No
15 met meet VERB 0 root SpaceAfter=No
16 . . PUNCT 15 punct
)";

TEST(NationalityTest, DemonymsPairInOrderWithTheNamedCounterparts) {
  Facts f(kCounterparts);
  EXPECT_TRUE(f.Has(EntityIri("ole brandt"), "nationality", EntityIri("Denmark")));
  EXPECT_TRUE(f.Has(EntityIri("jan osk"), "nationality", EntityIri("Poland")));
  EXPECT_FALSE(f.Has(EntityIri("ole brandt"), "nationality", EntityIri("Poland")));
  EXPECT_FALSE(f.Has(EntityIri("ana ruiz"), "nationality", ""));
}

// Ilse Varnum's father was Ole Brandt.
const char* kKinCopula = R"(1 Ilse Ilse PROPN 4 nmod:poss NER=B-PERSON
2 Varnum Varnum PROPN 1 flat NER=I-PERSON SpaceAfter=No
3 's 's PART 1 case
4 father father NOUN 6 nsubj
5 was be AUX 6 cop
6 Ole Ole PROPN 0 root NER=B-PERSON
7 Brandt Brandt PROPN 6 flat NER=I-PERSON SpaceAfter=No
8 . . PUNCT 6 punct
)";

TEST(KinshipTest, KinNounAcrossACopula) {
  Facts f(kKinCopula);
  EXPECT_TRUE(f.Has(EntityIri("ole brandt"), "parentOf", EntityIri("ilse varnum")));
  EXPECT_TRUE(f.Has(EntityIri("ilse varnum"), "childOf", EntityIri("ole brandt")));
}

// Ana Ruiz recalled a quarrel with daughter Elena Lind.
const char* kBareKinNoun = R"(1 Ana Ana PROPN 3 nsubj NER=B-PERSON
2 Ruiz Ruiz PROPN 1 flat NER=I-PERSON
3 recalled recall VERB 0 root
4 a a DET 5 det
5 quarrel quarrel NOUN 3 obj
6 with with ADP 7 case
7 daughter daughter NOUN 5 nmod
8 Elena Elena PROPN 7 appos NER=B-PERSON
9 Lind Lind PROPN 8 flat NER=I-PERSON SpaceAfter=No
10 . . PUNCT 3 punct
)";

TEST(KinshipTest, BareKinNounBelongsToTheOnePersonNamedBefore) {
  Facts f(kBareKinNoun);
  EXPECT_TRUE(f.Has(EntityIri("elena lind"), "childOf", EntityIri("ana ruiz")));
  EXPECT_TRUE(f.Has(EntityIri("ana ruiz"), "parentOf", EntityIri("elena lind")));
}

// Ana Ruiz's former business partner Ole Brandt spoke.
const char* kBusinessPartner = R"(1 Ana Ana PROPN 6 nmod:poss NER=B-PERSON
2 Ruiz Ruiz PROPN 1 flat NER=I-PERSON SpaceAfter=No
3 's 's PART 1 case
4 former former ADJ 6 amod
5 business business NOUN 6 compound
6 partner partner NOUN 7 nmod:desc
7 Ole Ole PROPN 9 nsubj NER=B-PERSON
8 Brandt Brandt PROPN 7 flat NER=I-PERSON
9 spoke speak VERB 0 root SpaceAfter=No
10 . . PUNCT 9 punct
)";

TEST(KinshipTest, BusinessPartnerIsNoSpouse) {
  Facts f(kBusinessPartner);
  EXPECT_FALSE(f.Has(EntityIri("ole brandt"), "spouseOf", ""));
  EXPECT_FALSE(f.Has(EntityIri("ana ruiz"), "spouseOf", ""));
}

// Ana Lind married Tor Hallum in 1990.
const char* kMarried = R"(1 Ana Ana PROPN 3 nsubj NER=B-PERSON
2 Lind Lind PROPN 1 flat NER=I-PERSON
3 married marry VERB 0 root
4 Tor Tor PROPN 3 obj NER=B-PERSON
5 Hallum Hallum PROPN 4 flat NER=I-PERSON
6 in in ADP 7 case
7 1990 1990 NUM 3 obl SpaceAfter=No
8 . . PUNCT 3 punct
)";

// Ana Lind never married Tor Hallum.
const char* kNeverMarried = R"(1 Ana Ana PROPN 4 nsubj NER=B-PERSON
2 Lind Lind PROPN 1 flat NER=I-PERSON
3 never never ADV 4 advmod
4 married marry VERB 0 root
5 Tor Tor PROPN 4 obj NER=B-PERSON
6 Hallum Hallum PROPN 5 flat NER=I-PERSON SpaceAfter=No
7 . . PUNCT 4 punct
)";

TEST(KinshipTest, MarryMakesSpousesBothWays) {
  Facts f(kMarried);
  EXPECT_TRUE(f.Has(EntityIri("ana lind"), "spouseOf", EntityIri("tor hallum")));
  EXPECT_TRUE(f.Has(EntityIri("tor hallum"), "spouseOf", EntityIri("ana lind")));
}

TEST(KinshipTest, NegatedMarriageIsNoFact) {
  Facts f(kNeverMarried);
  EXPECT_FALSE(f.Has(EntityIri("ana lind"), "spouseOf", ""));
}

// Mr Quillan was joined on arrival by his wife Mira, daughter Ilse and stepson Joop.
const char* kKinList = R"(1 Mr Mr. PROPN 4 nsubj:pass NER=B-PERSON
2 Quillan Quillan PROPN 1 flat NER=I-PERSON
3 was be AUX 4 aux:pass
4 joined join VERB 0 root
5 on on ADP 6 case
6 arrival arrival NOUN 4 obl
7 by by ADP 9 case
8 his his PRON 9 nmod:poss
9 wife wife NOUN 4 obl:agent
10 Mira Mira PROPN 9 appos SpaceAfter=No NER=B-PERSON
11 , , PUNCT 12 punct
12 daughter daughter NOUN 9 conj
13 Ilse Ilse PROPN 9 appos NER=B-PERSON
14 and and CCONJ 15 cc
15 stepson stepson PROPN 13 conj
16 Joop Joop PROPN 15 flat SpaceAfter=No
17 . . PUNCT 4 punct
)";

// Each kin noun of a list is kin of the first one's possessor; the last
// name, untagged by the NER, is a person because a kin noun precedes it.
TEST(KinshipTest, KinNounsListedAfterAPossessedOneShareItsPossessor) {
  Facts f(kKinList);
  EXPECT_TRUE(f.Has(EntityIri("quillan"), "spouseOf", EntityIri("mira")));
  EXPECT_TRUE(f.Has(EntityIri("quillan"), "parentOf", EntityIri("ilse")));
  EXPECT_TRUE(f.Has(EntityIri("ilse"), "childOf", EntityIri("quillan")));
  EXPECT_TRUE(f.Has(EntityIri("quillan"), "parentOf", EntityIri("joop")));
  EXPECT_FALSE(f.Has(EntityIri("mira"), "parentOf", ""));
}

// Student Piet Varkonyi asked a question. Mr Quillan was welcomed by his son Piet.
const char* kKinFirstName = R"(1 Student Student PROPN 4 nsubj NER=B-PERSON
2 Piet Piet PROPN 1 flat NER=I-PERSON
3 Varkonyi Varkonyi PROPN 1 flat NER=I-PERSON
4 asked ask VERB 0 root
5 a a DET 6 det
6 question question NOUN 4 obj SpaceAfter=No
7 . . PUNCT 4 punct

1 Mr Mr. PROPN 4 nsubj:pass NER=B-PERSON
2 Quillan Quillan PROPN 1 flat NER=I-PERSON
3 was be AUX 4 aux:pass
4 welcomed welcome VERB 0 root
5 by by ADP 7 case
6 his his PRON 7 nmod:poss
7 son son NOUN 4 obl:agent
8 Piet Piet PROPN 7 appos SpaceAfter=No NER=B-PERSON
9 . . PUNCT 4 punct
)";

// "his son Piet" is not the Piet of another family named before.
TEST(KinshipTest, ARelativesFirstNameIsNotAPersonOfAnotherFamilyName) {
  Facts f(kKinFirstName);
  EXPECT_TRUE(f.Has(EntityIri("quillan"), "parentOf", EntityIri("piet")));
  EXPECT_FALSE(f.Has(EntityIri("quillan"), "parentOf", EntityIri("student piet varkonyi")));
  EXPECT_FALSE(f.Has(EntityIri("quillan"), "parentOf", EntityIri("piet varkonyi")));
}

// Dana Petrakova retired last year. Her career included a public row with daughter Ostrava over pensions.
const char* kKinPlaceName = R"(1 Dana Dana PROPN 3 nsubj NER=B-PERSON
2 Petrakova Petrakova PROPN 1 flat NER=I-PERSON
3 retired retire VERB 0 root
4 last last ADJ 5 amod
5 year year NOUN 3 obl:unmarked SpaceAfter=No
6 . . PUNCT 3 punct

1 Her her PRON 2 nmod:poss
2 career career NOUN 3 nsubj
3 included include VERB 0 root
4 a a DET 6 det
5 public public ADJ 6 amod
6 row row NOUN 3 obj
7 with with ADP 9 case
8 daughter daughter NOUN 9 compound
9 Ostrava Ostrava PROPN 6 nmod NER=B-PLACE
10 over over ADP 11 case
11 pensions pension NOUN 6 nmod SpaceAfter=No
12 . . PUNCT 3 punct
)";

// A name the NER took for a place is a person after a kin noun.
TEST(KinshipTest, ANameAfterAKinNounIsAPerson) {
  Facts f(kKinPlaceName);
  EXPECT_TRUE(f.Has(EntityIri("dana petrakova"), "parentOf", EntityIri("ostrava")));
  EXPECT_TRUE(f.Has(EntityIri("ostrava"), "type", VocabIri("Person")));
}

// Former trade minister Sir Arlo Penhale has died. The former Progressive MP for Dunmore died after a short
// illness.
const char* kDescribedMp = R"(1 Former former ADJ 3 amod
2 trade trade NOUN 3 compound
3 minister minister NOUN 4 nmod:desc
4 Sir Sir PROPN 8 nsubj NER=B-PERSON
5 Arlo Arlo PROPN 4 flat NER=I-PERSON
6 Penhale Penhale PROPN 4 flat NER=I-PERSON
7 has have AUX 8 aux
8 died die VERB 0 root SpaceAfter=No
9 . . PUNCT 8 punct

1 The the DET 4 det
2 former former ADJ 4 amod
3 Progressive progressive ADJ 4 amod NER=B-PERSON
4 MP mp NOUN 7 nsubj NER=I-PERSON
5 for for ADP 6 case
6 Dunmore Dunmore PROPN 4 nmod NER=B-PERSON
7 died die VERB 0 root
8 after after ADP 11 case
9 a a DET 11 det
10 short short ADJ 11 amod
11 illness illness NOUN 7 obl SpaceAfter=No
12 . . PUNCT 7 punct
)";

// A subject description naming a party is whoever the text called by
// those words ("Progressive MP X"), not the last sentence's subject, who may
// be anyone; and "Progressive MP" is no person's name.
TEST(OfficeTest, APartyOfficeDescriptionIsNotThePreviousSubject) {
  Facts f(kDescribedMp);
  EXPECT_FALSE(f.Has(EntityIri("arlo penhale"), "memberOf", ""));
  EXPECT_FALSE(f.Has(EntityIri("progressive mp"), "", ""));
}

// Freed hostage Lena Varkonyi returned home. The Belizean-Bhutanese politician was greeted by supporters.
const char* kCompoundNationality = R"(1 Freed fre VERB 2 amod
2 hostage hostage NOUN 5 nsubj
3 Lena Lena PROPN 5 nsubj NER=B-PERSON
4 Varkonyi Varkonyi PROPN 3 flat NER=I-PERSON
5 returned return VERB 0 root
6 home home ADV 5 advmod SpaceAfter=No
7 . . PUNCT 5 punct

1 The the DET 5 det
2 Belizean Belizean PROPN 4 compound SpaceAfter=No
3 - - PUNCT 2 punct SpaceAfter=No
4 Bhutanese bhutanese ADJ 5 amod
5 politician politician NOUN 7 nsubj:pass
6 was be AUX 7 aux:pass
7 greeted greet VERB 0 root
8 by by ADP 9 case
9 supporters supporter NOUN 7 obl:agent SpaceAfter=No
10 . . PUNCT 7 punct
)";

// Both halves of a hyphenated demonym are nationalities, and the
// description names the person the sentence before was about.
TEST(NationalityTest, AHyphenatedDemonymGivesBothNationalities) {
  Facts f(kCompoundNationality);
  EXPECT_TRUE(f.Has(EntityIri("lena varkonyi"), "nationality", EntityIri("Belize")));
  EXPECT_TRUE(f.Has(EntityIri("lena varkonyi"), "nationality", EntityIri("Bhutan")));
}

// Hana Tervo, whose husband Olek is a doctor, voted.
const char* kWhoseKin = R"(1 Hana Hana PROPN 9 nsubj NER=B-PERSON
2 Tervo Tervo PROPN 1 flat SpaceAfter=No NER=I-PERSON
3 , , PUNCT 6 punct
4 whose whose PRON 5 nmod:poss
5 husband husband NOUN 6 compound
6 Olek Olek PROPN 1 conj
7 is be AUX 9 cop
8 a a DET 9 det
9 doctor doctor NOUN 0 root SpaceAfter=No
10 , , PUNCT 11 punct
11 voted vote VERB 9 acl:relcl SpaceAfter=No
12 . . PUNCT 9 punct
)";

// Ilse, Dara Okonkwo's daughter, was there.
const char* kApposedKin = R"(1 Ilse Ilse PROPN 9 nsubj SpaceAfter=No NER=B-PERSON
2 , , PUNCT 6 punct
3 Dara Dara PROPN 6 nmod:poss NER=B-PERSON
4 Okonkwo Okonkwo PROPN 3 flat SpaceAfter=No NER=I-PERSON
5 's 's PART 3 case
6 daughter daughter NOUN 1 appos SpaceAfter=No
7 , , PUNCT 1 punct
8 was be AUX 9 cop
9 there there ADV 0 root SpaceAfter=No
10 . . PUNCT 9 punct
)";

// Joop Strandberg, the son of former president Arno Strandberg, spoke.
const char* kSonOfOfficeHolder = R"(1 Joop Joop PROPN 12 nsubj NER=B-PERSON
2 Strandberg Strandberg PROPN 1 flat SpaceAfter=No NER=I-PERSON
3 , , PUNCT 5 punct
4 the the DET 5 det
5 son son NOUN 1 appos
6 of of ADP 8 case
7 former former ADJ 8 amod
8 president president NOUN 5 nmod
9 Arno Arno PROPN 10 compound NER=B-PERSON
10 Strandberg Strandberg PROPN 5 nmod SpaceAfter=No NER=I-PERSON
11 , , PUNCT 1 punct
12 spoke speak VERB 0 root SpaceAfter=No
13 . . PUNCT 12 punct
)";

// Marta Kovac has two children, Sara and Leo.
const char* kChildrenListed = R"(1 Marta Marta PROPN 3 nsubj NER=B-PERSON
2 Kovac Kovac PROPN 1 flat NER=I-PERSON
3 has have VERB 0 root
4 two two NUM 5 nummod
5 children child NOUN 3 obj SpaceAfter=No
6 , , PUNCT 7 punct
7 Sara Sara PROPN 3 conj NER=B-PERSON
8 and and CCONJ 9 cc
9 Leo Leo PROPN 7 conj SpaceAfter=No NER=B-PLACE
10 . . PUNCT 3 punct
)";

// Nils Berg, who is married to Eva Holm, retired.
const char* kMarriedTo = R"(1 Nils Nils PROPN 11 nsubj NER=B-PERSON
2 Berg Berg PROPN 1 flat SpaceAfter=No NER=I-PERSON
3 , , PUNCT 6 punct
4 who who PRON 6 nsubj
5 is be AUX 6 cop
6 married married ADJ 1 acl:relcl
7 to to ADP 8 case
8 Eva Eva PROPN 6 obl NER=B-PERSON
9 Holm Holm PROPN 8 flat SpaceAfter=No NER=I-PERSON
10 , , PUNCT 1 punct
11 retired retire VERB 0 root SpaceAfter=No
12 . . PUNCT 11 punct
)";

// Lena Park is the daughter of Piet Varkonyi.
const char* kPlaceTypedDaughter = R"(1 Lena Lena PROPN 5 nsubj NER=B-PLACE
2 Park Park PROPN 1 flat NER=I-PLACE
3 is be AUX 5 cop
4 the the DET 5 det
5 daughter daughter NOUN 0 root
6 of of ADP 7 case
7 Piet Piet PROPN 5 nmod NER=B-PERSON
8 Varkonyi Varkonyi PROPN 7 flat SpaceAfter=No NER=I-PERSON
9 . . PUNCT 5 punct
)";

// Peter Lund, senior partner of Brekke Varkonyi, said no.
const char* kExecutivePartner = R"(1 Peter Peter PROPN 10 nsubj NER=B-PERSON
2 Lund Lund PROPN 1 flat SpaceAfter=No NER=I-PERSON
3 , , PUNCT 5 punct
4 senior senior ADJ 5 amod
5 partner partner NOUN 1 appos
6 of of ADP 7 case
7 Brekke Brekke PROPN 5 nmod NER=B-PERSON
8 Varkonyi Varkonyi PROPN 7 flat SpaceAfter=No NER=I-PERSON
9 , , PUNCT 1 punct
10 said say VERB 0 root
11 no no INTJ 10 ccomp SpaceAfter=No
12 . . PUNCT 10 punct
)";

TEST(KinshipTest, WhoseKinAndKinInAppositionToTheRelative) {
  EXPECT_TRUE(Facts(kWhoseKin).Has(EntityIri("hana tervo"), "spouseOf", EntityIri("olek")));
  Facts apposed(kApposedKin);
  EXPECT_TRUE(apposed.Has(EntityIri("dara okonkwo"), "parentOf", EntityIri("ilse")));
  EXPECT_TRUE(apposed.Has(EntityIri("ilse"), "childOf", EntityIri("dara okonkwo")));
}

TEST(KinshipTest, SonOfAnOfficeHolderAndListedChildren) {
  EXPECT_TRUE(Facts(kSonOfOfficeHolder).Has(EntityIri("joop strandberg"), "childOf", EntityIri("arno strandberg")));
  Facts listed(kChildrenListed);
  EXPECT_TRUE(listed.Has(EntityIri("marta kovac"), "parentOf", EntityIri("sara")));
  EXPECT_TRUE(listed.Has(EntityIri("marta kovac"), "parentOf", EntityIri("leo")));
}

TEST(KinshipTest, MarriedToInARelativeClauseAndAPlaceTypedDaughter) {
  EXPECT_TRUE(Facts(kMarriedTo).Has(EntityIri("nils berg"), "spouseOf", EntityIri("eva holm")));
  Facts daughter(kPlaceTypedDaughter);
  EXPECT_TRUE(daughter.Has(EntityIri("lena park"), "childOf", EntityIri("piet varkonyi")));
  EXPECT_TRUE(daughter.Has(EntityIri("lena park"), "type", VocabIri("Person")));
}

TEST(KinshipTest, AFirmsPartnerIsNoSpouse) {
  EXPECT_FALSE(Facts(kExecutivePartner).Has(EntityIri("peter lund"), "spouseOf", ""));
}

// Ivo Lasko, the leader of the military wing of the Tarvian Liberation Front, warned the army.
const char* kLeaderOfAWing = R"(1 Ivo Ivo PROPN 16 nsubj NER=B-PERSON
2 Lasko Lasko PROPN 1 flat SpaceAfter=No NER=I-PERSON
3 , , PUNCT 5 punct
4 the the DET 5 det
5 leader leader NOUN 1 appos
6 of of ADP 9 case
7 the the DET 9 det
8 military military ADJ 9 amod
9 wing wing NOUN 5 nmod
10 of of ADP 14 case
11 the the DET 14 det
12 Tarvian Tarvian PROPN 14 compound NER=B-ORG
13 Liberation Liberation PROPN 14 compound NER=I-ORG
14 Front Front PROPN 9 nmod SpaceAfter=No NER=I-ORG
15 , , PUNCT 1 punct
16 warned warn VERB 0 root
17 the the DET 18 det
18 army army NOUN 16 obj SpaceAfter=No
19 . . PUNCT 16 punct
)";

// Ministers from a breakaway faction of the Orvane Front led by Mira Solen attended the meeting.
const char* kFactionLedBy = R"(1 Ministers minister NOUN 14 nsubj
2 from from ADP 5 case
3 a a DET 5 det
4 breakaway breakaway NOUN 5 compound
5 faction faction NOUN 1 nmod
6 of of ADP 9 case
7 the the DET 9 det
8 Orvane Orvane PROPN 9 compound NER=B-ORG
9 Front Front PROPN 5 nmod NER=I-ORG
10 led lead VERB 5 acl
11 by by ADP 12 case
12 Mira Mira PROPN 10 obl:agent NER=B-PERSON
13 Solen Solen PROPN 12 flat NER=I-PERSON
14 attended attend VERB 0 root
15 the the DET 16 det
16 meeting meeting NOUN 14 obj SpaceAfter=No
17 . . PUNCT 14 punct
)";

// Lord Ebbing, who is a long standing member of Belize's Quaker community, spoke.
const char* kMemberOfACommunity = R"(1 Lord Lord PROPN 16 nsubj NER=B-PERSON
2 Ebbing Ebbing PROPN 1 flat SpaceAfter=No NER=I-PERSON
3 , , PUNCT 9 punct
4 who who PRON 9 nsubj
5 is be AUX 9 cop
6 a a DET 9 det
7 long long ADJ 9 amod
8 standing standing NOUN 9 compound
9 member member NOUN 1 acl:relcl
10 of of ADP 14 case
11 Belize Belize PROPN 14 nmod:poss SpaceAfter=No NER=B-PLACE
12 's 's PART 11 case
13 Quaker Quaker PROPN 14 compound
14 community community NOUN 9 nmod SpaceAfter=No
15 , , PUNCT 1 punct
16 spoke speak VERB 0 root SpaceAfter=No
17 . . PUNCT 16 punct
)";

// A wing, faction or community of a named body is a body of its own: the
// leader of the wing leads the wing, not the organisation inside the phrase.
TEST(BodyPhraseTest, TheLeaderOfAWingLeadsTheWing) {
  Facts f(kLeaderOfAWing);
  EXPECT_TRUE(
      f.Has(EntityIri("ivo lasko"), "leaderOf", EntityIri("military wing of the Tarvian Liberation Front")));
  EXPECT_FALSE(f.Has(EntityIri("ivo lasko"), "leaderOf", EntityIri("Tarvian Liberation Front")));
}

TEST(BodyPhraseTest, AFactionLedByXIsLedByX) {
  Facts f(kFactionLedBy);
  EXPECT_TRUE(f.Has(EntityIri("mira solen"), "leaderOf", EntityIri("breakaway faction of the Orvane Front")));
  EXPECT_FALSE(f.Has(EntityIri("mira solen"), "leaderOf", EntityIri("Orvane Front")));
}

TEST(BodyPhraseTest, AMemberOfACountrysCommunity) {
  Facts f(kMemberOfACommunity);
  EXPECT_TRUE(f.Has(EntityIri("ebbing"), "memberOf", EntityIri("Belize's Quaker community")));
}

// Hana Tervo promised Olek Brandt he would stand aside.
const char* kPromisedSomeone = R"(1 Hana Hana PROPN 3 nsubj NER=B-PERSON
2 Tervo Tervo PROPN 1 flat NER=I-PERSON
3 promised promise VERB 0 root
4 Olek Olek PROPN 8 dislocated NER=B-PERSON
5 Brandt Brandt PROPN 4 flat NER=I-PERSON
6 he he PRON 8 nsubj
7 would would AUX 8 aux
8 stand stand VERB 3 dep
9 aside aside ADV 8 advmod SpaceAfter=No
10 . . PUNCT 8 punct
)";

// The one promised is the object, though the parser hung the name in the clause.
TEST(OpenRelationTest2, APromisedPersonIsTheIndirectObject) {
  Facts f(kPromisedSomeone);
  EXPECT_TRUE(f.Has(EntityIri("hana tervo"), "promise", EntityIri("olek brandt")));
}

// Sir Arlo Penhale was succeeded as the deputy for Dunmore and Ayle by Ivo Lasko.
const char* kReplacedAsBy = R"(1 Sir Sir PROPN 5 nsubj:pass NER=B-PERSON
2 Arlo Arlo PROPN 1 flat NER=I-PERSON
3 Penhale Penhale PROPN 1 flat NER=I-PERSON
4 was be AUX 5 aux:pass
5 succeeded succeed VERB 0 root
6 as as ADP 8 case
7 the the DET 8 det
8 deputy deputy NOUN 5 obl
9 for for ADP 10 case
10 Dunmore Dunmore PROPN 8 nmod NER=B-PERSON
11 and and CCONJ 12 cc
12 Ayle Ayle PROPN 10 conj
13 by by ADP 14 case
14 Ivo Ivo PROPN 8 nmod NER=B-PERSON
15 Lasko Lasko PROPN 14 flat SpaceAfter=No NER=I-PERSON
16 . . PUNCT 5 punct
)";

// The agent of a passive comes after a long "as ..." phrase the parser
// hung it on.
TEST(OpenRelationTest2, APassiveAgentAfterALongAsPhrase) {
  Facts f(kReplacedAsBy);
  EXPECT_TRUE(f.Has(EntityIri("ivo lasko"), "succeed", EntityIri("arlo penhale")));
}

// Lena Varkonyi was greeted by the First Lady, Mira Solen.
const char* kFirstLady = R"(1 Lena Lena PROPN 4 nsubj:pass NER=B-PERSON
2 Varkonyi Varkonyi PROPN 1 flat NER=I-PERSON
3 was be AUX 4 aux:pass
4 greeted greet VERB 0 root
5 by by ADP 8 case
6 the the DET 8 det
7 First First ADJ 8 amod NER=B-PERSON
8 Lady Lady PROPN 4 obl:agent SpaceAfter=No NER=I-PERSON
9 , , PUNCT 10 punct
10 Mira Mira PROPN 8 appos NER=B-PERSON
11 Solen Solen PROPN 10 flat SpaceAfter=No NER=I-PERSON
12 . . PUNCT 4 punct
)";

TEST(OfficeTest, TheFirstLadyBeforeACommaAndTheName) {
  Facts f(kFirstLady);
  EXPECT_TRUE(f.Has(EntityIri("mira solen"), "title", "First Lady"));
  EXPECT_FALSE(f.Has(EntityIri("lena varkonyi"), "title", ""));
}

// Belize, Bhutan and Vanuatu are members of the Orvane Union.
const char* kCountriesAreMembers = R"(1 Belize Belize PROPN 7 nsubj SpaceAfter=No NER=B-PLACE
2 , , PUNCT 3 punct
3 Bhutan Bhutan PROPN 1 conj NER=B-PLACE
4 and and CCONJ 5 cc
5 Vanuatu Vanuatu PROPN 1 conj NER=B-PLACE
6 are be AUX 7 cop
7 members member NOUN 0 root
8 of of ADP 11 case
9 the the DET 11 det
10 Orvane Orvane PROPN 11 compound NER=B-PLACE
11 Union Union PROPN 7 nmod SpaceAfter=No NER=I-PLACE
12 . . PUNCT 7 punct
)";

// The Group of Eleven (G11) comprises Belize, Bhutan and Andorra.
const char* kGroupComprises = R"(1 The the DET 2 det
2 Group Group PROPN 8 nsubj NER=B-ORG
3 of of ADP 4 case NER=I-ORG
4 Eleven Eleven PROPN 2 nmod NER=I-ORG
5 ( ( PUNCT 6 punct SpaceAfter=No
6 G11 G11 PROPN 4 appos SpaceAfter=No NER=B-PLACE
7 ) ) PUNCT 6 punct
8 comprises comprise VERB 0 root
9 Belize Belize PROPN 8 obj SpaceAfter=No NER=B-PLACE
10 , , PUNCT 11 punct
11 Bhutan Bhutan PROPN 9 conj NER=B-PLACE
12 and and CCONJ 13 cc
13 Andorra Andorra PROPN 9 conj SpaceAfter=No NER=B-PLACE
14 . . PUNCT 8 punct
)";

// Leaders of the G11 - Belize, Bhutan, Vanuatu and Andorra - met.
const char* kGroupDashList = R"(1 Leaders leader NOUN 14 nsubj
2 of of ADP 6 case
3 the the DET 6 det
4 G11 G11 PROPN 6 compound NER=B-PLACE
5 - - PUNCT 4 punct
6 Belize Belize PROPN 1 nmod SpaceAfter=No NER=B-PLACE
7 , , PUNCT 8 punct
8 Bhutan Bhutan PROPN 6 conj SpaceAfter=No NER=B-PLACE
9 , , PUNCT 10 punct
10 Vanuatu Vanuatu PROPN 6 conj NER=B-PLACE
11 and and CCONJ 12 cc
12 Andorra Andorra PROPN 6 conj NER=B-PLACE
13 - - PUNCT 6 punct
14 met meet VERB 0 root SpaceAfter=No
15 . . PUNCT 14 punct
)";

// ORCA member states Belize and Bhutan signed. Lowland countries Vanuatu and Andorra came out top.
const char* kMemberStates = R"(1 ORCA ORCA PROPN 2 compound NER=B-ORG
2 member member NOUN 3 nsubj
3 states state VERB 0 root
4 Belize Belize PROPN 7 nsubj NER=B-PLACE
5 and and CCONJ 6 cc
6 Bhutan Bhutan PROPN 4 conj NER=B-PLACE
7 signed sign VERB 3 ccomp SpaceAfter=No
8 . . PUNCT 3 punct

1 Lowland Lowland PROPN 2 compound
2 countries country NOUN 6 nsubj
3 Vanuatu Vanuatu PROPN 2 appos NER=B-PLACE
4 and and CCONJ 5 cc
5 Andorra Andorra PROPN 3 conj NER=B-PLACE
6 came come VERB 0 root
7 out out ADP 6 advmod
8 top top NOUN 6 vocative SpaceAfter=No
9 . . PUNCT 6 punct
)";

// Countries are members of groups: as copular subjects, as the objects of
// "comprise", set off by dashes after the group's name, and listed after
// "<group> member states"; a region's untyped name before "countries" is no group.
TEST(MembershipTest, CountriesListedAsMembersOfAGroup) {
  Facts copula(kCountriesAreMembers);
  for (const char* c : {"Belize", "Bhutan", "Vanuatu"})
    EXPECT_TRUE(copula.Has(EntityIri(c), "memberOf", EntityIri("Orvane Union"))) << c;
  Facts comprises(kGroupComprises);
  for (const char* c : {"Belize", "Bhutan", "Andorra"})
    EXPECT_TRUE(comprises.Has(EntityIri(c), "memberOf", EntityIri("Group of Eleven"))) << c;
  Facts dashes(kGroupDashList);
  for (const char* c : {"Belize", "Bhutan", "Vanuatu", "Andorra"})
    EXPECT_TRUE(dashes.Has(EntityIri(c), "memberOf", EntityIri("G11"))) << c;
  EXPECT_TRUE(dashes.Has(EntityIri("G11"), "type", VocabIri("Organization")));
  Facts states(kMemberStates);
  EXPECT_TRUE(states.Has(EntityIri("Belize"), "memberOf", EntityIri("ORCA")));
  EXPECT_TRUE(states.Has(EntityIri("Bhutan"), "memberOf", EntityIri("ORCA")));
  EXPECT_FALSE(states.Has(EntityIri("Vanuatu"), "memberOf", ""));
}

// Prime Minister Mira Lasko spoke. The prime minister's husband, Ivo Lasko, is a lawyer. Ms Lasko's son Piet is a student.
const char* kPrimeMinistersHusband = R"(1 Prime Prime ADJ 2 amod NER=B-PERSON
2 Minister Minister PROPN 3 nmod:desc NER=I-PERSON
3 Mira Mira PROPN 5 nsubj NER=I-PERSON
4 Lasko Lasko PROPN 3 flat NER=I-PERSON
5 spoke speak VERB 0 root SpaceAfter=No
6 . . PUNCT 5 punct

1 The the DET 3 det
2 prime prime ADJ 3 amod
3 minister minister NOUN 5 nmod:poss SpaceAfter=No
4 's 's PART 3 case
5 husband husband NOUN 12 nsubj SpaceAfter=No
6 , , PUNCT 5 punct
7 Ivo Ivo PROPN 5 appos NER=B-PERSON
8 Lasko Lasko PROPN 7 flat SpaceAfter=No NER=I-PERSON
9 , , PUNCT 5 punct
10 is be AUX 12 cop
11 a a DET 12 det
12 lawyer lawyer NOUN 0 root SpaceAfter=No
13 . . PUNCT 12 punct

1 Ms Ms. PROPN 4 nmod:poss NER=B-PERSON
2 Lasko Lasko PROPN 1 flat SpaceAfter=No NER=I-PERSON
3 's 's PART 1 case
4 son son NOUN 8 nsubj
5 Piet Piet PROPN 4 appos
6 is be AUX 8 cop
7 a a DET 8 det
8 student student NOUN 0 root SpaceAfter=No
9 . . PUNCT 8 punct
)";

// "the prime minister" is the person called "Prime Minister X" (its
// modifier must match); "Ms Lasko" is not the Lasko called her husband.
TEST(KinshipTest, ThePrimeMinistersSpouseAndMsSurnameIsNotTheHusband) {
  Facts f(kPrimeMinistersHusband);
  EXPECT_TRUE(f.Has(EntityIri("mira lasko"), "spouseOf", EntityIri("ivo lasko")));
  EXPECT_TRUE(f.Has(EntityIri("mira lasko"), "parentOf", EntityIri("piet")));
  EXPECT_FALSE(f.Has(EntityIri("ivo lasko"), "parentOf", ""));
  EXPECT_FALSE(f.Has(EntityIri("ivo lasko"), "title", ""));
}

// Those charged included Piet Varkonyi, the 31-year-old son of jazz drummer Olek Varkonyi.
const char* kSonOfRockStar = R"(1 Those that PRON 3 nsubj
2 charged charge VERB 3 advcl
3 included include VERB 0 root
4 Piet Piet PROPN 3 obj NER=B-PERSON
5 Varkonyi Varkonyi PROPN 4 flat SpaceAfter=No NER=I-PERSON
6 , , PUNCT 13 punct
7 the the DET 13 det
8 31 31 NUM 10 nummod SpaceAfter=No
9 - - PUNCT 8 punct SpaceAfter=No
10 year year NOUN 12 compound SpaceAfter=No
11 - - PUNCT 10 punct SpaceAfter=No
12 old old ADJ 13 amod
13 son son NOUN 4 appos
14 of of ADP 16 case
15 jazz jazz NOUN 16 compound
16 drummer drummer NOUN 13 nmod
17 Olek Olek PROPN 18 compound NER=B-PERSON
18 Varkonyi Varkonyi PROPN 13 nmod SpaceAfter=No NER=I-PERSON
19 . . PUNCT 3 punct
)";

// Piet Varkonyi's widow, retired chess player Ana Ruiz, spoke.
const char* kWidowDescribed = R"(1 Piet Piet PROPN 4 nmod:poss NER=B-PERSON
2 Varkonyi Varkonyi PROPN 1 flat SpaceAfter=No NER=I-PERSON
3 's 's PART 1 case
4 widow widow NOUN 12 nsubj SpaceAfter=No
5 , , PUNCT 4 punct
6 retired retired ADJ 8 amod
7 chess chess NOUN 8 compound
8 player player NOUN 12 nsubj
9 Ana Ana PROPN 8 appos NER=B-PERSON
10 Ruiz Ruiz PROPN 9 flat SpaceAfter=No NER=I-PERSON
11 , , PUNCT 8 punct
12 spoke speak VERB 0 root SpaceAfter=No
13 . . PUNCT 12 punct
)";

// Words describing either relative may stand between the kin noun and the name.
TEST(KinshipTest, DescriptionsBetweenKinNounAndName) {
  Facts son(kSonOfRockStar);
  EXPECT_TRUE(son.Has(EntityIri("piet varkonyi"), "childOf", EntityIri("olek varkonyi")));
  Facts widow(kWidowDescribed);
  EXPECT_TRUE(widow.Has(EntityIri("ana ruiz"), "spouseOf", EntityIri("piet varkonyi")));
}

// This comes after Hana Tervo and her Veloria Renewal Movement (VRM) party pulled out.
const char* kHerParty = R"(1 This this PRON 2 nsubj
2 comes come VERB 0 root
3 after after ADP 15 mark
4 Hana Hana PROPN 14 compound NER=B-PERSON
5 Tervo Tervo PROPN 4 flat NER=I-PERSON
6 and and CCONJ 10 cc
7 her her PRON 10 nmod:poss
8 Veloria Veloria PROPN 10 compound NER=B-ORG
9 Renewal Renewal PROPN 10 compound NER=I-ORG
10 Movement Movement PROPN 4 conj NER=I-ORG
11 ( ( PUNCT 12 punct SpaceAfter=No
12 VRM VRM PROPN 10 appos SpaceAfter=No NER=B-ORG
13 ) ) PUNCT 12 punct
14 party party NOUN 15 nsubj
15 pulled pull VERB 2 advcl
16 out out ADP 15 compound:prt SpaceAfter=No
17 . . PUNCT 2 punct
)";

TEST(AffiliationTest, XAndHerOwnPartyLeadsIt) {
  Facts f(kHerParty);
  EXPECT_TRUE(f.Has(EntityIri("hana tervo"), "leaderOf", EntityIri("Veloria Renewal Movement")));
}

// In the committee minutes Green Unionist leader Ana Ruiz is quoted.
const char* kNounBeforeOffice = R"(1 In in ADP 4 case
2 the the DET 4 det
3 committee committee NOUN 4 compound
4 minutes minute NOUN 11 obl
5 Green Green ADJ 7 amod
6 Unionist Unionist PROPN 7 compound
7 leader leader NOUN 8 nmod:desc
8 Ana Ana PROPN 11 nsubj:pass NER=B-PERSON
9 Ruiz Ruiz PROPN 8 flat NER=I-PERSON
10 is be AUX 11 aux:pass
11 quoted quote VERB 0 root SpaceAfter=No
12 . . PUNCT 11 punct
)";

// A lower-case noun before a capitalised office phrase belongs to the sentence.
TEST(OfficeTest, ALowerCaseNounBeforeACapitalisedOfficeIsNoPartOfIt) {
  Facts f(kNounBeforeOffice);
  EXPECT_TRUE(f.Has(EntityIri("ana ruiz"), "title", "Green Unionist leader"));
  EXPECT_FALSE(f.Has(EntityIri("ana ruiz"), "title", "committee minutes Green Unionist leader"));
}

// He will meet his Bhutanese counterpart President Ivo Lasko on Friday.
const char* kCounterpartPresident = R"(1 He he PRON 3 nsubj
2 will will AUX 3 aux
3 meet meet VERB 0 root
4 his his PRON 6 nmod:poss
5 Bhutanese bhutanese ADJ 6 amod
6 counterpart counterpart NOUN 3 obj
7 President President PROPN 6 appos NER=B-PERSON
8 Ivo Ivo PROPN 6 appos NER=I-PERSON
9 Lasko Lasko PROPN 8 flat NER=I-PERSON
10 on on ADP 11 case
11 Friday Friday PROPN 3 obl SpaceAfter=No
12 . . PUNCT 3 punct
)";

// The office is "President" alone; the demonym before "counterpart" is still his country.
TEST(OfficeTest, ADemonymBeforeCounterpartAndACapitalisedOffice) {
  Facts f(kCounterpartPresident);
  EXPECT_TRUE(f.Has(EntityIri("ivo lasko"), "title", "President"));
  EXPECT_TRUE(f.Has(EntityIri("ivo lasko"), "nationality", EntityIri("Bhutan")));
  EXPECT_FALSE(f.Has(EntityIri("ivo lasko"), "title", "Bhutanese counterpart President"));
}

}  // namespace
}  // namespace kg::extract
