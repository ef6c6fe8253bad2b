// Bytes -> clean UTF-8 text: the first step for every input, whatever its format.
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace kg::loaders {

// Decodes a file's bytes into UTF-8 with '\n' line ends:
//  - a UTF-8 BOM is dropped; UTF-16 (with BOM) is converted;
//  - CRLF and lone CR become LF;
//  - text that is not UTF-8 but has no UTF-8 multi-byte sequence at all is
//    read as Windows-1252 (a warning says so);
//  - other invalid UTF-8 is repaired with U+FFFD (a warning gives the count)
//    when `repair` is true, else it is an error.
// Errors: InvalidArgument "empty file", "binary file (...)", or "invalid UTF-8
// at byte N" (repair == false). Warnings are appended to `warnings`.
Result<std::string> DecodeText(std::string_view bytes, bool repair, std::vector<std::string>* warnings);

// Why `bytes` look binary ("NUL bytes", "PDF document", ...) or "" if text.
std::string BinaryReason(std::string_view bytes);

// Decodes Windows-1252 bytes to UTF-8 (undefined bytes become U+FFFD).
std::string DecodeWindows1252(std::string_view bytes);

}  // namespace kg::loaders
