// kg shell: placeholder until its issue lands.
#include "cli/common.h"

namespace kg::cli {

int RunShell(const Args& /*args*/) { return Fail(kExitRuntime, "'kg shell' is not implemented yet"); }

}  // namespace kg::cli
