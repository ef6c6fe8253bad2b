// The interactive loop of `kg shell` on a terminal: prompts ("kg> ", then
// "...> " while a statement is unfinished), reads edited lines, runs dot
// commands and complete statements through the Session, and keeps going
// after every error. Ctrl-C drops the unfinished statement; Ctrl-D (or
// .quit) leaves. Non-terminal input does not come here: see
// Session::RunScript.
// Thread-safety: none.
#pragma once

namespace kg::cli::shell {

class Session;

// Runs until Ctrl-D or .quit; returns the exit code (0).
int RunInteractive(Session& session);

}  // namespace kg::cli::shell
