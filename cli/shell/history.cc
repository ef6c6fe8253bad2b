#include "cli/shell/history.h"

#include <histedit.h>
#include <sys/stat.h>

#include <cstdlib>

namespace kg::cli::shell {

std::string DefaultHistoryPath() {
  if (const char* explicit_path = std::getenv("KG_HISTORY"); explicit_path && *explicit_path) {
    return explicit_path;
  }
  if (const char* state = std::getenv("XDG_STATE_HOME"); state && *state) {
    return std::string(state) + "/kg/history";
  }
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.kg_history";
  return "";
}

std::string OneLine(const std::string& lines) {
  std::string out;
  char quote = 0;
  bool in_comment = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    char c = lines[i];
    if (c == '\n' || c == '\r') {
      in_comment = false;
      quote = 0;  // strings do not span lines
      c = ' ';
    } else if (in_comment) {
      continue;
    } else if (quote != 0) {
      if (c == '\\' && i + 1 < lines.size() && lines[i + 1] != '\n') {
        out += c;
        c = lines[++i];
      } else if (c == quote) {
        quote = 0;
      }
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '#' || (c == '-' && i + 1 < lines.size() && lines[i + 1] == '-')) {
      in_comment = true;
      continue;
    }
    if (c == ' ' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

CommandHistory::CommandHistory(std::string path, int max_entries)
    : history_(history_init()), path_(std::move(path)) {
  HistEvent ev;
  history(history_, &ev, H_SETSIZE, max_entries);
  history(history_, &ev, H_SETUNIQUE, 1);  // no two equal entries in a row
}

CommandHistory::~CommandHistory() { history_end(history_); }

void CommandHistory::Load() {
  if (path_.empty()) return;
  HistEvent ev;
  history(history_, &ev, H_LOAD, path_.c_str());
}

void CommandHistory::Add(const std::string& entry) {
  if (entry.find_first_not_of(" \t\r\n") == std::string::npos) return;
  HistEvent ev;
  history(history_, &ev, H_ENTER, entry.c_str());
  Save();
}

void CommandHistory::Save() {
  if (path_.empty()) return;
  // Create the directory ($XDG_STATE_HOME/kg) on first save; one level suffices
  // because XDG_STATE_HOME itself is the user's to create.
  if (size_t slash = path_.rfind('/'); slash != std::string::npos && slash > 0) {
    ::mkdir(path_.substr(0, slash).c_str(), 0700);
  }
  HistEvent ev;
  history(history_, &ev, H_SAVE, path_.c_str());
}

}  // namespace kg::cli::shell
