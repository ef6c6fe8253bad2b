// RocksStore::Check (graph/store.h): `kg check`'s full verification.
#include <rocksdb/db.h>

#include <map>
#include <memory>

#include "graph/format.h"
#include "graph/rocks_store_internal.h"

namespace kg::graph {
namespace {

using format::Cf;
using format::KeyOrder;

std::string Ids(const StatementIds& st) {
  std::string out = "(";  // built by append: GCC 12 warns falsely (-Wrestrict) on "lit" + string
  out.append(std::to_string(st.s)).append(" ").append(std::to_string(st.p)).append(" ");
  out.append(std::to_string(st.o)).append(")");
  return out;
}

}  // namespace

Result<CheckReport> RocksStore::Check(size_t max_problems) const {
  CheckReport report;
  auto problem = [&](std::string what) {
    if (report.problems.size() < max_problems) {
      report.problems.push_back(std::move(what));
    } else {
      report.truncated = true;
    }
  };
  // 1. Every block of every table file against its checksum.
  rocksdb::Status sums = db_->VerifyChecksum();
  if (!sums.ok()) problem("corruption: " + sums.ToString());

  rocksdb::ReadOptions ro;
  ro.verify_checksums = true;
  ro.fill_cache = false;
  // 2. SPO against POS, OSP and the provenance, one statement at a time.
  std::map<TermId, int64_t> per_predicate;
  {
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro, cf(Cf::kSpo)));
    std::unique_ptr<rocksdb::Iterator> prov(db_->NewIterator(ro, cf(Cf::kProv)));
    std::string v;
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      if (it->key().size() != format::kStatementKeyWidth) {
        problem("spo: a key of " + std::to_string(it->key().size()) + " bytes");
        continue;
      }
      const StatementIds st = format::DecodeStatementKey(KeyOrder::kSpo, it->key().data());
      ++report.statements;
      ++per_predicate[st.p];
      for (KeyOrder order : {KeyOrder::kPos, KeyOrder::kOsp}) {
        rocksdb::Status s = db_->Get(ro, cf(format::CfOf(order)), format::StatementKey(order, st), &v);
        if (s.IsNotFound()) {
          problem(std::string(order == KeyOrder::kPos ? "pos" : "osp") + " lacks statement " + Ids(st));
        } else if (!s.ok()) {
          problem("reading " + std::string(order == KeyOrder::kPos ? "pos" : "osp") + ": " + s.ToString());
        }
      }
      const std::string key = format::StatementKey(KeyOrder::kSpo, st);
      prov->Seek(key);
      if (!prov->Valid() || !prov->key().starts_with(key)) problem("statement " + Ids(st) + " has no provenance");
    }
    if (!it->status().ok()) problem("reading spo: " + it->status().ToString());
    if (!prov->status().ok()) problem("reading provenance: " + prov->status().ToString());
  }
  // 3. POS and OSP hold nothing more than SPO.
  for (KeyOrder order : {KeyOrder::kPos, KeyOrder::kOsp}) {
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro, cf(format::CfOf(order))));
    uint64_t n = 0;
    for (it->SeekToFirst(); it->Valid(); it->Next()) ++n;
    const std::string name = order == KeyOrder::kPos ? "pos" : "osp";
    if (!it->status().ok()) problem("reading " + name + ": " + it->status().ToString());
    if (n != report.statements) {
      problem(name + " holds " + std::to_string(n) + " statements, spo " + std::to_string(report.statements));
    }
  }
  // 4. The counters the planner trusts.
  const int64_t counted = GetCount(format::GlobalCountKey(format::kCountStatements));
  if (counted != static_cast<int64_t>(report.statements)) {
    problem("the statement counter says " + std::to_string(counted) + ", spo holds " +
            std::to_string(report.statements));
  }
  for (const auto& [p, n] : per_predicate) {
    const int64_t c = GetCount(format::PredicateCountKey(p));
    if (c != n) {
      problem("the counter of predicate " + std::to_string(p) + " says " + std::to_string(c) + ", spo holds " +
              std::to_string(n));
    }
  }
  return report;
}

}  // namespace kg::graph
