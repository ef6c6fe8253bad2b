#include "nlp/iob2.h"

#include <fstream>
#include <sstream>

namespace kg::nlp {
namespace {

// The NER label of an IOB2 type, or "" for a type the NER does not produce.
std::string LabelOf(const std::string& type) {
  if (type == "PER" || type == "PERSON") return "PERSON";
  if (type == "LOC" || type == "GPE" || type == "PLACE") return "PLACE";
  if (type == "ORG") return "ORG";
  return "";
}

}  // namespace

Result<Iob2Corpus> ReadIob2(std::istream& in) {
  Iob2Corpus out;
  ConlluSentence sentence;
  std::vector<EntitySpan> spans;
  std::string open_type;  // the type of the span the previous token is in ("" = none)
  auto close_sentence = [&] {
    if (!sentence.words.empty()) {
      out.sentences.push_back(std::move(sentence));
      out.entities.push_back(std::move(spans));
    }
    sentence = ConlluSentence();
    spans.clear();
    open_type.clear();
  };
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      close_sentence();
      continue;
    }
    if (line[0] == '#') {
      const size_t eq = line.find(" = ");
      if (eq != std::string::npos && eq > 2) sentence.comments[line.substr(2, eq - 2)] = line.substr(eq + 3);
      continue;
    }
    std::vector<std::string> cols;
    std::istringstream fields(line);
    for (std::string c; std::getline(fields, c, '\t');) cols.push_back(c);
    auto bad = [&](const std::string& what) {
      return Status::InvalidArgument("line " + std::to_string(number) + ": " + what);
    };
    if (cols.size() < 3 || cols[1].empty()) return bad("expected ID, FORM and TAG separated by tabs");
    const std::string& tag = cols[2];
    ConlluWord w;
    w.form = cols[1];
    const auto index = static_cast<uint32_t>(sentence.words.size());
    sentence.words.push_back(std::move(w));
    if (tag == "O") {
      open_type.clear();
      continue;
    }
    if (tag.size() < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-') return bad("bad tag '" + tag + "'");
    const std::string type = tag.substr(2);
    const bool continues = tag[0] == 'I' && type == open_type;
    open_type = type;
    const std::string label = LabelOf(type);
    if (continues) {
      if (!label.empty()) spans.back().last_token = index + 1;
      continue;
    }
    if (!label.empty()) spans.push_back({index, index + 1, label, ""});
  }
  if (in.bad()) return Status::IOError("read error");
  close_sentence();
  return out;
}

Result<Iob2Corpus> ReadIob2File(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::IOError("cannot open " + path);
  return ReadIob2(in);
}

}  // namespace kg::nlp
