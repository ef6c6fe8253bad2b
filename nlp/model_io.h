// Binary model files: a little-endian writer/reader pair with a tagged header,
// shared by every trained component (tagger, lemmatizer, parser, NER).
// A model file starts with the 4-byte magic "KGM1", a kind string ("tagger",
// "parser", ...) and a u32 format version; readers check all three.
// Thread-safety: one writer/reader per thread; the objects are not shared.
#pragma once

#include <cstdint>
#include <cstring>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace kg::nlp {

// Appends values to an in-memory buffer; Finish() writes it to disk at once
// (write to "<path>.tmp" then rename, so a crash never leaves half a model).
class BinaryWriter {
 public:
  BinaryWriter() = default;
  void U8(uint8_t v) { buf_.push_back(static_cast<char>(v)); }
  void U16(uint16_t v) { Raw(&v, 2); }
  void U32(uint32_t v) { Raw(&v, 4); }
  void U64(uint64_t v) { Raw(&v, 8); }
  void I16(int16_t v) { Raw(&v, 2); }
  void F32(float v) { Raw(&v, 4); }
  void Str(std::string_view s) {
    U32(static_cast<uint32_t>(s.size()));
    buf_.append(s.data(), s.size());
  }
  void Raw(const void* p, size_t n) { buf_.append(static_cast<const char*>(p), n); }
  // Writes magic, kind and version.
  void Header(std::string_view kind, uint32_t version);
  const std::string& buffer() const { return buf_; }
  // Writes the buffer to `path`. IOError when the file cannot be written.
  Status Finish(const std::string& path) const;

 private:
  std::string buf_;  // host order; every target machine is little-endian
};

// Reads values back from a whole file loaded into memory. Each getter returns
// false once the data runs out; ok() then stays false and status() says why.
class BinaryReader {
 public:
  // IOError when the file cannot be read.
  static Result<BinaryReader> Open(const std::string& path);
  explicit BinaryReader(std::string data) : data_(std::move(data)) {}

  bool U8(uint8_t* v) { return Raw(v, 1); }
  bool U16(uint16_t* v) { return Raw(v, 2); }
  bool U32(uint32_t* v) { return Raw(v, 4); }
  bool U64(uint64_t* v) { return Raw(v, 8); }
  bool I16(int16_t* v) { return Raw(v, 2); }
  bool F32(float* v) { return Raw(v, 4); }
  bool Str(std::string* s);
  bool Raw(void* p, size_t n) {
    if (!ok_ || pos_ + n > data_.size()) return ok_ = false;
    std::memcpy(p, data_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  // Checks magic, kind and version: Corruption when they do not match.
  Status Header(std::string_view kind, uint32_t version);
  bool ok() const { return ok_; }
  bool AtEnd() const { return pos_ == data_.size(); }
  // Ok, or Corruption("<what>: truncated model data").
  Status status(std::string_view what) const;

 private:
  std::string data_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace kg::nlp
