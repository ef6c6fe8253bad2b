#include "loaders/format.h"

#include <cctype>
#include <string>

namespace kg::loaders {
namespace {

std::string Lower(std::string_view s) {
  std::string r(s);
  for (auto& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

std::string_view SkipSpace(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  return s.substr(i);
}

bool LooksHtml(std::string_view head) {
  std::string h = Lower(SkipSpace(head).substr(0, 2048));
  if (h.rfind("<!doctype html", 0) == 0 || h.rfind("<html", 0) == 0 || h.rfind("<head", 0) == 0 ||
      h.rfind("<body", 0) == 0 || h.rfind("<?xml", 0) == 0 || h.rfind("<!--", 0) == 0) {
    return h.find("<html") != std::string::npos || h.find("<body") != std::string::npos ||
           h.find("<head") != std::string::npos || h.find("<p") != std::string::npos ||
           h.rfind("<!doctype html", 0) == 0;
  }
  if (h.rfind("<", 0) != 0) return false;
  // A fragment starting with a tag: count closing tags as evidence.
  size_t closers = 0;
  for (size_t p = h.find("</"); p != std::string::npos; p = h.find("</", p + 2)) ++closers;
  return closers >= 2;
}

// JSON Lines: the first two non-blank lines each start with '{' and the first ends with '}'.
bool LooksJsonLines(std::string_view head) {
  size_t objects = 0;
  size_t pos = 0;
  while (pos < head.size() && objects < 2) {
    size_t nl = head.find('\n', pos);
    if (nl == std::string_view::npos) break;  // last line may be cut off
    std::string_view line = head.substr(pos, nl - pos);
    pos = nl + 1;
    while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.remove_suffix(1);
    line = SkipSpace(line);
    if (line.empty()) continue;
    if (line.front() != '{' || line.back() != '}') return false;
    ++objects;
  }
  return objects >= 2;
}

}  // namespace

const char* FormatName(Format f) {
  switch (f) {
    case Format::kText: return "text";
    case Format::kMarkdown: return "markdown";
    case Format::kHtml: return "html";
    case Format::kJson: return "json";
    case Format::kJsonLines: return "jsonl";
    case Format::kUnknown: break;
  }
  return "unknown";
}

Format FormatFromExtension(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return Format::kUnknown;
  std::string ext = Lower(name.substr(dot + 1));
  if (ext == "txt" || ext == "text") return Format::kText;
  if (ext == "md" || ext == "markdown") return Format::kMarkdown;
  if (ext == "html" || ext == "htm" || ext == "xhtml") return Format::kHtml;
  if (ext == "json") return Format::kJson;
  if (ext == "jsonl" || ext == "ndjson") return Format::kJsonLines;
  return Format::kUnknown;
}

Format SniffFormat(std::string_view head) {
  std::string_view s = SkipSpace(head);
  if (s.empty()) return Format::kText;
  if (s.front() == '{') return LooksJsonLines(head) ? Format::kJsonLines : Format::kJson;
  if (s.front() == '[') {
    std::string_view rest = SkipSpace(s.substr(1));
    if (!rest.empty() && (rest.front() == '{' || rest.front() == ']')) return Format::kJson;
  }
  if (LooksHtml(head)) return Format::kHtml;
  if (s.front() == '#' && s.size() > 1 && (s[1] == ' ' || s[1] == '#')) return Format::kMarkdown;
  return Format::kText;
}

Format DetectFormat(std::string_view path, std::string_view head) {
  Format by_ext = FormatFromExtension(path);
  Format sniffed = SniffFormat(head);
  if (by_ext == Format::kUnknown) return sniffed;
  // Content that is plainly HTML or JSON wins over a wrong extension; the
  // JSON kinds may be told apart by content too.
  if (sniffed == Format::kHtml || sniffed == Format::kJson || sniffed == Format::kJsonLines) {
    if ((by_ext == Format::kJson || by_ext == Format::kJsonLines) &&
        (sniffed == Format::kJson || sniffed == Format::kJsonLines)) {
      return sniffed == Format::kJsonLines ? Format::kJsonLines : by_ext;
    }
    return sniffed;
  }
  // A .json file without JSON inside is read as text; an .html file stays
  // HTML (the parser copes with text and with markup that starts late).
  if (by_ext == Format::kJson || by_ext == Format::kJsonLines) return sniffed;
  return by_ext;
}

}  // namespace kg::loaders
