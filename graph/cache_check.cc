#include "graph/cache_check.h"

#include <cstdio>
#include <cstdlib>

namespace kg::graph {

void CacheCheckFailed(std::string_view cache, std::string_view what) {
  std::fprintf(stderr, "cache check failed: %.*s: %.*s\n", static_cast<int>(cache.size()), cache.data(),
               static_cast<int>(what.size()), what.data());
  std::abort();
}

}  // namespace kg::graph
