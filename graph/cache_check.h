// Debug check of cached answers. Built with `cmake -DKG_CHECK_CACHES=ON`,
// every answer a memo or cache of graph/ and query/ gives is compared with a
// fresh read of the store, and a mismatch aborts the process with what
// differed (a wrong answer must never pass silently: issue 18). Off by
// default, since the fresh reads cost what the caches save; the differential
// tester and the memo tests are worth running in such a build too.
#pragma once

#include <string_view>

namespace kg::graph {

#ifdef KG_CHECK_CACHES
inline constexpr bool kCheckCaches = true;
#else
inline constexpr bool kCheckCaches = false;
#endif

// Prints "cache check failed: <cache>: <what>" to stderr and aborts.
[[noreturn]] void CacheCheckFailed(std::string_view cache, std::string_view what);

}  // namespace kg::graph
