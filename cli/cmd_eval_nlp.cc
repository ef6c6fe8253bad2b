// kg eval-nlp: placeholder until its issue lands.
#include "cli/common.h"

namespace kg::cli {

int RunEvalNlp(const Args& /*args*/) { return Fail(kExitRuntime, "'kg eval-nlp' is not implemented yet"); }

}  // namespace kg::cli
