#include "tests/query/difftest/case_runner.h"

#include <unistd.h>

#include <atomic>
#include <filesystem>

#include "graph/store.h"
#include "query/engine.h"
#include "tests/query/difftest/reference_evaluator.h"
#include "tests/query/difftest/result_compare.h"
#include "tests/query/difftest/store_builder.h"

namespace kg::difftest {

ScratchDir::ScratchDir(const std::string& root) {
  static std::atomic<uint64_t> next{0};
  path_ = (std::filesystem::path(root) /
           ("kg_difftest_" + std::to_string(::getpid()) + "_" + std::to_string(next++)))
              .string();
  std::filesystem::remove_all(path_);
}

ScratchDir::~ScratchDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::string RunCase(const FailingCase& c, const std::string& temp_root) {
  ScratchDir dir(temp_root);
  if (!BuildStore(c.facts, dir.path()).ok()) return "";
  graph::StoreOptions ro;
  ro.read_only = true;
  auto store = graph::Store::Open(dir.path(), ro);
  if (!store.ok()) return "";
  ReferenceEvaluator reference(c.facts);
  ExpectedResult expected;
  try {
    expected = reference.Run(c.query);
  } catch (const std::exception&) {  // TooBig, or a case outside the reference's semantics
    return "";
  }
  query::Engine engine(store->get());
  for (const auto& q : c.before) RunOnKg(engine, q.ToText());
  KgResult got = RunOnKg(engine, c.query.ToText());
  if (got.skipped) return "";
  return Compare(expected, got);
}

}  // namespace kg::difftest
