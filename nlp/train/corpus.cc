#include "nlp/train/corpus.h"

#include <filesystem>
#include <fstream>

namespace kg::nlp::train {
namespace {

Result<std::vector<std::string>> ReadList(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::IOError("cannot open file list " + path);
  std::vector<std::string> out;
  std::string line;
  while (std::getline(in, line)) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

Status Append(const std::string& path, std::vector<ConlluSentence>* out) {
  auto r = ReadConlluFile(path);
  if (!r.ok()) return Status(r.status().code() == Status::Code::kIOError ? Status::IOError(r.status().message())
                                                                        : Status::InvalidArgument(path + ": " + r.status().message()));
  for (auto& s : r.value()) out->push_back(std::move(s));
  return Status::Ok();
}

}  // namespace

Result<std::vector<ConlluSentence>> LoadEwt(const std::string& ud_dir, Split split) {
  std::vector<ConlluSentence> out;
  if (split == Split::kDev) {
    KG_RETURN_IF_ERROR(Append(ud_dir + "/en_ewt-ud-dev.conllu", &out));
    return out;
  }
  auto list = ReadList(ud_dir + "/not-to-release/file-lists/files.train");
  if (!list.ok()) return list.status();
  for (const auto& f : list.value()) KG_RETURN_IF_ERROR(Append(ud_dir + "/not-to-release/sources/" + f, &out));
  return out;
}

Result<std::vector<ConlluSentence>> LoadGum(const std::string& gum_dir, Split split) {
  auto list = ReadList(gum_dir + "/not-to-release/file-lists/" + (split == Split::kTrain ? "files.train" : "files.dev"));
  if (!list.ok()) return list.status();
  std::vector<ConlluSentence> out;
  for (const auto& doc : list.value()) {
    std::string path = gum_dir + "/not-to-release/sources/" + doc + ".conllu";
    if (!std::filesystem::exists(path)) continue;  // removed genre
    KG_RETURN_IF_ERROR(Append(path, &out));
  }
  return out;
}

}  // namespace kg::nlp::train
