#include "nlp/train/corpus.h"

#include <filesystem>
#include <fstream>
#include <set>

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

// The `# newdoc id = X` values of a CoNLL-U file, in order.
Result<std::vector<std::string>> DocumentIds(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::IOError("cannot open " + path);
  static const std::string kPrefix = "# newdoc id = ";
  std::vector<std::string> ids;
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind(kPrefix, 0) != 0) continue;
    std::string id = line.substr(kPrefix.size());
    while (!id.empty() && (id.back() == '\r' || id.back() == ' ')) id.pop_back();
    ids.push_back(id);
  }
  return ids;
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
  auto dev_ids = DocumentIds(gum_dir + "/en_gum-ud-dev.conllu");
  if (!dev_ids.ok()) return dev_ids.status();
  auto test_ids = DocumentIds(gum_dir + "/en_gum-ud-test.conllu");
  if (!test_ids.ok()) return test_ids.status();
  const std::string sources = gum_dir + "/not-to-release/sources";
  std::vector<std::string> docs;
  if (split == Split::kDev) {
    docs = dev_ids.value();
  } else {
    std::error_code ec;
    std::set<std::string> held(dev_ids->begin(), dev_ids->end());
    held.insert(test_ids->begin(), test_ids->end());
    std::set<std::string> names;  // sorted: a stable order whatever the directory's
    for (const auto& e : std::filesystem::directory_iterator(sources, ec)) {
      if (e.path().extension() == ".conllu" && !held.count(e.path().stem().string())) names.insert(e.path().stem().string());
    }
    if (ec) return Status::IOError("cannot list " + sources + ": " + ec.message());
    docs.assign(names.begin(), names.end());
  }
  std::vector<ConlluSentence> out;
  for (const auto& doc : docs) {
    const std::string path = sources + "/" + doc + ".conllu";
    if (!std::filesystem::exists(path)) continue;  // removed genre
    KG_RETURN_IF_ERROR(Append(path, &out));
  }
  return out;
}

}  // namespace kg::nlp::train
