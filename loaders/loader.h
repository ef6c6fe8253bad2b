// Front door of loaders/: input paths -> graph::DocumentRecords (clean text
// plus metadata). No NLP and no store writes happen here.
//
// Formats: .txt/.md (pages saved as text; boilerplate removed), .html/.htm,
// .json (an object or an array of objects), .jsonl; the content decides when
// the extension is missing or wrong. See txt_reader.h, html_reader.h,
// json_reader.h for what each reads.
//
// Thread-safety: every function may run concurrently on different inputs.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/document_record.h"
#include "loaders/format.h"
#include "util/status.h"

namespace kg::loaders {

struct LoadOptions {
  // A single-document file (txt, md, html, one JSON object) larger than this
  // is refused with an error. JSON Lines files are streamed and may be any size.
  size_t max_document_bytes = size_t{64} << 20;
  // Invalid UTF-8: true = repair with U+FFFD and warn; false = skip the input with an error.
  bool repair_utf8 = true;
};

// A problem met while loading. Errors mean something was not loaded; warnings
// mean it was loaded with a repair. `where` is "path" or "path:line".
struct Diagnostic {
  enum class Severity { kWarning, kError };
  Severity severity = Severity::kError;
  std::string where;
  std::string message;
  bool is_error() const { return severity == Severity::kError; }
  std::string ToString() const;  // "path:line: message"
};

// One input to load. `path` is opened ("-" = standard input); `source` is
// what DocumentRecord::source records: the name relative to the directory
// given on the command line, the file name for a file argument, "-" for stdin.
struct InputFile {
  std::string path;
  std::string source;
};

// Expands command-line arguments: files as given, directories recursively
// (sorted; only files with an article extension, or none, whose content is
// then sniffed; hidden entries skipped), "-" as standard input. A missing or
// unreadable argument adds an error Diagnostic and is left out.
std::vector<InputFile> ExpandInputs(const std::vector<std::string>& args, std::vector<Diagnostic>* diags);

// Receives each document, in input order, on the loading thread.
using DocumentSink = std::function<void(graph::DocumentRecord&& doc)>;

// Loads one input, calling `sink` once per document found. Multi-record
// inputs (JSON arrays, JSON Lines) give one document per record; a bad record
// adds an error with its line and the rest still load. Records without a URL
// get source "<source>#<record number>"; with a URL, the URL.
// Returns the number of documents passed to `sink`.
size_t LoadInput(const InputFile& input, const LoadOptions& options, const DocumentSink& sink,
                 std::vector<Diagnostic>* diags);

// Loads bytes already in memory as if read from a file named `source`
// (its extension hints the format; kUnknown = sniff only).
size_t LoadBytes(std::string_view bytes, const std::string& source, const LoadOptions& options,
                 const DocumentSink& sink, std::vector<Diagnostic>* diags);

// Convenience for tools and tests: every document of every input under
// `path`. Errors: the first error Diagnostic, as InvalidArgument/IOError.
Result<std::vector<graph::DocumentRecord>> LoadPath(const std::string& path,
                                                    const LoadOptions& options = LoadOptions());

}  // namespace kg::loaders
