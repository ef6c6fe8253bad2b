#include "cli/shell/completion.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <set>

namespace kg::cli::shell {
namespace {

constexpr size_t kMaxNames = 50;

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (prefix.size() > s.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != std::tolower(static_cast<unsigned char>(prefix[i]))) {
      return false;
    }
  }
  return true;
}

bool IsWordByte(char c) {
  auto u = static_cast<unsigned char>(c);
  return std::isalnum(u) || c == '_' || c == '?' || c == '$' || u >= 0x80;
}

// Keywords come back in the case the user is typing: all lower if the typed
// prefix is lower case, else upper.
std::string InTypedCase(const std::string& keyword, std::string_view typed) {
  bool has_upper = std::any_of(typed.begin(), typed.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
  bool has_lower = std::any_of(typed.begin(), typed.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
  std::string out = keyword;
  for (auto& c : out) {
    c = static_cast<char>(has_lower && !has_upper ? std::tolower(static_cast<unsigned char>(c))
                                                 : std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

// The previous whole token before `start` in `line` ("" if none).
std::string_view PreviousToken(std::string_view line, size_t start) {
  size_t end = start;
  while (end > 0 && std::isspace(static_cast<unsigned char>(line[end - 1]))) --end;
  size_t begin = end;
  while (begin > 0 && IsWordByte(line[begin - 1])) --begin;
  return line.substr(begin, end - begin);
}

void CollectVariables(std::string_view text, std::set<std::string>* out) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '?' && text[i] != '$') continue;  // ?x and $x are both variables
    size_t j = i + 1;
    while (j < text.size() && IsWordByte(text[j]) && text[j] != '?' && text[j] != '$') ++j;
    if (j > i + 1) out->insert(std::string(text.substr(i, j - i)));
    i = j - 1;
  }
}

}  // namespace

Completer::Completer(std::vector<std::string> keywords, std::vector<std::string> dot_commands)
    : keywords_(std::move(keywords)), dot_commands_(std::move(dot_commands)) {}

void Completer::SetVocabulary(std::vector<std::string> predicates, std::vector<std::string> types) {
  predicates_ = std::move(predicates);
  types_ = std::move(types);
}

Completion Completer::Complete(std::string_view pending, std::string_view line) const {
  bool at_statement_start = pending.find_first_not_of(" \t\r\n") == std::string_view::npos;
  size_t first = line.find_first_not_of(" \t");
  if (at_statement_start && first != std::string_view::npos && line[first] == '.') {
    // .why takes query clauses: complete them as a statement's.
    const std::string_view command = line.substr(first, line.find_first_of(" \t", first) - first);
    if (command == ".why" && line.size() > first + command.size()) {
      return Complete("FIND * WHERE", line);
    }
    Completion c = CompleteDotCommand(line.substr(first));
    c.word_start += first;
    return c;
  }
  // Inside a string or a comment?
  bool in_string = false, escaped = false;
  size_t quote_start = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
      quote_start = i;
    } else if (c == '#' || (c == '-' && i + 1 < line.size() && line[i + 1] == '-')) {
      return {};
    }
  }
  if (in_string) {
    Completion c;
    c.word_start = quote_start;
    if (!names_) return c;
    for (const auto& label : names_(std::string(line.substr(quote_start + 1)), kMaxNames)) {
      c.candidates.push_back("\"" + label + "\"");
    }
    std::sort(c.candidates.begin(), c.candidates.end());
    c.candidates.erase(std::unique(c.candidates.begin(), c.candidates.end()), c.candidates.end());
    return c;
  }
  size_t start = line.size();
  while (start > 0 && IsWordByte(line[start - 1])) --start;
  // A '?' or '$' only opens a word: "a?b" is not a variable.
  size_t q = line.substr(start).find_last_of("?$");
  if (q != std::string_view::npos) start += q;
  return CompleteWord(pending, line, start);
}

Completion Completer::CompleteWord(std::string_view pending, std::string_view line, size_t start) const {
  Completion c;
  c.word_start = start;
  std::string_view word = line.substr(start);
  std::set<std::string> found;
  if (!word.empty() && (word[0] == '?' || word[0] == '$')) {
    std::set<std::string> vars;
    CollectVariables(pending, &vars);
    CollectVariables(line.substr(0, start), &vars);
    for (const auto& v : vars) {
      if (v.size() > word.size() && v.compare(0, word.size(), word) == 0) found.insert(v);
    }
  } else {
    bool types_only = PreviousToken(line, start) == "a";
    if (!types_only) {
      for (const auto& k : keywords_) {
        if (StartsWithNoCase(k, word)) found.insert(InTypedCase(k, word));
      }
      for (const auto& p : predicates_) {
        if (StartsWithNoCase(p, word)) found.insert(p);
      }
    }
    for (const auto& t : types_) {
      if (StartsWithNoCase(t, word)) found.insert(t);
    }
  }
  c.candidates.assign(found.begin(), found.end());
  return c;
}

Completion Completer::CompleteDotCommand(std::string_view line) const {
  Completion c;
  size_t space = line.find_first_of(" \t");
  if (space == std::string_view::npos) {
    for (const auto& d : dot_commands_) {
      if (d.compare(0, line.size(), line) == 0) c.candidates.push_back(d);
    }
    return c;
  }
  std::string_view command = line.substr(0, space);
  size_t arg_start = line.find_first_not_of(" \t", space);
  if (arg_start == std::string_view::npos) arg_start = line.size();
  std::string_view arg = line.substr(arg_start);
  std::vector<std::string> options;
  if (command == ".format" || command == ".mode") options = {"table", "json", "csv", "tsv"};
  if (command == ".timer" || command == ".ids" || command == ".wide") options = {"on", "off"};
  if (command == ".read" || command == ".output" || command == ".ingest") {
    options = CompleteFileName(std::string(arg));
    if (command == ".output") options.push_back("stdout");
    if (options.size() == 1 && !options.front().empty() && options.front().back() == '/') {
      c.append_space = false;  // keep going into the directory
    }
  }
  for (const auto& o : options) {
    if (o.compare(0, arg.size(), arg) == 0) c.candidates.push_back(o);
  }
  c.word_start = arg_start;
  return c;
}

std::vector<std::string> CompleteFileName(const std::string& prefix) {
  size_t slash = prefix.rfind('/');
  std::string dir = slash == std::string::npos ? "." : prefix.substr(0, slash + 1);
  std::string head = slash == std::string::npos ? "" : prefix.substr(0, slash + 1);
  std::string base = slash == std::string::npos ? prefix : prefix.substr(slash + 1);
  std::vector<std::string> out;
  DIR* d = opendir(dir.c_str());
  if (d == nullptr) return out;
  while (dirent* e = readdir(d)) {
    std::string name = e->d_name;
    if (name == "." || name == "..") continue;
    if (name[0] == '.' && (base.empty() || base[0] != '.')) continue;
    if (name.compare(0, base.size(), base) != 0) continue;
    std::string path = head + name;
    struct stat st {};
    if (stat((dir + "/" + name).c_str(), &st) == 0 && S_ISDIR(st.st_mode)) path += '/';
    out.push_back(path);
  }
  closedir(d);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace kg::cli::shell
