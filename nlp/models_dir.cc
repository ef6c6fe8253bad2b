#include "nlp/models_dir.h"

#include <cstdlib>
#include <filesystem>
#include <vector>

#ifndef KG_MODELS_DIR
#define KG_MODELS_DIR ""
#endif

namespace kg::nlp {

Result<std::string> FindModelsDir(const std::string& flag) {
  namespace fs = std::filesystem;
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("KG_MODELS"); env && *env) return std::string(env);
  std::vector<std::string> candidates;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    candidates.push_back((exe.parent_path() / ".." / "models").lexically_normal().string());
    candidates.push_back((exe.parent_path() / ".." / ".." / "models").lexically_normal().string());
  }
  if (*KG_MODELS_DIR) candidates.push_back(KG_MODELS_DIR);
  std::string tried;
  for (const auto& c : candidates) {
    if (fs::exists(fs::path(c) / "tagger.bin", ec)) return c;
    tried += (tried.empty() ? "" : ", ") + c;
  }
  return Status::NotFound("no NLP models found (set KG_MODELS or pass --models; tried " + tried + ")");
}

}  // namespace kg::nlp
