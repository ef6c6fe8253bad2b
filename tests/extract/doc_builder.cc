#include "tests/extract/doc_builder.h"

#include <sstream>
#include <vector>

namespace kg::extract::testing {

nlp::Doc BuildDoc(const std::string& conllu, const std::string& reference_date) {
  nlp::Doc doc;
  doc.reference_date = reference_date;
  std::istringstream in(conllu);
  std::string line;
  uint32_t sentence_first = 0;
  int open_entity = -1;
  auto close_sentence = [&] {
    if (doc.tokens.size() > sentence_first) {
      nlp::Sentence s;
      s.first_token = sentence_first;
      s.last_token = static_cast<uint32_t>(doc.tokens.size());
      s.start = doc.tokens[s.first_token].start;
      s.end = doc.tokens.back().end;
      doc.sentences.push_back(s);
      if (!doc.text.empty() && doc.text.back() != ' ') doc.text += ' ';
    }
    sentence_first = static_cast<uint32_t>(doc.tokens.size());
    open_entity = -1;
  };
  while (std::getline(in, line)) {
    std::istringstream cols(line);
    std::vector<std::string> c;
    for (std::string w; cols >> w;) c.push_back(w);
    if (c.empty()) {
      close_sentence();
      continue;
    }
    if (c.size() == 1 && c[0] == "#newpar") {  // the next token starts a paragraph
      close_sentence();
      while (!doc.text.empty() && doc.text.back() == ' ') doc.text.pop_back();
      if (!doc.text.empty()) doc.text += "\n\n";
      continue;
    }
    nlp::Token t;
    t.form = c[1];
    t.lemma = c[2];
    t.upos = c[3];
    t.xpos = c[3];
    int head = std::stoi(c[4]);
    t.head = head == 0 ? -1 : static_cast<int>(sentence_first) + head - 1;
    t.deprel = c[5];
    t.start = static_cast<uint32_t>(doc.text.size());
    doc.text += t.form;
    t.end = static_cast<uint32_t>(doc.text.size());
    std::string ner;
    for (size_t k = 6; k < c.size(); ++k) {
      if (c[k] == "SpaceAfter=No") t.space_after = false;
      if (c[k].rfind("NER=", 0) == 0) ner = c[k].substr(4);
      if (c[k].rfind("XPOS=", 0) == 0) t.xpos = c[k].substr(5);
    }
    if (t.space_after) doc.text += ' ';
    uint32_t index = static_cast<uint32_t>(doc.tokens.size());
    doc.tokens.push_back(t);
    if (ner.rfind("B-", 0) == 0) {
      nlp::EntitySpan e;
      e.first_token = index;
      e.last_token = index + 1;
      e.label = ner.substr(2);
      doc.entities.push_back(e);
      open_entity = static_cast<int>(doc.entities.size()) - 1;
    } else if (ner.rfind("I-", 0) == 0 && open_entity >= 0) {
      doc.entities[open_entity].last_token = index + 1;
    } else {
      open_entity = -1;
    }
  }
  close_sentence();
  while (!doc.text.empty() && doc.text.back() == ' ') doc.text.pop_back();
  return doc;
}

}  // namespace kg::extract::testing
