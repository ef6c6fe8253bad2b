// The LoadInput front door on the fixtures in data/: every format, sniffing,
// and each kind of bad input (what is loaded, what is reported, and how).
#include "loaders/loader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "test_util.h"

namespace kg::loaders {
namespace {

using testing::DataDir;
using testing::LoadAll;
using testing::Paragraphs;

const Diagnostic* Find(const testing::Loaded& l, const std::string& where_suffix) {
  for (const auto& d : l.diags) {
    if (d.where.size() >= where_suffix.size() &&
        d.where.compare(d.where.size() - where_suffix.size(), where_suffix.size(), where_suffix) == 0) {
      return &d;
    }
  }
  return nullptr;
}

TEST(Loader, DirectoryIsWalkedSortedWithRelativeSources) {
  std::vector<Diagnostic> diags;
  auto inputs = ExpandInputs({DataDir() + "/formats"}, &diags);
  EXPECT_TRUE(diags.empty());
  std::vector<std::string> sources;
  for (const auto& i : inputs) sources.push_back(i.source);
  EXPECT_EQ(sources, (std::vector<std::string>{"array.json", "article_only.htm", "harbour_strike.txt",
                                               "json_in_txt.txt", "no_extension", "wrapped_notes.txt"}));
  auto file = ExpandInputs({DataDir() + "/formats/array.json", "-"}, &diags);
  ASSERT_EQ(file.size(), 2u);
  EXPECT_EQ(file[0].source, "array.json");
  EXPECT_EQ(file[1].path, "-");
}

TEST(Loader, MissingPathIsAnError) {
  std::vector<Diagnostic> diags;
  auto inputs = ExpandInputs({DataDir() + "/does-not-exist.txt"}, &diags);
  EXPECT_TRUE(inputs.empty());
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_TRUE(diags[0].is_error());
  EXPECT_EQ(diags[0].message, "no such file or directory");
}

TEST(Loader, EveryFormatFixtureLoads) {
  auto l = LoadAll({DataDir() + "/formats"});
  EXPECT_EQ(l.errors(), 0u);
  ASSERT_EQ(l.docs.size(), 7u);
  // array.json: two records, sources numbered, epoch date converted.
  EXPECT_EQ(l.docs[0].source, "array.json#1");
  EXPECT_EQ(l.docs[1].source, "array.json#2");
  EXPECT_EQ(l.docs[1].published, "2024-06-01");
  EXPECT_EQ(Paragraphs(l.docs[1]), (std::vector<std::string>{"The new tram line in Tampere opened on Saturday.",
                                                             "Mayor Anna Koski rode the first tram."}));
  // article_only.htm: og:title wins over JSON-LD headline; comments, share box, footer dropped.
  const auto& htm = l.docs[2];
  EXPECT_EQ(htm.title, "Vineyard harvest starts early");
  EXPECT_EQ(htm.published, "2024-08-19");
  EXPECT_EQ(htm.author, "Zsofia Nagy, Bence Kiss");
  EXPECT_EQ(htm.publisher, "Danube Post");
  EXPECT_EQ(htm.text.find("reader comment"), std::string::npos);
  EXPECT_EQ(htm.text.find("Share on"), std::string::npos);
  EXPECT_NE(htm.text.find("growers' association, Laszlo Toth, said the quality of the grapes was \"excellent\"."),
            std::string::npos);
  // json_in_txt.txt is JSON whatever its extension says; no_extension is HTML.
  EXPECT_EQ(l.docs[4].title, "Library reopens after flood repairs");
  EXPECT_EQ(l.docs[4].published, "2024-03-03");
  EXPECT_EQ(l.docs[5].title, "Harbour pilots honoured");
  EXPECT_EQ(l.docs[5].published, "2024-06-30");
  EXPECT_EQ(l.docs[5].text.find("Home"), std::string::npos);
}

TEST(Loader, DocumentTextParagraphOffsetsAndId) {
  auto l = testing::LoadString("Title line here\n\nFirst  paragraph\tends here.\n\nSecond one ends here too.\n", "t.txt");
  ASSERT_EQ(l.docs.size(), 1u);
  const auto& d = l.docs[0];
  EXPECT_EQ(d.title, "Title line here");
  EXPECT_EQ(d.text, "First paragraph ends here.\n\nSecond one ends here too.");
  ASSERT_EQ(d.paragraphs.size(), 2u);
  EXPECT_EQ(d.paragraphs[0], (std::pair<uint32_t, uint32_t>{0, 26}));
  EXPECT_EQ(d.paragraphs[1], (std::pair<uint32_t, uint32_t>{28, 53}));
  EXPECT_EQ(d.id.size(), 16u);
  // Same content, other name and line ends: same id. Other title: other id.
  auto again = testing::LoadString("\xef\xbb\xbfTitle line here\r\n\r\nFirst paragraph ends here.\r\n\r\nSecond one ends here too.", "u.txt");
  ASSERT_EQ(again.docs.size(), 1u);
  EXPECT_EQ(again.docs[0].id, d.id);
  auto other = testing::LoadString("Another title here\n\nFirst paragraph ends here.\n\nSecond one ends here too.\n", "t.txt");
  EXPECT_NE(other.docs[0].id, d.id);
}

TEST(Loader, BadInputsAreReportedAndTheRestLoads) {
  auto l = LoadAll({DataDir() + "/bad"});
  // Loaded: bom_crlf, broken.html, invalid_utf8 (repaired), 3 good JSONL records, utf16, windows1252.
  std::vector<std::string> sources;
  for (const auto& d : l.docs) sources.push_back(d.source);
  EXPECT_EQ(sources, (std::vector<std::string>{"bom_crlf.txt", "broken.html", "invalid_utf8.txt",
                                               "malformed.jsonl#1", "malformed.jsonl#3", "malformed.jsonl#7",
                                               "utf16.txt", "windows1252.txt"}));
  ASSERT_NE(Find(l, "binary.txt"), nullptr);
  EXPECT_EQ(Find(l, "binary.txt")->message, "binary file (contains NUL bytes), not an article; skipped");
  EXPECT_EQ(Find(l, "fake.pdf.txt")->message, "binary file (PDF document), not an article; skipped");
  EXPECT_EQ(Find(l, "empty.txt")->message, "empty file; skipped");
  EXPECT_EQ(Find(l, "blank.txt")->message, "empty file; skipped");
  EXPECT_EQ(Find(l, "only_navigation.txt")->message, "no article text found");
  // Malformed JSON lines: reported by file:line, the other records load.
  ASSERT_NE(Find(l, "malformed.jsonl:2"), nullptr);
  EXPECT_EQ(Find(l, "malformed.jsonl:2")->message.rfind("malformed JSON", 0), 0u);
  EXPECT_EQ(Find(l, "malformed.jsonl:4")->message, "not a JSON object");
  EXPECT_EQ(Find(l, "malformed.jsonl:5")->message, "no text, body or content field");
  EXPECT_EQ(l.errors(), 8u);
  // Repairs are warnings, and say what was done.
  EXPECT_FALSE(Find(l, "invalid_utf8.txt")->is_error());
  EXPECT_EQ(Find(l, "invalid_utf8.txt")->message, "invalid UTF-8: 2 byte(s) replaced with U+FFFD");
  EXPECT_EQ(Find(l, "windows1252.txt")->message, "not UTF-8; decoded as Windows-1252");
  EXPECT_EQ(l.warnings(), 3u);  // + utf16

  const auto& cp = l.docs[7];
  EXPECT_EQ(cp.title, "Caf\u00e9 owner wins \u201cbest espresso\u201d prize");
  EXPECT_NE(cp.text.find("Li\u00e8ge, Ren\u00e9 Dubois"), std::string::npos);
  const auto& bom = l.docs[0];
  EXPECT_EQ(bom.title, "River festival draws record crowd");
  EXPECT_EQ(bom.text.find('\r'), std::string::npos);
  EXPECT_EQ(l.docs[1].title, "Bridge repairs finish early");
  EXPECT_EQ(Paragraphs(l.docs[1]).size(), 3u);
  EXPECT_NE(l.docs[2].text.find("30 \ufffd\ufffd million"), std::string::npos);
}

TEST(Loader, StrictUtf8SkipsInsteadOfRepairing) {
  LoadOptions strict;
  strict.repair_utf8 = false;
  auto l = LoadAll({DataDir() + "/bad/invalid_utf8.txt"}, strict);
  EXPECT_TRUE(l.docs.empty());
  ASSERT_EQ(l.errors(), 1u);
  EXPECT_NE(l.diags[0].message.find("invalid UTF-8 at byte"), std::string::npos);
}

TEST(Loader, OversizedFileIsRefusedWithoutReadingIt) {
  auto dir = std::filesystem::temp_directory_path() / ("kg_loader_big_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  auto big = dir / "big.txt";
  { std::ofstream(big).put('x'); }
  std::filesystem::resize_file(big, 200ull << 20);  // sparse: instant
  auto l = LoadAll({big.string()});
  EXPECT_TRUE(l.docs.empty());
  ASSERT_EQ(l.errors(), 1u);
  EXPECT_EQ(l.diags[0].message,
            "file is 200.0 MB, over the 64.0 MB limit for one document (JSON Lines files may be any size); skipped");
  std::filesystem::remove_all(dir);
}

TEST(Loader, JsonLinesStreamPastTheLimit) {
  // Records stream one at a time, so a JSONL file larger than the per-document limit loads.
  std::string jsonl;
  for (int i = 0; i < 200; ++i) {
    jsonl += "{\"title\": \"Item " + std::to_string(i) + "\", \"text\": \"Record number " + std::to_string(i) +
             " is a short sentence.\"}\n";
  }
  auto dir = std::filesystem::temp_directory_path() / ("kg_loader_jsonl_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  auto path = dir / "many.jsonl";
  { std::ofstream(path) << jsonl; }
  LoadOptions small;
  small.max_document_bytes = 1024;  // far below the file's size
  auto l = LoadAll({path.string()}, small);
  EXPECT_EQ(l.errors(), 0u);
  ASSERT_EQ(l.docs.size(), 200u);
  EXPECT_EQ(l.docs[199].title, "Item 199");
  EXPECT_EQ(l.docs[199].source, "many.jsonl#200");
  std::filesystem::remove_all(dir);
}

TEST(Loader, UnreadableFileIsAnError) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads every file";
  auto dir = std::filesystem::temp_directory_path() / ("kg_loader_perm_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  auto path = dir / "secret.txt";
  { std::ofstream(path) << "Some article text that nobody may read here."; }
  std::filesystem::permissions(path, std::filesystem::perms::none);
  auto l = LoadAll({path.string()});
  EXPECT_TRUE(l.docs.empty());
  EXPECT_EQ(l.errors(), 1u);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace kg::loaders
