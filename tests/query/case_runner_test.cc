// Runs every tests/query/cases/**/*.kgt file (format: case_file.h) against a
// temporary store built from its data file, through query::Engine.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "case_file.h"
#include "graph/store.h"
#include "loaders/rdf/import_mapping.h"
#include "loaders/rdf/nquads_reader.h"
#include "query/engine.h"
#include "query/output/json_renderer.h"
#include "query/output/renderer.h"

namespace fs = std::filesystem;

namespace kg::query::testing {
namespace {

const fs::path kCasesDir = fs::path(KG_SOURCE_DIR) / "tests" / "query" / "cases";

// Builds a store from a .kgd data file (see case_file.h).
std::unique_ptr<graph::Store> BuildStore(const fs::path& data, const fs::path& dir, std::string* error) {
  graph::StoreOptions options;
  auto store = graph::Store::Open(dir.string(), options);
  if (!store.ok()) {
    *error = store.status().ToString();
    return nullptr;
  }
  std::ifstream in(data);
  if (!in) {
    *error = "cannot read " + data.string();
    return nullptr;
  }
  loaders::rdf::ImportMapper mapper(data.filename().string());
  std::vector<graph::Fact> imported;
  std::vector<graph::DocumentBatch> docs;
  std::string line;
  int n = 0;
  auto parse_triple = [&](const std::string& text, graph::Fact* fact) {
    loaders::rdf::Quad quad;
    bool has = false;
    Status s = loaders::rdf::ParseLine(text, loaders::rdf::Syntax::kNQuads, &quad, &has);
    if (!s.ok() || !has) {
      *error = data.string() + ":" + std::to_string(n) + ": " + (s.ok() ? "no triple" : s.message());
      return false;
    }
    *fact = mapper.Map(std::move(quad));
    return true;
  };
  while (std::getline(in, line)) {
    ++n;
    if (line.rfind("@doc ", 0) == 0) {
      std::istringstream ss(line.substr(5));
      graph::DocumentBatch b;
      ss >> b.document.id >> b.document.source >> b.document.published;
      if (b.document.published == "-") b.document.published.clear();
      std::getline(ss >> std::ws, b.document.title);
      docs.push_back(std::move(b));
    } else if (line.rfind("@text ", 0) == 0) {
      auto& text = docs.back().document.text;
      text += (text.empty() ? "" : "\n") + line.substr(6);
    } else if (line.rfind("@fact ", 0) == 0) {
      size_t sep = line.find(" :: ");
      std::istringstream ss(line.substr(6, sep - 6));
      graph::Fact fact;
      if (!parse_triple(line.substr(sep + 4), &fact)) return nullptr;
      graph::Provenance p;
      p.doc_id = docs.back().document.id;
      p.extractor = "test";
      ss >> p.start >> p.end;
      for (std::string w; ss >> w;) {
        if (w == "planned") p.modality = graph::Modality::kPlanned;
        else if (w == "negated") p.modality = graph::Modality::kNegated;
        else if (w == "hypothetical") p.modality = graph::Modality::kHypothetical;
        else if (w.rfind("by=", 0) == 0) p.attributed_to = w.substr(3);
      }
      fact.provenance = p;
      docs.back().facts.push_back(std::move(fact));
    } else if (!line.empty() && line[0] != '#') {
      graph::Fact fact;
      if (!parse_triple(line, &fact)) return nullptr;
      imported.push_back(std::move(fact));
    }
  }
  uint64_t added = 0;
  if (Status s = (*store)->ImportFacts(imported, &added); !s.ok()) {
    *error = s.ToString();
    return nullptr;
  }
  for (const auto& d : docs) {
    auto r = (*store)->WriteDocument(d);
    if (!r.ok()) {
      *error = r.status().ToString();
      return nullptr;
    }
  }
  return std::move(store).value();
}

std::string Cell(const Value& v) { return v.is_null() ? "(null)" : v.Display(); }

class CaseTest : public ::testing::TestWithParam<std::string> {};

TEST_P(CaseTest, Runs) {
  CaseFile file;
  std::string error;
  ASSERT_TRUE(ReadCaseFile(GetParam(), &file, &error)) << error;
  ASSERT_FALSE(file.data.empty()) << GetParam() << ": no 'data:' line";
  fs::path dir = fs::temp_directory_path() /
                 ("kg_query_case_" + std::to_string(::getpid()) + "_" + fs::path(GetParam()).stem().string());
  fs::remove_all(dir);
  auto store = BuildStore(kCasesDir / "data" / file.data, dir, &error);
  ASSERT_TRUE(store) << error;
  Engine engine(store.get());
  for (const auto& c : file.cases) {
    SCOPED_TRACE(GetParam() + ":" + std::to_string(c.line) + " (" + c.name + ")");
    CollectingSink sink;
    std::ostringstream json_out;
    auto json = MakeRenderer(OutputFormat::kJson, json_out);
    ResultSink& target = c.expect == Case::Expect::kJson ? *json : static_cast<ResultSink&>(sink);
    RunOptions options;
    options.timeout_seconds = c.timeout;
    options.max_rows = c.max_rows;
    Status s = engine.Run(c.query, options, target);
    if (c.expect == Case::Expect::kError) {
      ASSERT_FALSE(s.ok()) << "expected an error matching " << c.error_regex;
      EXPECT_TRUE(std::regex_search(s.message(), std::regex(c.error_regex)))
          << "message: " << s.message() << "\nregex: " << c.error_regex;
      continue;
    }
    ASSERT_TRUE(s.ok()) << s.ToString();
    if (c.expect == Case::Expect::kJson) {
      for (const auto& want : c.lines) {
        if (!want.empty() && want[0] == '!') {
          EXPECT_EQ(json_out.str().find(want.substr(1)), std::string::npos)
              << "present: " << want.substr(1) << "\nin: " << json_out.str();
        } else {
          EXPECT_NE(json_out.str().find(want), std::string::npos) << "missing: " << want << "\nin: " << json_out.str();
        }
      }
      continue;
    }
    std::vector<std::string> got;
    for (const auto& row : sink.rows()) {
      std::string r;
      for (size_t i = 0; i < row.values.size(); ++i) r += (i ? " | " : "") + Cell(row.values[i]);
      got.push_back(r);
    }
    if (c.expect == Case::Expect::kExplain) {
      std::string plan;
      for (const auto& g : got) plan += g + "\n";
      for (const auto& want : c.lines) EXPECT_NE(plan.find(want), std::string::npos) << "missing: " << want << "\nin:\n" << plan;
      continue;
    }
    std::vector<std::string> want = c.lines;
    if (c.expect == Case::Expect::kRows) {
      std::sort(got.begin(), got.end());
      std::sort(want.begin(), want.end());
    }
    EXPECT_EQ(want, got);
  }
  store.reset();
  fs::remove_all(dir);
}

std::vector<std::string> AllCaseFiles() {
  std::vector<std::string> files;
  if (!fs::exists(kCasesDir)) return files;
  for (const auto& e : fs::recursive_directory_iterator(kCasesDir)) {
    if (e.path().extension() == ".kgt") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string CaseName(const ::testing::TestParamInfo<std::string>& info) {
  fs::path p(info.param);
  std::string name = p.parent_path().filename().string() + "_" + p.stem().string();
  for (char& ch : name) {
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Cases, CaseTest, ::testing::ValuesIn(AllCaseFiles()), CaseName);

}  // namespace
}  // namespace kg::query::testing
