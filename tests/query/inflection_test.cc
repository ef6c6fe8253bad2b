#include "query/binder/inflection.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace kg::query::binder {
namespace {

bool Has(const std::vector<std::string>& forms, const std::string& f) {
  return std::find(forms.begin(), forms.end(), f) != forms.end();
}

TEST(InflectionTest, IrregularBothWays) {
  EXPECT_TRUE(Has(VerbForms("met"), "meet"));
  EXPECT_TRUE(Has(VerbForms("meet"), "met"));
  EXPECT_TRUE(Has(VerbForms("meets"), "met"));
  EXPECT_TRUE(Has(VerbForms("meeting"), "met"));
  EXPECT_TRUE(Has(VerbForms("said"), "say"));
  EXPECT_TRUE(Has(VerbForms("say"), "said"));
}

TEST(InflectionTest, IrregularFromTheExceptionList) {
  EXPECT_TRUE(Has(VerbForms("overtook"), "overtake"));
  EXPECT_TRUE(Has(VerbForms("overtake"), "overtook"));
  EXPECT_TRUE(Has(VerbForms("overtaken"), "overtakes"));
  EXPECT_TRUE(Has(VerbForms("fled"), "flee"));
  EXPECT_TRUE(Has(VerbForms("flee"), "fled"));
  EXPECT_TRUE(Has(VerbForms("sought"), "seek"));
  EXPECT_TRUE(Has(VerbForms("swore"), "swear"));
  EXPECT_TRUE(Has(VerbForms("withdrew"), "withdraw"));
  EXPECT_TRUE(Has(VerbForms("withdraw"), "withdrawn"));
  EXPECT_TRUE(Has(VerbForms("went"), "goes"));
}

TEST(InflectionTest, RegularForms) {
  EXPECT_TRUE(Has(VerbForms("visit"), "visited"));
  EXPECT_TRUE(Has(VerbForms("visited"), "visit"));
  EXPECT_TRUE(Has(VerbForms("attend"), "attended"));
  EXPECT_TRUE(Has(VerbForms("accompany"), "accompanied"));
  EXPECT_TRUE(Has(VerbForms("accompanied"), "accompany"));
  EXPECT_TRUE(Has(VerbForms("organise"), "organized"));
  EXPECT_TRUE(Has(VerbForms("organized"), "organize"));
  EXPECT_TRUE(Has(VerbForms("plan"), "planned"));
  EXPECT_TRUE(Has(VerbForms("deploys"), "deploy"));
  EXPECT_TRUE(Has(VerbForms("Thanked"), "thank"));
}

TEST(InflectionTest, DoesNotInventUnrelatedVerbs) {
  EXPECT_FALSE(Has(VerbForms("met"), "visit"));
  EXPECT_FALSE(Has(VerbForms("attended"), "attack"));
}

}  // namespace
}  // namespace kg::query::binder
