#include "nlp/ner.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "nlp/conllu.h"
#include "nlp/ner_data.h"
#include "nlp/ner_eval.h"
#include "nlp/ner_gazetteer.h"
#include "nlp/ner_output_rules.h"
#include "temp_file.h"
#include "test_doc.h"

namespace kg::nlp {
namespace {

// An invented sentence annotated the GUM way (MISC Entity brackets).
const char* kGumLike =
    "# text = Yesterday the mayor of Lisbon, Ana Costa, visited the Ministry of Health.\n"
    "1\tYesterday\tyesterday\tADV\tRB\t_\t10\tadvmod\t_\t_\n"
    "2\tthe\tthe\tDET\tDT\t_\t3\tdet\t_\tEntity=(1-person-new-sssss-cf1-2-coref\n"
    "3\tmayor\tmayor\tNOUN\tNN\t_\t10\tnsubj\t_\t_\n"
    "4\tof\tof\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tLisbon\tLisbon\tPROPN\tNNP\t_\t3\tnmod\t_\tEntity=(2-place-new-sssss-cf2-1-sgl-Lisbon)|SpaceAfter=No\n"
    "6\t,\t,\tPUNCT\t,\t_\t7\tpunct\t_\t_\n"
    "7\tAna\tAna\tPROPN\tNNP\t_\t3\tappos\t_\tEntity=(3-person-new-sssss-cf3-1,2-coref\n"
    "8\tCosta\tCosta\tPROPN\tNNP\t_\t7\tflat\t_\tEntity=3)1)|SpaceAfter=No\n"
    "9\t,\t,\tPUNCT\t,\t_\t7\tpunct\t_\t_\n"
    "10\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "11\tthe\tthe\tDET\tDT\t_\t12\tdet\t_\tEntity=(4-organization-new-sssss-cf4-2-sgl-Ministry_of_Health\n"
    "12\tMinistry\tMinistry\tPROPN\tNNP\t_\t10\tobj\t_\t_\n"
    "13\tof\tof\tADP\tIN\t_\t14\tcase\t_\t_\n"
    "14\tHealth\tHealth\tPROPN\tNNP\t_\t12\tnmod\t_\tEntity=4)|SpaceAfter=No\n"
    "15\t.\t.\tPUNCT\t.\t_\t10\tpunct\t_\t_\n"
    "\n";

TEST(NerDataTest, NamedMentionsAreProperNounHeadedAndTrimmed) {
  std::istringstream in(kGumLike);
  auto sents = ReadConllu(in);
  ASSERT_TRUE(sents.ok()) << sents.status().ToString();
  ASSERT_EQ(sents->size(), 1u);
  const auto spans = GoldNamedMentions((*sents)[0]);
  // "the mayor of Lisbon, Ana Costa" is headed by a common noun: not named.
  // "the Ministry of Health" loses its determiner. Indices are 0-based words.
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(spans[0].label, "PLACE");
  EXPECT_EQ(spans[0].first_token, 4u);
  EXPECT_EQ(spans[0].last_token, 5u);
  EXPECT_EQ(spans[1].label, "PERSON");
  EXPECT_EQ(spans[1].first_token, 6u);
  EXPECT_EQ(spans[1].last_token, 8u);
  EXPECT_EQ(spans[2].label, "ORG");
  EXPECT_EQ(spans[2].first_token, 11u);
  EXPECT_EQ(spans[2].last_token, 14u);
}

TEST(NerDataTest, LocativeModifiersAreNotPartOfTheName) {
  // Invented: GUM-style outer mention "Fisht Stadium in Sochi" with the nested place "Sochi".
  std::istringstream in(
      "1\tFans\tfan\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
      "2\tfilled\tfill\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tFisht\tFisht\tPROPN\tNNP\t_\t4\tcompound\t_\tEntity=(1-place-new-sssss-cf1-1-sgl\n"
      "4\tStadium\tStadium\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
      "5\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "6\tSochi\tSochi\tPROPN\tNNP\t_\t4\tnmod\t_\tEntity=(2-place-new-sssss-cf2-1-sgl)1)|SpaceAfter=No\n"
      "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  auto sents = ReadConllu(in);
  ASSERT_TRUE(sents.ok()) << sents.status().ToString();
  const auto spans = GoldNamedMentions((*sents)[0]);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].first_token, 2u);  // "Fisht Stadium"
  EXPECT_EQ(spans[0].last_token, 4u);
  EXPECT_EQ(spans[1].first_token, 5u);  // "Sochi"
  EXPECT_EQ(spans[1].last_token, 6u);
  EXPECT_EQ(spans[1].label, "PLACE");
}

TEST(NerDataTest, NestedMentionsOfOneEntityAreBothRead) {
  // Invented: GUM gives a nested coreferent mention the outer one's id, so
  // "1)1)" closes the inner "Queen Ann" first, then "Ann Lee, known as ...".
  std::istringstream in(
      "1\tAnn\tAnn\tPROPN\tNNP\t_\t8\tnsubj\t_\tEntity=(1-person-new-sssss-cf1-1-coref\n"
      "2\tLee\tLee\tPROPN\tNNP\t_\t1\tflat\t_\tSpaceAfter=No\n"
      "3\t,\t,\tPUNCT\t,\t_\t4\tpunct\t_\t_\n"
      "4\tknown\tknow\tVERB\tVBN\t_\t1\tacl\t_\t_\n"
      "5\tas\tas\tADP\tIN\t_\t7\tcase\t_\t_\n"
      "6\tQueen\tQueen\tPROPN\tNNP\t_\t7\tnmod:desc\t_\tEntity=(1-person-giv-sssss-cf1-1-coref\n"
      "7\tAnn\tAnn\tPROPN\tNNP\t_\t4\tobl\t_\tEntity=1)1)\n"
      "8\tsang\tsing\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
      "9\t.\t.\tPUNCT\t.\t_\t8\tpunct\t_\t_\n\n");
  auto sents = ReadConllu(in);
  ASSERT_TRUE(sents.ok()) << sents.status().ToString();
  const auto spans = GoldNamedMentions((*sents)[0]);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].first_token, 0u);  // "Ann Lee" (the acl is cut)
  EXPECT_EQ(spans[0].last_token, 2u);
  EXPECT_EQ(spans[1].first_token, 5u);  // "Queen Ann"
  EXPECT_EQ(spans[1].last_token, 7u);
}

TEST(NerGazetteerTest, MatchesCountryPhrasesAndWordLists) {
  if (!std::filesystem::exists("/usr/share/iso-codes/json/iso_3166-1.json")) GTEST_SKIP() << "iso-codes absent";
  Gazetteer g = Gazetteer::Build();
  std::vector<uint8_t> kinds, place;
  g.Match({"President", "visited", "the", "United", "States", "and", "France"}, &kinds, &place);
  EXPECT_EQ(place, (std::vector<uint8_t>{0, 0, 0, 1, 3, 0, 4}));  // B, L, U
  EXPECT_TRUE(kinds[0] & (1u << Gazetteer::kTitle));
  EXPECT_EQ(kinds[1], 0);
}

TEST(NerGazetteerTest, CompanyDesignatorsAreOrganisationHeadWords) {
  Gazetteer g = Gazetteer::Build("/nonexistent", "/nonexistent", "/nonexistent", "/nonexistent");
  std::vector<uint8_t> kinds, place;
  g.Match({"Acme", "Holdings", "and", "Tarvo", "Industries", "Limited", "hired", "staff"}, &kinds, &place);
  const uint8_t org = 1u << Gazetteer::kOrgWord;
  EXPECT_TRUE(kinds[1] & org);
  EXPECT_TRUE(kinds[4] & org);
  EXPECT_TRUE(kinds[5] & org);
  EXPECT_FALSE(kinds[0] & org);
  EXPECT_FALSE(kinds[7] & org);  // lower-case words are matched case-sensitively
}

TEST(NerGazetteerTest, CitiesFromTimeZoneNames) {
  if (!std::filesystem::exists("/usr/share/zoneinfo/zone.tab")) GTEST_SKIP() << "tzdata absent";
  Gazetteer g = Gazetteer::Build("/nonexistent");
  std::vector<uint8_t> kinds, place;
  // "Europe/Athens" and "America/New_York" are zones; "Minister" is no place.
  g.Match({"Minister", "flew", "from", "Athens", "to", "New", "York"}, &kinds, &place);
  EXPECT_EQ(place, (std::vector<uint8_t>{0, 0, 0, 4, 0, 1, 3}));
}

TEST(NerGazetteerTest, PlacesAndOrganisationsFromWordNet) {
  // A three-synset data.noun in WordNet's format: a location instance, a
  // person instance (people are left out) and a capitalised group noun.
  const std::string dir = ::testing::TempDir() + "/wordnet";
  std::filesystem::create_directories(dir);
  std::ofstream(dir + "/data.noun")
      << "  1 This software and database is being provided to you\n"
      << "09215437 15 n 02 Lake_Victoria 0 Victoria_Nyanza 0 001 @i 09328904 n 0000 | a lake\n"
      << "10000001 18 n 01 Lee 0 001 @i 10000000 n 0000 | a general\n"
      << "08000001 14 n 01 Red_Cross 0 001 @ 08000000 n 0000 | an organization\n"
      << "08000002 14 n 01 committee 0 001 @ 08000000 n 0000 | a group\n";
  Gazetteer g = Gazetteer::Build("/nonexistent", dir, "/nonexistent", "/nonexistent");
  std::vector<uint8_t> kinds, place, org;
  const std::vector<std::string> words = {"Lee", "of", "the", "Red", "Cross", "saw", "Lake", "Victoria"};
  g.Match(words, &kinds, &place);
  g.MatchPhrases(words, Gazetteer::kOrg, &org);
  EXPECT_EQ(place, (std::vector<uint8_t>{0, 0, 0, 0, 0, 0, 1, 3}));
  EXPECT_EQ(org, (std::vector<uint8_t>{0, 0, 0, 1, 3, 0, 0, 0}));
  EXPECT_EQ(kinds[0], 0);
  EXPECT_EQ(g.phrases(Gazetteer::kOrg), (std::vector<std::string>{"Red Cross"}));
}

TEST(NerGazetteerTest, PersonNamesFromNameProviderLists) {
  // The shape of a python3-fake-factory person provider: weighted and plain
  // lists, a derived list (".copy()"), other class attributes, and a name in
  // Cyrillic that cannot match English text.
  std::istringstream src(
      "class Provider(PersonProvider):\n"
      "    formats = ('{{first_name}} {{last_name}}',)\n"
      "    first_names_female = OrderedDict((\n"
      "        ('Isabel', 0.003),\n"
      "        ('Ma\xc3\xaf" "a', 0.001),\n"
      "    ))\n"
      "    first_names_male = ('Omar', 'Jean-Luc')\n"
      "    first_names = first_names_male.copy()\n"
      "    last_names = (\n"
      "        'Moran', 'O\\'Neil', '\xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbe\xd0\xb2', 'Clements',\n"
      "    )\n"
      "    prefixes_male = ('Mr.', 'Dr.')\n");
  Gazetteer g;
  g.AddPersonNames(src);
  EXPECT_EQ(g.phrases(Gazetteer::kGivenName),
            (std::vector<std::string>{"Isabel", "Ma\xc3\xaf" "a", "Omar", "Jean-Luc"}));
  EXPECT_EQ(g.phrases(Gazetteer::kSurname), (std::vector<std::string>{"Moran", "O'Neil", "Clements"}));
  std::vector<uint8_t> kinds, place;
  g.Match({"Omar", "Moran", "Mr."}, &kinds, &place);
  EXPECT_EQ(kinds, (std::vector<uint8_t>{1u << Gazetteer::kGivenName, 1u << Gazetteer::kSurname, 0}));
}

TEST(NerGazetteerTest, TownsFromGeoNamesAreAPhraseKindOfTheirOwn) {
  // Two lines of a GeoNames dump: id, name, ASCII name, alternate names, ...
  std::istringstream dump(
      "5317058\tTempe\tTempe\tTempe Junction,Temps\t33.41477\t-111.90931\tP\tPPL\tUS\n"
      "3093133\t\xc5\x81\xc3\xb3""d\xc5\xba\tLodz\tLodsch\t51.75\t19.46667\tP\tPPLA\tPL\n"
      "broken line without tabs\n");
  Gazetteer g;
  g.AddGeoNamesCities(dump);
  EXPECT_EQ(g.phrases(Gazetteer::kCity), (std::vector<std::string>{"Lodz", "Tempe", "\xc5\x81\xc3\xb3""d\xc5\xba"}));
  std::vector<uint8_t> kinds, place, city;
  const std::vector<std::string> words = {"Tempe", "and", "Temps"};
  g.Match(words, &kinds, &place);
  g.MatchPhrases(words, Gazetteer::kCity, &city);
  EXPECT_EQ(city, (std::vector<uint8_t>{4, 0, 0}));  // alternate names are left out
  EXPECT_EQ(kinds, (std::vector<uint8_t>{0, 0, 0}));  // towns are no single-word kind bit
  EXPECT_EQ(place, (std::vector<uint8_t>{0, 0, 0}));
}

TEST(NerGazetteerTest, TownsLieInTheRegionsOfTheirCodes) {
  // GeoNames columns 9 and 11: country and admin1 code.
  std::istringstream dump("1\tVarnholt\tVarnholt\t\t0\t0\tP\tPPL\tUS\t\tCA\n");
  Gazetteer g;
  g.AddGeoNamesCities(dump);
  g.AddRegion("California", "=US-CA");
  g.AddRegion("California", "US");
  g.AddRegion("Oregon", "=US-OR");
  g.AddRegion("United States", "=US");
  auto check = [](const Gazetteer& x) {
    EXPECT_EQ(x.LiesIn("Varnholt", "California"), 2);
    EXPECT_EQ(x.LiesIn("Varnholt", "United States"), 2);
    EXPECT_EQ(x.LiesIn("California", "United States"), 2);
    EXPECT_EQ(x.LiesIn("Varnholt", "Oregon"), 1);
    EXPECT_EQ(x.LiesIn("United States", "California"), 1);  // the container is not inside
    EXPECT_EQ(x.LiesIn("California", "Varnholt"), 1);        // towns contain nothing
    EXPECT_EQ(x.LiesIn("Varnholt", "Nowhere"), 0);
  };
  check(g);
  std::stringstream block;
  ASSERT_TRUE(g.SaveRegions(block).ok());
  const std::string bytes = block.str();
  Gazetteer loaded;
  std::istringstream in(bytes);
  ASSERT_TRUE(loaded.LoadRegions(in).ok());
  check(loaded);
  std::istringstream cut(bytes.substr(0, bytes.size() - 1));
  EXPECT_FALSE(Gazetteer().LoadRegions(cut).ok());
}

TEST(NerGazetteerTest, SubdivisionsLieInTheirCountryFromIsoCodes) {
  if (!std::filesystem::exists("/usr/share/iso-codes/json/iso_3166-2.json")) GTEST_SKIP() << "iso-codes absent";
  Gazetteer g = Gazetteer::Build("/usr/share/iso-codes/json", "/nonexistent", "/nonexistent", "/nonexistent");
  EXPECT_EQ(g.LiesIn("California", "United States"), 2);
  EXPECT_EQ(g.LiesIn("Aberdeenshire", "Scotland"), 2);  // through the subdivision's parent
  EXPECT_EQ(g.LiesIn("California", "France"), 1);
}

TEST(NerTest, ACommaBetweenAPlaceAndItsRegionIsMarked) {
  Gazetteer g;
  std::istringstream dump("1\tVarnholt\tVarnholt\t\t0\t0\tP\tPPL\tUS\t\tCA\n");
  g.AddGeoNamesCities(dump);
  g.AddRegion("California", "=US-CA");
  g.AddRegion("Oregon", "=US-OR");
  const Doc doc = test_util::MakeDoc("Varnholt , California and Varnholt , Oregon , she said");
  Ner::SentenceFeatures s;
  Ner::Prepare(g, nullptr, doc, 0, static_cast<uint32_t>(doc.tokens.size()), nullptr, &s);
  // Roles 1-3 (before, comma, after) * 4 + LiesIn (2 yes, 1 no); "Oregon , she" has no second place.
  EXPECT_EQ(s.region_chain, (std::vector<uint8_t>{6, 10, 14, 0, 5, 9, 13, 0, 0, 0}));
}

TEST(NerTest, AnnotationSchemeFeaturesAreTrainingOnly) {
  const Doc doc = test_util::MakeDoc("Mayor/PROPN Ilse/PROPN Varno/PROPN spoke/VERB");
  Ner::SentenceFeatures s;
  Ner::Prepare(Gazetteer(), nullptr, doc, 0, static_cast<uint32_t>(doc.tokens.size()), nullptr, &s);
  EXPECT_EQ(s.domain, 0);  // run time: GUM's scheme, no extra features
  uint64_t plain[Ner::kMaxFeatures], some[Ner::kMaxFeatures], all[Ner::kMaxFeatures];
  const int n = Ner::Features(s, 1, 0, Ner::FeatureSet::kAll, plain);
  s.domain = 1;
  const int m = Ner::Features(s, 1, 0, Ner::FeatureSet::kAll, some);
  s.domain_copies = true;
  const int c = Ner::Features(s, 1, 0, Ner::FeatureSet::kAll, all);
  EXPECT_GT(m, n);
  EXPECT_EQ(c, 2 * n);
  // The shared features come first and are the same; the copies differ from them.
  EXPECT_TRUE(std::equal(plain, plain + n, some));
  EXPECT_TRUE(std::equal(plain, plain + n, all));
  EXPECT_TRUE(std::find_first_of(all + n, all + c, plain, plain + n) == all + c);
  // The network reads the scheme as one input.
  WordVectors none;
  std::vector<float> x0, x1;
  Ner::NetInputs(none, doc, 0, s, &x1);
  s.domain = 0;
  Ner::NetInputs(none, doc, 0, s, &x0);
  ASSERT_EQ(x0.size(), x1.size());
  size_t differ = 0;
  for (size_t i = 0; i < x0.size(); ++i) differ += x0[i] != x1[i];
  EXPECT_EQ(differ, doc.tokens.size());
}

TEST(NerTest, DocumentCuesCollectOtherOccurrences) {
  const Doc doc = test_util::MakeDoc("Coron is small . We flew to Coron and coron rice .");
  const Ner::DocContext c = Ner::DocCues(doc);
  ASSERT_EQ(c.by_form.count("Coron"), 1u);
  const auto& occ = c.by_form.at("Coron");
  ASSERT_EQ(occ.size(), 2u);
  EXPECT_EQ(occ[0].token, 0u);
  EXPECT_EQ(occ[1].token, 7u);
  EXPECT_EQ(c.lower_forms.count("coron"), 1u);
  EXPECT_EQ(c.by_form.count("We"), 1u);
  EXPECT_EQ(c.lower_forms.count("Coron"), 0u);
  // Token 7's features see token 0's neighbours ("is" after it) but not its own.
  Ner::SentenceFeatures f;
  Ner::Prepare(Gazetteer(), nullptr, doc, 0, static_cast<uint32_t>(doc.tokens.size()), &c, &f);
  EXPECT_EQ(f.lower_elsewhere[7], 1);
  EXPECT_EQ(f.doc_cues[7].size(), 2u);  // before token 0 (sentence start), after ("is")
  EXPECT_TRUE(f.doc_cues[1].empty());   // "is" is not capitalised
  EXPECT_FALSE(f.headline);
}

TEST(NerTest, BilouConstraints) {
  // Classes: 0 O; PERSON B=1 I=2 L=3 U=4; ORG 5..8; PLACE 9..12.
  EXPECT_TRUE(Ner::Allowed(-1, 1, false));   // B at start
  EXPECT_FALSE(Ner::Allowed(-1, 2, false));  // I at start
  EXPECT_FALSE(Ner::Allowed(-1, 1, true));   // B on the last token
  EXPECT_TRUE(Ner::Allowed(1, 3, false));    // B-PER -> L-PER
  EXPECT_FALSE(Ner::Allowed(1, 7, false));   // B-PER -> L-ORG
  EXPECT_FALSE(Ner::Allowed(1, 0, false));   // an open span must close
  EXPECT_FALSE(Ner::Allowed(2, 2, true));    // I on the last token
  EXPECT_TRUE(Ner::Allowed(4, 12, false));   // U-PER -> U-PLACE
}

TEST(NerTest, NonLocalFeaturesSummariseTheFormsOtherOccurrences) {
  // Tokens: 0 Coron 1 is 2 small 3 . 4 We 5 flew 6 to 7 Coron 8 .
  const Doc doc = test_util::MakeDoc("Coron is small . We flew to Coron .");
  std::vector<int> classes(doc.tokens.size(), 0);
  classes[0] = 12;  // the first stage tagged the first "Coron" U-PLACE, missed the second
  const std::vector<Ner::NonLocal> f = Ner::NonLocalFeatures(doc, classes);
  ASSERT_EQ(f.size(), doc.tokens.size());
  auto used = [&](size_t t) {
    std::string slots;
    for (uint64_t h : f[t]) slots += h != 0 ? '1' : '0';
    return slots;
  };
  // Token 7: one other occurrence, tagged PLACE: majority+fraction (2), PLACE
  // count (5), its BILOU position (6), the earlier occurrence's type (7).
  EXPECT_EQ(used(7), "00100111");
  // Token 0: its other occurrence is untagged: majority "none" (2) and "no
  // earlier tagged occurrence, first occurrence" (7), no type counts.
  EXPECT_EQ(used(0), "00100001");
  EXPECT_NE(f[0][2], f[7][2]);
  EXPECT_NE(f[0][7], f[7][7]);
  // "We" occurs once: only "no other occurrence"; lower-case words get nothing.
  EXPECT_EQ(used(4), "00100000");
  EXPECT_EQ(used(1), "00000000");
  // Its own class is not a feature: retagging token 7 leaves its features alone.
  classes[7] = 4;
  EXPECT_EQ(Ner::NonLocalFeatures(doc, classes)[7], f[7]);
}

TEST(NerTest, ViterbiFindsTheBestWholePathWhereGreedyCommitsEarly) {
  // Word features only (feature 1 is the exact form): "Ann" alone is more
  // ORG (U-ORG 2.0) than the start of a person (B-PERSON 1.5), but "Lee"
  // strongly ends a person (L-PERSON 3.0). Left to right, U-ORG would win at
  // "Ann" and rule out L-PERSON; the best path is B-PERSON L-PERSON (4.5).
  constexpr int kBPerson = 1, kLPerson = 3, kUOrg = 8;
  const Doc doc = test_util::MakeDoc("Ann/PROPN Lee/PROPN");
  Ner::SentenceFeatures s;
  Ner::Prepare(Gazetteer(), nullptr, doc, 0, 2, nullptr, &s);
  uint64_t feats[Ner::kMaxFeatures];
  Ner::Features(s, 0, -1, Ner::FeatureSet::kStatic, feats);
  const uint64_t ann = feats[1];
  Ner::Features(s, 1, -1, Ner::FeatureSet::kStatic, feats);
  const uint64_t lee = feats[1];
  ASSERT_NE(ann, lee);
  TrainWeights tw(Ner::kNumClasses);
  tw.Add(&ann, 1, kUOrg, 2.0f);
  tw.Add(&ann, 1, kBPerson, 1.5f);
  tw.Add(&lee, 1, kLPerson, 3.0f);
  tw.Tick();  // one step, so the averages equal the weights
  const Weights w = tw.Average(0.0f);
  std::vector<Ner::ClassScores> scores;
  EXPECT_EQ(Ner::Decode(s, {w}, &scores), (std::vector<int>{kBPerson, kLPerson}));
  EXPECT_FLOAT_EQ(scores[0][kUOrg], 2.0f);  // the local scores are reported as they are
  EXPECT_FLOAT_EQ(scores[1][kLPerson], 3.0f);
  // "Ann" on its own is an organisation.
  const Doc alone = test_util::MakeDoc("Ann/PROPN");
  Ner::SentenceFeatures one;
  Ner::Prepare(Gazetteer(), nullptr, alone, 0, 1, nullptr, &one);
  EXPECT_EQ(Ner::Decode(one, {w}), std::vector<int>{kUOrg});
}

TEST(NerTest, SummedWeightSetsScoreAsTheirSum) {
  const uint64_t f[2] = {11, 22};
  TrainWeights a(3), b(3);
  a.Add(f, 2, 1, 1.0f);   // both features: class 1 +1
  b.Add(f, 1, 1, 0.5f);   // feature 11: class 1 +0.5
  b.Add(f + 1, 1, 2, 2.0f);
  a.Tick();
  b.Tick();
  const Weights wa = a.Average(0.0f), wb = b.Average(0.0f);
  const Weights sum = Weights::Sum({wa, wb});
  float separate[3] = {0, 0, 0}, summed[3] = {0, 0, 0};
  wa.Score(f, 2, separate);
  wb.Score(f, 2, separate);
  sum.Score(f, 2, summed);
  for (int c = 0; c < 3; ++c) EXPECT_FLOAT_EQ(summed[c], separate[c]) << c;
  EXPECT_FLOAT_EQ(summed[1], 2.5f);
  EXPECT_FLOAT_EQ(summed[2], 2.0f);
  EXPECT_EQ(sum.n_features(), 2u);
}

TEST(NerTest, SecondStageRoundTripsAndVersion2StillLoads) {
  // Tiny hand-made weights: the bias feature votes U-PLACE (class 12).
  TrainWeights tw(Ner::kNumClasses);
  Ner::SentenceFeatures s;
  const Doc doc = test_util::MakeDoc("Velmora/PROPN");
  Ner::Prepare(Gazetteer(), nullptr, doc, 0, 1, nullptr, &s);
  uint64_t feats[Ner::kMaxFeatures];
  const int nf = Ner::Features(s, 0, -1, Ner::FeatureSet::kAll, feats);
  tw.Update(feats, nf, 12, 0);
  tw.Update(feats, nf, 12, 12);  // a correct step: the average over two steps is +-0.5
  const Weights w = tw.Average(0.0f);
  EXPECT_EQ(Ner::Decode(s, {w}), std::vector<int>{12});
  const std::string one = ::testing::TempDir() + "/ner_one_stage.bin", two = ::testing::TempDir() + "/ner_two_stage.bin";
  ASSERT_TRUE(Ner(Gazetteer(), WordClusters(), {w}).Save(one).ok());
  ASSERT_TRUE(Ner(Gazetteer(), WordClusters(), {w}, {w, w}).Save(two).ok());
  auto magic = [](const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string m(8, '\0');
    in.read(m.data(), 8);
    return m;
  };
  EXPECT_EQ(magic(one), "KGNER007");
  EXPECT_EQ(magic(two), "KGNER007");
  // The version-2 file of the one-stage model: six gazetteer lists (no
  // personal names), no vector classes, no region codes and no second-stage
  // count. Here every list is empty, and so are both sets of word classes
  // (16 bytes each: magic and two zero counts) and the region codes (8 bytes:
  // two zero counts). The version-5 file lacks only the region codes, the
  // version-6 file only the network flag (one zero byte at the end).
  const std::string v2 = ::testing::TempDir() + "/ner_v2.bin", v5 = ::testing::TempDir() + "/ner_v5.bin",
                    v6_path = ::testing::TempDir() + "/ner_v6.bin";
  {
    std::ifstream in(one, std::ios::binary);
    const std::string v7(std::istreambuf_iterator<char>(in), {});
    ASSERT_EQ(v7.back(), '\0');  // no network
    const std::string v6 = "KGNER006" + v7.substr(8, v7.size() - 9);
    std::ofstream(v6_path, std::ios::binary | std::ios::trunc) << v6;
    const size_t lists = 9 * 4, v2_lists = 6 * 4, classes = 16, regions = 8;
    ASSERT_EQ(v6.substr(8, lists), std::string(lists, '\0'));
    ASSERT_EQ(v6.substr(8 + lists, classes), v6.substr(8 + lists + classes, classes));  // both empty
    ASSERT_EQ(v6.substr(8 + lists + 2 * classes, regions), std::string(regions, '\0'));
    ASSERT_EQ(v6.substr(v6.size() - 4), std::string(4, '\0'));  // no second stage
    const size_t weights = 8 + lists + 2 * classes + regions;
    std::ofstream(v2, std::ios::binary | std::ios::trunc)
        << "KGNER002" << std::string(v2_lists, '\0') << v6.substr(8 + lists, classes)
        << v6.substr(weights, v6.size() - weights - 4);
    std::ofstream(v5, std::ios::binary | std::ios::trunc)
        << "KGNER005" << v6.substr(8, lists + 2 * classes) << v6.substr(weights);
  }
  for (const std::string& path : {one, two, v2, v5, v6_path}) {
    auto ner = Ner::Load(path);
    ASSERT_TRUE(ner.ok()) << ner.status().ToString();
    Doc d = doc;
    ASSERT_TRUE((*ner)->Process(d).ok());
    EXPECT_EQ(test_util::Entities(d), "PLACE(Velmora)=");
  }
  // A truncated second stage is corrupt.
  test_util::DropFileTail(two, 5);
  EXPECT_FALSE(Ner::Load(two).ok());
}

// The features token 0 has in `with` but not in `plain` (what a model part
// such as vector classes or region codes adds), and the feature every token has.
struct AddedFeatures {
  std::vector<uint64_t> added;
  uint64_t always = 0;
};
AddedFeatures FeaturesAddedAtFirstToken(const Ner::SentenceFeatures& plain, const Ner::SentenceFeatures& with) {
  uint64_t fp[Ner::kMaxFeatures], fw[Ner::kMaxFeatures];
  const int np = Ner::Features(plain, 0, -1, Ner::FeatureSet::kAll, fp);
  const int nw = Ner::Features(with, 0, -1, Ner::FeatureSet::kAll, fw);
  AddedFeatures out;
  out.always = fp[0];
  for (int i = 0; i < nw; ++i) {
    if (std::find(fp, fp + np, fw[i]) == fp + np) out.added.push_back(fw[i]);
  }
  return out;
}

TEST(NerTest, VectorClassesAreSavedLoadedAndUsed) {
  // Weights on the vector-class features alone (those the word's classes add
  // to its features) vote U-PLACE (class 12): the model tags "Velmora" only
  // if it kept the classes through Save and Load.
  const WordClusters classes = WordClusters::FromClasses({{"velmora", WordClusters::Ids{3, 7, 11}}});
  const Doc doc = test_util::MakeDoc("Velmora/PROPN");
  Ner::SentenceFeatures plain, with;
  Ner::Prepare(Gazetteer(), nullptr, doc, 0, 1, nullptr, &plain);
  Ner::Prepare(Gazetteer(), nullptr, doc, 0, 1, nullptr, &with, &classes);
  EXPECT_EQ(with.vec_classes[0], (WordClusters::Ids{3, 7, 11}));  // looked up in lower case
  const AddedFeatures f = FeaturesAddedAtFirstToken(plain, with);
  const std::vector<uint64_t>& added = f.added;
  ASSERT_FALSE(added.empty());
  TrainWeights tw(Ner::kNumClasses);
  tw.Update(added.data(), static_cast<int>(added.size()), 12, 0);
  tw.Update(added.data(), static_cast<int>(added.size()), 12, 12);  // a correct step closes the average
  const Weights w = tw.Average(0.0f);
  const std::string path = ::testing::TempDir() + "/ner_vector_classes.bin";
  ASSERT_TRUE(Ner(Gazetteer(), WordClusters(), {w}, {}, classes).Save(path).ok());
  auto ner = Ner::Load(path);
  ASSERT_TRUE(ner.ok()) << ner.status().ToString();
  Doc d = doc;
  ASSERT_TRUE((*ner)->Process(d).ok());
  EXPECT_EQ(test_util::Entities(d), "PLACE(Velmora)=");
  Doc without = doc;  // the same weights without the classes see nothing
  ASSERT_TRUE(Ner(Gazetteer(), WordClusters(), {w}).Process(without).ok());
  EXPECT_EQ(test_util::Entities(without), "");
}

TEST(NerTest, RegionCodesAreSavedLoadedAndUsed) {
  // Weights on the features the region codes add vote U-PLACE (class 12):
  // the loaded model tags "Varnholt" only if Save and Load kept the codes.
  Gazetteer g;
  g.AddRegion("Varnholt", "US-CA");
  g.AddRegion("California", "=US-CA");
  const Doc doc = test_util::MakeDoc("Varnholt/PROPN ,/PUNCT California/PROPN");
  Ner::SentenceFeatures plain, with;
  Ner::Prepare(Gazetteer(), nullptr, doc, 0, 3, nullptr, &plain);
  Ner::Prepare(g, nullptr, doc, 0, 3, nullptr, &with);
  const AddedFeatures f = FeaturesAddedAtFirstToken(plain, with);
  const std::vector<uint64_t>& added = f.added;
  ASSERT_FALSE(added.empty());
  TrainWeights tw(Ner::kNumClasses);
  // The always-present first feature votes O for every token, so that tokens
  // without region features are outside any name rather than tied.
  tw.Update(&f.always, 1, 0, 1);
  tw.Update(added.data(), static_cast<int>(added.size()), 12, 0);
  tw.Update(added.data(), static_cast<int>(added.size()), 12, 12);
  const Weights w = tw.Average(0.0f);
  const std::string path = ::testing::TempDir() + "/ner_region_codes.bin";
  ASSERT_TRUE(Ner(g, WordClusters(), {w}).Save(path).ok());
  auto ner = Ner::Load(path);
  ASSERT_TRUE(ner.ok()) << ner.status().ToString();
  Doc d = doc;
  ASSERT_TRUE((*ner)->Process(d).ok());
  EXPECT_EQ(test_util::Entities(d), "PLACE(Varnholt)=");
  Doc without = doc;  // the same weights without the codes see nothing
  ASSERT_TRUE(Ner(Gazetteer(), WordClusters(), {w}).Process(without).ok());
  EXPECT_EQ(test_util::Entities(without), "");
}

TEST(NerTest, TheNetworkIsSavedLoadedAndUsed) {
  // A network trained to call "Velmora" a place (U-PLACE, class 12) and
  // every other word outside a name, beside perceptron weights that know
  // nothing: the model tags "Velmora" only through the network, and only if
  // Save and Load kept it.
  const std::string vec_path = ::testing::TempDir() + "/ner_net_vectors.txt";
  std::ofstream(vec_path, std::ios::trunc) << "the 0 1 0\nvelmora 1 0 0.2\nsailed 0 0.1 1\nto 0.1 0.5 0.5\n";
  auto vectors = WordVectors::Read(vec_path, 10, 2);
  ASSERT_TRUE(vectors.ok()) << vectors.status().ToString();
  std::vector<NerNet::Example> examples;
  for (const char* text : {"the/DET Velmora/PROPN sailed/VERB", "Velmora/PROPN sailed/VERB to/ADP Velmora/PROPN"}) {
    const Doc doc = test_util::MakeDoc(text);
    Ner::SentenceFeatures s;
    Ner::Prepare(Gazetteer(), nullptr, doc, 0, static_cast<uint32_t>(doc.tokens.size()), nullptr, &s);
    NerNet::Example ex;
    Ner::NetInputs(*vectors, doc, 0, s, &ex.inputs);
    for (const Token& t : doc.tokens) ex.gold.push_back(t.form == "Velmora" ? 12 : 0);
    examples.push_back(std::move(ex));
  }
  NerNet net(vectors->dims(), Ner::kNetExtras, Ner::kNumClasses, 8, 3);
  NerNet::Options o;
  o.hidden = 8;
  o.epochs = 60;
  o.learning_rate = 0.02f;
  o.input_dropout = 0.0f;
  o.word_dropout = 0.0f;
  o.batch_sentences = 1;
  net.Train(examples, o, nullptr);
  // The perceptron's only weight: the feature every token has votes O.
  TrainWeights tw(Ner::kNumClasses);
  {
    Ner::SentenceFeatures s;
    const Doc one = test_util::MakeDoc("the/DET");
    Ner::Prepare(Gazetteer(), nullptr, one, 0, 1, nullptr, &s);
    uint64_t feats[Ner::kMaxFeatures];
    Ner::Features(s, 0, -1, Ner::FeatureSet::kStatic, feats);
    tw.Update(feats, 1, 0, 1);
    tw.Update(feats, 1, 0, 0);  // a correct step closes the average
  }
  const Weights nothing = tw.Average(0.0f);
  Ner with_net(Gazetteer(), WordClusters(), {nothing});
  with_net.SetNets(*vectors, {net}, 5.0f);
  const std::string path = ::testing::TempDir() + "/ner_with_net.bin";
  ASSERT_TRUE(with_net.Save(path).ok());
  auto loaded = Ner::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  const Doc doc = test_util::MakeDoc("the/DET Velmora/PROPN sailed/VERB ./PUNCT");
  Doc d = doc;
  ASSERT_TRUE((*loaded)->Process(d).ok());
  EXPECT_EQ(test_util::Entities(d), "PLACE(Velmora)=");
  Doc without = doc;
  ASSERT_TRUE(Ner(Gazetteer(), WordClusters(), {nothing}).Process(without).ok());
  EXPECT_EQ(test_util::Entities(without), "");
  // With a floor of 0 every log-probability is raised to 0: the network
  // no longer decides, and the loaded model must have kept the floor.
  with_net.set_net_floor(0.0f);
  const std::string floored = ::testing::TempDir() + "/ner_with_net_floor.bin";
  ASSERT_TRUE(with_net.Save(floored).ok());
  auto loaded_floored = Ner::Load(floored);
  ASSERT_TRUE(loaded_floored.ok()) << loaded_floored.status().ToString();
  Doc f = doc;
  ASSERT_TRUE((*loaded_floored)->Process(f).ok());
  EXPECT_EQ(test_util::Entities(f), "");
  // A file cut inside the network is corrupt.
  test_util::DropFileTail(path, 100);
  EXPECT_FALSE(Ner::Load(path).ok());
}

std::string ShippedNer() { return std::string(KG_SOURCE_DIR) + "/models/" + Ner::kFileName; }

TEST(NerTest, ShippedModelsFitTheSizeBudget) {
  // Issue #4: the shipped models together stay under 30 MB.
  const std::filesystem::path dir = std::string(KG_SOURCE_DIR) + "/models";
  if (!std::filesystem::exists(dir / Ner::kFileName)) GTEST_SKIP() << "no shipped models";
  uintmax_t total = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() == ".bin") total += e.file_size();
  }
  EXPECT_LT(total, 30u * 1000 * 1000);
}

TEST(NerTest, ShippedModelRoundTripAndDeterminism) {
  if (!std::filesystem::exists(ShippedNer())) GTEST_SKIP() << "no shipped NER model";
  auto ner = Ner::Load(ShippedNer());
  ASSERT_TRUE(ner.ok()) << ner.status().ToString();
  const Doc doc = test_util::MakeDoc(
      "Prime/PROPN Minister/PROPN Ana/PROPN Costa/PROPN met/VERB officials/NOUN from/ADP the/DET "
      "World/PROPN Bank/PROPN in/ADP Portugal/PROPN ./PUNCT");
  Doc a = doc, b = doc;
  ASSERT_TRUE((*ner)->Process(a).ok());
  ASSERT_TRUE((*ner)->Process(b).ok());
  EXPECT_EQ(test_util::Entities(a), test_util::Entities(b));
  Doc place = test_util::MakeDoc("The/DET minister/NOUN flew/VERB to/ADP Portugal/PROPN on/ADP Monday/PROPN ./PUNCT");
  ASSERT_TRUE((*ner)->Process(place).ok());
  EXPECT_EQ(test_util::Entities(place), "PLACE(Portugal)=");
  const std::string path = ::testing::TempDir() + "/ner_roundtrip.bin";
  ASSERT_TRUE((*ner)->Save(path).ok());
  auto back = Ner::Load(path);
  ASSERT_TRUE(back.ok());
  Doc c = doc;
  ASSERT_TRUE((*back)->Process(c).ok());
  EXPECT_EQ(test_util::Entities(a), test_util::Entities(c));
  std::ofstream(path, std::ios::trunc) << "garbage";
  EXPECT_FALSE(Ner::Load(path).ok());
}

TEST(NerTest, AQuotedNicknameJoinsThePersonsName) {
  if (!std::filesystem::exists(ShippedNer())) GTEST_SKIP() << "no shipped NER model";
  auto ner = Ner::Load(ShippedNer());
  ASSERT_TRUE(ner.ok());
  Doc doc = test_util::MakeDoc(
      "Earvin/PROPN \"/PUNCT Magic/PROPN \"/PUNCT Johnson/PROPN met/VERB reporters/NOUN on/ADP Monday/PROPN ./PUNCT");
  ASSERT_TRUE((*ner)->Process(doc).ok());
  EXPECT_EQ(test_util::Entities(doc), "PERSON(Earvin \" Magic \" Johnson)=");
  // A capitalised function word before a quoted title is no given name.
  Doc title = test_util::MakeDoc(
      "In/ADP \"/PUNCT Titanic/PROPN \"/PUNCT ,/PUNCT Leonardo/PROPN DiCaprio/PROPN plays/VERB an/DET artist/NOUN ./PUNCT");
  ASSERT_TRUE((*ner)->Process(title).ok());
  EXPECT_EQ(test_util::Entities(title).find("In"), std::string::npos) << test_util::Entities(title);
}

// Spans over doc tokens [first, last), for the output-rule tests.
EntitySpan Span(uint32_t first, uint32_t last, const char* label) {
  EntitySpan e;
  e.first_token = first;
  e.last_token = last;
  e.label = label;
  return e;
}

TEST(NerTest, AnAcronymOfATaggedOrganisationIsOne) {
  const std::string first = "The/DET Northern/PROPN Rail/PROPN Workers/PROPN Union/PROPN called/VERB a/DET strike/NOUN ./PUNCT ";
  const Doc doc = test_util::MakeDoc(first + "Talks/NOUN with/ADP NRWU/PROPN leaders/NOUN failed/VERB ./PUNCT");
  std::vector<EntitySpan> found = {Span(1, 5, "ORG")};  // the tagger's "Northern Rail Workers Union"
  ner_rules::AddAcronyms(doc, &found);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].first_token, 11u);  // "NRWU"
  EXPECT_EQ(found[1].last_token, 12u);
  EXPECT_EQ(found[1].label, "ORG");
  // Only an exact match of the initials counts.
  const Doc other = test_util::MakeDoc(first + "Talks/NOUN with/ADP NRW/PROPN leaders/NOUN failed/VERB ./PUNCT");
  found = {Span(1, 5, "ORG")};
  ner_rules::AddAcronyms(other, &found);
  EXPECT_EQ(found.size(), 1u);
  // Nor do the initials of a place.
  found = {Span(1, 5, "PLACE")};
  ner_rules::AddAcronyms(doc, &found);
  EXPECT_EQ(found.size(), 1u);
}

TEST(NerTest, AFullNameStoppingInsideAHyphenatedWordTakesTheRest) {
  // Tokens as the tokenizer splits "Jo Yong-won" and "Tony Blair-led".
  auto attach = [](Doc* d, std::initializer_list<uint32_t> before_hyphen) {
    for (uint32_t t : before_hyphen) d->tokens[t].space_after = d->tokens[t + 1].space_after = false;
  };
  Doc doc = test_util::MakeDoc("Jo/PROPN Yong/PROPN -/PUNCT won/VERB attended/VERB ./PUNCT");
  attach(&doc, {1});
  std::vector<EntitySpan> found = {Span(0, 2, "PERSON")};
  ner_rules::CompleteHyphenatedNames(doc, &found);
  EXPECT_EQ(found[0].last_token, 4u);
  // A hyphenated modifier of a noun stays outside the name.
  Doc led = test_util::MakeDoc("the/DET Tony/PROPN Blair/PROPN -/PUNCT led/VERB government/NOUN");
  attach(&led, {2});
  found = {Span(1, 3, "PERSON")};
  ner_rules::CompleteHyphenatedNames(led, &found);
  EXPECT_EQ(found[0].last_token, 3u);
  // One word alone ("Putin-backed") is no full name; a spaced dash is no hyphen.
  Doc one = test_util::MakeDoc("Putin/PROPN -/PUNCT backed/VERB ./PUNCT");
  attach(&one, {0});
  found = {Span(0, 1, "PERSON")};
  ner_rules::CompleteHyphenatedNames(one, &found);
  EXPECT_EQ(found[0].last_token, 1u);
  Doc dash = test_util::MakeDoc("Jo/PROPN Yong/PROPN -/PUNCT won/VERB ./PUNCT");
  found = {Span(0, 2, "PERSON")};
  ner_rules::CompleteHyphenatedNames(dash, &found);
  EXPECT_EQ(found[0].last_token, 2u);
}

TEST(NerTest, AnHonorificInsideAPersonStartsTheName) {
  const Doc doc = test_util::MakeDoc("in/ADP California/PROPN Mr/PROPN Torvalds/PROPN said/VERB ./PUNCT");
  std::vector<EntitySpan> found = {Span(1, 4, "PERSON")};
  ner_rules::StartNamesAtHonorifics(doc, &found);
  EXPECT_EQ(found[0].first_token, 2u);  // "Mr Torvalds"
  EXPECT_EQ(found[0].last_token, 4u);
  // A leading honorific stays; one that ends the span names nobody; other types are left alone.
  found = {Span(2, 4, "PERSON"), Span(1, 3, "PERSON"), Span(1, 4, "ORG")};
  ner_rules::StartNamesAtHonorifics(doc, &found);
  EXPECT_EQ(found[0].first_token, 2u);
  EXPECT_EQ(found[1].first_token, 1u);
  EXPECT_EQ(found[2].first_token, 1u);
}

TEST(NerTest, APersonTakesItsRegnalNumberOrGenerationalSuffix) {
  const Doc doc = test_util::MakeDoc(
      "Queen/PROPN Elvara/PROPN II/PROPN and/CCONJ Tomas/PROPN Reyne/PROPN Jr./PROPN met/VERB "  // 0-7
      "Tsar/PROPN Orvik/PROPN I/PRON ,/PUNCT then/ADV Marla/PROPN I/PRON saw/VERB "              // 8-15
      "Vel/PROPN IV/PROPN ./PUNCT");                                                            // 16-18
  std::vector<EntitySpan> found = {Span(0, 2, "PERSON"), Span(4, 6, "PERSON"), Span(8, 10, "PERSON"),
                                   Span(13, 14, "PERSON"), Span(16, 17, "ORG")};
  ner_rules::TakeRegnalAndGenerationalSuffixes(doc, &found);
  EXPECT_EQ(found[0].last_token, 3u);   // "Queen Elvara II"
  EXPECT_EQ(found[1].last_token, 7u);   // "Tomas Reyne Jr."
  EXPECT_EQ(found[2].last_token, 11u);  // "Tsar Orvik I" before a comma
  EXPECT_EQ(found[3].last_token, 14u);  // "Marla", not "Marla I" before a verb
  EXPECT_EQ(found[4].last_token, 17u);  // only people
  // The tagger's own "Marla I" before a verb loses the pronoun.
  found = {Span(13, 15, "PERSON")};
  ner_rules::TakeRegnalAndGenerationalSuffixes(doc, &found);
  EXPECT_EQ(found[0].last_token, 14u);
  // But a name and an "I" parsed as two subjects of one verb are one name
  // with its numeral ("Queen Elvara I ruled"), taken or kept.
  Doc ruled = test_util::MakeDoc("Queen/PROPN Elvara/PROPN I/PRON ruled/VERB ./PUNCT");
  for (uint32_t i : {1u, 2u}) {
    ruled.tokens[i].head = 3;
    ruled.tokens[i].deprel = "nsubj";
  }
  found = {Span(0, 2, "PERSON")};
  ner_rules::TakeRegnalAndGenerationalSuffixes(ruled, &found);
  EXPECT_EQ(found[0].last_token, 3u);
  found = {Span(0, 3, "PERSON")};
  ner_rules::TakeRegnalAndGenerationalSuffixes(ruled, &found);
  EXPECT_EQ(found[0].last_token, 3u);
}

TEST(NerTest, AOneWordPersonNextToABusinessWordIsACompany) {
  const Doc doc = test_util::MakeDoc(
      "Mitchell/PROPN Kapor/PROPN chairs/VERB the/DET Mozilla/PROPN foundation/NOUN ./PUNCT "  // 0-6
      "Kapor/PROPN praised/VERB Mozilla/PROPN and/CCONJ shares/NOUN in/ADP the/DET bank/NOUN Velbury/PROPN rose/VERB ./PUNCT");
  std::vector<EntitySpan> found = {Span(0, 2, "PERSON"), Span(4, 5, "PERSON"), Span(7, 8, "PERSON"),
                                   Span(9, 10, "PERSON"), Span(15, 16, "PERSON")};
  ner_rules::RetypeBusinessNames(doc, &found);
  EXPECT_EQ(found[0].label, "PERSON");  // a full name
  EXPECT_EQ(found[1].label, "ORG");     // "Mozilla foundation"
  EXPECT_EQ(found[2].label, "PERSON");  // "Kapor" is part of the full name "Mitchell Kapor"
  EXPECT_EQ(found[3].label, "ORG");     // the same word elsewhere
  EXPECT_EQ(found[4].label, "ORG");     // "the bank Velbury"
}

TEST(NerTest, ADemonymAloneBeforeACommonNounIsNoName) {
  Gazetteer g;
  g.Add(Gazetteer::kDemonym, "Velmoran");
  const Doc doc = test_util::MakeDoc(
      "a/DET Velmoran/ADJ official/NOUN said/VERB ./PUNCT "  // 0-4
      "the/DET Velmoran/PROPN Senate/PROPN met/VERB ./PUNCT "  // 5-9
      "Velmoran/PROPN said/VERB");                             // 10-11
  std::vector<EntitySpan> found = {Span(1, 2, "PERSON"), Span(6, 8, "ORG"), Span(10, 11, "PERSON")};
  ner_rules::DropDemonymPartsAndUnpairedQuotes(g, doc, &found);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].first_token, 6u);   // part of a longer name: kept
  EXPECT_EQ(found[1].first_token, 10u);  // not before a common noun
}

TEST(NerTest, AOneWordPersonInAppositionToACompanyNounIsACompany) {
  const Doc doc = test_util::MakeDoc(
      "Its/PRON parent/NOUN company/NOUN ,/PUNCT Tarvex/PROPN ,/PUNCT bought/VERB it/PRON ./PUNCT "     // 0-8
      "Orlin/PROPN ,/PUNCT the/DET music/NOUN group/NOUN ,/PUNCT agreed/VERB ./PUNCT "                 // 9-16
      "Brandt/PROPN ,/PUNCT the/DET group/NOUN 's/PART chairman/NOUN ,/PUNCT left/VERB ./PUNCT "       // 17-25
      "The/DET producer/NOUN ,/PUNCT Kessel/PROPN ,/PUNCT agreed/VERB ./PUNCT");                       // 26-32
  std::vector<EntitySpan> found = {Span(4, 5, "PERSON"), Span(9, 10, "PERSON"), Span(17, 18, "PERSON"),
                                   Span(29, 30, "PERSON")};
  ner_rules::RetypeBusinessNames(doc, &found);
  EXPECT_EQ(found[0].label, "ORG");     // "parent company, Tarvex,"
  EXPECT_EQ(found[1].label, "ORG");     // "Orlin, the music group,"
  EXPECT_EQ(found[2].label, "PERSON");  // the group's chairman
  EXPECT_EQ(found[3].label, "PERSON");  // a producer can be a person
}

TEST(NerTest, EveryStandaloneRepeatOfAnOrganisationIsOne) {
  const Doc doc = test_util::MakeDoc(
      "Shares/NOUN in/ADP the/DET bank/NOUN Kestrelon/PROPN fell/VERB ./PUNCT "  // tokens 0-6
      "Kestrelon/PROPN shares/NOUN fell/VERB ./PUNCT "                           // 7-10
      "We/PRON liked/VERB Kestrelon/PROPN ./PUNCT "                               // 11-14
      "Kestrelon/PROPN Park/PROPN is/AUX a/DET garden/NOUN ./PUNCT");             // 15-20
  // What the tagger found: the bank, and the park.
  std::vector<EntitySpan> found = {Span(4, 5, "ORG"), Span(15, 17, "PLACE")};
  ner_rules::AddOrgRepeats(doc, &found);
  std::vector<uint32_t> orgs;
  for (const EntitySpan& e : found) {
    if (e.label == "ORG") {
      EXPECT_EQ(e.last_token, e.first_token + 1);
      orgs.push_back(e.first_token);
    }
  }
  std::sort(orgs.begin(), orgs.end());
  // The three standalone mentions, not the one inside "Kestrelon Park".
  EXPECT_EQ(orgs, (std::vector<uint32_t>{4, 7, 13}));
}

TEST(NerTest, ScorerCountsExactMatches) {
  std::istringstream in(kGumLike);
  auto sents = ReadConllu(in);
  ASSERT_TRUE(sents.ok());
  if (!std::filesystem::exists(ShippedNer())) GTEST_SKIP() << "no shipped NER model";
  auto ner = Ner::Load(ShippedNer());
  ASSERT_TRUE(ner.ok());
  auto sc = ScoreNer(**ner, nullptr, *sents);
  ASSERT_TRUE(sc.ok());
  EXPECT_EQ(sc->overall.gold, 3u);
  EXPECT_LE(sc->overall.correct, sc->overall.predicted);
  EXPECT_EQ(sc->by_type["PERSON"].gold, 1u);
  // Gold spans follow the treebank tags even when the NER reads other tags
  // (training folds carry jackknifed tags): "Lisbon" tagged NOUN stays a gold place.
  std::vector<ConlluSentence> tagged = *sents;
  tagged[0].words[4].upos = "NOUN";
  auto sc2 = ScoreNer(**ner, nullptr, *sents, nullptr, &tagged);
  ASSERT_TRUE(sc2.ok());
  EXPECT_EQ(sc2->overall.gold, 3u);
  EXPECT_EQ(sc2->by_type["PLACE"].gold, 1u);
  std::vector<ConlluSentence> none;
  EXPECT_FALSE(ScoreNer(**ner, nullptr, *sents, nullptr, &none).ok());
}

}  // namespace
}  // namespace kg::nlp
