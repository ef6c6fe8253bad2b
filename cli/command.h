// The subcommands of `kg`. Each lives in its own cmd_<name>.cc and returns the
// process exit code (CONTRACT.md section 1): 0 success, 1 runtime error,
// 2 usage or query syntax error. `args` excludes the program and command names.
#pragma once

#include <string>
#include <vector>

namespace kg::cli {

using Args = std::vector<std::string>;

int RunIngest(const Args& args);
int RunQuery(const Args& args);
int RunShell(const Args& args);
int RunExport(const Args& args);
int RunImport(const Args& args);
int RunStats(const Args& args);
int RunTrain(const Args& args);
int RunEvalNlp(const Args& args);
int RunEvalNer(const Args& args);
int RunParse(const Args& args);
int RunCheck(const Args& args);
int RunMerge(const Args& args);
int RunRename(const Args& args);
int RunReject(const Args& args);
int RunCurations(const Args& args);
int RunSources(const Args& args);
int RunForget(const Args& args);

}  // namespace kg::cli
