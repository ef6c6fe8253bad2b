// LineReader: one edited input line at a time from a terminal, via libedit's
// native API (<histedit.h>): emacs key bindings, history recall, TAB
// completion through a callback, and Ctrl-C as an ordinary key that cancels
// the line (so no signal handler races with the editor).
// Thread-safety: none; one per terminal. REQUIRES: stdin and stdout are ttys.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

typedef struct editline EditLine;  // from <histedit.h>

namespace kg::cli::shell {

class CommandHistory;

// What TAB should do with the text left of the cursor.
struct Completion {
  size_t word_start = 0;                // byte offset where the word being completed starts
  std::vector<std::string> candidates;  // replacements for text[word_start, end)
  bool append_space = true;             // add ' ' after a unique candidate
};

using CompleteFn = std::function<Completion(std::string_view before_cursor)>;

class LineReader {
 public:
  enum class Outcome { kLine, kInterrupted, kEof };

  // `history` (may be null) must outlive the reader; `complete` may be empty.
  LineReader(const char* program, CommandHistory* history, CompleteFn complete);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // Shows `prompt` (which may hold ANSI colour codes) and reads one line.
  // kLine: *line holds it without its newline. kInterrupted: Ctrl-C was
  // pressed, the typed text is dropped. kEof: Ctrl-D on an empty line or
  // end of input.
  Outcome Read(const std::string& prompt, std::string* line);

 private:
  static char* PromptFn(EditLine* el);
  static unsigned char CancelKey(EditLine* el, int ch);
  static unsigned char CompleteKey(EditLine* el, int ch);

  EditLine* el_;
  CompleteFn complete_;
  std::string prompt_;  // with libedit's invisible-sequence markers
  bool cancelled_ = false;
};

}  // namespace kg::cli::shell
