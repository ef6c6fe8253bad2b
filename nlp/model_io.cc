#include "nlp/model_io.h"

#include <cstdio>

namespace kg::nlp {
namespace {
constexpr char kMagic[4] = {'K', 'G', 'M', '1'};
}  // namespace

void BinaryWriter::Header(std::string_view kind, uint32_t version) {
  Raw(kMagic, 4);
  Str(kind);
  U32(version);
}

Status BinaryWriter::Finish(const std::string& path) const {
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::IOError("cannot write model file " + tmp);
    out.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    if (!out) return Status::IOError("cannot write model file " + tmp);
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) return Status::IOError("cannot rename " + tmp + " to " + path);
  return Status::Ok();
}

Result<BinaryReader> BinaryReader::Open(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return Status::IOError("cannot open model file " + path);
  std::streamsize size = in.tellg();
  if (size < 0) return Status::IOError("cannot read model file " + path);
  std::string data(static_cast<size_t>(size), '\0');
  in.seekg(0);
  if (!in.read(data.data(), size)) return Status::IOError("cannot read model file " + path);
  return BinaryReader(std::move(data));
}

bool BinaryReader::Str(std::string* s) {
  uint32_t n = 0;
  if (!U32(&n)) return false;
  if (pos_ + n > data_.size()) return ok_ = false;
  s->assign(data_.data() + pos_, n);
  pos_ += n;
  return true;
}

Status BinaryReader::Header(std::string_view kind, uint32_t version) {
  char magic[4];
  std::string k;
  uint32_t v = 0;
  if (!Raw(magic, 4) || std::memcmp(magic, kMagic, 4) != 0) return Status::Corruption("not a kg model file");
  if (!Str(&k) || k != kind) return Status::Corruption("model kind is '" + k + "', expected '" + std::string(kind) + "'");
  if (!U32(&v) || v != version) {
    return Status::Corruption("model '" + k + "' has format version " + std::to_string(v) + ", expected " +
                              std::to_string(version) + " (retrain with `kg train`)");
  }
  return Status::Ok();
}

Status BinaryReader::status(std::string_view what) const {
  if (ok_) return Status::Ok();
  return Status::Corruption(std::string(what) + ": truncated model data");
}

}  // namespace kg::nlp
