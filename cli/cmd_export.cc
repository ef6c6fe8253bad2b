// kg export: placeholder until its issue lands.
#include "cli/common.h"

namespace kg::cli {

int RunExport(const Args& /*args*/) { return Fail(kExitRuntime, "'kg export' is not implemented yet"); }

}  // namespace kg::cli
