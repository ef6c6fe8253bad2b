#include "cli/shell/line_reader.h"

#include <histedit.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

#include "cli/shell/history.h"

namespace kg::cli::shell {
namespace {

constexpr char kPromptEsc = '\1';  // brackets invisible characters in a prompt

// Wraps each ANSI escape sequence in kPromptEsc so libedit does not count it
// as printed width.
std::string MarkInvisible(const std::string& prompt) {
  std::string out;
  for (size_t i = 0; i < prompt.size(); ++i) {
    if (prompt[i] == '\x1b') {
      size_t end = prompt.find('m', i);
      if (end == std::string::npos) end = prompt.size() - 1;
      out += kPromptEsc;
      out.append(prompt, i, end - i + 1);
      out += kPromptEsc;
      i = end;
    } else {
      out += prompt[i];
    }
  }
  return out;
}

size_t CommonPrefixLength(const std::vector<std::string>& words) {
  size_t n = words.front().size();
  for (const auto& w : words) {
    size_t i = 0;
    while (i < n && i < w.size() && w[i] == words.front()[i]) ++i;
    n = i;
  }
  // Do not split a UTF-8 sequence.
  while (n > 0 && n < words.front().size() &&
         (static_cast<unsigned char>(words.front()[n]) & 0xC0) == 0x80) {
    --n;
  }
  return n;
}

// Prints candidates in columns under the current line.
void ListCandidates(FILE* out, const std::vector<std::string>& candidates) {
  constexpr size_t kMaxShown = 200;
  winsize ws{};
  size_t width = 80;
  if (ioctl(fileno(out), TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) width = ws.ws_col;
  size_t longest = 0;
  for (const auto& c : candidates) longest = std::max(longest, c.size());
  size_t col_width = longest + 2;
  size_t per_row = std::max<size_t>(1, width / col_width);
  std::fputc('\n', out);
  size_t shown = std::min(candidates.size(), kMaxShown);
  for (size_t i = 0; i < shown; ++i) {
    bool row_end = (i + 1) % per_row == 0 || i + 1 == shown;
    std::fprintf(out, "%-*s", row_end ? 0 : static_cast<int>(col_width), candidates[i].c_str());
    if (row_end) std::fputc('\n', out);
  }
  if (candidates.size() > shown) std::fprintf(out, "... and %zu more\n", candidates.size() - shown);
  std::fflush(out);
}

}  // namespace

LineReader::LineReader(const char* program, CommandHistory* history, CompleteFn complete)
    : el_(el_init(program, stdin, stdout, stderr)), complete_(std::move(complete)) {
  el_set(el_, EL_CLIENTDATA, this);
  el_set(el_, EL_EDITOR, "emacs");
  el_set(el_, EL_SIGNAL, 1);  // libedit restores the terminal on SIGTSTP/SIGCONT, tracks SIGWINCH
  el_set(el_, EL_PROMPT_ESC, &LineReader::PromptFn, kPromptEsc);
  if (history != nullptr) el_set(el_, EL_HIST, ::history, history->handle());
  // Ctrl-C while editing: turn off the terminal's interrupt character in edit
  // mode so ^C arrives as a key we bind, instead of a SIGINT that would
  // interrupt libedit's read() mid-refresh. Ctrl-Z and Ctrl-\ still signal.
  el_set(el_, EL_SETTY, "-d", "-intr", nullptr);
  el_set(el_, EL_ADDFN, "kg-cancel", "cancel the line being typed", &LineReader::CancelKey);
  el_set(el_, EL_BIND, "^C", "kg-cancel", nullptr);
  el_set(el_, EL_ADDFN, "kg-complete", "complete the word at the cursor", &LineReader::CompleteKey);
  el_set(el_, EL_BIND, "^I", "kg-complete", nullptr);
  el_source(el_, nullptr);  // the user's ~/.editrc, if any
}

LineReader::~LineReader() { el_end(el_); }

LineReader::Outcome LineReader::Read(const std::string& prompt, std::string* line) {
  prompt_ = MarkInvisible(prompt);
  cancelled_ = false;
  int count = 0;
  const char* got = el_gets(el_, &count);
  if (cancelled_) return Outcome::kInterrupted;
  if (got == nullptr || count <= 0) return Outcome::kEof;
  line->assign(got, static_cast<size_t>(count));
  while (!line->empty() && (line->back() == '\n' || line->back() == '\r')) line->pop_back();
  return Outcome::kLine;
}

char* LineReader::PromptFn(EditLine* el) {
  LineReader* self = nullptr;
  el_get(el, EL_CLIENTDATA, &self);
  return self->prompt_.data();
}

unsigned char LineReader::CancelKey(EditLine* el, int /*ch*/) {
  LineReader* self = nullptr;
  el_get(el, EL_CLIENTDATA, &self);
  self->cancelled_ = true;
  // Show "^C" at the end of the line, then feed a newline so libedit ends the
  // line cleanly (cursor below it); Read() drops the text.
  const LineInfoW* info = el_wline(el);  // wide: counts are in characters
  el_cursor(el, static_cast<int>(info->lastchar - info->cursor));
  el_insertstr(el, "^C");
  el_push(el, "\n");
  return CC_REFRESH;
}

unsigned char LineReader::CompleteKey(EditLine* el, int /*ch*/) {
  LineReader* self = nullptr;
  el_get(el, EL_CLIENTDATA, &self);
  if (!self->complete_) return CC_REFRESH_BEEP;
  const LineInfo* info = el_line(el);
  std::string_view before(info->buffer, static_cast<size_t>(info->cursor - info->buffer));
  Completion c = self->complete_(before);
  if (c.candidates.empty() || c.word_start > before.size()) return CC_REFRESH_BEEP;
  size_t typed = before.size() - c.word_start;
  std::string insert;
  if (c.candidates.size() == 1) {
    insert = c.candidates.front();
    if (c.append_space) insert += ' ';
  } else {
    size_t common = CommonPrefixLength(c.candidates);
    if (common <= typed) {
      ListCandidates(stdout, c.candidates);
      return CC_REDISPLAY;
    }
    insert = c.candidates.front().substr(0, common);
  }
  // libedit counts characters, not bytes.
  int typed_chars = 0;
  for (char b : before.substr(c.word_start)) typed_chars += (static_cast<unsigned char>(b) & 0xC0) != 0x80;
  el_deletestr(el, typed_chars);
  el_insertstr(el, insert.c_str());
  return CC_REFRESH;
}

}  // namespace kg::cli::shell
