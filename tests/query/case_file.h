// The .kgt case-file format of tests/query/cases (one runner reads them all).
//
//   # comment
//   data: shared.kgd            the graph the cases run on (path relative to cases/data/)
//   === case name
//   options: timeout=S max_rows=N   (optional) RunOptions for the case
//   query:                      the statement (following lines until the next "expect")
//   FIND ?x WHERE ?x met ?y
//   expect:                     rows in any order, cells "a | b" (label or value; null = "(null)")
//   expect ordered:             rows in this order
//   expect error: REGEX         the run fails; its message matches REGEX (ECMAScript)
//   expect json:                each following line is a substring of the one-line JSON result
//                               (a line starting with '!': must NOT be a substring)
//   expect explain:             each following line is a substring of the EXPLAIN output
//
// Data files (.kgd): N-Triples / N-Quads lines (imported as by `kg import`,
// the graph label being the citation source), plus documents with facts:
//   @doc ID SOURCE PUBLISHED TITLE...      (PUBLISHED "-" for none)
//   @text one line of the document text    (lines joined with "\n")
//   @fact START END [planned|negated|hypothetical] [by=IRI] :: <s> <p> <o> .
#pragma once

#include <string>
#include <vector>

namespace kg::query::testing {

struct Case {
  std::string name;
  int line = 0;  // of "=== name" in the file
  std::string query;
  enum class Expect { kRows, kOrderedRows, kError, kJson, kExplain } expect = Expect::kRows;
  std::vector<std::string> lines;  // expected rows / substrings
  std::string error_regex;
  double timeout = 0;
  uint64_t max_rows = 0;
};

struct CaseFile {
  std::string path;
  std::string data;  // data file name
  std::vector<Case> cases;
};

// Parses a .kgt file; on a format error returns false with `error` set.
bool ReadCaseFile(const std::string& path, CaseFile* out, std::string* error);

}  // namespace kg::query::testing
