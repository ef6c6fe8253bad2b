// A small hand-made store for the export tests: two articles (one with a URL,
// one without), facts with sentence spans, a flipped schema.org term
// (attended -> schema:attendee), a planned and attributed fact, literals of
// each kind, and imported facts from a named graph and from a file path.
#pragma once

#include <string>

#include "graph/store.h"
#include "tests/graph/test_util.h"

namespace kg::exporter::testing {

using graph::testing::AliasP;
using graph::testing::E;
using graph::testing::F;
using graph::testing::LabelP;
using graph::testing::TypeP;
using graph::testing::V;

inline const char* kText1 =
    "Kim Jong Un met Moon Jae-in in Hanoi on Friday. "
    "Defense Minister Pak Jong-chon attended the ceremony. "
    "Officials said Kim will visit Seoul.";
inline const char* kText2 = "Moon Jae-in met \"Kim\" again.\nNothing else happened.";

inline uint32_t Off(const std::string& text, const std::string& part) {
  return static_cast<uint32_t>(text.find(part));
}

// Fills `store` (fresh, writable). Returns false if a write failed.
inline bool BuildSample(graph::Store& store) {
  using graph::Term;
  std::string t1 = kText1, t2 = kText2;
  uint32_t s1b = 0, s1e = Off(t1, "Defense") - 1;
  uint32_t s2b = Off(t1, "Defense"), s2e = Off(t1, "Officials") - 1;
  uint32_t s3b = Off(t1, "Officials"), s3e = static_cast<uint32_t>(t1.size());

  graph::DocumentBatch d1;
  d1.document = {"d1hash", "summit.txt", "https://news.example.org/summit", "Leaders meet in Hanoi",
                 "2025-05-09", "Example News", "A. Writer", t1, {{0, s3e}}, ""};
  auto& f1 = d1.facts;
  f1.push_back(F(E("kim-jong-un"), LabelP(), Term::String("Kim Jong Un"), "d1hash", s1b, s1e, "ner"));
  f1.push_back(F(E("kim-jong-un"), TypeP(), V("Person"), "d1hash", s1b, s1e, "ner"));
  f1.push_back(F(E("kim-jong-un"), TypeP(), V("Official"), "d1hash", s1b, s1e, "rule:office"));
  f1.push_back(F(E("moon-jae-in"), LabelP(), Term::String("Moon Jae-in"), "d1hash", s1b, s1e, "ner"));
  f1.push_back(F(E("kim-jong-un"), V("met"), E("moon-jae-in"), "d1hash", s1b, s1e, "rule:svo"));
  f1.back().provenance.confidence = 0.9f;
  f1.push_back(F(E("pak-jong-chon"), V("title"), Term::String("Defense Minister"), "d1hash", s2b, s2e,
                 "rule:appos-title"));
  f1.push_back(F(E("pak-jong-chon"), V("attended"), E("hanoi-ceremony"), "d1hash", s2b, s2e, "rule:svo"));
  f1.push_back(F(E("hanoi-ceremony"), V("date"), Term::Date("2025-05-09"), "d1hash", s1b, s1e, "rule:date"));
  f1.push_back(F(E("kim-jong-un"), V("visited"), E("seoul"), "d1hash", s3b, s3e, "rule:svo"));
  f1.back().provenance.modality = graph::Modality::kPlanned;
  f1.back().provenance.attributed_to = "urn:kg:entity:officials";
  if (!store.WriteDocument(d1).ok()) return false;

  graph::DocumentBatch d2;
  d2.document = {"d2hash", "second.txt", "", "Second \"take\"", "2025-05", "", "", t2, {}, ""};
  d2.facts.push_back(F(E("kim-jong-un"), V("met"), E("moon-jae-in"), "d2hash", 0, Off(t2, "\n"), "rule:svo"));
  d2.facts.push_back(F(E("kim-jong-un"), LabelP(), Term::String("Kim Jong Un"), "d2hash", 0, 5, "ner"));
  if (!store.WriteDocument(d2).ok()) return false;

  std::vector<graph::Fact> imported;
  imported.push_back(F(E("kim-jong-un"), V("memberOf"), E("workers-party"), "https://curated.example.org/g1", 0, 0,
                       "import"));
  imported.push_back(F(E("kim-jong-un"), AliasP(), Term::String("Kim Jong-un"), "curated facts.nt", 0, 0, "import"));
  imported.push_back(F(E("army"), V("deploy"), Term::Number("14000"), "curated facts.nt", 0, 0, "import"));
  imported.push_back(F(E("hanoi"), LabelP(), Term::String("Hanoi", "en"), "curated facts.nt", 0, 0, "import"));
  imported.push_back(F(E("army"), V("end"), Term::String("a \"quoted\"\nline"), "curated facts.nt", 0, 0, "import"));
  uint64_t added = 0;
  return store.ImportFacts(imported, &added).ok();
}

}  // namespace kg::exporter::testing
