#include "case_file.h"

#include <fstream>
#include <sstream>

namespace kg::query::testing {
namespace {

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

}  // namespace

bool ReadCaseFile(const std::string& path, CaseFile* out, std::string* error) {
  std::ifstream in(path);
  if (!in) {
    *error = "cannot read " + path;
    return false;
  }
  out->path = path;
  enum class Mode { kNone, kQuery, kExpect } mode = Mode::kNone;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    std::string t = Trim(line);
    if (t.rfind("===", 0) == 0) {
      Case c;
      c.name = Trim(t.substr(3));
      c.line = n;
      out->cases.push_back(c);
      mode = Mode::kNone;
      continue;
    }
    if (out->cases.empty()) {
      if (t.rfind("data:", 0) == 0) out->data = Trim(t.substr(5));
      continue;  // header comments
    }
    Case& c = out->cases.back();
    if (mode != Mode::kQuery && (t.empty() || t[0] == '#')) continue;
    if (t.rfind("options:", 0) == 0) {
      std::istringstream ss(t.substr(8));
      for (std::string w; ss >> w;) {
        if (w.rfind("timeout=", 0) == 0) c.timeout = std::stod(w.substr(8));
        else if (w.rfind("max_rows=", 0) == 0) c.max_rows = std::stoull(w.substr(9));
      }
      continue;
    }
    if (t.rfind("query:", 0) == 0) {
      c.query = Trim(t.substr(6));
      mode = Mode::kQuery;
      continue;
    }
    if (t.rfind("expect", 0) == 0) {
      std::string kind = Trim(t.substr(6));
      mode = Mode::kExpect;
      if (kind == ":") c.expect = Case::Expect::kRows;
      else if (kind == "ordered:") c.expect = Case::Expect::kOrderedRows;
      else if (kind == "json:") c.expect = Case::Expect::kJson;
      else if (kind == "explain:") c.expect = Case::Expect::kExplain;
      else if (kind.rfind("error:", 0) == 0) {
        c.expect = Case::Expect::kError;
        c.error_regex = Trim(kind.substr(6));
      } else {
        *error = path + ":" + std::to_string(n) + ": unknown expectation '" + t + "'";
        return false;
      }
      continue;
    }
    if (mode == Mode::kQuery) {
      c.query += (c.query.empty() ? "" : "\n") + line;
    } else if (mode == Mode::kExpect) {
      c.lines.push_back(t);
    } else {
      *error = path + ":" + std::to_string(n) + ": text outside query/expect";
      return false;
    }
  }
  for (auto& c : out->cases) c.query = Trim(c.query);
  return true;
}

}  // namespace kg::query::testing
