// libFuzzer target: a statement of the query language, parsed, bound, planned
// and run against a small read-only store (people, an event, dates, numbers).
// Any input must end in a result or an error Status: never a crash, a hang
// (a 1 s timeout and a row cap bound each run) or a sanitizer report.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <unistd.h>

#include "graph/store.h"
#include "graph/vocabulary.h"
#include "query/engine.h"
#include "query/result/result_sink.h"

namespace {

using kg::graph::Term;

Term E(const std::string& slug) { return Term::Iri(std::string(kg::graph::vocab::kEntityPrefix) + slug); }
Term V(const std::string& name) { return Term::Iri(kg::graph::vocab::VocabIri(name)); }

kg::graph::Fact F(Term s, Term p, Term o) {
  kg::graph::Fact f{std::move(s), std::move(p), std::move(o), {}};
  f.provenance.doc_id = "fuzz";
  f.provenance.extractor = "fuzz";
  return f;
}

// The store every input runs against: written once, then opened read-only
// so the readers' memos and caches are exercised too.
kg::graph::Store* TheStore() {
  static std::unique_ptr<kg::graph::Store> store = [] {
    const std::string path =
        (std::filesystem::temp_directory_path() / ("kg_fuzz_query_" + std::to_string(::getpid()))).string();
    std::filesystem::remove_all(path);
    {
      auto w = kg::graph::Store::Open(path, kg::graph::StoreOptions{});
      if (!w.ok()) std::abort();
      const Term label = Term::Iri(std::string(kg::graph::vocab::kLabel));
      const Term type = Term::Iri(std::string(kg::graph::vocab::kRdfType));
      std::vector<kg::graph::Fact> facts = {
          F(E("ann-lee"), label, Term::String("Ann Lee")),     F(E("bo-chen"), label, Term::String("Bo Chen")),
          F(E("ann-lee"), type, V("Official")),                F(E("bo-chen"), type, V("Person")),
          F(E("ann-lee"), V("met"), E("bo-chen")),             F(E("summit"), type, V("Summit")),
          F(E("summit"), label, Term::String("Tarvik Summit")), F(E("ann-lee"), V("attended"), E("summit")),
          F(E("bo-chen"), V("attended"), E("summit")),         F(E("summit"), V("date"), Term::Date("2024-05-02")),
          F(E("ann-lee"), V("title"), Term::String("mayor")),  F(E("summit"), V("budget"), Term::Number("1500")),
          F(E("bo-chen"), V("said"), Term::String("We agree")),
      };
      for (int i = 0; i < 40; ++i) facts.push_back(F(E("ann-lee"), V("visited"), E("town-" + std::to_string(i))));
      if (!(*w)->ImportFacts(facts, nullptr).ok()) std::abort();
    }
    kg::graph::StoreOptions ro;
    ro.read_only = true;
    auto r = kg::graph::Store::Open(path, ro);
    if (!r.ok()) std::abort();
    return std::move(r).value();
  }();
  return store.get();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static kg::query::Engine engine(TheStore());  // one session: caches fill across inputs
  const std::string text(reinterpret_cast<const char*>(data), size);
  kg::query::RunOptions options;
  options.timeout_seconds = 1;
  options.max_rows = 1000;
  for (const auto& st : kg::query::Engine::SplitScript(text)) {
    kg::query::CollectingSink sink;
    (void)engine.Run(st.text, options, sink);
  }
  return 0;
}
