#include "query/exec/type_members.h"

namespace kg::query::exec {

const IdSet* TypeMembers::MembersOf(graph::TermId type, uint64_t tests) {
  if (!store_->snapshot() || rdf_type_ == graph::kNoTerm) return nullptr;
  std::lock_guard<std::mutex> lock(mu_);
  graph::Pattern pattern{graph::kNoTerm, rdf_type_, type};
  auto [it, fresh] = by_type_.try_emplace(type);
  Type& t = it->second;
  if (fresh) t.size = store_->EstimateCount(pattern);
  if (t.listed) return &t.members;
  t.tests += tests;
  if (t.size > kMaxMembers || t.tests < t.size / 16) return nullptr;
  std::vector<graph::TermId> ids;
  auto cursor = store_->Scan(pattern);
  for (; cursor->Valid(); cursor->Next()) ids.push_back(cursor->Current().s);
  if (!cursor->status().ok()) {
    t.size = kMaxMembers + 1;  // do not try again
    return nullptr;
  }
  t.members = IdSet(ids);
  t.listed = true;
  return &t.members;
}

int TypeMembers::Has(graph::TermId entity, graph::TermId type) {
  const Members* members = MembersOf(type, 1);
  if (!members) return -1;
  return members->Contains(entity) ? 1 : 0;
}

}  // namespace kg::query::exec
