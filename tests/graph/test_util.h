// Helpers for store tests: a fresh temporary directory and small fact builders.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <random>
#include <string>

#include "graph/store.h"
#include "graph/vocabulary.h"

namespace kg::graph::testing {

// A unique directory under the system temp dir, removed on destruction.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("kg_test_" + std::to_string(::getpid()) + "_" + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string path(const std::string& leaf = "db") const { return (path_ / leaf).string(); }

 private:
  std::filesystem::path path_;
};

// prefix + number, built by append (GCC 12 warns falsely on "lit" + std::to_string()).
inline std::string Cat(std::string a, long long i, std::string b = "", long long j = -1) {
  a += std::to_string(i);
  a += b;
  if (j >= 0) a += std::to_string(j);
  return a;
}

inline Term E(const std::string& slug) { return Term::Iri(std::string(vocab::kEntityPrefix) + slug); }
inline Term V(const std::string& name) { return Term::Iri(vocab::VocabIri(name)); }
inline Term LabelP() { return Term::Iri(std::string(vocab::kLabel)); }
inline Term AliasP() { return Term::Iri(std::string(vocab::kAlias)); }
inline Term TypeP() { return Term::Iri(std::string(vocab::kRdfType)); }

inline Fact F(Term s, Term p, Term o, const std::string& doc, uint32_t start = 0, uint32_t end = 0,
              const std::string& extractor = "test") {
  Fact f{std::move(s), std::move(p), std::move(o), {}};
  f.provenance.doc_id = doc;
  f.provenance.start = start;
  f.provenance.end = end;
  f.provenance.extractor = extractor;
  return f;
}

inline std::unique_ptr<Store> OpenOrDie(const std::string& path, bool read_only = false) {
  StoreOptions o;
  o.read_only = read_only;
  auto r = Store::Open(path, o);
  if (!r.ok()) return nullptr;
  return std::move(r).value();
}

inline std::vector<StatementIds> All(const Store& s, Pattern p = {}) {
  std::vector<StatementIds> out;
  for (auto c = s.Scan(p); c->Valid(); c->Next()) out.push_back(c->Current());
  return out;
}

}  // namespace kg::graph::testing
