#include "cli/shell/dot_commands.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "cli/shell/session.h"
#include "cli/source_list.h"
#include "cli/shell/why_command.h"
#include "curate/reconcile.h"
#include "curate/records.h"
#include "extract/fact_extractor.h"
#include "extract/ingest.h"
#include "graph/store_statistics.h"
#include "graph/vocabulary.h"
#include "query/output/renderer.h"

#ifndef KG_MODELS_DIR
#define KG_MODELS_DIR "models"
#endif

namespace kg::cli::shell {
namespace {

using Words = std::vector<std::string>;

struct DotCommand {
  const char* name;
  const char* args;
  const char* help;
  Status (*run)(Session&, const Words&);
};

query::Value Text(std::string s) { return query::Value::Literal(std::move(s), "string"); }
query::Value Number(uint64_t n) { return query::Value::Literal(std::to_string(n), "number"); }

// Renders a small table through the session's current format.
void Render(Session& session, const std::vector<std::string>& columns,
            const std::vector<std::vector<query::Value>>& rows) {
  query::RenderOptions options;
  options.show_summary = false;
  auto sink = query::MakeRenderer(session.format(), session.out(), options);
  sink->Begin(columns, false);
  for (const auto& values : rows) {
    query::ResultRow row;
    row.values = values;
    if (!sink->Row(row)) break;
  }
  query::ResultSummary summary;
  summary.rows = rows.size();
  sink->End(summary);
  session.out().flush();
}

Status WantArgs(const Words& words, size_t min, size_t max, const char* usage) {
  size_t n = words.size() - 1;
  if (n < min || n > max) return Status::InvalidArgument(std::string("usage: ") + usage);
  return Status::Ok();
}

Status Help(Session&, const Words&);

Status Format(Session& session, const Words& w) {
  KG_RETURN_IF_ERROR(WantArgs(w, 1, 1, ".format table|json|csv|tsv"));
  auto format = query::ParseOutputFormat(w[1]);
  if (!format) return Status::InvalidArgument("unknown format '" + w[1] + "' (table, json, csv or tsv)");
  session.set_format(*format);
  return Status::Ok();
}

Status Timer(Session& session, const Words& w) {
  KG_RETURN_IF_ERROR(WantArgs(w, 1, 1, ".timer on|off"));
  if (w[1] != "on" && w[1] != "off") return Status::InvalidArgument("usage: .timer on|off");
  session.set_timer(w[1] == "on");
  return Status::Ok();
}

Status Stats(Session& session, const Words& w) {
  KG_RETURN_IF_ERROR(WantArgs(w, 0, 0, ".stats"));
  auto read = graph::ComputeStatistics(session.store());  // kg stats' figures
  if (!read.ok()) return read.status();
  const graph::StoreStatistics& s = *read;
  Render(session, {"documents", "entities", "events", "triples", "predicates", "terms"},
         {{Number(s.documents), Number(s.entities), Number(s.events), Number(s.statements), Number(s.predicates),
           Number(s.terms)}});
  return Status::Ok();
}

// (local name, count) rows, most frequent first.
std::vector<std::vector<query::Value>> NamedCounts(const graph::Store& store, const char* kind,
                                                   const std::vector<std::pair<graph::TermId, uint64_t>>& counts) {
  std::vector<std::pair<std::string, uint64_t>> named;
  for (const auto& [id, n] : counts) {
    auto term = store.Resolve(id);
    named.emplace_back(term.ok() ? std::string(graph::vocab::LocalName(term->value)) : "?", n);
  }
  std::sort(named.begin(), named.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  std::vector<std::vector<query::Value>> rows;
  for (const auto& [name, n] : named) rows.push_back({Text(kind), Text(name), Number(n)});
  return rows;
}

Status Schema(Session& session, const Words& w) {
  KG_RETURN_IF_ERROR(WantArgs(w, 0, 0, ".schema"));
  auto type_counts = session.store().TypeCounts();
  if (!type_counts.ok()) return type_counts.status();
  auto predicate_counts = session.store().PredicateCounts();
  if (!predicate_counts.ok()) return predicate_counts.status();
  auto rows = NamedCounts(session.store(), "type", *type_counts);
  auto predicates = NamedCounts(session.store(), "predicate", *predicate_counts);
  rows.insert(rows.end(), predicates.begin(), predicates.end());
  Render(session, {"kind", "name", "count"}, rows);
  return Status::Ok();
}

Status Sources(Session& session, const Words& w) {
  KG_RETURN_IF_ERROR(WantArgs(w, 0, 0, ".sources"));
  std::vector<std::vector<query::Value>> rows;
  auto sources = ListSources(session.store());
  if (!sources.ok()) return sources.status();
  for (const auto& s : *sources) {
    rows.push_back({Text(s.title), Text(s.published), Text(s.source), Number(s.facts)});
  }
  Render(session, {"title", "published", "source", "facts"}, rows);
  return Status::Ok();
}

Status Read(Session& session, const Words& w) {
  KG_RETURN_IF_ERROR(WantArgs(w, 1, 1, ".read FILE"));
  std::ifstream in(w[1]);
  if (!in) return Status::IOError("cannot read " + w[1]);
  int code = session.RunScript(in, w[1], /*keep_going=*/false);
  // The statement's own error was printed already; report only the outcome.
  if (code == 2) return Status::InvalidArgument(w[1] + ": stopped at the error above");
  if (code != 0) return Status::IOError(w[1] + ": stopped at the error above");
  return Status::Ok();
}

Status Output(Session& session, const Words& w) {
  KG_RETURN_IF_ERROR(WantArgs(w, 0, 1, ".output [FILE|stdout]"));
  return session.SetOutput(w.size() > 1 ? w[1] : "");
}

Status Ingest(Session& session, const Words& w) {
  KG_RETURN_IF_ERROR(WantArgs(w, 1, 64, ".ingest PATH..."));
  if (!session.options().writable) {
    return Status::InvalidArgument("the shell is read-only; start it with 'kg shell --write' to ingest");
  }
  // Same models rule as `kg ingest`: $KG_MODELS, else the built-in directory.
  const char* env = std::getenv("KG_MODELS");
  auto extractor = extract::MakeDefaultExtractor(env && *env ? env : KG_MODELS_DIR);
  if (!extractor.ok()) return Status::IOError("cannot load the NLP models: " + extractor.status().message());
  extract::IngestOptions options;
  options.on_diagnostic = [](const loaders::Diagnostic& d) {
    std::cerr << (d.is_error() ? "error: " : "warning: ") << d.ToString() << "\n";
  };
  options.records = curate::IngestedDocumentRecords;  // as kg ingest: kept for curations
  Words paths(w.begin() + 1, w.end());
  auto before_read = graph::ComputeStatistics(session.store());
  if (!before_read.ok()) return before_read.status();
  const graph::StoreStatistics before = *before_read;
  auto result = extract::Ingest(paths, session.store(), **extractor, options);
  if (!result.ok()) return result.status();
  if (result->added + result->replaced > 0) {
    auto reconciled = curate::Reconcile(session.store());
    if (!reconciled.ok()) return reconciled.status();
  }
  auto after_read = graph::ComputeStatistics(session.store());
  if (!after_read.ok()) return after_read.status();
  const graph::StoreStatistics& after = *after_read;
  const extract::IngestSummary& s = *result;
  char line[256];
  std::snprintf(line, sizeof line,
                "ingested %llu documents (%llu new, %llu replaced, %llu unchanged, %llu failed): "
                "%lld entities, %lld triples in %.2f s\n",
                static_cast<unsigned long long>(s.documents), static_cast<unsigned long long>(s.added),
                static_cast<unsigned long long>(s.replaced), static_cast<unsigned long long>(s.unchanged),
                static_cast<unsigned long long>(s.failed),
                static_cast<long long>(after.entities) - static_cast<long long>(before.entities),
                static_cast<long long>(after.statements) - static_cast<long long>(before.statements), s.seconds);
  std::cout << line << std::flush;
  if (s.failed > 0) return Status::IOError(std::to_string(s.failed) + " inputs or documents were not stored");
  return Status::Ok();
}

Status Reload(Session& session, const Words& w) {
  KG_RETURN_IF_ERROR(WantArgs(w, 0, 0, ".reload"));
  return session.Reopen();
}

Status OnOff(const Words& w, const char* usage, bool* flag) {
  KG_RETURN_IF_ERROR(WantArgs(w, 1, 1, usage));
  if (w[1] != "on" && w[1] != "off") return Status::InvalidArgument(std::string("usage: ") + usage);
  *flag = w[1] == "on";
  return Status::Ok();
}

Status Ids(Session& session, const Words& w) { return OnOff(w, ".ids on|off", &session.render_options().show_ids); }
Status Wide(Session& session, const Words& w) { return OnOff(w, ".wide on|off", &session.render_options().wide); }

// Placeholder for the table: .why takes its clauses unsplit (RunDotCommand).
Status WhyWords(Session& session, const Words& w) {
  std::string clauses;
  for (size_t i = 1; i < w.size(); ++i) clauses += (i > 1 ? " " : "") + w[i];
  return RunWhy(session, clauses);
}

Status Quit(Session& session, const Words&) {
  session.request_quit();
  return Status::Ok();
}

constexpr DotCommand kCommands[] = {
    {".help", "", "show this help", Help},
    {".format", "table|json|csv|tsv", "how results are printed", Format},
    {".timer", "on|off", "print each statement's run time", Timer},
    {".stats", "", "counts of documents, entities, events, triples, predicates", Stats},
    {".schema", "", "types and predicates in the store, with counts", Schema},
    {".sources", "", "documents with title, date and number of facts", Sources},
    {".why", "CLAUSES", "each sentence behind the matching facts, with its rule", WhyWords},
    {".ids", "on|off", "show entity ids beside labels (table, csv, tsv)", Ids},
    {".wide", "on|off", "never cut table cells or citations", Wide},
    {".read", "FILE", "run the statements and dot commands in FILE", Read},
    {".output", "FILE|stdout", "send results to FILE (or back to the screen)", Output},
    {".ingest", "PATH...", "load articles (needs 'kg shell --write')", Ingest},
    {".reload", "", "reopen the store to see what another process wrote", Reload},
    {".quit", "", "leave the shell (also .exit or Ctrl-D)", Quit},
    {".exit", "", "", Quit},
    {".mode", "", "", Format},
};

Status Help(Session&, const Words&) {
  std::ostringstream text;
  text << "Statements end with ';' and may span lines. For example:\n"
          "  FIND ?p, ?e WHERE ?p attended ?e, ?p a Official LIMIT 5 CITE;\n"
          "  DESCRIBE \"Ana Ruiz\";\n"
          "TAB completes keywords, ?variables, predicates, types and \"entity names\".\n"
          "Ctrl-C cancels the input or the running statement; Ctrl-D leaves.\n\n";
  for (const auto& c : kCommands) {
    if (*c.help == '\0') continue;
    std::string left = std::string(c.name) + (*c.args ? " " : "") + c.args;
    text << "  " << left << std::string(left.size() < 28 ? 28 - left.size() : 1, ' ') << c.help << "\n";
  }
  std::cout << text.str() << std::flush;
  return Status::Ok();
}

// Splits on blanks; "double quotes" keep a file name with spaces together.
Words SplitWords(const std::string& line) {
  Words words;
  std::string word;
  bool quoted = false, have = false;
  for (char c : line) {
    if (c == '"') {
      quoted = !quoted;
      have = true;
    } else if (!quoted && (c == ' ' || c == '\t')) {
      if (have) words.push_back(word);
      word.clear();
      have = false;
    } else {
      word += c;
      have = true;
    }
  }
  if (have) words.push_back(word);
  return words;
}

}  // namespace

Status RunDotCommand(Session& session, const std::string& line) {
  Words words = SplitWords(line);
  if (words.empty()) return Status::Ok();
  // .why's clauses are query text: quotes and all, as typed.
  if (words[0] == ".why") {
    const size_t at = line.find(".why");
    return RunWhy(session, line.substr(at + 4));
  }
  for (const auto& c : kCommands) {
    if (words[0] == c.name) return c.run(session, words);
  }
  return Status::InvalidArgument("unknown command '" + words[0] + "' (see .help)");
}

std::vector<std::string> DotCommandNames() {
  std::vector<std::string> names;
  for (const auto& c : kCommands) names.push_back(c.name);
  return names;
}

}  // namespace kg::cli::shell
