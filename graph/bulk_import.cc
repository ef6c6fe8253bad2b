// BulkImport, first version: buffers facts and writes them as one batch at Commit.
#include <vector>

#include "graph/rocks_store_internal.h"

namespace kg::graph {
namespace {

class BufferedImport : public BulkImport {
 public:
  explicit BufferedImport(RocksStore* store) : store_(store) {}
  Status Add(const Fact& fact) override {
    facts_.push_back(fact);
    return Status::Ok();
  }
  Result<BulkImportSummary> Commit() override {
    BulkImportSummary s;
    s.facts = facts_.size();
    KG_RETURN_IF_ERROR(store_->ImportFacts(facts_, &s.statements_added));
    facts_.clear();
    return s;
  }

 private:
  RocksStore* store_;
  std::vector<Fact> facts_;
};

}  // namespace

Result<std::unique_ptr<BulkImport>> RocksStore::BeginBulkImport(const BulkImportOptions&) {
  if (options_.read_only) return Status::InvalidArgument("store " + path_ + " is open read-only");
  return std::unique_ptr<BulkImport>(new BufferedImport(this));
}

}  // namespace kg::graph
