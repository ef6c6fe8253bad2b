// Dot commands: the shell's own commands, one line each, starting with '.'
// (.help .format .timer .stats .schema .sources .why .ids .wide .read
// .output .ingest .reload .quit). Tabular answers (.stats, .schema, .sources) go through the
// current output format like query results.
// Thread-safety: none.
#pragma once

#include <string>
#include <vector>

#include "util/status.h"

namespace kg::cli::shell {

class Session;

// Runs `line` (starting with '.') against `session`. Returns InvalidArgument
// for an unknown command or bad arguments, the command's error otherwise.
// Errors are returned, not printed.
Status RunDotCommand(Session& session, const std::string& line);

// ".help", ".format", ...: the names, for completion.
std::vector<std::string> DotCommandNames();

}  // namespace kg::cli::shell
