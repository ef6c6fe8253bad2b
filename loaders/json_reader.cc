#include "loaders/json_reader.h"

#include <ctime>
#include <nlohmann/json.hpp>

#include "loaders/body_text.h"
#include "loaders/date_parse.h"

namespace kg::loaders {
namespace {

using nlohmann::json;

const json* Field(const json& obj, std::initializer_list<const char*> names) {
  for (const char* n : names) {
    auto it = obj.find(n);
    if (it != obj.end() && !it->is_null()) return &*it;
  }
  return nullptr;
}

// A string, an object's "name"/"text", or a list of those joined by `sep`.
std::string Flatten(const json& v, const char* sep) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number()) return v.dump();
  if (v.is_object()) {
    for (const char* k : {"name", "text", "value", "@value"}) {
      if (v.contains(k)) return Flatten(v[k], sep);
    }
    return "";
  }
  if (v.is_array()) {
    std::string out;
    for (const auto& e : v) {
      std::string s = Flatten(e, sep);
      if (s.empty()) continue;
      if (!out.empty()) out += sep;
      out += s;
    }
    return out;
  }
  return "";
}

std::string DateValue(const json& v) {
  if (v.is_number()) {  // Unix time in seconds or milliseconds
    double t = v.get<double>();
    if (t > 1e11) t /= 1000;
    std::time_t tt = static_cast<std::time_t>(t);
    std::tm tm{};
    if (!gmtime_r(&tt, &tm)) return "";
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
  }
  return FindDate(Flatten(v, " "));
}

}  // namespace

Result<RawArticle> ReadJsonArticle(std::string_view object_text, std::vector<std::string>* warnings) {
  json j = json::parse(object_text.begin(), object_text.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    // Parse again with exceptions only to obtain the position for the message.
    try {
      json again = json::parse(object_text.begin(), object_text.end());
      (void)again;
    } catch (const json::parse_error& e) {
      std::string what = e.what();
      size_t colon = what.find("parse error");
      return Status::InvalidArgument("malformed JSON: " + (colon == std::string::npos ? what : what.substr(colon)));
    } catch (const json::exception& e) {  // a number out of range ("2e+555") is no parse_error
      return Status::InvalidArgument(std::string("malformed JSON: ") + e.what());
    }
    return Status::InvalidArgument("malformed JSON");
  }
  if (!j.is_object()) return Status::InvalidArgument("not a JSON object");
  const json* body = Field(j, {"text", "body", "content", "articleBody", "article", "story", "full_text", "fulltext"});
  if (!body) return Status::InvalidArgument("no text, body or content field");
  RawArticle a;
  if (body->is_array()) {
    for (const auto& p : *body) {
      for (std::string& q : BodyParagraphs(Flatten(p, "\n\n"))) a.paragraphs.push_back(std::move(q));
    }
  } else {
    a.paragraphs = BodyParagraphs(Flatten(*body, "\n\n"));
  }
  if (const json* t = Field(j, {"title", "headline"})) a.title = Flatten(*t, " ");
  if (const json* d = Field(j, {"date", "published", "datePublished", "published_at", "publishedAt",
                                "pubDate", "publish_date", "date_published", "created_at", "timestamp"})) {
    a.published = DateValue(*d);
    if (a.published.empty() && warnings) warnings->push_back("unreadable date '" + Flatten(*d, " ") + "', left empty");
  }
  if (const json* u = Field(j, {"url", "link", "canonical", "canonical_url"})) a.url = Flatten(*u, " ");
  if (const json* p = Field(j, {"publisher", "source", "site", "site_name", "outlet"})) a.publisher = Flatten(*p, ", ");
  if (const json* au = Field(j, {"author", "authors", "byline", "creator"})) a.author = Flatten(*au, ", ");
  return a;
}

Status ForEachJsonElement(std::string_view text,
                          const std::function<void(std::string_view element, size_t line)>& fn) {
  size_t i = 0;
  size_t line = 1;
  auto skip_space = [&]() {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) {
      line += text[i] == '\n';
      ++i;
    }
  };
  skip_space();
  if (i >= text.size() || text[i] != '[') {
    fn(text.substr(i), line);
    return Status::Ok();
  }
  const size_t array_line = line;
  ++i;
  while (true) {
    skip_space();
    if (i >= text.size()) return Status::InvalidArgument("line " + std::to_string(array_line) + ": unterminated array");
    if (text[i] == ']') return Status::Ok();
    const size_t start = i, start_line = line;
    int depth = 0;
    bool in_string = false;
    for (; i < text.size(); ++i) {
      char c = text[i];
      if (c == '\n') ++line;
      if (in_string) {
        if (c == '\\') {
          ++i;
        } else if (c == '"') {
          in_string = false;
        }
        continue;
      }
      if (c == '"') in_string = true;
      else if (c == '{' || c == '[') ++depth;
      else if (c == '}' || c == ']') {
        if (depth == 0) break;  // the closing bracket of the outer array
        --depth;
      } else if (c == ',' && depth == 0) {
        break;
      }
    }
    if (i >= text.size()) {
      return Status::InvalidArgument("line " + std::to_string(start_line) +
                                     (in_string ? ": unterminated string" : ": unterminated array"));
    }
    // A '}' closing nothing ends no element: without this the loop stood on
    // it for ever (found by fuzz_loaders).
    if (text[i] == '}') return Status::InvalidArgument("line " + std::to_string(line) + ": unexpected '}'");
    std::string_view element = text.substr(start, i - start);
    while (!element.empty() && (element.back() == ' ' || element.back() == '\n' || element.back() == '\t' || element.back() == '\r')) {
      element.remove_suffix(1);
    }
    if (!element.empty()) fn(element, start_line);
    if (text[i] == ',') ++i;
  }
}

}  // namespace kg::loaders
