#include "query/exec/physical_aggregate.h"

#include <map>
#include <set>
#include <unordered_set>

namespace kg::query::exec {

PhysicalAggregate::PhysicalAggregate(OperatorPtr input, std::vector<int> group_slots,
                                     std::vector<CountSpec> counts, std::string text, bool gather_statements)
    : group_slots_(std::move(group_slots)), counts_(std::move(counts)), text_(std::move(text)),
      gather_(gather_statements) {
  children_.push_back(std::move(input));
}

void PhysicalAggregate::Open(ExecContext* ctx) {
  ctx->ReleaseMemory(charged_);
  charged_ = 0;
  auto charge = [&](uint64_t bytes) {
    ctx->ChargeMemory(bytes);
    charged_ += bytes;
  };
  constexpr uint64_t kSetEntry = 48;  // a node of a set: the value plus links
  children_[0]->Open(ctx);
  struct Group {
    ExecRow row;
    std::vector<uint64_t> counts;
    std::vector<std::unordered_set<Slot>> distinct;
    std::set<std::tuple<graph::TermId, graph::TermId, graph::TermId>> used;
  };
  std::map<std::vector<Slot>, Group> groups;
  std::vector<std::vector<Slot>> order;  // first-seen order of groups
  ExecRow in;
  while (children_[0]->Next(&in)) {
    std::vector<Slot> key;
    for (int s : group_slots_) key.push_back(in.slots[s]);
    auto [it, inserted] = groups.try_emplace(key);
    Group& g = it->second;
    if (inserted) {
      order.push_back(key);
      g.row.slots.assign(in.slots.size(), kUnbound);
      for (int s : group_slots_) g.row.slots[s] = in.slots[s];
      g.counts.assign(counts_.size(), 0);
      g.distinct.resize(counts_.size());
      charge(ExecContext::RowBytes(g.row) + 2 * key.size() * sizeof(Slot) + sizeof(Group) +
             counts_.size() * (sizeof(uint64_t) + sizeof(std::unordered_set<Slot>)));
    }
    for (size_t i = 0; i < counts_.size(); ++i) {
      const auto& c = counts_[i];
      Slot v = c.input_slot < 0 ? 1 : in.slots[c.input_slot];
      if (v == kUnbound) continue;
      if (!c.distinct) {
        ++g.counts[i];
      } else if (g.distinct[i].insert(v).second) {
        charge(kSetEntry);
      }
    }
    if (!gather_) continue;
    for (const auto& st : in.used) {
      if (!g.used.insert({st.s, st.p, st.o}).second) continue;
      g.row.used.push_back(st);
      charge(kSetEntry + 2 * sizeof(graph::StatementIds));
    }
    for (const auto& st : in.used_by_types) {
      if (!g.used.insert({st.s, st.p, st.o}).second) continue;
      g.row.used_by_types.push_back(st);
      charge(kSetEntry + 2 * sizeof(graph::StatementIds));
    }
  }
  out_.clear();
  pos_ = 0;
  if (groups.empty() && group_slots_.empty()) {
    ExecRow r;
    r.slots.assign(ctx->num_slots(), kUnbound);
    for (const auto& c : counts_) r.SetComputed(c.output_slot, 0);
    out_.push_back(std::move(r));
    return;
  }
  for (const auto& key : order) {
    Group& g = groups[key];
    for (size_t i = 0; i < counts_.size(); ++i) {
      uint64_t n = counts_[i].distinct ? g.distinct[i].size() : g.counts[i];
      g.row.SetComputed(counts_[i].output_slot, n);
    }
    out_.push_back(std::move(g.row));
  }
}

bool PhysicalAggregate::Next(ExecRow* row) {
  if (pos_ >= out_.size()) return false;
  *row = std::move(out_[pos_++]);
  return true;
}

}  // namespace kg::query::exec
