// Renderers: table alignment and truncation, CSV/TSV quoting, JSON shape (CONTRACT.md section 4).
#include <gtest/gtest.h>

#include <sstream>

#include "query/output/renderer.h"
#include "query/output/table_renderer.h"

namespace kg::query {
namespace {

Value Entity(const std::string& id, const std::string& label, std::vector<std::string> types) {
  Value v;
  v.kind = Value::Kind::kEntity;
  v.id = id;
  v.label = label;
  v.types = std::move(types);
  return v;
}

std::string Render(OutputFormat f, const std::vector<std::string>& cols, const std::vector<ResultRow>& rows, bool cite,
                   RenderOptions options = RenderOptions()) {
  std::ostringstream out;
  auto r = MakeRenderer(f, out, options);
  r->Begin(cols, cite);
  for (const auto& row : rows) r->Row(row);
  ResultSummary s;
  s.rows = rows.size();
  s.seconds = 0.0123;
  r->End(s);
  return out.str();
}

TEST(OutputTest, ParseFormat) {
  EXPECT_EQ(ParseOutputFormat("JSON"), OutputFormat::kJson);
  EXPECT_EQ(ParseOutputFormat("tsv"), OutputFormat::kTsv);
  EXPECT_FALSE(ParseOutputFormat("xml").has_value());
}

TEST(OutputTest, TableAlignsByCharactersAndCountsRows) {
  ResultRow a, b;
  a.values = {Entity("urn:kg:entity:jose", "José", {}), Value::Literal("7", "number")};
  b.values = {Entity("urn:kg:entity:li", "Li", {}), Value::Null()};
  std::string t = Render(OutputFormat::kTable, {"who", "n"}, {a, b}, false);
  EXPECT_EQ(t,
            "who  | n\n"
            "-----+--\n"
            "José | 7\n"
            "Li   | \n"
            "2 rows (0.012 s)\n");
}

TEST(OutputTest, TableTruncatesLongCells) {
  ResultRow a;
  a.values = {Value::Literal("abcdefghijklmnop", "string")};
  RenderOptions o;
  o.max_cell_width = 8;
  o.show_summary = false;
  EXPECT_EQ(Render(OutputFormat::kTable, {"s"}, {a}, false, o), "s\n--------\nabcdefg…\n");
  EXPECT_EQ(Truncate("line\nbreak", 20), "line break");
}

TEST(OutputTest, CsvQuotesAndTsvFlattens) {
  ResultRow a;
  a.values = {Value::Literal("say \"hi\", then go", "string"), Value::Literal("a\tb\nc", "string")};
  EXPECT_EQ(Render(OutputFormat::kCsv, {"x", "y"}, {a}, false), "x,y\n\"say \"\"hi\"\", then go\",\"a\tb\nc\"\n");
  EXPECT_EQ(Render(OutputFormat::kTsv, {"x", "y"}, {a}, false), "x\ty\nsay \"hi\", then go\ta b c\n");
}

TEST(OutputTest, JsonOneLinePerStatementWithCitations) {
  ResultRow a;
  a.values = {Entity("urn:kg:entity:kim", "Kim", {"Official", "Person"}), Value::Literal("2025-05-09", "date")};
  RowCitation c;
  c.citation.provenance.doc_id = "d1";
  c.citation.provenance.start = 4;
  c.citation.provenance.end = 20;
  c.citation.provenance.modality = graph::Modality::kPlanned;
  c.citation.title = "T";
  c.citation.published = "2025-05-10";
  c.citation.source = "a.txt";
  c.citation.sentence = "Kim will go.";
  c.attributed_id = "urn:kg:entity:choe";
  c.attributed_label = "Choe";
  a.citations.push_back(c);
  std::string j = Render(OutputFormat::kJson, {"who", "when"}, {a}, true);
  EXPECT_EQ(j,
            "{\"columns\":[\"who\",\"when\"],\"rows\":[{\"who\":{\"id\":\"urn:kg:entity:kim\",\"label\":\"Kim\","
            "\"types\":[\"Official\",\"Person\"]},\"when\":{\"value\":\"2025-05-09\",\"datatype\":\"date\"},"
            "\"citations\":[{\"doc\":\"d1\",\"title\":\"T\",\"published\":\"2025-05-10\",\"source\":\"a.txt\","
            "\"sentence\":\"Kim will go.\",\"start\":4,\"end\":20,\"attributedTo\":{\"id\":\"urn:kg:entity:choe\","
            "\"label\":\"Choe\"},\"modality\":\"planned\"}]}]}\n");
}

TEST(OutputTest, JsonEmptyResult) {
  EXPECT_EQ(Render(OutputFormat::kJson, {"x"}, {}, false), "{\"columns\":[\"x\"],\"rows\":[]}\n");
}

}  // namespace
}  // namespace kg::query
