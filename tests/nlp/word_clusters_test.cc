#include "nlp/word_clusters.h"
#include "nlp/sorted_words.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace kg::nlp {
namespace {

std::vector<std::string> Words(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// Invented text: "Paris" and "Rome" occur in exactly the same contexts, so
// their context vectors are equal and every level must give them one class.
std::vector<std::vector<std::string>> Corpus() {
  std::vector<std::vector<std::string>> c;
  for (int i = 0; i < 3; ++i) {
    c.push_back(Words("We flew to Paris yesterday ."));
    c.push_back(Words("We flew to Rome yesterday ."));
    c.push_back(Words("She ate an apple today ."));
    c.push_back(Words("She ate an orange today ."));
    c.push_back(Words("Apple sales fell ."));
  }
  return c;
}

WordClusters::Options SmallOptions() {
  WordClusters::Options o;
  o.k = {2, 3, 4};
  o.min_count = 2;
  return o;
}

TEST(WordClustersTest, EqualContextsShareClassesAndUnknownWordsGetNone) {
  const WordClusters wc = WordClusters::Learn(Corpus(), SmallOptions());
  const WordClusters::Ids paris = wc.Lookup("Paris");
  EXPECT_EQ(paris, wc.Lookup("Rome"));
  for (uint16_t id : paris) {
    EXPECT_GE(id, 1);  // known word: class + 1
  }
  EXPECT_EQ(wc.Lookup("PARIS"), paris);  // all caps falls back to the title-case form
  EXPECT_EQ(wc.Lookup("Lisbon"), (WordClusters::Ids{0, 0, 0}));
  // "apple" is lower case in its 3 non-initial uses ("Apple sales" starts its sentence and
  // does not count): 0 of 3 capitalised -> bucket 1; "Paris" 6 of 6 -> bucket 5; unseen -> 0.
  EXPECT_EQ(wc.CapsBucket("apple"), 1);
  EXPECT_EQ(wc.CapsBucket("paris"), 5);
  EXPECT_EQ(wc.CapsBucket("Lisbon"), 0);
}

TEST(WordClustersTest, LearningIsDeterministicAndSaveLoadRoundTrips) {
  const WordClusters a = WordClusters::Learn(Corpus(), SmallOptions());
  const WordClusters b = WordClusters::Learn(Corpus(), SmallOptions());
  std::ostringstream sa, sb;
  ASSERT_TRUE(a.Save(sa).ok());
  ASSERT_TRUE(b.Save(sb).ok());
  EXPECT_EQ(sa.str(), sb.str());
  std::istringstream in(sa.str());
  WordClusters c;
  ASSERT_TRUE(c.Load(in).ok());
  EXPECT_EQ(c.size(), a.size());
  for (const char* w : {"Paris", "apple", "flew", "."}) EXPECT_EQ(c.Lookup(w), a.Lookup(w)) << w;
  EXPECT_EQ(c.CapsBucket("paris"), 5);
  std::istringstream bad("KGWCL001\xff\xff\xff\xff");
  EXPECT_FALSE(c.Load(bad).ok());
  std::istringstream cut(sa.str().substr(0, sa.str().size() / 2));
  EXPECT_FALSE(c.Load(cut).ok());
}

TEST(WordClustersTest, VersionOneFilesStillLoad) {
  // Written by hand in version 1's layout: a count, then per word a u32
  // length, the word and three u16 class ids; then the capitalisation
  // buckets likewise with one byte each.
  std::string v1 = "KGWCL001";
  auto u32 = [&](uint32_t x) { v1.append(reinterpret_cast<const char*>(&x), 4); };
  auto u16 = [&](uint16_t x) { v1.append(reinterpret_cast<const char*>(&x), 2); };
  u32(1);
  u32(7);
  v1 += "velmora";
  u16(2), u16(5), u16(9);
  u32(1);
  u32(7);
  v1 += "velmora";
  v1 += '\x04';
  std::istringstream in(v1);
  WordClusters c;
  ASSERT_TRUE(c.Load(in).ok());
  EXPECT_EQ(c.Lookup("Velmora"), (WordClusters::Ids{2, 5, 9}));
  EXPECT_EQ(c.CapsBucket("velmora"), 4);
}

TEST(SortedWordsTest, FrontCodedListsRoundTripAndBadSharedLengthsFail) {
  const std::vector<std::string> words = {"", "velmora", "velmoran", "velnet", "x"};
  std::ostringstream out;
  PutSortedWords(out, words);
  // Shared prefixes are not repeated: 4 (count) + 2 a word + the new bytes.
  EXPECT_EQ(out.str().size(), 4u + 2 * words.size() + 7 + 1 + 3 + 1);
  std::istringstream in(out.str());
  std::vector<std::string> back;
  ASSERT_TRUE(GetSortedWords(in, 10, &back));
  EXPECT_EQ(back, words);
  std::istringstream too_many(out.str());
  EXPECT_FALSE(GetSortedWords(too_many, 4, &back));
  // The first word claims a prefix shared with a previous word it lacks.
  std::string bad = out.str();
  bad[4] = 3;
  std::istringstream broken(bad);
  EXPECT_FALSE(GetSortedWords(broken, 10, &back));
}

TEST(WordClustersTest, ReadsTextFilesInSortedOrder) {
  const std::string dir = ::testing::TempDir() + "/wc_text";
  std::filesystem::create_directories(dir + "/sub");
  std::ofstream(dir + "/sub/b.txt") << "Rome is old. It is big.";
  std::ofstream(dir + "/a.txt") << "Paris is far.";
  std::ofstream(dir + "/notes.md") << "Ignored text.";
  auto s = ReadTextSentences(dir);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  ASSERT_EQ(s->size(), 3u);
  EXPECT_EQ((*s)[0], Words("Paris is far ."));
  EXPECT_EQ((*s)[1], Words("Rome is old ."));
  EXPECT_EQ((*s)[2], Words("It is big ."));
  EXPECT_FALSE(ReadTextSentences(dir + "/missing").ok());
}

}  // namespace
}  // namespace kg::nlp
