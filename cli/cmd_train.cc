// kg train: placeholder until its issue lands.
#include "cli/common.h"

namespace kg::cli {

int RunTrain(const Args& /*args*/) { return Fail(kExitRuntime, "'kg train' is not implemented yet"); }

}  // namespace kg::cli
