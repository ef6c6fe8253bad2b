// Input formats and how they are recognised: by extension, checked against
// the content (a .txt holding HTML is read as HTML, a file without an
// extension is sniffed).
// Thread-safety: pure functions.
#pragma once

#include <string_view>

namespace kg::loaders {

enum class Format { kUnknown, kText, kMarkdown, kHtml, kJson, kJsonLines };

const char* FormatName(Format f);

// From the file name's extension (case-insensitive); kUnknown otherwise.
Format FormatFromExtension(std::string_view path);

// From the first bytes of the content alone.
Format SniffFormat(std::string_view head);

// The format to read `head` (the start of the decoded content) with: the
// extension's unless the content clearly says otherwise.
Format DetectFormat(std::string_view path, std::string_view head);

}  // namespace kg::loaders
