// kg import: placeholder until its issue lands.
#include "cli/common.h"

namespace kg::cli {

int RunImport(const Args& /*args*/) { return Fail(kExitRuntime, "'kg import' is not implemented yet"); }

}  // namespace kg::cli
