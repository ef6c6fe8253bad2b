// Completer: what TAB offers in the shell, by context:
//   - after an open quote: entity names from the store's alias index, quoted;
//   - a word starting with '?' or '$': variables already typed in the statement;
//   - a word after '.' at the start of input: dot commands, then their
//     arguments (formats, on/off, file names);
//   - any other word: keywords, then predicates and types present in the store.
// Keywords match case-insensitively and come back in the case being typed.
// Thread-safety: none (one per shell).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/shell/line_reader.h"

namespace kg::cli::shell {

class Completer {
 public:
  // Up to `limit` entity labels whose name key starts with `prefix`.
  using NameLookup = std::function<std::vector<std::string>(const std::string& prefix, size_t limit)>;

  Completer(std::vector<std::string> keywords, std::vector<std::string> dot_commands);

  // Predicates and types present in the store (local names), replaced wholesale.
  void SetVocabulary(std::vector<std::string> predicates, std::vector<std::string> types);
  void SetNameLookup(NameLookup lookup) { names_ = std::move(lookup); }

  // `pending` is the unfinished statement typed on earlier lines ("" if none);
  // `before_cursor` the current line up to the cursor.
  Completion Complete(std::string_view pending, std::string_view before_cursor) const;

 private:
  Completion CompleteDotCommand(std::string_view line) const;
  Completion CompleteWord(std::string_view pending, std::string_view line, size_t start) const;

  std::vector<std::string> keywords_;
  std::vector<std::string> dot_commands_;
  std::vector<std::string> predicates_;
  std::vector<std::string> types_;
  NameLookup names_;
};

// Files and directories whose path starts with `prefix` (directories end in '/').
std::vector<std::string> CompleteFileName(const std::string& prefix);

}  // namespace kg::cli::shell
