#include "nlp/sentencizer.h"

#include <string>
#include <unordered_set>

#include "nlp/tokenizer.h"

namespace kg::nlp {
namespace {

bool IsTerminal(std::string_view f) {
  if (f == "\xE2\x80\xA6") return true;
  if (f.empty()) return false;
  for (char c : f)
    if (c != '.' && c != '!' && c != '?') return false;
  return true;
}

bool IsCloser(std::string_view f) {
  return f == "\"" || f == "'" || f == "''" || f == ")" || f == "]" || f == "}" || f == "\xE2\x80\x9D" ||
         f == "\xE2\x80\x99" || f == "\xC2\xBB";
}

bool IsOpener(std::string_view f) {
  return f == "\"" || f == "'" || f == "``" || f == "(" || f == "[" || f == "\xE2\x80\x9C" || f == "\xE2\x80\x98" ||
         f == "\xC2\xAB" || f == "-" || f == "--" || f == "*";
}

bool StartsUpperOrDigit(std::string_view f) {
  if (f.empty()) return false;
  unsigned char c = f[0];
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0xC3;  // non-ASCII letters: assume capital-like
}

bool StartsLower(std::string_view f) { return !f.empty() && f[0] >= 'a' && f[0] <= 'z'; }

// Words that typically open a sentence, lower-cased (used after abbreviations).
bool IsOpenerWord(std::string_view f) {
  static const std::unordered_set<std::string> s = {
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on", "at", "this",
      "that", "there", "his", "her", "their", "its", "our", "as", "after", "when", "while", "if", "for",
      "however", "some", "many", "most", "officials", "meanwhile", "earlier", "later", "no", "yes", "so",
      "what", "why", "how", "who", "where", "these", "those", "both", "one", "all", "mr.", "mrs.", "ms.", "dr.",
      "last", "since", "until", "under", "with", "by", "from", "to", "during", "according", "also", "then"};
  std::string l(f);
  for (char& c : l)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return s.count(l) > 0;
}

// Newlines in the gap between two tokens; `blank` = a blank line among them.
int NewlinesBetween(std::string_view text, uint32_t a, uint32_t b, bool* blank) {
  int n = 0;
  *blank = false;
  for (uint32_t i = a; i < b; ++i)
    if (text[i] == '\n') ++n;
  *blank = n >= 2;
  return n;
}

}  // namespace

Status Sentencizer::Process(Doc& doc) const {
  doc.sentences.clear();
  const auto& toks = doc.tokens;
  size_t n = toks.size();
  uint32_t first = 0;
  size_t line_start_token = 0;  // first token of the current line
  auto close = [&](uint32_t last) {  // sentence = tokens [first, last)
    if (last <= first) return;
    Sentence s;
    s.first_token = first;
    s.last_token = last;
    s.start = toks[first].start;
    s.end = toks[last - 1].end;
    doc.sentences.push_back(s);
    first = last;
  };
  for (size_t i = 0; i < n; ++i) {
    if (i + 1 >= n) break;
    const Token& t = toks[i];
    bool blank = false;
    int newlines = NewlinesBetween(doc.text, t.end, toks[i + 1].start, &blank);
    if (blank) {
      close(static_cast<uint32_t>(i + 1));
      line_start_token = i + 1;
      continue;
    }
    if (newlines > 0) {
      // A short line without final punctuation before a capitalised line: a headline.
      uint32_t line_len = t.end - toks[line_start_token].start;
      bool terminal = IsTerminal(t.form) || IsCloser(t.form) || t.form == ":";
      // (Lines of wrapped paragraphs are longer than 70 bytes, or end in punctuation.)
      if (!terminal && line_len < 70 && StartsUpperOrDigit(toks[i + 1].form) && t.form != "," && t.form != "-" &&
          t.form != "and" && t.form != "the" && t.form != "of") {
        close(static_cast<uint32_t>(i + 1));
      }
      line_start_token = i + 1;
    }
    bool abbrev_end = false;
    if (!IsTerminal(t.form)) {
      // An abbreviation's own period may end the sentence too ("... in the U.S. The ...").
      if (t.form.size() < 2 || t.form.back() != '.' || !Tokenizer::IsAbbreviation(t.form) || Tokenizer::IsTitle(t.form))
        continue;
      abbrev_end = true;
    }
    // Take closing quotes/brackets that follow the terminal punctuation.
    size_t j = i + 1;
    // Closing quotes/brackets after the terminal punctuation belong to the
    // sentence, and so do further terminal tokens (". . .").
    while (j < n && ((IsCloser(toks[j].form) && (!toks[j - 1].space_after || toks[j].form == ")")) ||
                     IsTerminal(toks[j].form)))
      ++j;
    if (j >= n) break;
    const std::string& next = toks[j].form;
    bool opens;
    if (abbrev_end) {
      opens = IsOpenerWord(next) && StartsUpperOrDigit(next);
    } else {
      opens = StartsUpperOrDigit(next) || IsOpener(next) || !StartsLower(next);
      // "?" and "!" end a sentence even before a lower-case word ("where are you? india?"),
      // unless a closing quote follows them ("\"Why?\" he asked").
      if (!opens && (t.form[0] == '?' || t.form[0] == '!') && j == i + 1) opens = true;
      if (next == "," || next == ";" || next == ":" || next == ")") opens = false;
    }
    if (opens) {
      close(static_cast<uint32_t>(j));
      i = j - 1;
    }
  }
  close(static_cast<uint32_t>(n));
  return Status::Ok();
}

}  // namespace kg::nlp
