#include "query/exec/type_members.h"

#include <algorithm>

namespace kg::query::exec {

const TypeMembers::Members* TypeMembers::Load(graph::TermId type) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = by_type_.find(type);
  if (it != by_type_.end()) return it->second.get();
  std::unique_ptr<Members> members;
  graph::Pattern pattern{graph::kNoTerm, rdf_type_, type};
  if (store_->snapshot() && rdf_type_ != graph::kNoTerm && store_->EstimateCount(pattern) <= kMaxMembers) {
    members = std::make_unique<Members>();
    auto cursor = store_->Scan(pattern);
    for (; cursor->Valid(); cursor->Next()) members->push_back(cursor->Current().s);
    if (cursor->status().ok()) {
      std::sort(members->begin(), members->end());
    } else {
      members.reset();
    }
  }
  return by_type_.emplace(type, std::move(members)).first->second.get();
}

int TypeMembers::Has(graph::TermId entity, graph::TermId type) {
  const Members* members = Load(type);
  if (!members) return -1;
  return std::binary_search(members->begin(), members->end(), entity) ? 1 : 0;
}

}  // namespace kg::query::exec
