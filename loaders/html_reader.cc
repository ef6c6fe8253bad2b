#include "loaders/html_reader.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <nlohmann/json.hpp>

#include "loaders/body_text.h"
#include "loaders/date_parse.h"
#include "loaders/headline.h"
#include "loaders/normalize.h"

namespace kg::loaders {
namespace {

using nlohmann::json;

std::string Lower(std::string_view s) {
  std::string r(s);
  for (auto& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

const char* Attr(const GumboNode* n, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : nullptr;
}

std::string AttrOr(const GumboNode* n, const char* name) {
  const char* v = Attr(n, name);
  return v ? v : "";
}

bool IsElement(const GumboNode* n) { return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE; }

// Elements that never hold the article text.
bool IsSkippedTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_MENU: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_MATH:
      return true;
    default:
      return false;
  }
}

// Class, id and role names that mark page furniture (the readability idea).
bool IsFurniture(const GumboNode* n) {
  std::string role = Lower(AttrOr(n, "role"));
  if (role == "navigation" || role == "banner" || role == "contentinfo" || role == "complementary" ||
      role == "search" || role == "dialog") {
    return true;
  }
  if (const char* hidden = Attr(n, "hidden"); hidden) return true;
  if (Lower(AttrOr(n, "aria-hidden")) == "true") return true;
  std::string names = Lower(AttrOr(n, "class") + " " + AttrOr(n, "id"));
  if (names.size() <= 1) return false;
  static const char* kCues[] = {"comment", "share", "sharing", "social", "related", "promo",
                                "newsletter", "subscri", "signup", "sign-up", "menu", "navbar",
                                "breadcrumb", "footer", "sidebar", "advert", "cookie", "banner",
                                "popup", "modal", "widget", "recommend", "most-read", "mostread",
                                "trending", "paywall", "disclaimer", "tags", "masthead", "byline",
                                "author-bio", "caption", "outbrain", "taboola", "sponsor"};
  for (const char* cue : kCues) {
    if (names.find(cue) != std::string::npos) return true;
  }
  // Whole-token cues that are too short to search as substrings.
  std::string token;
  for (char c : names + " ") {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      token.push_back(c);
    } else {
      if (token == "ad" || token == "ads" || token == "nav" || token == "share" || token == "hidden") return true;
      token.clear();
    }
  }
  return false;
}

bool IsBlockTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_TD:
    case GUMBO_TAG_TH: case GUMBO_TAG_TR: case GUMBO_TAG_TABLE: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
    case GUMBO_TAG_DL: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BR: case GUMBO_TAG_HR: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_BODY:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY:
      return true;
    default:
      return false;
  }
}

int HeadingLevel(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_H1: return 1;
    case GUMBO_TAG_H2: return 2;
    case GUMBO_TAG_H3: return 3;
    case GUMBO_TAG_H4: return 4;
    case GUMBO_TAG_H5: return 5;
    case GUMBO_TAG_H6: return 6;
    default: return 0;
  }
}

// Collects text into blocks, splitting at block-level elements.
class BlockCollector {
 public:
  void Walk(const GumboNode* n, int link_depth, int heading, bool in_li = false) {
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
      const char* t = n->v.text.text;
      size_t len = std::strlen(t);
      text_.append(t, len);
      if (link_depth > 0 && n->type != GUMBO_NODE_WHITESPACE) link_chars_ += len;
      if (heading) heading_ = heading;
      if (in_li) list_item_ = true;
      return;
    }
    if (!IsElement(n)) return;
    GumboTag tag = n->v.element.tag;
    if (IsSkippedTag(tag) || IsFurniture(n)) return;
    bool block = IsBlockTag(tag);
    if (block) Flush();
    if (tag == GUMBO_TAG_IMG) return;
    int h = HeadingLevel(tag);
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      Walk(static_cast<const GumboNode*>(kids.data[i]), link_depth + (tag == GUMBO_TAG_A ? 1 : 0), h ? h : heading,
           in_li || tag == GUMBO_TAG_LI);
    }
    if (block) Flush();
  }

  std::vector<Block> Take() {
    Flush();
    return std::move(blocks_);
  }

 private:
  void Flush() {
    std::string t = NormalizeParagraph(text_);
    if (!t.empty()) {
      Block b;
      b.link_density = std::min(1.0, static_cast<double>(link_chars_) / static_cast<double>(text_.size() ? text_.size() : 1));
      b.heading = heading_;
      b.list_item = list_item_;
      b.text = std::move(t);
      blocks_.push_back(std::move(b));
    }
    text_.clear();
    link_chars_ = 0;
    heading_ = 0;
    list_item_ = false;
  }

  std::vector<Block> blocks_;
  std::string text_;
  size_t link_chars_ = 0;
  int heading_ = 0;
  bool list_item_ = false;
};

std::string TextOf(const GumboNode* n) {
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
    return n->v.text.text;
  }
  if (!IsElement(n)) return "";
  std::string out;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) out += TextOf(static_cast<const GumboNode*>(kids.data[i]));
  return out;
}

// A JSON-LD value that may be a string, an object with "name", or a list.
std::string NameOf(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_object() && v.contains("name")) return NameOf(v["name"]);
  if (v.is_array()) {
    std::string out;
    for (const auto& e : v) {
      std::string s = NameOf(e);
      if (s.empty()) continue;
      if (!out.empty()) out += ", ";
      out += s;
    }
    return out;
  }
  return "";
}

bool IsArticleType(const json& t) {
  if (t.is_array()) {
    return std::any_of(t.begin(), t.end(), [](const json& e) { return IsArticleType(e); });
  }
  if (!t.is_string()) return false;
  std::string s = t.get<std::string>();
  return s.find("Article") != std::string::npos || s == "BlogPosting" || s == "Report";
}

struct Meta {
  std::string title_tag, og_title, og_url, canonical, site_name, author, published, time_datetime;
  std::string ld_headline, ld_date, ld_author, ld_publisher, ld_url, ld_body;
  std::vector<const GumboNode*> articles, mains;
  const GumboNode* body = nullptr;
};

void ReadJsonLd(const std::string& text, Meta* m) {
  json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return;
  std::vector<const json*> todo = {&j};
  while (!todo.empty()) {
    const json* v = todo.back();
    todo.pop_back();
    if (v->is_array()) {
      for (const auto& e : *v) todo.push_back(&e);
      continue;
    }
    if (!v->is_object()) continue;
    if (v->contains("@graph")) todo.push_back(&(*v)["@graph"]);
    if (!v->contains("@type") || !IsArticleType((*v)["@type"]) || !m->ld_headline.empty()) continue;
    auto str = [&](const char* k) { return v->contains(k) ? NameOf((*v)[k]) : std::string(); };
    m->ld_headline = str("headline");
    m->ld_date = str("datePublished");
    if (m->ld_date.empty()) m->ld_date = str("dateCreated");
    m->ld_author = str("author");
    m->ld_publisher = str("publisher");
    m->ld_url = str("url");
    m->ld_body = str("articleBody");
  }
}

void Scan(const GumboNode* n, Meta* m) {
  if (!IsElement(n)) return;
  GumboTag tag = n->v.element.tag;
  switch (tag) {
    case GUMBO_TAG_TITLE:
      if (m->title_tag.empty()) m->title_tag = TextOf(n);
      return;
    case GUMBO_TAG_META: {
      std::string key = Lower(AttrOr(n, "property").empty() ? AttrOr(n, "name") : AttrOr(n, "property"));
      if (key.empty()) key = Lower(AttrOr(n, "itemprop"));
      std::string content = AttrOr(n, "content");
      if (content.empty()) return;
      auto set = [&](std::string& field) {
        if (field.empty()) field = content;
      };
      if (key == "og:title" || key == "twitter:title") set(m->og_title);
      else if (key == "og:url") set(m->og_url);
      else if (key == "og:site_name" || key == "publisher" || key == "dc.publisher") set(m->site_name);
      else if (key == "author" || key == "article:author" || key == "dc.creator" || key == "byl" ||
               key == "sailthru.author" || key == "parsely-author") set(m->author);
      else if (key == "article:published_time" || key == "datepublished" || key == "pubdate" ||
               key == "publishdate" || key == "date" || key == "dc.date" || key == "dc.date.issued" ||
               key == "og:published_time" || key == "sailthru.date" || key == "parsely-pub-date") set(m->published);
      return;
    }
    case GUMBO_TAG_LINK:
      if (Lower(AttrOr(n, "rel")) == "canonical" && m->canonical.empty()) m->canonical = AttrOr(n, "href");
      return;
    case GUMBO_TAG_SCRIPT:
      if (Lower(AttrOr(n, "type")) == "application/ld+json") ReadJsonLd(TextOf(n), m);
      return;
    case GUMBO_TAG_TIME:
      if (m->time_datetime.empty()) m->time_datetime = AttrOr(n, "datetime");
      if (m->time_datetime.empty()) m->time_datetime = TextOf(n);
      break;
    case GUMBO_TAG_ARTICLE: m->articles.push_back(n); break;
    case GUMBO_TAG_MAIN: m->mains.push_back(n); break;
    case GUMBO_TAG_BODY: m->body = n; break;
    default:
      if (Lower(AttrOr(n, "role")) == "main") m->mains.push_back(n);
      break;
  }
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) Scan(static_cast<const GumboNode*>(kids.data[i]), m);
}

// "Headline | Site" / "Headline - Site": drop the site part.
std::string StripSiteSuffix(std::string title, const std::string& site) {
  for (const char* sep : {" | ", " - ", " \u2013 ", " \u2014 ", " :: "}) {
    size_t pos = title.rfind(sep);
    if (pos == std::string::npos || pos == 0) continue;
    std::string tail = title.substr(pos + std::strlen(sep));
    if ((!site.empty() && RepeatKey(tail) == RepeatKey(site)) || WordCount(tail) <= 4) {
      return title.substr(0, pos);
    }
  }
  return title;
}

std::string FirstNonEmpty(std::initializer_list<const std::string*> values) {
  for (const std::string* v : values) {
    std::string t = NormalizeParagraph(*v);
    if (!t.empty()) return t;
  }
  return "";
}

}  // namespace

std::vector<Block> HtmlToBlocks(std::string_view html) {
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  BlockCollector c;
  c.Walk(out->root, 0, 0);
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  return c.Take();
}

RawArticle ReadHtml(std::string_view html) {
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  Meta m;
  Scan(out->root, &m);
  // The content root: the <article> with most text, else <main>, else <body>.
  const GumboNode* root = m.body ? m.body : out->root;
  size_t best = 0;
  for (const GumboNode* a : m.articles) {
    size_t len = TextOf(a).size();
    if (len > best) best = len, root = a;
  }
  if (m.articles.empty() && !m.mains.empty()) root = m.mains.front();
  BlockCollector c;
  c.Walk(root, 0, 0);
  std::vector<Block> blocks = c.Take();
  gumbo_destroy_output(&kGumboDefaultOptions, out);

  ArticleRegion region = FindArticle(blocks);
  RawArticle a;
  int title_block = DetectTitle(blocks, region);
  std::string detected_title = title_block >= 0 ? blocks[static_cast<size_t>(title_block)].text : "";
  std::string title_tag = StripSiteSuffix(NormalizeParagraph(m.title_tag), NormalizeParagraph(m.site_name));
  a.title = FirstNonEmpty({&m.og_title, &m.ld_headline, &detected_title, &title_tag});
  for (const std::string* d : {&m.published, &m.ld_date, &m.time_datetime}) {
    if (a.published.empty()) a.published = FindDate(*d);
  }
  if (a.published.empty()) a.published = DetectPublished(blocks, region, title_block);
  a.url = FirstNonEmpty({&m.og_url, &m.canonical, &m.ld_url});
  a.publisher = FirstNonEmpty({&m.site_name, &m.ld_publisher});
  a.author = FirstNonEmpty({&m.author, &m.ld_author});
  std::string by_author, by_publisher;
  int byline = DetectByline(blocks, region, &by_author, &by_publisher);
  if (a.author.empty()) a.author = by_author;
  for (size_t i : region.body) {
    if (static_cast<int>(i) == byline || blocks[i].text == a.title) continue;
    a.paragraphs.push_back(blocks[i].text);
  }
  // Script-rendered pages may carry the text only in JSON-LD.
  if (a.paragraphs.empty() && !m.ld_body.empty()) {
    a.paragraphs = BodyParagraphs(m.ld_body);
  }
  return a;
}

}  // namespace kg::loaders
