// kg parse [FILE|-] [--models DIR]
// Shows how kg reads a text: each sentence as CoNLL-U (ID FORM LEMMA UPOS XPOS
// _ HEAD DEPREL _ MISC), with the named entity, date or quantity a token
// belongs to in MISC as BILOU-free "Entity=B-PERSON" / "Entity=I-PERSON".
// For users checking why a fact was (not) extracted, and for writing rules.
#include <fstream>
#include <iostream>
#include <iterator>

#include "cli/common.h"
#include "nlp/models_dir.h"
#include "nlp/pipeline.h"
#include "util/text.h"

namespace po = boost::program_options;

namespace kg::cli {

int RunParse(const Args& args) {
  po::options_description desc("options");
  desc.add_options()("help,h", "show this help")("file", po::value<std::string>()->default_value("-"),
                                                  "text file to analyse (- for stdin)")(
      "models", po::value<std::string>()->default_value(""), "models folder (default: $KG_MODELS, then shipped)");
  po::positional_options_description pos;
  pos.add("file", 1);
  po::variables_map vm;
  int code = kExitOk;
  if (!ParseArgs(args, "parse", "[FILE|-] [--models DIR]", desc, pos, vm, &code)) return code;
  const std::string path = vm["file"].as<std::string>();
  std::string text;
  if (path == "-") {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Fail(kExitRuntime, "cannot read " + path);
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) return Fail(kExitRuntime, "cannot read " + path);
  }
  if (!text::IsValidUtf8(text)) return Fail(kExitRuntime, path + ": not valid UTF-8");
  auto dir = nlp::FindModelsDir(vm["models"].as<std::string>());
  if (!dir.ok()) return Fail(kExitRuntime, dir.status().message());
  auto pipeline = nlp::Pipeline::Load(dir.value(), {});
  if (!pipeline.ok()) return Fail(kExitRuntime, pipeline.status().message());
  auto doc = (*pipeline)->Process(std::move(text));
  if (!doc.ok()) return Fail(kExitRuntime, doc.status().message());
  const nlp::Doc& d = doc.value();
  std::vector<std::string> entity(d.tokens.size());
  for (const auto& e : d.entities) {
    for (uint32_t t = e.first_token; t < e.last_token && t < entity.size(); ++t) {
      entity[t] = (t == e.first_token ? "Entity=B-" : "Entity=I-") + e.label;
      if (!e.normalized.empty() && t == e.first_token) entity[t] += "|Value=" + e.normalized;
    }
  }
  for (const auto& s : d.sentences) {
    std::cout << "# text = " << d.TextOf(s.start, s.end) << "\n";
    for (uint32_t t = s.first_token; t < s.last_token; ++t) {
      const nlp::Token& k = d.tokens[t];
      const int head = k.head < 0 ? 0 : k.head - static_cast<int>(s.first_token) + 1;
      std::cout << (t - s.first_token + 1) << '\t' << k.form << '\t' << k.lemma << '\t' << k.upos << '\t' << k.xpos
                << "\t_\t" << head << '\t' << k.deprel << "\t_\t" << (entity[t].empty() ? "_" : entity[t]) << "\n";
    }
    std::cout << "\n";
  }
  return kExitOk;
}

}  // namespace kg::cli
