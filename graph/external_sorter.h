// External sorting for the bulk importer: records collect in memory, are
// sorted and spilled to run files when the caller says so, and come back as one
// sorted stream (a k-way merge over the runs). Memory is the in-memory buffer
// plus one read buffer per run, whatever the input size.
//
// FixedSorter<N>: records of N uint64 words, ordered lexicographically by word
// (so big-endian encoding of the words gives the same byte order).
// BytesSorter: (key, value) byte strings ordered by key bytes.
// Thread-safety: one thread per sorter; different sorters may run in parallel.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <future>
#include <memory>
#include <queue>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace kg::graph {

// A run file written once and read back sequentially through a buffer.
class RunFile {
 public:
  explicit RunFile(std::string path) : path_(std::move(path)) {}
  ~RunFile() {
    if (f_) std::fclose(f_);
    std::remove(path_.c_str());
  }
  RunFile(const RunFile&) = delete;
  RunFile& operator=(const RunFile&) = delete;

  Status OpenWrite() {
    f_ = std::fopen(path_.c_str(), "wb");
    return f_ ? Status::Ok() : Status::IOError("cannot create " + path_);
  }
  bool Write(const void* p, size_t n) { return std::fwrite(p, 1, n, f_) == n; }
  Status FinishWrite() {
    bool ok = std::fflush(f_) == 0;
    std::fclose(f_);
    f_ = nullptr;
    return ok ? Status::Ok() : Status::IOError("cannot write " + path_ + " (disk full?)");
  }
  Status OpenRead() {
    f_ = std::fopen(path_.c_str(), "rb");
    buf_.resize(256 << 10);  // one per run and sorter during the merge
    return f_ ? Status::Ok() : Status::IOError("cannot read " + path_);
  }
  // Reads exactly n bytes; false at end of file.
  bool Read(void* dst, size_t n) {
    char* out = static_cast<char*>(dst);
    while (n > 0) {
      if (pos_ == len_) {
        len_ = std::fread(buf_.data(), 1, buf_.size(), f_);
        pos_ = 0;
        if (len_ == 0) return false;
      }
      size_t k = std::min(n, len_ - pos_);
      std::memcpy(out, buf_.data() + pos_, k);
      pos_ += k;
      out += k;
      n -= k;
    }
    return true;
  }

 private:
  std::string path_;
  std::FILE* f_ = nullptr;
  std::vector<char> buf_;
  size_t pos_ = 0, len_ = 0;
};

template <size_t N>
class FixedSorter {
 public:
  using Record = std::array<uint64_t, N>;
  // Word-wise comparison (std::array's operator< is slower here).
  static bool Less(const Record& a, const Record& b) {
    for (size_t i = 0; i < N; ++i) {
      if (a[i] != b[i]) return a[i] < b[i];
    }
    return false;
  }

  explicit FixedSorter(std::string run_prefix) : prefix_(std::move(run_prefix)) {}

  // Reserves room for `records` in memory, twice: one buffer fills while the
  // other is being spilled, so neither ever reallocates.
  void Reserve(size_t records) {
    buf_.reserve(records);
    spare_.reserve(records);
  }
  void Add(const Record& r) { buf_.push_back(r); }
  size_t MemoryBytes() const { return (buf_.capacity() + spare_.capacity()) * sizeof(Record); }
  size_t buffered() const { return buf_.size(); }

  // Sorts the buffer and writes it as one run, in the calling thread.
  Status Spill() {
    KG_RETURN_IF_ERROR(WaitForSpill());
    Status s = WriteRun(buf_);
    buf_.clear();  // keeps the reserved room for the next run
    return s;
  }
  // The same on a background thread: Add may go on at once into the other
  // buffer. Waits for the previous background spill first.
  Status SpillInBackground() {
    KG_RETURN_IF_ERROR(WaitForSpill());
    if (buf_.empty()) return Status::Ok();
    buf_.swap(spare_);
    job_ = std::async(std::launch::async, [this] {
      Status s = WriteRun(spare_);
      spare_.clear();
      return s;
    });
    return Status::Ok();
  }
  Status WaitForSpill() { return job_.valid() ? job_.get() : Status::Ok(); }

  // Calls fn(record) for every record in ascending order (duplicates included).
  // fn returns a Status; the first error stops the walk.
  template <typename Fn>
  Status ForEach(Fn&& fn) {
    KG_RETURN_IF_ERROR(WaitForSpill());
    if (runs_.empty()) {
      std::sort(buf_.begin(), buf_.end(), Less);
      for (const auto& r : buf_) KG_RETURN_IF_ERROR(fn(r));
      return Status::Ok();
    }
    KG_RETURN_IF_ERROR(Spill());
    struct Head {
      Record r;
      size_t run;
      bool operator>(const Head& o) const { return Less(o.r, r); }
    };
    std::priority_queue<Head, std::vector<Head>, std::greater<Head>> heap;
    for (size_t i = 0; i < runs_.size(); ++i) {
      KG_RETURN_IF_ERROR(runs_[i]->OpenRead());
      Head h{{}, i};
      if (runs_[i]->Read(h.r.data(), sizeof(Record))) heap.push(h);
    }
    while (!heap.empty()) {
      Head h = heap.top();
      heap.pop();
      KG_RETURN_IF_ERROR(fn(h.r));
      if (runs_[h.run]->Read(h.r.data(), sizeof(Record))) heap.push(h);
    }
    return Status::Ok();
  }

 private:
  // Sorts `v` and appends it as a run file. Only one spill runs at a time.
  Status WriteRun(std::vector<Record>& v) {
    if (v.empty()) return Status::Ok();
    std::sort(v.begin(), v.end(), Less);
    auto run = std::make_unique<RunFile>(prefix_ + "." + std::to_string(runs_.size()));
    KG_RETURN_IF_ERROR(run->OpenWrite());
    if (!run->Write(v.data(), v.size() * sizeof(Record))) return Status::IOError("cannot write sort run");
    KG_RETURN_IF_ERROR(run->FinishWrite());
    runs_.push_back(std::move(run));
    return Status::Ok();
  }

  std::string prefix_;
  std::vector<Record> buf_, spare_;
  std::vector<std::unique_ptr<RunFile>> runs_;
  std::future<Status> job_;
};

class BytesSorter {
 public:
  explicit BytesSorter(std::string run_prefix) : prefix_(std::move(run_prefix)) {}

  void Add(std::string_view key, std::string_view value) {
    Entry e{static_cast<uint64_t>(arena_.size()), static_cast<uint32_t>(key.size()),
            static_cast<uint32_t>(value.size())};
    arena_.append(key);
    arena_.append(value);
    entries_.push_back(e);
  }
  size_t MemoryBytes() const { return arena_.capacity() + entries_.capacity() * sizeof(Entry); }

  Status Spill() {
    if (entries_.empty()) return Status::Ok();
    SortBuffer();
    auto run = std::make_unique<RunFile>(prefix_ + "." + std::to_string(runs_.size()));
    KG_RETURN_IF_ERROR(run->OpenWrite());
    for (const auto& e : entries_) {
      uint32_t lens[2] = {e.klen, e.vlen};
      if (!run->Write(lens, sizeof lens) || !run->Write(arena_.data() + e.off, e.klen + e.vlen)) {
        return Status::IOError("cannot write sort run");
      }
    }
    KG_RETURN_IF_ERROR(run->FinishWrite());
    runs_.push_back(std::move(run));
    std::string().swap(arena_);
    std::vector<Entry>().swap(entries_);
    return Status::Ok();
  }

  // Calls fn(key, value) in ascending key order (equal keys adjacent).
  template <typename Fn>
  Status ForEach(Fn&& fn) {
    if (runs_.empty()) {
      SortBuffer();
      for (const auto& e : entries_) KG_RETURN_IF_ERROR(fn(Key(e), Value(e)));
      return Status::Ok();
    }
    KG_RETURN_IF_ERROR(Spill());
    struct Head {
      std::string kv;
      uint32_t klen;
      size_t run;
    };
    auto greater = [](const Head* a, const Head* b) {
      return std::string_view(a->kv.data(), a->klen) > std::string_view(b->kv.data(), b->klen);
    };
    std::vector<Head> heads(runs_.size());
    std::priority_queue<Head*, std::vector<Head*>, decltype(greater)> heap(greater);
    auto read = [&](Head* h) {
      uint32_t lens[2];
      if (!runs_[h->run]->Read(lens, sizeof lens)) return false;
      h->kv.resize(lens[0] + lens[1]);
      h->klen = lens[0];
      return runs_[h->run]->Read(h->kv.data(), h->kv.size());
    };
    for (size_t i = 0; i < runs_.size(); ++i) {
      KG_RETURN_IF_ERROR(runs_[i]->OpenRead());
      heads[i].run = i;
      if (read(&heads[i])) heap.push(&heads[i]);
    }
    while (!heap.empty()) {
      Head* h = heap.top();
      heap.pop();
      std::string_view kv(h->kv);
      KG_RETURN_IF_ERROR(fn(kv.substr(0, h->klen), kv.substr(h->klen)));
      if (read(h)) heap.push(h);
    }
    return Status::Ok();
  }

 private:
  struct Entry {
    uint64_t off;
    uint32_t klen, vlen;
  };
  std::string_view Key(const Entry& e) const { return {arena_.data() + e.off, e.klen}; }
  std::string_view Value(const Entry& e) const { return {arena_.data() + e.off + e.klen, e.vlen}; }
  void SortBuffer() {
    std::stable_sort(entries_.begin(), entries_.end(),
                     [this](const Entry& a, const Entry& b) { return Key(a) < Key(b); });
  }

  std::string prefix_;
  std::string arena_;
  std::vector<Entry> entries_;
  std::vector<std::unique_ptr<RunFile>> runs_;
};

}  // namespace kg::graph
