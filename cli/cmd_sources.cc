// kg sources [--format table|json|csv|tsv] [--ids]: the documents in the
// store, one row each: source (URL, else the file as ingested), title,
// published, facts (statements it supports), ingested (when it was written).
// Rendered like query results (query/output/), so json is
// {"columns": [...], "rows": [...]} on one line. Read-only.
#include <iostream>

#include "cli/common.h"
#include "cli/source_list.h"
#include "graph/store.h"
#include "query/output/renderer.h"

namespace po = boost::program_options;

namespace kg::cli {
namespace {

query::Value Text(std::string s) { return query::Value::Literal(std::move(s), "string"); }

}  // namespace

int RunSources(const Args& args) {
  po::options_description desc("options");
  AddCommonOptions(desc);
  desc.add_options()("format", po::value<std::string>()->default_value("table"), "table | json | csv | tsv")(
      "ids", "add each document's id");
  po::variables_map vm;
  int code = kExitOk;
  if (!ParseArgs(args, "sources", "[--db DIR] [--format table|json|csv|tsv] [--ids]", desc, {}, vm, &code)) return code;
  const auto format = query::ParseOutputFormat(vm["format"].as<std::string>());
  if (!format) return Fail(kExitUsage, "unknown --format '" + vm["format"].as<std::string>() + "' (table, json, csv, tsv)");
  graph::StoreOptions options;
  options.read_only = true;
  auto store = graph::Store::Open(ResolveDbPath(vm["db"].as<std::string>()), options);
  if (!store.ok()) return Fail(kExitRuntime, store.status().message());

  const bool ids = vm.count("ids") > 0;
  std::vector<std::string> columns = {"source", "title", "published", "facts", "ingested"};
  if (ids) columns.push_back("id");
  query::RenderOptions render;
  render.terminal_width = StdoutTerminalColumns();
  render.show_summary = false;
  auto sink = query::MakeRenderer(*format, std::cout, render);
  sink->Begin(columns, false);
  query::ResultSummary summary;
  auto sources = ListSources(**store);
  if (!sources.ok()) return Fail(kExitRuntime, sources.status().message());
  for (const auto& s : *sources) {
    query::ResultRow row;
    row.values = {Text(s.source), Text(s.title),
                  s.published.empty() ? query::Value::Null() : query::Value::Literal(s.published, "date"),
                  query::Value::Literal(std::to_string(s.facts), "number"),
                  s.ingested_at.empty() ? query::Value::Null() : Text(s.ingested_at)};
    if (ids) row.values.push_back(Text(s.id));
    if (!sink->Row(row)) break;
    ++summary.rows;
  }
  sink->End(summary);
  return kExitOk;
}

}  // namespace kg::cli
