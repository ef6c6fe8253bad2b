// nlp_bench [--models DIR] [--jobs N] [--limit N] [FILES or DIRS...]
// Throughput of the NLP pipeline on news text: tokenizer+sentencizer alone,
// up to the lemmatizer (tagging), and the whole pipeline (with the parser and
// whatever else models/ holds), on one thread and on N threads. Default input:
// the BBC news articles in ../shared/corpora/bbc (falls back to examples/).
// Prints one JSON line per stage.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "nlp/models_dir.h"
#include "nlp/pipeline.h"

namespace fs = std::filesystem;
using kg::nlp::Pipeline;

namespace {

std::vector<std::string> ReadTexts(const std::vector<std::string>& roots, size_t limit) {
  std::vector<std::string> out;
  for (const auto& root : roots) {
    std::vector<fs::path> files;
    if (fs::is_directory(root)) {
      for (const auto& e : fs::recursive_directory_iterator(root))
        if (e.is_regular_file() && (e.path().extension() == ".txt" || e.path().extension() == ".md"))
          files.push_back(e.path());
    } else if (fs::exists(root)) {
      files.push_back(root);
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      if (out.size() >= limit) return out;
      std::ifstream in(f, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      out.push_back(ss.str());
    }
  }
  return out;
}

// Runs `pipeline` over `texts` on `jobs` threads; returns tokens and seconds.
std::pair<size_t, double> Run(const Pipeline& pipeline, const std::vector<std::string>& texts, int jobs, bool tokens_only) {
  std::vector<size_t> counts(jobs, 0);
  auto t0 = std::chrono::steady_clock::now();
  std::vector<std::thread> threads;
  for (int j = 0; j < jobs; ++j) {
    threads.emplace_back([&, j] {
      for (size_t i = j; i < texts.size(); i += jobs) {
        if (tokens_only) {
          counts[j] += pipeline.tokenizer().MakeDoc(texts[i]).tokens.size();
        } else {
          auto d = pipeline.Process(texts[i]);
          if (d.ok()) counts[j] += d->tokens.size();
        }
      }
    });
  }
  for (auto& t : threads) t.join();
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  size_t total = 0;
  for (size_t c : counts) total += c;
  return {total, s};
}

}  // namespace

int main(int argc, char** argv) {
  std::string models_flag;
  int jobs = 2;
  size_t limit = 400;
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--models" && i + 1 < argc) models_flag = argv[++i];
    else if (a == "--jobs" && i + 1 < argc) jobs = std::max(1, std::atoi(argv[++i]));
    else if (a == "--limit" && i + 1 < argc) limit = std::strtoul(argv[++i], nullptr, 10);
    else inputs.push_back(a);
  }
  if (inputs.empty()) {
    std::string bbc = std::string(KG_SOURCE_DIR_BENCH) + "/../shared/corpora/bbc";
    inputs.push_back(fs::exists(bbc) ? bbc : std::string(KG_SOURCE_DIR_BENCH) + "/examples");
  }
  auto texts = ReadTexts(inputs, limit);
  auto dir = kg::nlp::FindModelsDir(models_flag);
  if (!dir.ok()) {
    std::cerr << "error: " << dir.status().message() << "\n";
    return 1;
  }
  auto t0 = std::chrono::steady_clock::now();
  auto full = Pipeline::Load(dir.value());
  double load_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!full.ok()) {
    std::cerr << "error: " << full.status().message() << "\n";
    return 1;
  }
  kg::nlp::PipelineOptions tag_only;
  tag_only.disable = {"parser", "ner", "dates", "entity_ruler"};
  auto tagging = Pipeline::Load(dir.value(), tag_only);
  std::cout << "{\"stage\":\"load\",\"seconds\":" << load_s << ",\"components\":\"";
  for (const auto& n : (*full)->component_names()) std::cout << n << " ";
  std::cout << "\",\"texts\":" << texts.size() << "}\n";
  struct Stage {
    const char* name;
    const Pipeline* p;
    bool tokens_only;
  } stages[] = {{"tokenize", full->get(), true}, {"tag", tagging->get(), false}, {"full", full->get(), false}};
  for (const auto& st : stages) {
    for (int j : {1, jobs}) {
      auto [n, s] = Run(*st.p, texts, j, st.tokens_only);
      std::cout << "{\"stage\":\"" << st.name << "\",\"jobs\":" << j << ",\"tokens\":" << n
                << ",\"tokens_per_s\":" << static_cast<long long>(n / std::max(s, 1e-9)) << "}\n";
      if (j == jobs) break;
    }
  }
  return 0;
}
