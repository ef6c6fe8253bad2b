#include "loaders/body_text.h"

#include <cctype>

#include "loaders/html_reader.h"

namespace kg::loaders {

bool LooksLikeHtml(std::string_view s) {
  std::string head(s.substr(0, 4096));
  for (auto& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* cue : {"<p>", "<p ", "<br", "</p>", "</div>", "</a>", "<html", "<!doctype html", "</span>", "</li>", "</h"}) {
    if (head.find(cue) != std::string::npos) return true;
  }
  return false;
}

std::vector<std::string> BodyParagraphs(std::string_view body) {
  std::vector<std::string> out;
  if (LooksLikeHtml(body)) {
    for (Block& b : HtmlToBlocks(body)) out.push_back(std::move(b.text));
    return out;
  }
  const bool blank_lines = body.find("\n\n") != std::string_view::npos ||
                           body.find("\n \n") != std::string_view::npos;
  std::string para;
  size_t pos = 0;
  while (pos <= body.size()) {
    size_t nl = body.find('\n', pos);
    if (nl == std::string_view::npos) nl = body.size();
    std::string_view line = body.substr(pos, nl - pos);
    bool blank = line.find_first_not_of(" \t\r") == std::string_view::npos;
    if (blank || !blank_lines) {
      if (!para.empty()) out.push_back(std::move(para));
      para.clear();
      if (!blank) para.assign(line);
    } else {
      if (!para.empty()) para.push_back(' ');
      para.append(line);
    }
    pos = nl + 1;
  }
  if (!para.empty()) out.push_back(std::move(para));
  return out;
}

}  // namespace kg::loaders
