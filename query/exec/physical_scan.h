// PhysicalScan: an index nested-loop join of its input with one triple
// pattern. For each input row it substitutes the pattern's bound variables and
// constants, runs one prefix scan per (predicate alternative, subject
// candidate, object candidate) on the index whose prefix is bound (SPO, POS or
// OSP), checks repeated variables, date prefixes and modality, and extends the
// row. With no bound input it is a plain index scan. Input rows whose probes
// are all fully bound (existence checks such as `?p a Official` after ?p is
// bound) are read ahead in batches and checked with one Store::ContainsBatch
// (type tests from the engine's TypeMembers lists where it has them); other
// input is pulled one row at a time.
#pragma once

#include <deque>
#include <memory>
#include <set>
#include <tuple>

#include "query/binder/bound_query.h"
#include "query/exec/physical_operator.h"

namespace kg::query::exec {

class PhysicalScan : public PhysicalOperator {
 public:
  // `estimate`: the planner's cardinality estimate, shown by EXPLAIN.
  PhysicalScan(OperatorPtr input, binder::BoundPattern pattern, std::string index, uint64_t estimate);
  void Open(ExecContext* ctx) override;
  bool Next(ExecRow* row) override;
  std::string Name() const override;
  std::string Params() const override;

 private:
  struct Probe {
    graph::Pattern pattern;
    bool inverse;
  };
  // An input row read ahead, with its probes and, when every probe is fully
  // bound, whether each statement exists.
  struct Pending {
    ExecRow row;
    std::vector<Probe> probes;
    std::vector<uint8_t> found;
    bool point = false;
  };
  bool StartInput();  // takes the next input row and its probes; false at end of input
  bool ReadAhead();   // queues the next batch of input rows; false at end of input
  std::vector<Probe> ProbesFor(const ExecRow& row) const;
  bool Accept(const graph::StatementIds& st, bool inverse, ExecRow* out);
  bool TermMatches(const binder::BoundTerm& t, graph::TermId id);

  binder::BoundPattern pattern_;
  std::string index_;
  uint64_t estimate_;
  ExecContext* ctx_ = nullptr;
  ExecRow input_row_;
  std::vector<Probe> probes_;
  std::vector<uint8_t> found_;  // per probe, when point_
  bool point_ = false;          // probes_ are existence checks answered by found_
  std::deque<Pending> pending_;
  size_t batch_ = 8;            // read-ahead size: small first (LIMIT), doubling to kMaxBatch
  size_t next_probe_ = 0;
  bool probe_inverse_ = false;
  std::unique_ptr<graph::StatementCursor> cursor_;
  std::vector<graph::TermId> symmetric_;  // predicates matched in both directions
  bool dedupe_ = false;  // several alternatives or a tested constant may yield one binding
  std::set<std::tuple<graph::TermId, graph::TermId, graph::TermId>> seen_;
};

// PhysicalScan's estimate when the planner did not ask the store (lone pattern).
constexpr uint64_t kNotEstimated = ~0ull;

// The index a scan with these bound positions uses: "SPO", "POS" or "OSP".
std::string IndexFor(bool s_bound, bool p_bound, bool o_bound);

}  // namespace kg::query::exec
