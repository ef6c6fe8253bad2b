#include "loaders/format.h"

#include <gtest/gtest.h>

namespace kg::loaders {
namespace {

TEST(Format, ByExtension) {
  EXPECT_EQ(FormatFromExtension("a/b.TXT"), Format::kText);
  EXPECT_EQ(FormatFromExtension("x.md"), Format::kMarkdown);
  EXPECT_EQ(FormatFromExtension("x.htm"), Format::kHtml);
  EXPECT_EQ(FormatFromExtension("x.ndjson"), Format::kJsonLines);
  EXPECT_EQ(FormatFromExtension("README"), Format::kUnknown);
  EXPECT_EQ(FormatFromExtension("dir.v2/README"), Format::kUnknown);
}

TEST(Format, ContentBeatsAWrongExtension) {
  EXPECT_EQ(DetectFormat("page.txt", "<!DOCTYPE html><html><body><p>x</p>"), Format::kHtml);
  EXPECT_EQ(DetectFormat("noext", "  <html><head></head>"), Format::kHtml);
  EXPECT_EQ(DetectFormat("data.txt", "{\"text\": \"x\"}\n{\"text\": \"y\"}\n"), Format::kJsonLines);
  EXPECT_EQ(DetectFormat("data.json", "{\"text\": \"x\"}\n{\"text\": \"y\"}\n"), Format::kJsonLines);
  EXPECT_EQ(DetectFormat("one.jsonl", "{\"text\": \"x\"}\n"), Format::kJsonLines);
  EXPECT_EQ(DetectFormat("notes.json", "Just some words."), Format::kText);
  EXPECT_EQ(DetectFormat("x", "# Heading\n\nText."), Format::kMarkdown);
  EXPECT_EQ(DetectFormat("x", "[{\"text\": 1}]"), Format::kJson);
  EXPECT_EQ(DetectFormat("a.txt", "Plain words <b>here</b>."), Format::kText);
}

}  // namespace
}  // namespace kg::loaders
