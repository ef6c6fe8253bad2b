// extract_bench: load -> nlp -> extract over files or directories, no store.
//   extract_bench --models DIR [--jobs N] PATH...   throughput figures
//   extract_bench --models DIR --dump PATH...       every fact, rule and sentence
//   extract_bench --models DIR --nlp-only PATH...   the NLP share of the time
//   extract_bench --models DIR --grep TEXT PATH...  parses of matching sentences
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "extract/extractor.h"
#include "graph/vocabulary.h"
#include "loaders/loader.h"
#include "nlp/pipeline.h"

using namespace kg;

namespace {

size_t Words(const std::string& s) {
  size_t n = 0;
  bool in = false;
  for (unsigned char c : s) {
    bool w = std::isalnum(c) || c >= 0x80;
    if (w && !in) ++n;
    in = w;
  }
  return n;
}

std::string Show(const graph::Term& t) {
  if (t.kind == graph::TermKind::kIri) return std::string(graph::vocab::LocalName(t.value));
  return "\"" + t.value + "\"";
}

const char* ModalityName(graph::Modality m) {
  switch (m) {
    case graph::Modality::kPlanned: return " [planned]";
    case graph::Modality::kNegated: return " [negated]";
    case graph::Modality::kHypothetical: return " [hypothetical]";
    default: return "";
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string models;
  int jobs = 1;
  bool dump = false, nlp_only = false;  // --nlp-only: analysis without extraction
  std::string grep;  // print the parse of sentences containing this text
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--models") && i + 1 < argc) models = argv[++i];
    else if (!std::strcmp(argv[i], "--jobs") && i + 1 < argc) jobs = std::atoi(argv[++i]);
    else if (!std::strcmp(argv[i], "--dump")) dump = true;
    else if (!std::strcmp(argv[i], "--nlp-only")) nlp_only = true;
    else if (!std::strcmp(argv[i], "--grep") && i + 1 < argc) grep = argv[++i];
    else paths.push_back(argv[i]);
  }
  if (models.empty() || paths.empty()) {
    std::fprintf(stderr, "usage: extract_bench --models DIR [--jobs N] [--dump] PATH...\n");
    return 2;
  }
  auto pipeline = nlp::Pipeline::Load(models);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "error: %s\n", pipeline.status().ToString().c_str());
    return 1;
  }
  std::vector<graph::DocumentRecord> docs;
  for (const auto& p : paths) {
    auto loaded = loaders::LoadPath(p);
    if (!loaded.ok()) {
      std::fprintf(stderr, "error: %s\n", loaded.status().ToString().c_str());
      return 1;
    }
    for (auto& d : *loaded) docs.push_back(std::move(d));
  }
  size_t words = 0;
  for (const auto& d : docs) words += Words(d.text);
  std::atomic<size_t> next{0}, facts{0}, entities{0}, events{0};
  auto t0 = std::chrono::steady_clock::now();
  auto work = [&] {
    for (size_t i; (i = next++) < docs.size();) {
      auto doc = (*pipeline)->Process(docs[i].text, docs[i].published);
      if (!doc.ok()) continue;
      if (!grep.empty()) {
        for (const auto& st : doc->sentences) {
          std::string text(doc->TextOf(st.start, st.end));
          if (text.find(grep) == std::string::npos) continue;
          std::printf("# %s\n", text.c_str());
          for (uint32_t t = st.first_token; t < st.last_token; ++t) {
            const auto& tk = doc->tokens[t];
            std::string ent;
            for (const auto& e : doc->entities) {
              if (t >= e.first_token && t < e.last_token) ent = e.label + (e.normalized.empty() ? "" : "=" + e.normalized);
            }
            std::printf("%u\t%s\t%s\t%s\t%d\t%s\t%s\n", t - st.first_token + 1, tk.form.c_str(), tk.lemma.c_str(),
                        tk.upos.c_str(), tk.head < 0 ? 0 : tk.head - static_cast<int>(st.first_token) + 1,
                        tk.deprel.c_str(), ent.c_str());
          }
        }
        continue;
      }
      if (nlp_only) continue;
      auto ex = extract::ExtractFacts(*doc, docs[i]);
      facts += ex.facts.size();
      entities += ex.entities;
      events += ex.events;
      if (dump) {
        std::printf("=== %s (%s)\n", docs[i].source.c_str(), docs[i].published.c_str());
        for (const auto& f : ex.facts) {
          std::string p(graph::vocab::LocalName(f.p.value));
          if (p == "name" || p == "alternateName" || p == "type") continue;
          std::printf("%s %s %s%s  <%s>  | %s\n", Show(f.s).c_str(), p.c_str(), Show(f.o).c_str(),
                      ModalityName(f.provenance.modality), f.provenance.extractor.c_str(),
                      docs[i].text.substr(f.provenance.start, std::min<uint32_t>(f.provenance.end - f.provenance.start, 160)).c_str());
        }
      }
    }
  };
  if (dump) jobs = 1;
  std::vector<std::thread> threads;
  for (int j = 0; j < std::max(1, jobs); ++j) threads.emplace_back(work);
  for (auto& t : threads) t.join();
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::fprintf(stderr, "documents %zu  words %zu  seconds %.2f  docs/s %.1f  words/s %.0f  facts/article %.1f  entities %zu  events %zu\n",
               docs.size(), words, s, docs.size() / s, words / s, docs.empty() ? 0.0 : double(facts) / docs.size(),
               size_t(entities), size_t(events));
  return 0;
}
