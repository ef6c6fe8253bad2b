// GenerateGraph: a random news-like graph with skewed degrees for the
// differential tester. Most entities have 1-3 statements; a few hubs have
// 10,000+ (at scale 1) as subject and as object: the ranges where counting
// shortcuts, memos and caches are most likely to be wrong. It uses the core
// vocabulary (attended, met, title, date, memberOf, location, spouseOf),
// schema.org forms (schema:attendee flipped, schema:startDate), typed
// entities (Person/Official, Event and its subtypes), labels and aliases
// (some shared by two entities), numbers and dates; with `documents`, some
// facts come as documents, a few of them negated.
// Thread-safety: pure function.
#pragma once

#include <cstdint>

#include "tests/query/difftest/generated_graph.h"

namespace kg::difftest {

struct GraphOptions {
  uint64_t seed = 1;
  double scale = 1.0;      // hub degree ~10,000 x scale (never below 1,500)
  bool documents = false;  // write some facts with Store::WriteDocument
};

GeneratedGraph GenerateGraph(const GraphOptions& options);

// The `count` entities with the most statements in `facts`, most first.
std::vector<std::string> MostFrequentEntities(const std::vector<WrittenFact>& facts, size_t count);

}  // namespace kg::difftest
