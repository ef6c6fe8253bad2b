// Content hashes for document ids: the same bytes give the same id on every
// run and machine (little-endian reads, fixed seed).
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kg::loaders {

// MurmurHash64A of `data` with a fixed seed.
uint64_t Hash64(std::string_view data);

// 16 lower-case hex digits of Hash64(data).
std::string Hash64Hex(std::string_view data);

}  // namespace kg::loaders
