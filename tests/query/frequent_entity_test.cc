// Issue 18: a constant with more statements than EstimateCount counts exactly
// (over a thousand) must give all its rows, in every query shape the range
// memo and the caches serve, one-shot and late in a session whose earlier
// queries filled them. The store: a hub that attended 3,000 events (event i
// has score i) and met 1,500 people; 20,000 more events, so the planner
// starts from the hub's range. Expected figures follow from that
// construction, not from kg's output.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "graph/store.h"
#include "graph/vocabulary.h"
#include "query/engine.h"
#include "query/result/result_sink.h"

namespace kg::query {
namespace {

namespace fs = std::filesystem;

constexpr int kEvents = 3000;
constexpr int kPeople = 1500;
constexpr int kOtherEvents = 20000;  // make `?e a Event` and `?e score ?n` larger than the hub's range
const std::string kHub = "<urn:kg:entity:hub>";

struct Shape {
  const char* name;
  std::string query;
  size_t rows;               // expected row count
  std::string first_values;  // expected first row, cells joined by '|' ("" = not checked)
};

std::vector<Shape> Shapes() {
  const std::string all = std::to_string(kEvents);
  return {
      {"bound pattern", "FIND ?e WHERE " + kHub + " attended ?e, ?e a Event", kEvents, ""},
      {"lone bound pattern", "FIND ?e WHERE " + kHub + " attended ?e", kEvents, ""},
      {"join", "FIND COUNT(*) WHERE " + kHub + " attended ?e, ?e score ?n", 1, all},
      {"star", "FIND ?e ?n WHERE " + kHub + " attended ?e, ?e score ?n, ?e a Event", kEvents, ""},
      {"count", "FIND COUNT(?e) WHERE " + kHub + " attended ?e, ?e a Event", 1, all},
      {"count distinct", "FIND COUNT(DISTINCT ?n) WHERE " + kHub + " attended ?e, ?e score ?n", 1, all},
      {"optional", "FIND ?n WHERE " + kHub + " a Person OPTIONAL { " + kHub + " attended ?e, ?e score ?n }", kEvents, ""},
      {"order by with limit",
       "FIND ?n WHERE " + kHub + " attended ?e, ?e score ?n ORDER BY ?n DESC LIMIT 3", 3,
       std::to_string(kEvents - 1)},
      // Only the whole range has rows past offset 2,998.
      {"order by with limit and offset",
       "FIND ?n WHERE " + kHub + " attended ?e, ?e score ?n ORDER BY ?n LIMIT 5 OFFSET " + std::to_string(kEvents - 2), 2,
       std::to_string(kEvents - 2)},
      {"symmetric met", "FIND COUNT(?p) WHERE " + kHub + " met ?p, ?p a Person", 1, std::to_string(kPeople)},
      // Its statements: kEvents attended, kPeople met, a name and a type.
      {"describe", "DESCRIBE " + kHub, kEvents + kPeople + 2, ""},
  };
}

// Queries that make the planner count the hub's ranges (filling the memo)
// and read them (filling the caches), run before the shapes in a session.
std::vector<std::string> WarmUp() {
  return {
      "FIND ?p WHERE " + kHub + " ?p ?o, ?o a Event",
      "FIND ?e WHERE " + kHub + " attended ?e, ?e score ?n, FILTER ?n < 5",
      "FIND ?x WHERE ?x met " + kHub + ", ?x a Person",
      "FIND COUNT(*) WHERE " + kHub + " met ?p, ?p a Person",
      "FIND ?e WHERE " + kHub + " attended ?e, ?e a Event LIMIT 10",
  };
}

// The store is built once for both tests (they only read it).
class FrequentEntityTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = fs::temp_directory_path() / ("kg_frequent_entity_test_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    auto store = graph::Store::Open(dir_.string(), graph::StoreOptions());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    std::vector<graph::Fact> facts;
    auto add = [&](const std::string& s, const std::string& p, graph::Term o) {
      graph::Fact f;
      f.s = graph::Term::Iri(s);
      f.p = graph::Term::Iri(p);
      f.o = std::move(o);
      facts.push_back(std::move(f));
    };
    const std::string type(graph::vocab::kRdfType), label(graph::vocab::kLabel);
    const std::string hub = "urn:kg:entity:hub";
    add(hub, label, graph::Term::String("Hub Person"));
    add(hub, type, graph::Term::Iri(graph::vocab::VocabIri("Person")));
    for (int i = 0; i < kEvents; ++i) {
      const std::string e = "urn:kg:entity:event-" + std::to_string(i);
      add(e, label, graph::Term::String("Event " + std::to_string(i)));
      add(e, type, graph::Term::Iri(graph::vocab::VocabIri("Event")));
      add(e, "urn:kg:vocab:score", graph::Term::Number(std::to_string(i)));
      add(hub, graph::vocab::VocabIri("attended"), graph::Term::Iri(e));
    }
    for (int i = 0; i < kOtherEvents; ++i) {
      const std::string e = "urn:kg:entity:other-" + std::to_string(i);
      add(e, type, graph::Term::Iri(graph::vocab::VocabIri("Event")));
      add(e, "urn:kg:vocab:score", graph::Term::Number(std::to_string(kEvents + i)));
    }
    for (int i = 0; i < kPeople; ++i) {
      const std::string p = "urn:kg:entity:person-" + std::to_string(i);
      add(p, label, graph::Term::String("Person " + std::to_string(i)));
      add(p, type, graph::Term::Iri(graph::vocab::VocabIri("Person")));
      add(hub, graph::vocab::VocabIri("met"), graph::Term::Iri(p));
    }
    // As `kg import` does: sorted files ingested in one step (readers open fast).
    auto import = (*store)->BeginBulkImport(graph::BulkImportOptions());
    ASSERT_TRUE(import.ok()) << import.status().ToString();
    for (const auto& f : facts) ASSERT_TRUE((*import)->Add(f).ok());
    auto committed = (*import)->Commit();
    ASSERT_TRUE(committed.ok()) << committed.status().ToString();
  }
  static void TearDownTestSuite() { fs::remove_all(dir_); }

  static std::unique_ptr<graph::Store> OpenReader() {
    graph::StoreOptions ro;
    ro.read_only = true;
    auto store = graph::Store::Open(dir_.string(), ro);
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return store.ok() ? std::move(store.value()) : nullptr;
  }

  static void Check(Engine& engine, const Shape& shape, const std::string& when) {
    CollectingSink sink;
    Status s = engine.Run(shape.query, RunOptions(), sink);
    ASSERT_TRUE(s.ok()) << when << " " << shape.name << ": " << s.ToString();
    EXPECT_EQ(sink.rows().size(), shape.rows) << when << " " << shape.name << ": " << shape.query;
    if (shape.first_values.empty() || sink.rows().empty()) return;
    std::string first;
    for (const auto& v : sink.rows()[0].values) first += (first.empty() ? "" : "|") + v.Display();
    EXPECT_EQ(first, shape.first_values) << when << " " << shape.name << ": " << shape.query;
  }

  static fs::path dir_;
};

fs::path FrequentEntityTest::dir_;

TEST_F(FrequentEntityTest, EveryShapeGivesAllRowsOneShot) {
  for (const Shape& shape : Shapes()) {
    auto store = OpenReader();  // as `kg query -e` does: a fresh reader and engine
    ASSERT_NE(store, nullptr);
    Engine engine(store.get());
    Check(engine, shape, "one-shot");
  }
}

TEST_F(FrequentEntityTest, EveryShapeGivesAllRowsLateInASession) {
  auto store = OpenReader();
  ASSERT_NE(store, nullptr);
  Engine engine(store.get());
  for (const auto& q : WarmUp()) {
    CollectingSink sink;
    ASSERT_TRUE(engine.Run(q, RunOptions(), sink).ok()) << q;
  }
  // Twice: the second round finds every range of the first in memory.
  for (int round = 0; round < 2; ++round) {
    for (const Shape& shape : Shapes()) Check(engine, shape, "session round " + std::to_string(round));
  }
}

}  // namespace
}  // namespace kg::query
