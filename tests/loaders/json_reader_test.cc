#include "loaders/json_reader.h"

#include <gtest/gtest.h>

namespace kg::loaders {
namespace {

TEST(JsonReader, FieldAliases) {
  std::vector<std::string> w;
  auto a = ReadJsonArticle(R"({"headline": "Bridge opens", "datePublished": "2024-03-01T12:00:00Z",
    "body": "First paragraph here.\n\nSecond paragraph here.", "link": "https://x.example/b",
    "source": {"name": "City Post"}, "authors": ["A. One", {"name": "B. Two"}]})", &w);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "Bridge opens");
  EXPECT_EQ(a->published, "2024-03-01");
  EXPECT_EQ(a->url, "https://x.example/b");
  EXPECT_EQ(a->publisher, "City Post");
  EXPECT_EQ(a->author, "A. One, B. Two");
  EXPECT_EQ(a->paragraphs, (std::vector<std::string>{"First paragraph here.", "Second paragraph here."}));
  EXPECT_TRUE(w.empty());
}

TEST(JsonReader, HtmlBodyAndEpochDate) {
  auto a = ReadJsonArticle(R"({"title": "T", "date": 1717200000, "content": "<p>One &amp; two.</p><p>Three.</p>"})", nullptr);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "2024-06-01");
  EXPECT_EQ(a->paragraphs, (std::vector<std::string>{"One & two.", "Three."}));
}

TEST(JsonReader, Errors) {
  EXPECT_EQ(ReadJsonArticle(R"({"title": "x"})", nullptr).status().message(), "no text, body or content field");
  EXPECT_EQ(ReadJsonArticle(R"([1, 2])", nullptr).status().message(), "not a JSON object");
  auto bad = ReadJsonArticle(R"({"text": "unterminated)", nullptr);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message().rfind("malformed JSON: parse error at line 1", 0), 0u) << bad.status().message();
  // A number out of range is malformed JSON, not an exception that ends kg
  // (found by fuzz_jsonld_import in the JSON-LD reader; the article reader had it too).
  auto huge = ReadJsonArticle(R"({"text": "Body.", "n": 2e+555})", nullptr);
  ASSERT_FALSE(huge.ok());
  EXPECT_EQ(huge.status().message().rfind("malformed JSON", 0), 0u) << huge.status().message();
  std::vector<std::string> w;
  auto undated = ReadJsonArticle(R"({"text": "Body.", "date": "sometime soon"})", &w);
  ASSERT_TRUE(undated.ok());
  EXPECT_EQ(undated->published, "");
  ASSERT_EQ(w.size(), 1u);
}

// fuzz_loaders found an array with a '}' closing nothing, on which
// ForEachJsonElement looped for ever; it is an error now.
TEST(JsonReader, StrayClosingBraceInAnArrayIsAnError) {
  for (const char* text : {"[}", "[{\"a\": 1}}]", "[ 1, } ]"}) {
    int elements = 0;
    Status s = ForEachJsonElement(text, [&](std::string_view, size_t) { ++elements; });
    EXPECT_FALSE(s.ok()) << text;
    EXPECT_NE(s.message().find("unexpected '}'"), std::string::npos) << s.message();
    EXPECT_LE(elements, 1) << text;
  }
}

TEST(JsonReader, ArrayElementsWithLines) {
  std::vector<std::pair<std::string, size_t>> seen;
  Status s = ForEachJsonElement("[\n {\"a\": \"x,]\\\"\"},\n\n {\"b\": [1, 2]}\n]\n",
                                [&](std::string_view e, size_t line) { seen.emplace_back(std::string(e), line); });
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0].first, "{\"a\": \"x,]\\\"\"}");
  EXPECT_EQ(seen[0].second, 2u);
  EXPECT_EQ(seen[1].first, "{\"b\": [1, 2]}");
  EXPECT_EQ(seen[1].second, 4u);
  EXPECT_FALSE(ForEachJsonElement("[{\"a\": 1},", [](std::string_view, size_t) {}).ok());
}

}  // namespace
}  // namespace kg::loaders
