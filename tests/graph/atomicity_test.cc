// Crash atomicity: a writer killed with SIGKILL in the middle of writing leaves
// whole documents or nothing of them (each WriteDocument is one WriteBatch), and
// a bulk import killed before its commit leaves nothing.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "tests/graph/test_util.h"
#include "tests/common/read_ok.h"

namespace kg::graph {
namespace {
using namespace testing;

constexpr int kFactsPerDoc = 40;

// Document i: kFactsPerDoc statements of its own plus one shared by all.
DocumentBatch MakeDoc(int i) {
  DocumentBatch b;
  b.document.id = Cat("doc", i);
  b.document.source = Cat("src", i, ".txt");
  b.document.text = std::string(200, 'x');
  for (int k = 0; k < kFactsPerDoc; ++k) {
    b.facts.push_back(F(E(Cat("d", i, "-", k)), V("met"), E("hub"), b.document.id, 0, 10));
  }
  b.facts.push_back(F(E("hub"), V("visited"), E("place"), b.document.id, 10, 20));
  return b;
}

// Runs `body` in a child process, signals "started" through a pipe after `ready`
// iterations, and kills it with SIGKILL a little later.
void KillChildMidway(const std::function<void(int ready_fd)>& body, int wait_ms) {
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    ::close(fds[0]);
    body(fds[1]);
    ::_exit(0);
  }
  ::close(fds[1]);
  char c;
  ASSERT_EQ(::read(fds[0], &c, 1), 1);  // the child is writing now
  std::this_thread::sleep_for(std::chrono::milliseconds(wait_ms));
  ::kill(pid, SIGKILL);
  int status = 0;
  ::waitpid(pid, &status, 0);
  ::close(fds[0]);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the writer finished before it was killed; raise the workload";
}

TEST(Atomicity, KilledWriterLeavesWholeDocumentsOrNothing) {
  TempDir dir;
  const std::string path = dir.path();
  KillChildMidway(
      [&](int fd) {
        auto store = OpenOrDie(path);
        if (!store) ::_exit(3);
        for (int i = 0; i < 1000000; ++i) {
          if (!store->WriteDocument(MakeDoc(i)).ok()) ::_exit(4);
          if (i == 20) (void)!::write(fd, "x", 1);
        }
      },
      300);
  auto store = OpenOrDie(path);  // a writable open recovers the WAL
  ASSERT_TRUE(store);
  TermId met = *store->Lookup(V("met"));
  int whole = 0;
  int present_docs = 0;
  for (int i = 0;; ++i) {
    auto doc = MakeDoc(i);
    bool stored = kg::testing::Ok(store->GetDocument(doc.document.id)).has_value();
    int found = 0;
    for (int k = 0; k < kFactsPerDoc; ++k) {
      auto s = kg::testing::StoredId(*store, doc.facts[k].s);
      if (s && !All(*store, {*s, met, 0}).empty()) ++found;
    }
    if (!stored) {
      EXPECT_EQ(found, 0) << "document " << i << " is absent but some of its facts are stored";
      if (i > 25) break;  // past the last written document
      continue;
    }
    ++present_docs;
    EXPECT_EQ(found, kFactsPerDoc) << "document " << i << " is only partly stored";
    if (found == kFactsPerDoc) ++whole;
  }
  EXPECT_GE(present_docs, 21);
  EXPECT_EQ(whole, present_docs);
  // Counters agree with the indexes after recovery.
  auto c = kg::testing::Ok(store->Counts());
  EXPECT_EQ(c.documents, static_cast<uint64_t>(present_docs));
  EXPECT_EQ(c.statements, All(*store).size());
  EXPECT_EQ(c.statements, static_cast<uint64_t>(present_docs) * kFactsPerDoc + 1);
  EXPECT_EQ(kg::testing::Ok(store->ProvenanceOf({*store->Lookup(E("hub")), *store->Lookup(V("visited")), *store->Lookup(E("place"))}))
                .size(),
            static_cast<size_t>(present_docs));
}

TEST(Atomicity, KilledBulkImportLeavesNothing) {
  TempDir dir;
  const std::string path = dir.path();
  { ASSERT_TRUE(OpenOrDie(path)->ImportFacts({F(E("before"), V("met"), E("x"), "f0")}, nullptr).ok()); }
  KillChildMidway(
      [&](int fd) {
        auto store = OpenOrDie(path);
        if (!store) ::_exit(3);
        BulkImportOptions o;
        o.memory_budget = 1 << 20;  // force spilled runs
        auto import = store->BeginBulkImport(o);
        if (!import.ok()) ::_exit(4);
        for (int i = 0;; ++i) {
          if (!(*import)->Add(F(E(Cat("n", i)), V("met"), E("x"), "f1")).ok()) ::_exit(5);
          if (i == 1000) (void)!::write(fd, "x", 1);
          if (i > 50000000) break;
        }
        (void)(*import)->Commit();
      },
      300);
  EXPECT_TRUE(std::filesystem::exists(path + "/import.tmp"));  // the killed import's staging files
  auto store = OpenOrDie(path);
  ASSERT_TRUE(store);
  EXPECT_FALSE(std::filesystem::exists(path + "/import.tmp"));  // removed by the next writer
  EXPECT_EQ(All(*store).size(), 1u);
  EXPECT_EQ(kg::testing::Ok(store->Counts()).statements, 1u);
  EXPECT_FALSE(kg::testing::StoredId(*store, E("n0")).has_value());
}

}  // namespace
}  // namespace kg::graph
