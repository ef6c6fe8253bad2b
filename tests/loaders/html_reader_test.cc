#include "loaders/html_reader.h"

#include <gtest/gtest.h>

namespace kg::loaders {
namespace {

TEST(HtmlReader, MetadataAndMainContent) {
  RawArticle a = ReadHtml(R"(<!DOCTYPE html><html><head>
<title>Ferry link restored | Island News</title>
<meta property="og:site_name" content="Island News">
<meta name="author" content="Lea Moser">
<link rel="canonical" href="https://island.example/ferry">
</head><body>
<nav><a href="/">Home</a><a href="/news">News</a></nav>
<header><p>Island News — the paper of the islands since 1901.</p></header>
<main>
<h1>Ferry link restored</h1>
<p>Ferries between Split and Hvar resumed on Monday, the operator said&nbsp;in a statement.</p>
<p>The crossing had been suspended for a week while the pier was rebuilt &amp; widened.</p>
<aside><p>Related: the island that banned cars, and what happened next.</p></aside>
<form><p>Leave a comment below and tell us what you think of it.</p></form>
</main>
<script>document.write("<p>Injected text should never appear in the article.</p>")</script>
<footer><p>All rights reserved. Island News is owned by a cooperative of readers.</p></footer>
</body></html>)");
  EXPECT_EQ(a.title, "Ferry link restored");  // <title> without the site suffix
  EXPECT_EQ(a.url, "https://island.example/ferry");
  EXPECT_EQ(a.publisher, "Island News");
  EXPECT_EQ(a.author, "Lea Moser");
  ASSERT_EQ(a.paragraphs.size(), 2u);
  EXPECT_EQ(a.paragraphs[0], "Ferries between Split and Hvar resumed on Monday, the operator said in a statement.");
  EXPECT_EQ(a.paragraphs[1], "The crossing had been suspended for a week while the pier was rebuilt & widened.");
}

TEST(HtmlReader, JsonLdNewsArticle) {
  RawArticle a = ReadHtml(R"(<html><head><script type="application/ld+json">
[{"@type": "BreadcrumbList"},
 {"@type": ["NewsArticle"], "headline": "Dam inspection completed", "datePublished": "2023-11-02T10:00:00Z",
  "author": {"@type": "Person", "name": "Ivo Petrov"}, "publisher": {"name": "Balkan Wire"},
  "url": "https://bw.example/dam"}]
</script></head><body><article><p>Engineers completed the inspection of the dam near Plovdiv on Thursday.</p>
<p>The regional governor, Maria Ivanova, said the dam was safe for another decade.</p></article></body></html>)");
  EXPECT_EQ(a.title, "Dam inspection completed");
  EXPECT_EQ(a.published, "2023-11-02");
  EXPECT_EQ(a.author, "Ivo Petrov");
  EXPECT_EQ(a.publisher, "Balkan Wire");
  EXPECT_EQ(a.url, "https://bw.example/dam");
  EXPECT_EQ(a.paragraphs.size(), 2u);
}

TEST(HtmlReader, TimeElementAndBrokenMarkup) {
  RawArticle a = ReadHtml(R"(<html><body><div class="story"><h1>Harvest festival opens</h1>
<p>Published <time datetime="2024-09-14">14 September</time>
<p>The harvest festival in Sibiu opened on Saturday with a parade of <b>forty <i>floats.</b></i>
<p>Mayor Astrid Fodor welcomed visitors from twelve countries to the city centre.
</div></span></td>)");
  EXPECT_EQ(a.title, "Harvest festival opens");
  EXPECT_EQ(a.published, "2024-09-14");
  ASSERT_EQ(a.paragraphs.size(), 2u);
  EXPECT_EQ(a.paragraphs[0], "The harvest festival in Sibiu opened on Saturday with a parade of forty floats.");
}

}  // namespace
}  // namespace kg::loaders
