// Test helper: a Doc from whitespace-separated tokens (one sentence), with
// optional "form/UPOS" tags.
#pragma once

#include <sstream>
#include <string>

#include "nlp/doc.h"

namespace kg::nlp::test_util {

inline Doc MakeDoc(const std::string& tokens, const std::string& reference_date = "") {
  Doc doc;
  doc.reference_date = reference_date;
  std::istringstream in(tokens);
  for (std::string w; in >> w;) {
    Token t;
    const size_t slash = w.rfind('/');
    if (slash != std::string::npos && slash > 0 && slash + 1 < w.size()) {
      t.upos = w.substr(slash + 1);
      w = w.substr(0, slash);
    }
    if (!doc.text.empty()) doc.text += ' ';
    t.start = static_cast<uint32_t>(doc.text.size());
    doc.text += w;
    t.end = static_cast<uint32_t>(doc.text.size());
    t.form = w;
    doc.tokens.push_back(t);
  }
  Sentence s;
  s.first_token = 0;
  s.last_token = static_cast<uint32_t>(doc.tokens.size());
  s.end = static_cast<uint32_t>(doc.text.size());
  doc.sentences.push_back(s);
  return doc;
}

// "label[first,last)=normalized" for each entity, joined by "; ".
inline std::string Entities(const Doc& doc) {
  std::string out;
  for (const EntitySpan& e : doc.entities) {
    if (!out.empty()) out += "; ";
    std::string text;
    for (uint32_t i = e.first_token; i < e.last_token; ++i) text += (text.empty() ? "" : " ") + doc.tokens[i].form;
    out += e.label + "(" + text + ")=" + e.normalized;
  }
  return out;
}

}  // namespace kg::nlp::test_util
