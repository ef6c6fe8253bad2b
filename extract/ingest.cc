#include "extract/ingest.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <ctime>
#include <deque>
#include <mutex>
#include <thread>

namespace kg::extract {
namespace {

using Clock = std::chrono::steady_clock;

// "2031-02-03T04:05:06Z": when a document is written (DocumentRecord::ingested_at).
std::string NowUtc() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

// The shared state of one run: inputs to claim, a bounded queue of
// documents, and the summary, each behind its own lock.
class IngestRun {
 public:
  IngestRun(std::vector<loaders::InputFile> inputs, graph::Store& store, const FactExtractor& extractor,
            const IngestOptions& options, size_t workers)
      : inputs_(std::move(inputs)), store_(store), extractor_(extractor), options_(options),
        capacity_(2 * workers), start_(Clock::now()) {
    summary_.inputs = inputs_.size();
  }

  // One worker: drain queued documents first, then claim the next input.
  void Work() {
    while (!stop_.load()) {
      graph::DocumentRecord doc;
      if (TryPop(&doc)) {
        Process(std::move(doc));
        continue;
      }
      size_t i = next_input_.fetch_add(1);
      if (i < inputs_.size()) {
        LoadOne(inputs_[i]);
        continue;
      }
      if (!WaitPop(&doc)) return;
      Process(std::move(doc));
    }
  }

  void Report(const loaders::Diagnostic& d) {
    std::lock_guard<std::mutex> lock(summary_mu_);
    (d.is_error() ? summary_.failed : summary_.warnings) += 1;
    if (options_.on_diagnostic) options_.on_diagnostic(d);
  }

  Result<IngestSummary> Finish() {
    std::lock_guard<std::mutex> lock(summary_mu_);
    summary_.seconds = Seconds();
    if (!fatal_.ok()) return fatal_;
    return summary_;
  }

 private:
  double Seconds() const { return std::chrono::duration<double>(Clock::now() - start_).count(); }

  void LoadOne(const loaders::InputFile& input) {
    {
      std::lock_guard<std::mutex> lock(queue_mu_);
      ++active_loaders_;
    }
    std::vector<loaders::Diagnostic> diags;
    loaders::LoadInput(input, options_.load, [&](graph::DocumentRecord&& doc) {
      if (!TryPush(doc)) Process(std::move(doc));  // queue full: do it here, keeps memory bounded
    }, &diags);
    for (const auto& d : diags) Report(d);
    {
      std::lock_guard<std::mutex> lock(queue_mu_);
      --active_loaders_;
    }
    queue_cv_.notify_all();
    std::lock_guard<std::mutex> lock(summary_mu_);
    ++inputs_done_;
    Progress();
  }

  // Moves `doc` into the queue unless it is full (then `doc` is untouched).
  bool TryPush(graph::DocumentRecord& doc) {
    {
      std::lock_guard<std::mutex> lock(queue_mu_);
      if (queue_.size() >= capacity_) return false;
      queue_.push_back(std::move(doc));
    }
    queue_cv_.notify_one();
    return true;
  }

  bool TryPop(graph::DocumentRecord* doc) {
    std::lock_guard<std::mutex> lock(queue_mu_);
    if (queue_.empty()) return false;
    *doc = std::move(queue_.front());
    queue_.pop_front();
    return true;
  }

  // Waits for a queued document; false once no input is left to produce one.
  bool WaitPop(graph::DocumentRecord* doc) {
    std::unique_lock<std::mutex> lock(queue_mu_);
    queue_cv_.wait(lock, [&] { return !queue_.empty() || active_loaders_ == 0 || stop_.load(); });
    if (queue_.empty()) return false;
    *doc = std::move(queue_.front());
    queue_.pop_front();
    return true;
  }

  void Process(graph::DocumentRecord doc) {
    if (stop_.load()) return;
    // Same content already stored: skip the analysis. (A read error here
    // analyses the document again; its write reports the store's error.)
    if (auto stored = store_.GetDocument(doc.id); stored.ok() && stored->has_value()) {
      std::lock_guard<std::mutex> lock(summary_mu_);
      ++summary_.documents;
      ++summary_.unchanged;
      Progress();
      return;
    }
    Result<Extraction> ex = extractor_.Extract(doc);
    if (!ex.ok()) {
      Report({loaders::Diagnostic::Severity::kError, doc.source,
              "extraction failed, document not stored: " + ex.status().message()});
      return;
    }
    graph::DocumentBatch batch;
    batch.facts = std::move(ex->facts);
    batch.document = std::move(doc);
    batch.document.ingested_at = NowUtc();
    if (options_.records) batch.records = options_.records(batch);
    Result<graph::WriteSummary> w = store_.WriteDocument(batch);
    std::lock_guard<std::mutex> lock(summary_mu_);
    if (!w.ok()) {
      if (fatal_.ok()) {
        fatal_ = Status::IOError("writing " + batch.document.source + ": " + w.status().message());
      }
      stop_.store(true);
      queue_cv_.notify_all();
      return;
    }
    ++summary_.documents;
    if (w->unchanged) {
      ++summary_.unchanged;
    } else {
      (w->replaced ? summary_.replaced : summary_.added) += 1;
      summary_.sentences += ex->sentences;
      summary_.entities += ex->entities;
      summary_.events += ex->events;
      summary_.triples += batch.facts.size();
      summary_.statements_added += w->statements_added;
    }
    Progress();
  }

  // REQUIRES: summary_mu_ held.
  void Progress() {
    if (!options_.on_progress) return;
    options_.on_progress({inputs_.size(), inputs_done_, summary_.documents, Seconds()});
  }

  const std::vector<loaders::InputFile> inputs_;
  graph::Store& store_;
  const FactExtractor& extractor_;
  const IngestOptions& options_;
  const size_t capacity_;
  const Clock::time_point start_;

  std::atomic<size_t> next_input_{0};
  std::atomic<bool> stop_{false};

  std::mutex queue_mu_;
  std::condition_variable queue_cv_;
  std::deque<graph::DocumentRecord> queue_;
  size_t active_loaders_ = 0;

  std::mutex summary_mu_;
  IngestSummary summary_;
  uint64_t inputs_done_ = 0;
  Status fatal_;
};

}  // namespace

Result<IngestSummary> Ingest(const std::vector<std::string>& inputs, graph::Store& store,
                             const FactExtractor& extractor, const IngestOptions& options) {
  std::vector<loaders::Diagnostic> expand_diags;
  std::vector<loaders::InputFile> files = loaders::ExpandInputs(inputs, &expand_diags);
  size_t workers = options.jobs > 0 ? static_cast<size_t>(options.jobs)
                                    : std::max(1u, std::thread::hardware_concurrency());
  workers = std::max<size_t>(1, std::min(workers, std::max<size_t>(files.size(), 1) * 4));
  IngestRun run(std::move(files), store, extractor, options, workers);
  for (const auto& d : expand_diags) run.Report(d);
  if (workers == 1) {
    run.Work();
  } else {
    std::vector<std::thread> threads;
    for (size_t i = 0; i < workers; ++i) threads.emplace_back([&run] { run.Work(); });
    for (auto& t : threads) t.join();
  }
  return run.Finish();
}

}  // namespace kg::extract
