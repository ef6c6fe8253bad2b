// Locking and opening: one writer at a time with a clear Locked error, readers
// alongside a writer, a clear NotFound for a missing store, and the schema
// version check.
#include <gtest/gtest.h>
#include <rocksdb/db.h>  // test-only: to tamper with the schema version

#include "graph/format.h"
#include "tests/graph/test_util.h"

namespace kg::graph {
namespace {
using namespace testing;

TEST(Locking, SecondWriterGetsLocked) {
  TempDir dir;
  auto writer = OpenOrDie(dir.path());
  ASSERT_TRUE(writer);
  auto second = Store::Open(dir.path(), StoreOptions{});
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.status().code(), Status::Code::kLocked);
  EXPECT_EQ(second.status().message(), "store " + dir.path() + " is locked by another kg process");
}

TEST(Locking, ReadersOpenWhileAWriterHoldsTheStore) {
  TempDir dir;
  auto writer = OpenOrDie(dir.path());
  ASSERT_TRUE(writer->ImportFacts({F(E("a"), V("met"), E("b"), "d")}, nullptr).ok());
  auto reader = OpenOrDie(dir.path(), /*read_only=*/true);
  ASSERT_TRUE(reader);
  EXPECT_EQ(All(*reader).size(), 1u);  // sees what was written before it opened
  auto reader2 = OpenOrDie(dir.path(), true);
  EXPECT_TRUE(reader2);
  // A reader cannot write.
  EXPECT_EQ(reader->ImportFacts({F(E("c"), V("met"), E("d"), "d")}, nullptr).code(), Status::Code::kInvalidArgument);
}

TEST(Locking, MissingStoreForAReaderIsNotFound) {
  TempDir dir;
  StoreOptions o;
  o.read_only = true;
  auto r = Store::Open(dir.path("nothing-here"), o);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kNotFound);
  EXPECT_NE(r.status().message().find("no store at"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(dir.path("nothing-here")));  // a reader creates nothing
}

TEST(Locking, OtherSchemaVersionIsRefused) {
  TempDir dir;
  { ASSERT_TRUE(OpenOrDie(dir.path())); }
  {
    // Rewrite the version key with plain RocksDB.
    rocksdb::Options opts;
    std::vector<rocksdb::ColumnFamilyDescriptor> cfds;
    for (const char* n : format::kCfNameList) cfds.emplace_back(n, rocksdb::ColumnFamilyOptions());
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* db = nullptr;
    ASSERT_TRUE(rocksdb::DB::Open(opts, dir.path(), cfds, &handles, &db).ok());
    ASSERT_TRUE(db->Put(rocksdb::WriteOptions(), handles[0], std::string(format::kMetaSchemaVersion), "999").ok());
    for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
    delete db;
  }
  for (bool ro : {false, true}) {
    StoreOptions o;
    o.read_only = ro;
    auto r = Store::Open(dir.path(), o);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), Status::Code::kInvalidArgument);
    EXPECT_NE(r.status().message().find("schema version 999"), std::string::npos) << r.status().message();
  }
}

}  // namespace
}  // namespace kg::graph
