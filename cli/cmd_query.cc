// kg query: placeholder until its issue lands.
#include "cli/common.h"

namespace kg::cli {

int RunQuery(const Args& /*args*/) { return Fail(kExitRuntime, "'kg query' is not implemented yet"); }

}  // namespace kg::cli
