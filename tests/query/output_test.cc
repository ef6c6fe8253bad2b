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
            "\"label\":\"Choe\"},\"modality\":\"planned\",\"confidence\":1.0}]}]}\n");
}

// An invented fact and its citation for the rendering tests below.
RowCitation CitationOf(const std::string& sentence, const std::string& source) {
  RowCitation c;
  c.citation.provenance.doc_id = source;
  c.citation.provenance.extractor = "rule:visit-verb";
  c.citation.provenance.confidence = 0.7f;
  c.citation.source = source;
  c.citation.published = "2031-02-03";
  c.citation.sentence = sentence;
  c.fact.ids = {1, 2, 3};
  c.fact.subject = Entity("urn:kg:entity:dara-okonkwo", "Dara Okonkwo", {});
  c.fact.predicate = "visited";
  c.fact.object = Entity("urn:kg:entity:veloria", "Veloria", {});
  return c;
}

TEST(OutputTest, JsonCitationNamesItsFactRuleAndConfidence) {
  ResultRow a;
  a.values = {Entity("urn:kg:entity:dara-okonkwo", "Dara Okonkwo", {"Person"})};
  a.citations.push_back(CitationOf("Okonkwo visited Veloria.", "v.txt"));
  a.citations.back().fact.object = Value::Literal("2031", "date");
  std::string j = Render(OutputFormat::kJson, {"who"}, {a}, true);
  EXPECT_NE(j.find("\"fact\":{\"s\":{\"id\":\"urn:kg:entity:dara-okonkwo\",\"label\":\"Dara Okonkwo\"},"
                   "\"p\":\"visited\",\"o\":{\"value\":\"2031\",\"datatype\":\"date\"}},"
                   "\"rule\":\"rule:visit-verb\",\"confidence\":0.7}"),
            std::string::npos)
      << j;
}

TEST(OutputTest, TableShowsCitationsUnderTheirFactAndNeverCutsSentences) {
  ResultRow a;
  a.values = {Entity("urn:kg:entity:dara-okonkwo", "Dara Okonkwo", {})};
  const std::string long_sentence = "Okonkwo visited Veloria " + std::string(200, 'x') + ".";
  a.citations.push_back(CitationOf(long_sentence, "v.txt"));
  a.citations.push_back(CitationOf("A second report.", "w.txt"));
  RenderOptions o;
  o.show_summary = false;
  std::string t = Render(OutputFormat::kTable, {"who"}, {a}, true, o);
  EXPECT_EQ(t,
            "who\n------------\nDara Okonkwo\n"
            "    Dara Okonkwo visited Veloria:\n"
            "      [v.txt, 2031-02-03] \"" + long_sentence + "\"\n"
            "      [w.txt, 2031-02-03] \"A second report.\"\n");
  // On a 40-column terminal the sentence wraps under the fact instead.
  o.terminal_width = 40;
  t = Render(OutputFormat::kTable, {"who"}, {a}, true, o);
  for (size_t start = 0, end; (end = t.find('\n', start)) != std::string::npos; start = end + 1) {
    EXPECT_LE(DisplayWidth(t.substr(start, end - start)), 40u) << t.substr(start, end - start);
  }
  EXPECT_NE(t.find(std::string(34, 'x')), std::string::npos);  // all of it is there
}

TEST(OutputTest, TableFitsTheTerminalAndWideNeverCuts) {
  ResultRow a;
  a.values = {Value::Literal(std::string(50, 'a'), "string"), Value::Literal(std::string(50, 'b'), "string")};
  RenderOptions o;
  o.show_summary = false;
  o.terminal_width = 60;
  std::string t = Render(OutputFormat::kTable, {"x", "y"}, {a}, false, o);
  EXPECT_EQ(t.substr(t.rfind('\n', t.size() - 2) + 1), std::string(27, 'a') + "… | " + std::string(28, 'b') + "…\n");
  o.wide = true;
  t = Render(OutputFormat::kTable, {"x", "y"}, {a}, false, o);
  EXPECT_NE(t.find(std::string(50, 'a') + " | " + std::string(50, 'b')), std::string::npos) << t;
}

TEST(OutputTest, IdsAddAnIdColumnPerColumn) {
  ResultRow a;
  a.values = {Entity("urn:kg:entity:veloria", "Veloria", {}), Value::Literal("3", "number")};
  RenderOptions o;
  o.show_ids = true;
  o.show_summary = false;
  EXPECT_EQ(Render(OutputFormat::kCsv, {"c", "n"}, {a}, false, o), "c,c_id,n,n_id\nVeloria,urn:kg:entity:veloria,3,\n");
  EXPECT_EQ(Render(OutputFormat::kTable, {"c", "n"}, {a}, false, o),
            "c       | c_id                  | n | n_id\n"
            "--------+-----------------------+---+-----\n"
            "Veloria | urn:kg:entity:veloria | 3 | \n");
}

TEST(OutputTest, CsvSeparatesResultSetsWithABlankLine) {
  std::ostringstream out;
  auto r = MakeRenderer(OutputFormat::kCsv, out);
  ResultRow a;
  a.values = {Value::Literal("1", "number")};
  for (const char* column : {"x", "y"}) {
    r->Begin({column}, false);
    r->Row(a);
    r->End(ResultSummary());
  }
  EXPECT_EQ(out.str(), "x\n1\n\ny\n1\n");
}

TEST(OutputTest, WrapBreaksAtSpacesAndSplitsLongWords) {
  EXPECT_EQ(Wrap("one two three", 7), (std::vector<std::string>{"one two", "three"}));
  EXPECT_EQ(Wrap("abcdefghij", 4), (std::vector<std::string>{"abcd", "efgh", "ij"}));
  EXPECT_EQ(Wrap("short", 0), (std::vector<std::string>{"short"}));
}

TEST(OutputTest, JsonEmptyResult) {
  EXPECT_EQ(Render(OutputFormat::kJson, {"x"}, {}, false), "{\"columns\":[\"x\"],\"rows\":[]}\n");
}

}  // namespace
}  // namespace kg::query
