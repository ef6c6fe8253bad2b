// kg ingest: placeholder until its issue lands.
#include "cli/common.h"

namespace kg::cli {

int RunIngest(const Args& /*args*/) { return Fail(kExitRuntime, "'kg ingest' is not implemented yet"); }

}  // namespace kg::cli
