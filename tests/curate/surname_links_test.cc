#include "curate/surname_links.h"

#include <gtest/gtest.h>

namespace kg::curate {
namespace {

TEST(SurnameLinksTest, LoneSurnameLinksToTheOneFullNameEndingWithIt) {
  auto links = LinkLoneSurnames({{"urn:kg:entity:okonkwo", "Okonkwo", true},
                                 {"urn:kg:entity:dara-okonkwo", "Dara Okonkwo"},
                                 {"urn:kg:entity:ferrand", "Ferrand", true}});
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links.at("urn:kg:entity:okonkwo"), "urn:kg:entity:dara-okonkwo");
}

TEST(SurnameLinksTest, TwoFullNamesWithTheSurnameLinkNeither) {
  auto links = LinkLoneSurnames({{"urn:kg:entity:okonkwo", "Okonkwo", true},
                                 {"urn:kg:entity:dara-okonkwo", "Dara Okonkwo"},
                                 {"urn:kg:entity:chidi-okonkwo", "Chidi Okonkwo"}});
  EXPECT_TRUE(links.empty());
}

TEST(SurnameLinksTest, OneFullNameUnderTwoSpellingsIsStillOnePerson) {
  // One IRI with two labels counts once.
  auto links = LinkLoneSurnames({{"urn:kg:entity:okonkwo", "OKONKWO", true},
                                 {"urn:kg:entity:dara-okonkwo", "Dara Okonkwo"},
                                 {"urn:kg:entity:dara-okonkwo", "Dara  Okonkwo"}});
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links.at("urn:kg:entity:okonkwo"), "urn:kg:entity:dara-okonkwo");
}

TEST(SurnameLinksTest, OnlyTheLastWordIsASurname) {
  // "Dara" is a first name here, and a one-letter "name" is no surname.
  auto links = LinkLoneSurnames({{"urn:kg:entity:dara", "Dara", true},
                                 {"urn:kg:entity:dara-okonkwo", "Dara Okonkwo"},
                                 {"urn:kg:entity:o", "O", true},
                                 {"urn:kg:entity:lyle-o", "Lyle O"}});
  EXPECT_TRUE(links.empty());
}

TEST(SurnameLinksTest, AnEntityAlsoNamedInFullIsNotALoneSurname) {
  auto links = LinkLoneSurnames({{"urn:kg:entity:x", "Okonkwo", true},
                                 {"urn:kg:entity:x", "Ada Okonkwo"},
                                 {"urn:kg:entity:dara-okonkwo", "Dara Okonkwo"}});
  EXPECT_TRUE(links.empty());
}

TEST(SurnameLinksTest, OrderOfThePersonsDoesNotMatter) {
  std::vector<PersonName> a = {{"urn:kg:entity:okonkwo", "Okonkwo", true},
                               {"urn:kg:entity:dara-okonkwo", "Dara Okonkwo"},
                               {"urn:kg:entity:ferrand", "Ferrand", true},
                               {"urn:kg:entity:tomas-ferrand", "Tomas Ferrand"}};
  std::vector<PersonName> b(a.rbegin(), a.rend());
  EXPECT_EQ(LinkLoneSurnames(a), LinkLoneSurnames(b));
  EXPECT_EQ(LinkLoneSurnames(a).size(), 2u);
}

TEST(SurnameLinksTest, ALoneSurnameNeedsPersonEvidenceInSomeDocument) {
  // The NER's Person type alone is not enough; a title, honorific or speech is.
  std::vector<PersonName> persons = {{"urn:kg:entity:okonkwo", "Okonkwo", false},
                                     {"urn:kg:entity:dara-okonkwo", "Dara Okonkwo"}};
  EXPECT_TRUE(LinkLoneSurnames(persons).empty());
  persons.push_back({"urn:kg:entity:okonkwo", "Okonkwo", true});  // another document calls him Mr Okonkwo
  EXPECT_EQ(LinkLoneSurnames(persons).size(), 1u);
}

TEST(SurnameLinksTest, NothingThatIsANonPersonSomewhereLinks) {
  const std::vector<PersonName> persons = {{"urn:kg:entity:marsden", "Marsden", true},
                                           {"urn:kg:entity:ilse-marsden", "Ilse Marsden"},
                                           {"urn:kg:entity:varno", "Varno", true},
                                           {"urn:kg:entity:tomas-varno", "Tomas Varno"}};
  EXPECT_EQ(LinkLoneSurnames(persons).size(), 2u);
  NonPersons town;  // Marsden the town, under another IRI
  town.iris = {"urn:kg:entity:marsden-town"};
  town.words = {"marsden"};
  auto links = LinkLoneSurnames(persons, town);
  ASSERT_EQ(links.size(), 1u);
  EXPECT_TRUE(links.count("urn:kg:entity:varno"));
  NonPersons club;  // the same IRI typed Organization in another document
  club.iris = {"urn:kg:entity:varno", "urn:kg:entity:ilse-marsden"};
  EXPECT_TRUE(LinkLoneSurnames(persons, club).empty());
}

TEST(SurnameLinksTest, ANameWithoutItsInitialIsTheOneNameWithIt) {
  const std::vector<PersonName> persons = {{"urn:kg:entity:maria-ortega", "Maria Ortega"},
                                           {"urn:kg:entity:maria-j-ortega", "Maria J. Ortega"},
                                           {"urn:kg:entity:ortega", "Ortega", true}};
  auto links = LinkLoneSurnames(persons);
  ASSERT_EQ(links.size(), 2u);
  EXPECT_EQ(links.at("urn:kg:entity:maria-ortega"), "urn:kg:entity:maria-j-ortega");
  // The surname is one person's, not two: both forms are one.
  EXPECT_EQ(links.at("urn:kg:entity:ortega"), "urn:kg:entity:maria-j-ortega");
}

TEST(SurnameLinksTest, TwoNamesWithDifferentInitialsLinkNeither) {
  auto links = LinkLoneSurnames({{"urn:kg:entity:maria-ortega", "Maria Ortega"},
                                 {"urn:kg:entity:maria-j-ortega", "Maria J. Ortega"},
                                 {"urn:kg:entity:maria-k-ortega", "Maria K. Ortega"}});
  EXPECT_TRUE(links.empty());
}

}  // namespace
}  // namespace kg::curate
