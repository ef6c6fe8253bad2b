#include "query/parser/script_splitter.h"

namespace kg::query::parser {
namespace {

// Walks `text`, calling on_semicolon(offset) for each statement-ending ';'.
// Returns the offset where significant (non-space, non-comment) text last ended.
template <typename Fn>
void Scan(std::string_view text, Fn on_char) {
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c == '"' || c == '\'') {
      size_t j = i + 1;
      while (j < text.size() && text[j] != c && text[j] != '\n') j += (text[j] == '\\') ? 2 : 1;
      size_t end = j < text.size() ? j + 1 : text.size();
      for (size_t k = i; k < end; ++k) on_char(k, false, true);
      i = end;
    } else if (c == '#' || (c == '-' && i + 1 < text.size() && text[i + 1] == '-')) {
      while (i < text.size() && text[i] != '\n') on_char(i++, false, false);
    } else {
      on_char(i, c == ';', !(c == ' ' || c == '\t' || c == '\r' || c == '\n'));
      ++i;
    }
  }
}

}  // namespace

std::vector<ScriptStatement> SplitScript(std::string_view script) {
  std::vector<ScriptStatement> out;
  size_t start = 0;
  bool significant = false;
  auto flush = [&](size_t end) {
    if (significant) {
      int line = 1, column = 1;
      for (size_t k = 0; k < start; ++k) {
        if (script[k] == '\n') {
          ++line;
          column = 1;
        } else if ((static_cast<unsigned char>(script[k]) & 0xC0) != 0x80) {
          ++column;
        }
      }
      out.push_back({std::string(script.substr(start, end - start)), line, column});
    }
    significant = false;
  };
  Scan(script, [&](size_t i, bool semicolon, bool sig) {
    if (semicolon) {
      flush(i);
      start = i + 1;
      return;
    }
    if (sig) significant = true;
  });
  flush(script.size());
  // Leading blank lines would shift the reported start; keep positions exact
  // by trimming them from the text and moving the start accordingly.
  for (auto& st : out) {
    size_t k = 0;
    while (k < st.text.size() && (st.text[k] == ' ' || st.text[k] == '\t' || st.text[k] == '\r' ||
                                  st.text[k] == '\n')) {
      if (st.text[k] == '\n') {
        ++st.line;
        st.column = 1;
      } else {
        ++st.column;
      }
      ++k;
    }
    st.text.erase(0, k);
  }
  return out;
}

bool IsComplete(std::string_view text) {
  bool complete = false;
  Scan(text, [&](size_t, bool semicolon, bool sig) {
    if (semicolon) complete = true;
    else if (sig) complete = false;
  });
  return complete;
}

}  // namespace kg::query::parser
