#include "query/exec/type_members.h"

#include <algorithm>

namespace kg::query::exec {

const TypeMembers::Members* TypeMembers::Find(graph::TermId type) {
  if (!store_->snapshot() || rdf_type_ == graph::kNoTerm) return nullptr;
  std::lock_guard<std::mutex> lock(mu_);
  graph::Pattern pattern{graph::kNoTerm, rdf_type_, type};
  auto [it, fresh] = by_type_.try_emplace(type);
  Type& t = it->second;
  if (fresh) t.size = store_->EstimateCount(pattern);
  if (t.listed) return &t.members;
  if (t.size > kMaxMembers || ++t.tests < t.size / 16) return nullptr;
  auto cursor = store_->Scan(pattern);
  for (; cursor->Valid(); cursor->Next()) t.members.push_back(cursor->Current().s);
  if (!cursor->status().ok()) {
    Members().swap(t.members);
    t.size = kMaxMembers + 1;  // do not try again
    return nullptr;
  }
  std::sort(t.members.begin(), t.members.end());
  t.listed = true;
  return &t.members;
}

int TypeMembers::Has(graph::TermId entity, graph::TermId type) {
  const Members* members = Find(type);
  if (!members) return -1;
  return std::binary_search(members->begin(), members->end(), entity) ? 1 : 0;
}

}  // namespace kg::query::exec
