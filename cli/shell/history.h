// History: the shell's persistent command history (libedit's History list),
// loaded at start and saved after every entry so a crash or a kill loses
// nothing. File: $KG_HISTORY if set, else $XDG_STATE_HOME/kg/history when
// XDG_STATE_HOME is set, else ~/.kg_history.
// Thread-safety: none (one per shell).
#pragma once

#include <string>

typedef struct history History;  // from <histedit.h>

namespace kg::cli::shell {

// Where history is kept, by the rule above; "" when no home is known.
std::string DefaultHistoryPath();

// A statement typed over several lines as the one line history keeps:
// comments ('#', '--' outside quotes) dropped, lines joined by one space.
std::string OneLine(const std::string& lines);

class CommandHistory {
 public:
  // Keeps at most `max_entries`; `path` may be "" (history in memory only).
  explicit CommandHistory(std::string path, int max_entries = 2000);
  ~CommandHistory();
  CommandHistory(const CommandHistory&) = delete;
  CommandHistory& operator=(const CommandHistory&) = delete;

  // Reads the file if it exists; a missing or unreadable file is not an error
  // (the shell starts with an empty history).
  void Load();
  // Adds one entry (ignored when blank or equal to the previous one) and
  // appends it to the file; a failed save is silent (history is a convenience).
  void Add(const std::string& entry);

  // The libedit handle, for el_set(EL_HIST, history, handle()).
  History* handle() const { return history_; }
  const std::string& path() const { return path_; }

 private:
  void Save();
  History* history_;
  std::string path_;
};

}  // namespace kg::cli::shell
