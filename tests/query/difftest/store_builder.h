// BuildStore: writes generated facts into a fresh kg store the way users do:
// the imported ones as N-Quads through `kg import`'s path (ImportStream into a
// BulkImport, one commit), the document ones with Store::WriteDocument (one
// document per fact, so modalities stay per fact). The store is closed when
// this returns; queries then open it read-only, as every query command does.
// Thread-safety: one call per directory.
#pragma once

#include <string>
#include <vector>

#include "tests/query/difftest/generated_graph.h"
#include "util/status.h"

namespace kg::difftest {

// `dir` must not exist yet (or be empty).
Status BuildStore(const std::vector<WrittenFact>& facts, const std::string& dir);

}  // namespace kg::difftest
