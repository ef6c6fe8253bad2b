// kg query -e TEXT | -f FILE|- : runs one or more ';'-separated statements
// (CONTRACT.md sections 1, 2, 4). Output: --format table|json|csv|tsv|jsonld
// (jsonld: the statements the rows used, written by export/query_jsonld.h). Syntax errors: "error: [FILE:
// ]line L, column C: ..." plus the line and a caret, exit 2; runtime errors (store, timeout,
// --max-rows, --max-memory) exit 1. Without --keep-going the first failing statement stops
// the script.
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/closed_output.h"
#include "cli/common.h"
#include "export/query_jsonld.h"
#include "graph/store.h"
#include "query/engine.h"
#include "query/output/renderer.h"

namespace po = boost::program_options;

namespace kg::cli {
namespace {

// --format jsonld: the rows' statements are collected here and written, with
// provenance, by exporter::WriteJsonLdStatements (export/query_jsonld.h).
class JsonLdHook : public query::ResultSink {
 public:
  void Begin(const std::vector<std::string>&, bool) override { statements_.clear(); }
  bool Row(const query::ResultRow& row) override {
    statements_.insert(statements_.end(), row.statements.begin(), row.statements.end());
    return true;
  }
  void End(const query::ResultSummary&) override {}
  bool NeedsTypes() const override { return false; }
  // `one_line`: the document on one line (a script of several statements
  // writes JSON lines, CONTRACT.md section 1).
  Status Write(const graph::Store& store, std::ostream& out, bool one_line) const {
    if (!one_line) return exporter::WriteJsonLdStatements(store, statements_, out);
    std::ostringstream pretty;
    KG_RETURN_IF_ERROR(exporter::WriteJsonLdStatements(store, statements_, pretty));
    out << nlohmann::ordered_json::parse(pretty.str()).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
        << "\n";
    return Status::Ok();
  }

 private:
  std::vector<graph::StatementIds> statements_;
};

// Forwards to the renderer and prints the statement's warnings on stderr.
class WarningSink : public query::ResultSink {
 public:
  explicit WarningSink(query::ResultSink* inner) : inner_(inner) {}
  void Begin(const std::vector<std::string>& c, bool cite) override { inner_->Begin(c, cite); }
  bool Row(const query::ResultRow& row) override { return inner_->Row(row); }
  bool NeedsTypes() const override { return inner_->NeedsTypes(); }
  void End(const query::ResultSummary& summary) override {
    inner_->End(summary);
    for (const auto& w : summary.warnings) std::cerr << "warning: " << w << "\n";
  }

 private:
  query::ResultSink* inner_;
};

int ExitCodeFor(const Status& s) {
  return s.code() == Status::Code::kInvalidArgument ? kExitUsage : kExitRuntime;
}

}  // namespace

int RunQuery(const Args& args) {
  po::options_description desc("options");
  AddCommonOptions(desc);
  desc.add_options()("execute,e", po::value<std::vector<std::string>>(), "query text (repeatable)")(
      "file,f", po::value<std::string>(), "read statements from FILE ('-' for stdin)")(
      "format", po::value<std::string>()->default_value("table"), "table | json | csv | tsv | jsonld")(
      "timeout", po::value<double>()->default_value(0), "stop a statement after SECONDS (0: no limit)")(
      "max-rows", po::value<uint64_t>()->default_value(0), "stop a statement after N rows (0: no limit)")(
      "max-memory", po::value<uint64_t>()->default_value(kDefaultMaxMemoryMb),
      "stop a statement whose ORDER BY, DISTINCT or COUNT rows pass MB megabytes (0: no limit)")(
      "keep-going", "run the remaining statements after one fails")(
      "ids", "table, csv, tsv: an <column>_id column with each entity's id")(
      "wide", "table: never cut a cell or a citation");
  po::positional_options_description pos;
  pos.add("execute", -1);
  po::variables_map vm;
  int code = kExitOk;
  if (!ParseArgs(args, "query", "(-e TEXT | -f FILE|-) [options]", desc, pos, vm, &code)) return code;

  std::string format = vm["format"].as<std::string>();
  auto output = query::ParseOutputFormat(format);
  bool jsonld = format == "jsonld";
  if (!output && !jsonld) return Fail(kExitUsage, "unknown --format '" + format + "' (table, json, csv, tsv, jsonld)");
  bool has_e = vm.count("execute") > 0, has_f = vm.count("file") > 0;
  if (has_e == has_f) return Fail(kExitUsage, "give either -e TEXT or -f FILE (see 'kg query --help')");

  std::string script, file_label;
  if (has_e) {
    for (const auto& e : vm["execute"].as<std::vector<std::string>>()) script += e + ";\n";
  } else {
    std::string path = vm["file"].as<std::string>();
    std::stringstream buffer;
    if (path == "-") {
      buffer << std::cin.rdbuf();
      file_label = "<stdin>: ";
    } else {
      std::error_code ec;
      if (std::filesystem::is_directory(path, ec)) return Fail(kExitUsage, path + " is a directory, not a query file");
      std::ifstream in(path, std::ios::binary);
      if (!in) {
        return Fail(kExitRuntime, "cannot read query file " + path + " (" + std::strerror(errno) + ")");
      }
      buffer << in.rdbuf();
      file_label = path + ": ";
    }
    script = buffer.str();
  }

  graph::StoreOptions store_options;
  store_options.read_only = true;
  auto store = graph::Store::Open(ResolveDbPath(vm["db"].as<std::string>()), store_options);
  if (!store.ok()) return Fail(kExitRuntime, store.status().message());

  query::Engine engine(store->get());
  std::unique_ptr<query::ResultSink> renderer;
  JsonLdHook jsonld_sink;
  query::RenderOptions render;
  render.show_ids = vm.count("ids") > 0;
  render.wide = vm.count("wide") > 0;
  render.terminal_width = StdoutTerminalColumns();
  if (output) renderer = query::MakeRenderer(*output, std::cout, render);
  WarningSink sink(jsonld ? static_cast<query::ResultSink*>(&jsonld_sink) : renderer.get());

  int exit_code = kExitOk;
  auto statements = query::Engine::SplitScript(script);
  if (statements.empty()) return Fail(kExitUsage, "no statement to run");
  for (const auto& st : statements) {
    query::RunOptions options;
    options.timeout_seconds = vm["timeout"].as<double>();
    options.max_rows = vm["max-rows"].as<uint64_t>();
    options.max_memory_bytes = vm["max-memory"].as<uint64_t>() << 20;
    options.first_line = st.line;
    options.first_column = st.column;
    Status s = engine.Run(st.text, options, sink);
    if (s.ok() && jsonld) s = jsonld_sink.Write(**store, std::cout, statements.size() > 1);
    // The reader closed the output (`| head -1`): stop quietly (cli/closed_output.h).
    if (!std::cout && StdoutReaderGone()) return std::max(exit_code, kExitRuntime);
    if (!s.ok()) {
      std::cout.flush();
      exit_code = std::max(exit_code, ExitCodeFor(s));
      Fail(exit_code, file_label + s.message());
      if (!vm.count("keep-going")) return exit_code;
    }
  }
  return exit_code;
}

}  // namespace kg::cli
