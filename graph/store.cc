// Store's and StatementCursor's default implementations, in terms of the
// single-item calls (RocksStore overrides them with one storage read or seek).
#include "graph/store.h"

#include "graph/format.h"

namespace kg::graph {

void StatementCursor::SkipSame(int position) {
  const TermId value = format::IdAt(Current(), position);
  do {
    Next();
  } while (Valid() && format::IdAt(Current(), position) == value);
}

Result<Term> Store::ResolveLabeled(TermId id, std::string* label) const {
  auto t = Resolve(id);
  if (label) label->clear();
  if (label && t.ok()) {
    auto l = LabelOf(id);
    if (!l.ok()) return l.status();
    *label = std::move(l).value();
  }
  return t;
}

Status Store::ContainsBatch(const std::vector<StatementIds>& statements, std::vector<uint8_t>* found) const {
  found->assign(statements.size(), 0);
  for (size_t i = 0; i < statements.size(); ++i) {
    const auto& st = statements[i];
    auto cursor = Scan(Pattern{st.s, st.p, st.o});
    (*found)[i] = cursor->Valid() ? 1 : 0;
    KG_RETURN_IF_ERROR(cursor->status());
  }
  return Status::Ok();
}

}  // namespace kg::graph
