// Renderers: ResultSinks that write a result as text (CONTRACT.md sections 1, 4).
//   table  aligned columns, long cells truncated with "…", then "N rows (T s)"
//   json   one line {"columns": [...], "rows": [...]} per statement
//   csv    RFC 4180, header line then rows (cells: entity label, literal value);
//          each statement after the first starts after a blank line
//   tsv    the same, tabs/newlines inside cells replaced by spaces
// The shell reuses these. `--format jsonld` is not a renderer here: the CLI
// hands the rows' statements to export/ (see cli/cmd_query.cc).
// Thread-safety: a renderer writes to its stream from one thread.
#pragma once

#include <iosfwd>
#include <memory>
#include <optional>
#include <string_view>

#include "query/result/result_sink.h"

namespace kg::query {

enum class OutputFormat { kTable, kJson, kCsv, kTsv };

// "table", "json", "csv", "tsv" (case-insensitive); nullopt for anything else.
std::optional<OutputFormat> ParseOutputFormat(std::string_view name);

struct RenderOptions {
  size_t max_cell_width = 60;  // table: longer cells are cut to this many characters (no terminal)
  bool show_summary = true;    // table: print "N rows (T s)" after the table
  // table: the terminal's columns (0: not a terminal). A table wider than
  // the terminal has its widest cells cut until it fits; citation sentences
  // wrap at this width instead of being cut.
  size_t terminal_width = 0;
  bool wide = false;           // table: never cut a cell or a sentence
  bool show_ids = false;       // table, csv, tsv: an "<column>_id" column after each column (entity ids)
};

// A renderer writing to `out`. REQUIRES: `out` outlives the renderer.
std::unique_ptr<ResultSink> MakeRenderer(OutputFormat format, std::ostream& out,
                                         const RenderOptions& options = RenderOptions());

}  // namespace kg::query
