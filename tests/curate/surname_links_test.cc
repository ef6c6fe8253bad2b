#include "curate/surname_links.h"

#include <gtest/gtest.h>

namespace kg::curate {
namespace {

TEST(SurnameLinksTest, LoneSurnameLinksToTheOneFullNameEndingWithIt) {
  auto links = LinkLoneSurnames({{"urn:kg:entity:okonkwo", "Okonkwo"},
                                 {"urn:kg:entity:dara-okonkwo", "Dara Okonkwo"},
                                 {"urn:kg:entity:ferrand", "Ferrand"}});
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links.at("urn:kg:entity:okonkwo"), "urn:kg:entity:dara-okonkwo");
}

TEST(SurnameLinksTest, TwoFullNamesWithTheSurnameLinkNeither) {
  auto links = LinkLoneSurnames({{"urn:kg:entity:okonkwo", "Okonkwo"},
                                 {"urn:kg:entity:dara-okonkwo", "Dara Okonkwo"},
                                 {"urn:kg:entity:chidi-okonkwo", "Chidi Okonkwo"}});
  EXPECT_TRUE(links.empty());
}

TEST(SurnameLinksTest, OneFullNameUnderTwoSpellingsIsStillOnePerson) {
  // One IRI with two labels counts once.
  auto links = LinkLoneSurnames({{"urn:kg:entity:okonkwo", "OKONKWO"},
                                 {"urn:kg:entity:dara-okonkwo", "Dara Okonkwo"},
                                 {"urn:kg:entity:dara-okonkwo", "Dara  Okonkwo"}});
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links.at("urn:kg:entity:okonkwo"), "urn:kg:entity:dara-okonkwo");
}

TEST(SurnameLinksTest, OnlyTheLastWordIsASurname) {
  // "Dara" is a first name here, and a one-letter "name" is no surname.
  auto links = LinkLoneSurnames({{"urn:kg:entity:dara", "Dara"},
                                 {"urn:kg:entity:dara-okonkwo", "Dara Okonkwo"},
                                 {"urn:kg:entity:o", "O"},
                                 {"urn:kg:entity:lyle-o", "Lyle O"}});
  EXPECT_TRUE(links.empty());
}

TEST(SurnameLinksTest, AnEntityAlsoNamedInFullIsNotALoneSurname) {
  auto links = LinkLoneSurnames({{"urn:kg:entity:x", "Okonkwo"},
                                 {"urn:kg:entity:x", "Ada Okonkwo"},
                                 {"urn:kg:entity:dara-okonkwo", "Dara Okonkwo"}});
  EXPECT_TRUE(links.empty());
}

TEST(SurnameLinksTest, OrderOfThePersonsDoesNotMatter) {
  std::vector<PersonName> a = {{"urn:kg:entity:okonkwo", "Okonkwo"},
                               {"urn:kg:entity:dara-okonkwo", "Dara Okonkwo"},
                               {"urn:kg:entity:ferrand", "Ferrand"},
                               {"urn:kg:entity:tomas-ferrand", "Tomas Ferrand"}};
  std::vector<PersonName> b(a.rbegin(), a.rend());
  EXPECT_EQ(LinkLoneSurnames(a), LinkLoneSurnames(b));
  EXPECT_EQ(LinkLoneSurnames(a).size(), 2u);
}

}  // namespace
}  // namespace kg::curate
