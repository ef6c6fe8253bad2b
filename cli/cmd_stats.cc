// kg stats: placeholder until its issue lands.
#include "cli/common.h"

namespace kg::cli {

int RunStats(const Args& /*args*/) { return Fail(kExitRuntime, "'kg stats' is not implemented yet"); }

}  // namespace kg::cli
