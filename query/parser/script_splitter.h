// Splitting a script into statements, aware of strings, IRIs and comments.
// Thread-safety: pure functions.
#pragma once

#include <string_view>
#include <vector>

#include "query/engine.h"

namespace kg::query::parser {

// See Engine::SplitScript.
std::vector<ScriptStatement> SplitScript(std::string_view script);
// See Engine::IsComplete.
bool IsComplete(std::string_view text);

}  // namespace kg::query::parser
