// kg eval-ner: placeholder until its issue lands.
#include "cli/common.h"

namespace kg::cli {

int RunEvalNer(const Args& /*args*/) { return Fail(kExitRuntime, "'kg eval-ner' is not implemented yet"); }

}  // namespace kg::cli
