// What kg does when its standard output goes away (`kg export | head -1`):
// SIGPIPE is ignored, so a write to a closed pipe fails with EPIPE instead of
// killing the process wherever it stands (a writer mid-ingest would be cut
// between two documents). The commands stop producing output once std::cout
// has failed; FinishStdout then turns the outcome into the exit code.
//
// A reader that closed the pipe (head, grep -q, less quitting) asked for no
// more: kg stops silently, as cat and grep do, but exits 1 because output was
// lost (a `set -o pipefail` script sees it). Any other failed write (a full
// disk under `> file`, EIO) is one "error: cannot write standard output" line
// (with the reason when the last write still knows it) and exit 1.
#pragma once

namespace kg::cli {

// Called once at the start of main.
void IgnoreBrokenPipe();

// True when standard output is a pipe or socket whose reader has gone.
bool StdoutReaderGone();

// Flushes std::cout; returns `code`, or 1 when output could not be written,
// after the error line unless the reader has gone or the command already
// failed (it said why).
int FinishStdout(int code);

}  // namespace kg::cli
