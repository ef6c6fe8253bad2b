// Where the trained model files live. Order: $KG_MODELS (if set, taken as
// given), then <exe dir>/../models and <exe dir>/../../models, then the
// compile-time KG_MODELS_DIR (the source tree's models/). A candidate counts
// only if it holds tagger.bin.
// Thread-safety: reads the environment; safe from any thread.
#pragma once

#include <string>

#include "util/status.h"

namespace kg::nlp {

// The models directory: `flag` if non-empty, else the search above.
// NotFound (naming the places tried) when no candidate holds the models.
Result<std::string> FindModelsDir(const std::string& flag = "");

}  // namespace kg::nlp
