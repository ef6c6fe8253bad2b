#include "query/exec/physical_distinct_count.h"

#include "query/query_error.h"

namespace kg::query::exec {

uint64_t PhysicalDistinctCount::Count() {
  uint64_t n = 0;
  auto cursor = ctx_->store().Scan({graph::kNoTerm, predicate_, graph::kNoTerm});
  while (cursor->Valid()) {
    ctx_->CheckDeadline();
    graph::StatementIds st = cursor->Current();
    if (ctx_->Matchable(st)) {  // an asserted statement: the object counts; on to the next object
      ++n;
      cursor->SkipSame(2);
    } else {
      cursor->Next();  // a negated or hypothetical one: look further within the object
    }
  }
  if (!cursor->status().ok()) throw ExecError(cursor->status().code(), cursor->status().message());
  return n;
}

}  // namespace kg::query::exec
