#include "loaders/rdf/import_stream.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "loaders/rdf/import_mapping.h"

namespace kg::loaders::rdf {
namespace {

constexpr size_t kBatch = 4096;   // facts per hand-over
constexpr size_t kInFlight = 8;   // batches between the threads

struct Batch {
  std::vector<graph::Fact> facts;
  size_t n = 0;
};

// A hand-over queue holding at most `capacity` batches; Close() wakes everyone.
class Queue {
 public:
  explicit Queue(size_t capacity) : capacity_(capacity) {}
  void Push(std::unique_ptr<Batch> b) {
    std::unique_lock<std::mutex> l(mu_);
    cv_.wait(l, [&] { return q_.size() < capacity_ || closed_; });
    q_.push_back(std::move(b));
    cv_.notify_all();
  }
  std::unique_ptr<Batch> Pop() {
    std::unique_lock<std::mutex> l(mu_);
    cv_.wait(l, [&] { return !q_.empty() || closed_; });
    if (q_.empty()) return nullptr;
    auto b = std::move(q_.front());
    q_.pop_front();
    cv_.notify_all();
    return b;
  }
  void Close() {
    std::lock_guard<std::mutex> l(mu_);
    closed_ = true;
    cv_.notify_all();
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::unique_ptr<Batch>> q_;
  size_t capacity_;
  bool closed_ = false;
};

}  // namespace

Status ImportStream(std::istream& in, Syntax syntax, const std::string& source, graph::BulkImport& import,
                    uint64_t* facts, StreamError* error, ProvenanceQuads* provenance) {
  *facts = 0;
  // `empty` recycles batches so their strings keep their capacity; it can hold
  // every batch (kInFlight + the reader's), so returning one never blocks.
  Queue full(kInFlight), empty(kInFlight + 1);
  Status parse_status;
  uint64_t error_line = 0;
  std::atomic<bool> stop{false};
  std::thread reader([&] {
    Reader r(in, syntax);
    ImportMapper mapper(source);
    Quad quad;
    auto batch = std::make_unique<Batch>();
    batch->facts.resize(kBatch);
    std::vector<graph::Fact> restored;  // facts rebuilt from citation nodes
    // Moves `restored` into batches; false when the consumer stopped.
    auto push_restored = [&]() {
      for (auto& f : restored) {
        batch->facts[batch->n++] = std::move(f);
        if (batch->n == kBatch) {
          full.Push(std::move(batch));
          batch = empty.Pop();
          if (!batch) return false;
          batch->n = 0;
        }
      }
      restored.clear();
      return true;
    };
    while (!stop.load(std::memory_order_relaxed) && r.Next(&quad)) {
      if (provenance) {
        bool consumed = false;
        Status s = provenance->Add(quad, &restored, &consumed);
        if (!s.ok()) {
          parse_status = s;
          error_line = r.line();
          full.Close();
          return;
        }
        if (!push_restored()) return;
        if (consumed) continue;
      }
      mapper.MapInto(quad, &batch->facts[batch->n++]);
      if (batch->n == kBatch) {
        full.Push(std::move(batch));
        batch = empty.Pop();
        if (!batch) return;  // the consumer stopped
        batch->n = 0;
      }
    }
    parse_status = r.status();
    error_line = r.line();
    if (parse_status.ok() && provenance) {
      parse_status = provenance->Finish(&restored);
      if (parse_status.ok() && !push_restored()) return;
    }
    if (parse_status.ok() && batch->n > 0) full.Push(std::move(batch));
    full.Close();
  });
  for (size_t i = 0; i < kInFlight; ++i) {
    auto b = std::make_unique<Batch>();
    b->facts.resize(kBatch);
    empty.Push(std::move(b));
  }
  Status add_status;
  while (auto batch = full.Pop()) {
    for (size_t i = 0; i < batch->n && add_status.ok(); ++i) add_status = import.Add(batch->facts[i]);
    *facts += batch->n;
    if (!add_status.ok()) break;
    empty.Push(std::move(batch));
  }
  stop = true;
  empty.Close();
  full.Close();
  reader.join();
  if (!parse_status.ok()) {
    if (error) error->line = parse_status.code() == Status::Code::kInvalidArgument ? error_line : 0;
    return parse_status;
  }
  return add_status;
}

}  // namespace kg::loaders::rdf
