// KnowsRingTest: a fixture store of three people, "Person 0" .. "Person 2"
// (urn:kg:entity:p0 ..), where p_i knows p_(i+1 mod 3); imported facts only.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "graph/store.h"
#include "graph/vocabulary.h"

namespace kg::query {

namespace fs = std::filesystem;

class KnowsRingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("kg_knows_ring_test_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    auto store = graph::Store::Open(dir_.string(), graph::StoreOptions());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(store.value());
    std::vector<graph::Fact> facts;
    const std::string knows = std::string(graph::vocab::kVocabPrefix) + "knows";
    for (int i = 0; i < 3; ++i) {
      graph::Fact f;
      f.s = graph::Term::Iri("urn:kg:entity:p" + std::to_string(i));
      f.p = graph::Term::Iri(std::string(graph::vocab::kLabel));
      f.o = graph::Term::String("Person " + std::to_string(i));
      facts.push_back(f);
      f.p = graph::Term::Iri(knows);
      f.o = graph::Term::Iri("urn:kg:entity:p" + std::to_string((i + 1) % 3));
      facts.push_back(f);
    }
    uint64_t added = 0;
    ASSERT_TRUE(store_->ImportFacts(facts, &added).ok());
  }
  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }
  fs::path dir_;
  std::unique_ptr<graph::Store> store_;
};

}  // namespace kg::query
